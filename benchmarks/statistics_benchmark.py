#!/usr/bin/env python3
"""Times the national and bilateral statistics through the API against hand-written SQL in psql.

Starts the packaged registry on a PostgreSQL database (generating the world-scale synthetic
registry there first when it is missing or --regenerate is given), picks the country with the most
agreements and its first partner, warms both sides up, then alternates timed runs: an HTTP GET of the
JSON answer, and the hand-written query of sql/national.sql or sql/bilateral.sql in one psql session
(\\timing). It also checks that the API's CSV answer and the SQL give exactly the same figures.
Prints a Markdown table for docs/benchmarks.md. Run as root (it creates the database as postgres).
"""
import argparse
import csv
import io
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from decimal import Decimal, InvalidOperation
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def ensure_database(name, user):
    exists = sh(["runuser", "-u", "postgres", "--", "psql", "-tAc",
                 f"SELECT 1 FROM pg_database WHERE datname = '{name}'"]).strip()
    if not exists:
        sh(["runuser", "-u", "postgres", "--", "psql", "-c", f"CREATE DATABASE {name} OWNER {user}"])


def start_registry(jar, db, port):
    env = dict(os.environ, SPRING_DATASOURCE_URL=f"jdbc:postgresql://localhost:5432/{db}",
               SPRING_DATASOURCE_USERNAME="registry", SPRING_DATASOURCE_PASSWORD="registry",
               REGISTRY_DEMO_DATA="false", REGISTRY_BOOTSTRAP_PASSWORD="benchmark-only-password")
    java = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
    log = open(HERE / "registry.log", "w")
    process = subprocess.Popen([java, "-Xmx2g", "-jar", str(jar), f"--server.port={port}"], env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    for _ in range(120):
        try:
            with urllib.request.urlopen(f"http://localhost:{port}/actuator/health", timeout=2) as r:
                if r.status == 200:
                    return process
        except OSError:
            time.sleep(1)
    process.kill()
    sys.exit("the registry did not start; see benchmarks/registry.log")


def psql_rows(dsn, sql_file, variables):
    args = ["psql", dsn, "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1"]
    for k, v in variables.items():
        args += ["-v", f"{k}={v}"]
    out = sh(args + ["-f", str(sql_file)])
    return [tuple(line.split("\t")) for line in out.splitlines() if line]


def psql_times(dsn, sql_file, variables, runs):
    query = sql_file.read_text()
    script = "\\timing on\n\\o /dev/null\n" + (query + "\n") * runs
    args = ["psql", dsn, "-X", "-q", "-v", "ON_ERROR_STOP=1"]
    for k, v in variables.items():
        args += ["-v", f"{k}={v}"]
    out = sh(args, input=script)
    return [float(ms) for ms in re.findall(r"Time: ([0-9.]+) ms", out)]


def http_ms(url):
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as r:
        body = r.read()
    return (time.perf_counter() - start) * 1000, body


def normalise(rows):
    def value(v):
        try:
            return str(Decimal(v).quantize(Decimal("0.0001")))
        except InvalidOperation:
            return v
    return sorted((m, k, s, value(v)) for m, k, s, v in rows if m not in ("asOf", "window"))


def measure(name, url, dsn, sql_file, variables, runs, warmup):
    for _ in range(warmup):
        http_ms(url)
    psql_times(dsn, sql_file, variables, warmup)
    api = [http_ms(url)[0] for _ in range(runs)]
    sql = psql_times(dsn, sql_file, variables, runs)
    api_rows = list(csv.reader(io.StringIO(http_ms(url + "&format=csv")[1].decode())))[1:]
    same = normalise(api_rows) == normalise(psql_rows(dsn, sql_file, variables))
    return name, statistics.median(api), statistics.median(sql), same, len(api_rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default="registry_bench")
    parser.add_argument("--jar", default=str(ROOT / "target/twinning-registry-0.1.0-SNAPSHOT.jar"))
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--asof", default="2024-12-31")
    parser.add_argument("--window", type=int, default=5)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the world-scale registry to generate")
    args = parser.parse_args()
    dsn = f"postgresql://registry:registry@localhost:5432/{args.database}"

    ensure_database(args.database, "registry")
    registry = start_registry(args.jar, args.database, args.port)
    try:
        count = int(sh(["psql", dsn, "-tAc", "SELECT COUNT(*) FROM engagement"]).strip())
        if args.regenerate or count == 0:
            subprocess.run([sys.executable, str(HERE / "generate_world.py"), dsn,
                            f"--governments={int(60_000 * args.scale)}", f"--agreements={int(200_000 * args.scale)}",
                            f"--engagements={int(5_000_000 * args.scale)}"], check=True)
        country = sh(["psql", dsn, "-tAc", "SELECT c FROM (SELECT party_a_country c FROM agreement UNION ALL "
                      "SELECT party_b_country FROM agreement) x GROUP BY c ORDER BY COUNT(*) DESC, c LIMIT 1"]).strip()
        partner = json.loads(urllib.request.urlopen(
            f"http://localhost:{args.port}/api/v1/statistics/countries/{country}?asOf={args.asof}").read())[
            "partners"][0]["country"]
        base = f"http://localhost:{args.port}/api/v1/statistics"
        results = [
            measure(f"national {country}", f"{base}/countries/{country}?asOf={args.asof}", dsn,
                    HERE / "sql/national.sql", {"country": country, "asof": args.asof}, args.runs, args.warmup),
            measure(f"bilateral {country}–{partner}",
                    f"{base}/bilateral/{country}/{partner}?asOf={args.asof}&window={args.window}", dsn,
                    HERE / "sql/bilateral.sql",
                    {"country": country, "partner": partner, "asof": args.asof, "window": args.window},
                    args.runs, args.warmup),
        ]
        sizes = sh(["psql", dsn, "-tAc", "SELECT (SELECT COUNT(*) FROM government) || ' governments, ' || "
                    "(SELECT COUNT(*) FROM agreement) || ' agreements, ' || (SELECT COUNT(*) FROM engagement) "
                    "|| ' engagements'"]).strip()
        print(f"Registry: {sizes}; asOf {args.asof}, window {args.window}; median of {args.runs} warm runs\n")
        print("| figures | API (ms) | SQL in psql (ms) | API ÷ SQL | same figures | rows |")
        print("|---|---|---|---|---|---|")
        for name, api, sql, same, rows in results:
            print(f"| {name} | {api:.1f} | {sql:.1f} | {api / sql:.2f} | {'yes' if same else 'NO'} | {rows} |")
        if not all(r[3] for r in results):
            sys.exit("the API and the SQL disagree")
    finally:
        registry.terminate()
        registry.wait(timeout=30)


if __name__ == "__main__":
    main()
