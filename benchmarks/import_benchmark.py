#!/usr/bin/env python3
"""Times a 1,000,000-row data package import against PostgreSQL's COPY of the same rows.

Generates (once, or with --regenerate) a data package folder: governments, agreements between them
and engagements under the agreements, every row valid and without warnings, so that the import
checks everything and writes everything. Then, on a fresh PostgreSQL database, runs the packaged
registry's command-line import of that folder (`--registry.import.file=`, a separate JVM with
-Xmx512m by default), takes the import's own time from its log (`rows done in … ms`: reading,
checking and writing, not the JVM's start nor Flyway's migration) and the process's peak resident
memory (VmHWM) and the largest heap left after a collection pause (from -Xlog:gc; young pauses leave
old garbage, so this is an upper bound of what is live). Last, it
dumps the imported engagement rows and times psql's `\\copy` of them into an empty table with the
same columns and indexes (`CREATE TABLE … (LIKE engagement INCLUDING ALL)`), median of --copy-runs.
Prints a Markdown table for docs/benchmarks.md. Run as root (it creates the database as postgres).
"""
import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from generate_world import csv_line, governments

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CATEGORIES = ["ADMINISTRATIVE", "PEOPLE", "YOUTH", "EDUCATION", "CULTURE", "SPORTS", "TOURISM", "ECONOMY",
              "SCIENCE_TECH", "HEALTH", "ENVIRONMENT", "POLICY", "AID", "CIVIL", "OTHER"]
FORMS = ["DELEGATION", "TRAINING", "PROGRAM", "EVENT", "CEREMONY", "CONFERENCE", "JOINT_PROJECT", "GIFT",
         "CORRESPONDENCE", "OTHER"]
LEVELS = ["HEAD", "COUNCIL", "STAFF", "CITIZENS"]
CURRENCIES = ["KRW", "CAD", "EUR", "JPY", "USD"]
WORDS = ("delegation visit exchange festival students council mayor trade mission culture sports youth "
         "programme partnership anniversary forum seminar research health environment relief").split()


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def as_postgres(sql, db="postgres"):
    return sh(["runuser", "-u", "postgres", "--", "psql", "-d", db, "-v", "ON_ERROR_STOP=1", "-tAc", sql])


def generate(folder, rows, agreement_count, government_count, seed):
    """Writes governments.csv, agreements.csv and engagements.csv; the same seed gives the same files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    govs = governments(rng, government_count)
    with open(folder / "governments.csv", "w", encoding="utf-8", newline="") as out:
        out.write("id,name,country,subdivision,level,latitude,longitude\n")
        for g in govs:
            out.write(csv_line([g[0], g[1], g[2], g[3], "LOCAL", g[4], g[5]]))
    # every government is a party (no "government without agreement" warning); parties of
    # different countries; signed before 2000, never ended, so that no engagement of
    # 2000-2025 is dated outside its agreement's life
    order = govs[:]
    rng.shuffle(order)
    pairs = []
    for i in range(agreement_count):
        a = order[i % len(order)]
        b = rng.choice(govs)
        while b[2] == a[2]:
            b = rng.choice(govs)
        pairs.append((f"a{i + 1}", a[0], b[0]))
    with open(folder / "agreements.csv", "w", encoding="utf-8", newline="") as out:
        out.write("id,party_a,party_b,type,signed\n")
        for ident, a, b in pairs:
            out.write(csv_line([ident, a, b, rng.choice(["SISTER", "SISTER", "FRIENDSHIP", "COOPERATION"]),
                                f"{rng.randint(1960, 1999)}-{rng.randint(1, 12):02d}"]))
    with open(folder / "engagements.csv", "w", encoding="utf-8", newline="") as out:
        out.write("id,agreement,year,date,end_date,category,origin,form,mode,participants,official_level,"
                  "cost,currency,title,description,source\n")
        for n in range(1, rows + 1):
            out.write(csv_line(engagement(rng, n, pairs[rng.randrange(len(pairs))])))


def engagement(rng, n, agreement):
    ident, a, b = agreement
    year = rng.randint(2000, 2025)
    date = end = None
    if rng.random() < 0.5:
        month, day = rng.randint(1, 12), rng.randint(1, 20)
        date = f"{year}-{month:02d}-{day:02d}"
        if rng.random() < 0.2:
            end = f"{year}-{month:02d}-{day + rng.randint(0, 8):02d}"
    category = rng.choice(CATEGORIES)
    cost = currency = None
    if rng.random() < 0.2:
        cost, currency = f"{rng.randint(100, 5_000_000)}.{rng.randint(0, 99):02d}", rng.choice(CURRENCIES)
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 6)))
    description = (f"{words.capitalize()}, with \"{rng.choice(WORDS)}\" and {rng.randint(2, 400)} guests"
                   if rng.random() < 0.3 else None)
    return [f"e{n}", ident, year, date, end, category, rng.choice([a, b, "BOTH"]),
            rng.choice(FORMS) if rng.random() < 0.8 else None,
            rng.choice(["IN_PERSON", "VIRTUAL", ""]), rng.randint(1, 500) if rng.random() < 0.5 else None,
            rng.choice(LEVELS) if rng.random() < 0.6 else None, cost, currency,
            f"{category.capitalize()} {n}: {words}", description,
            f"https://example.org/reports/{n}" if rng.random() < 0.2 else None]


def import_package(jar, db, folder, heap, log_path, gc_path, extra):
    env = dict(os.environ, SPRING_DATASOURCE_URL=f"jdbc:postgresql://localhost:5432/{db}",
               SPRING_DATASOURCE_USERNAME="registry", SPRING_DATASOURCE_PASSWORD="registry",
               REGISTRY_DEMO_DATA="false", REGISTRY_BOOTSTRAP_PASSWORD="benchmark-only-password")
    java = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
    with open(log_path, "w") as log:
        process = subprocess.Popen([java, f"-Xmx{heap}", f"-Xlog:gc:file={gc_path}::filecount=0", *extra, "-jar", str(jar),
                                    "--spring.main.web-application-type=none",
                                    f"--registry.import.file={folder}"], env=env, stdout=log, stderr=subprocess.STDOUT)
        peak_kb = 0
        while process.poll() is None:
            try:
                status = Path(f"/proc/{process.pid}/status").read_text()
                peak_kb = max(peak_kb, int(re.search(r"VmHWM:\s+(\d+)", status).group(1)))
            except (OSError, AttributeError):
                pass
            time.sleep(0.2)
    text = Path(log_path).read_text()
    done = re.search(r"(\d+) rows done in (\d+) ms", text)
    if process.returncode != 0 or done is None:
        sys.exit(f"the import failed (status {process.returncode}); see {log_path}")
    live = [int(m) for m in re.findall(r"->(\d+)M\(", Path(gc_path).read_text())]
    tables = {name: int(ms) / 1000 for name, ms in re.findall(r"import: (\w+)\.csv: \d+ row\(s\) in (\d+) ms", text)}
    return int(done.group(1)), int(done.group(2)) / 1000, tables, peak_kb / 1024, max(live, default=0)


def copy_seconds(dsn, dump, runs):
    times = []
    for _ in range(runs):
        sh(["psql", dsn, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", "DROP TABLE IF EXISTS engagement_copy",
            "-c", "CREATE TABLE engagement_copy (LIKE engagement INCLUDING ALL)"])
        as_postgres("CHECKPOINT")
        out = sh(["psql", dsn, "-X", "-q", "-v", "ON_ERROR_STOP=1"],
                 input=f"\\timing on\n\\copy engagement_copy FROM '{dump}' WITH (FORMAT csv)\n")
        times.append(float(re.search(r"Time: ([0-9.]+) ms", out).group(1)) / 1000)
    sh(["psql", dsn, "-X", "-q", "-c", "DROP TABLE engagement_copy"])
    return statistics.median(times), times


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default="registry_bench_import")
    parser.add_argument("--jar", default=str(ROOT / "target/twinning-registry-0.1.0-SNAPSHOT.jar"))
    parser.add_argument("--package", default=str(HERE / "data/import-1m"), help="folder of the generated package")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--agreements", type=int, default=5_000)
    parser.add_argument("--governments", type=int, default=3_000)
    parser.add_argument("--heap", default="512m", help="the registry's -Xmx")
    parser.add_argument("--copy-runs", type=int, default=3)
    parser.add_argument("--jvm-option", action="append", default=[], help="more options for the registry's JVM")
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    folder = Path(args.package).resolve()
    dsn = f"postgresql://registry:registry@localhost:5432/{args.database}"

    if args.regenerate or not (folder / "engagements.csv").exists():
        started = time.perf_counter()
        generate(folder, args.rows, args.agreements, args.governments, seed=2019)
        print(f"generated {folder} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    as_postgres(f"DROP DATABASE IF EXISTS {args.database}")
    as_postgres(f"CREATE DATABASE {args.database} OWNER registry")

    load_before = os.getloadavg()[0]
    rows, seconds, tables, rss_mb, live_mb = import_package(args.jar, args.database, folder, args.heap,
                                                    HERE / "import.log", HERE / "import-gc.log",
                                                            args.jvm_option)
    engagements = int(sh(["psql", dsn, "-tAc", "SELECT COUNT(*) FROM engagement"]).strip())
    if engagements != args.rows:
        sys.exit(f"{engagements} engagements in the database, {args.rows} expected")
    dump = HERE / "data/engagement-rows.csv"
    sh(["psql", dsn, "-X", "-q", "-c", f"\\copy engagement TO '{dump}' WITH (FORMAT csv)"])
    load_after_import = os.getloadavg()[0]
    copy, copies = copy_seconds(dsn, dump, args.copy_runs)
    load_after_copy = os.getloadavg()[0]

    registry_rate = engagements / seconds
    phase = tables["engagements"]
    phase_rate = engagements / phase
    copy_rate = engagements / copy
    version = sh(["psql", dsn, "-tAc", "SHOW server_version"]).strip()
    print(f"{engagements:,} engagements ({rows:,} rows in all), PostgreSQL {version}, registry -Xmx{args.heap}; "
          f"COPY runs: {', '.join(f'{t:.1f} s' for t in copies)}; load average (1 min) before the import "
          f"{load_before:.1f}, after it {load_after_import:.1f}, after COPY {load_after_copy:.1f}"
          f"{' (a busy machine: compare runs on an idle one)' if max(load_before, load_after_copy) > 2.5 else ''}\n")
    print("| | time (s) | engagements/s | peak RSS (MB) | largest heap after a GC pause (MB) |")
    print("|---|---|---|---|---|")
    print(f"| registry import, whole package (checks + writes) | {seconds:.1f} | {registry_rate:,.0f} | {rss_mb:.0f} "
          f"| {live_mb} |")
    print(f"| of which engagements.csv | {phase:.1f} | {phase_rate:,.0f} | | |")
    print(f"| psql `\\copy` of the same rows | {copy:.1f} | {copy_rate:,.0f} | | |")
    print(f"\nregistry ÷ COPY: {registry_rate / copy_rate:.0%} for the whole package, "
          f"{phase_rate / copy_rate:.0%} for engagements.csv alone "
          f"(governments {tables.get('governments', 0):.1f} s, agreements {tables.get('agreements', 0):.1f} s)")


if __name__ == "__main__":
    main()
