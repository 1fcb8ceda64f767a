#!/usr/bin/env python3
"""Times the fulfilment figures of a province of 1,000 governments with plans on PostgreSQL.

Creates the database registry_fulfilment (as postgres; run as root), starts the packaged registry on
it (Flyway creates the schema), fills it with sql/fulfilment_province.sql when it is empty or
--regenerate is given (British Columbia and 1,000 cities, each twinned with two Korean cities,
every agreement with a 2023-2027 plan of eight activities and twenty engagements), warms up, then
times GET /api/v1/statistics/fulfilment?scope=CA-BC&year=2024 from a client on the same machine.
It checks the answer against SQL over the same tables (the number of governments listed and of
activities planned, which need no matching) and prints a Markdown table for docs/benchmarks.md
with the machine's load average.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from statistics_benchmark import ensure_database, http_ms, sh, start_registry  # noqa: E402


def psql_value(dsn, sql):
    return sh(["psql", dsn, "-X", "-tAc", sql]).strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default="registry_fulfilment")
    parser.add_argument("--jar", default=str(ROOT / "target/twinning-registry-0.1.0-SNAPSHOT.jar"))
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--governments", type=int, default=1000)
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    dsn = f"postgresql://registry:registry@localhost:5432/{args.database}"

    ensure_database(args.database, "registry")
    registry = start_registry(args.jar, args.database, args.port)
    try:
        if args.regenerate or psql_value(dsn, "SELECT COUNT(*) FROM strategy_plan") == "0":
            for table in ["strategy_plan_activity", "strategy_plan", "strategy", "engagement", "agreement"]:
                sh(["psql", dsn, "-X", "-qc", f"DELETE FROM {table}"])
            sh(["psql", dsn, "-X", "-qc", "UPDATE government SET parent_id = NULL"])
            sh(["psql", dsn, "-X", "-qc", "DELETE FROM government"])
            sh(["psql", dsn, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-v", f"govs={args.governments}", "-f",
                str(HERE / "sql/fulfilment_province.sql")])
        url = (f"http://localhost:{args.port}/api/v1/statistics/fulfilment?scope=CA-BC&year={args.year}")
        for _ in range(args.warmup):
            http_ms(url)
        times = sorted(http_ms(url)[0] for _ in range(args.runs))
        load = os.getloadavg()
        answer = json.loads(http_ms(url)[1])
        listed = psql_value(dsn, "SELECT COUNT(*) FROM government WHERE subdivision = 'CA-BC'")
        planned = psql_value(dsn, "SELECT COUNT(*) FROM strategy_plan_activity x JOIN strategy_plan p ON "
                                  f"p.id = x.plan_id JOIN agreement a ON a.id = p.agreement_id WHERE x.activity_year "
                                  f"= {args.year} AND (x.origin = a.party_a OR x.origin = 'BOTH')")
        same = (len(answer["governments"]) == int(listed) and answer["totals"]["planned"] == int(planned))
        sizes = psql_value(dsn, "SELECT (SELECT COUNT(*) FROM government) || ' governments, ' || "
                                "(SELECT COUNT(*) FROM agreement) || ' agreements, ' || "
                                "(SELECT COUNT(*) FROM strategy_plan) || ' plans, ' || "
                                "(SELECT COUNT(*) FROM strategy_plan_activity) || ' planned activities, ' || "
                                "(SELECT COUNT(*) FROM engagement) || ' engagements'")
        t = answer["totals"]
        print(f"Registry: {sizes}; scope CA-BC, year {args.year}; {args.runs} warm runs; "
              f"load average {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}\n")
        print("| figures | median (ms) | p95 (ms) | max (ms) | governments | planned | met | missed | rate | checked |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        print(f"| fulfilment CA-BC {args.year} | {statistics.median(times):.1f} | "
              f"{times[int(len(times) * 0.95) - 1]:.1f} | {times[-1]:.1f} | {t['governments']} | {t['planned']} | "
              f"{t['met']} | {t['missed']} | {t['rate']} | {'yes' if same else 'NO'} |")
        if not same:
            sys.exit("the answer does not list the province's governments or their planned activities")
    finally:
        registry.terminate()
        registry.wait(timeout=30)


if __name__ == "__main__":
    main()
