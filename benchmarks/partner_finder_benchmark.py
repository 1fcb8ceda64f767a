#!/usr/bin/env python3
"""Times partner suggestions for one government over the world-scale registry on PostgreSQL.

Creates the database registry_finder (as postgres; run as root), starts the packaged registry on it
(Flyway creates the schema) with the world gazetteer's index of target/gazetteer (built by the test
suite; the registry builds it there on first use otherwise), fills the database with
generate_world.py (60,000 governments, 200,000 agreements, 5,000,000 engagements) when it is empty or
--regenerate is given, picks the government with the most agreements to a country (and that
country), waits for the gazetteer, warms up, then times
GET /api/v1/governments/{id}/partner-suggestions?country=..&limit=20 from a client on the same
machine, and prints a Markdown table for docs/benchmarks.md with the machine's load average.
It checks that no suggestion is the government itself or one of its current partners.
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
from statistics_benchmark import ensure_database, http_ms, sh  # noqa: E402


def psql_value(dsn, sql):
    return sh(["psql", dsn, "-X", "-tAc", sql]).strip()


def start_registry(jar, db, port, gazetteer):
    env = dict(os.environ, SPRING_DATASOURCE_URL=f"jdbc:postgresql://localhost:5432/{db}",
               SPRING_DATASOURCE_USERNAME="registry", SPRING_DATASOURCE_PASSWORD="registry",
               REGISTRY_DEMO_DATA="false", REGISTRY_BOOTSTRAP_PASSWORD="benchmark-only-password",
               REGISTRY_GAZETTEER_FOLDER=str(gazetteer))
    java = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
    log = open(HERE / "registry-finder.log", "w")
    process = subprocess.Popen([java, "-Xmx2g", "-jar", str(jar), f"--server.port={port}"], env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    for _ in range(180):
        try:
            with urllib.request.urlopen(f"http://localhost:{port}/actuator/health", timeout=2) as r:
                if r.status == 200:
                    return process
        except OSError:
            time.sleep(1)
    process.kill()
    sys.exit("the registry did not start; see benchmarks/registry-finder.log")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default="registry_finder")
    parser.add_argument("--jar", default=str(ROOT / "target/twinning-registry-0.1.0-SNAPSHOT.jar"))
    parser.add_argument("--gazetteer", default=str(ROOT / "target/gazetteer"))
    parser.add_argument("--port", type=int, default=8091)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    dsn = f"postgresql://registry:registry@localhost:5432/{args.database}"

    ensure_database(args.database, "registry")
    registry = start_registry(args.jar, args.database, args.port, args.gazetteer)
    try:
        if args.regenerate or psql_value(dsn, "SELECT COUNT(*) FROM government") == "0":
            for table in ["engagement", "agreement"]:
                sh(["psql", dsn, "-X", "-qc", f"DELETE FROM {table}"])
            sh(["psql", dsn, "-X", "-qc", "UPDATE government SET parent_id = NULL"])
            sh(["psql", dsn, "-X", "-qc", "DELETE FROM government"])
            subprocess.run([sys.executable, str(HERE / "generate_world.py"), dsn], check=True)
            sh(["psql", dsn, "-X", "-qc", "VACUUM ANALYZE"])
        asker, country = psql_value(dsn, (
            "SELECT g, c FROM (SELECT a.party_a AS g, a.party_b_country AS c FROM agreement a UNION ALL "
            "SELECT a.party_b, a.party_a_country FROM agreement a) t GROUP BY g, c ORDER BY COUNT(*) DESC, g, c "
            "LIMIT 1")).split("|")
        url = (f"http://localhost:{args.port}/api/v1/governments/{asker}/partner-suggestions"
               f"?country={country}&limit=20")
        # the first call opens the gazetteer's index (never built here when target/gazetteer holds it)
        for _ in range(120):
            answer = json.loads(http_ms(url)[1])
            if any(s["candidate"]["id"] is None for s in answer["suggestions"]) or _ > 60:
                break
            time.sleep(2)
        for _ in range(args.warmup):
            http_ms(url)
        times = sorted(http_ms(url)[0] for _ in range(args.runs))
        load = os.getloadavg()
        answer = json.loads(http_ms(url)[1])
        partners = set(psql_value(dsn, (
            f"SELECT CASE WHEN party_a = '{asker}' THEN party_b ELSE party_a END FROM agreement "
            f"WHERE party_a = '{asker}' OR party_b = '{asker}'")).split())
        ids = [s["candidate"]["id"] for s in answer["suggestions"]]
        places = sum(1 for i in ids if i is None)
        clean = asker not in ids and not (set(ids) & partners) and len(ids) == 20
        sizes = psql_value(dsn, "SELECT (SELECT COUNT(*) FROM government) || ' governments, ' || "
                                "(SELECT COUNT(*) FROM agreement) || ' agreements, ' || "
                                "(SELECT COUNT(*) FROM engagement) || ' engagements'")
        candidates = psql_value(dsn, f"SELECT COUNT(*) FROM government WHERE country = '{country}'")
        print(f"Registry: {sizes}; asker {asker} ({len(partners)} partners), country {country} "
              f"({candidates} registry governments, plus up to 100 gazetteer places); {args.runs} warm runs; "
              f"load average {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}\n")
        print("| question | median (ms) | p95 (ms) | max (ms) | suggestions | of them places | checked |")
        print("|---|---|---|---|---|---|---|")
        print(f"| {asker} in {country} | {statistics.median(times):.1f} | {times[int(len(times) * 0.95) - 1]:.1f} | "
              f"{times[-1]:.1f} | {len(ids)} | {places} | {'yes' if clean else 'NO'} |")
        if not clean:
            sys.exit("the answer suggests the asker or a current partner, or too few")
    finally:
        registry.terminate()
        registry.wait(timeout=30)


if __name__ == "__main__":
    main()
