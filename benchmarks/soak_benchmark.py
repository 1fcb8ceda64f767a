#!/usr/bin/env python3
"""Soaks two instances of the packaged registry on one PostgreSQL database with mixed reads and writes.

Makes a fresh database (--database, dropped first), starts two registry processes on it (the packaged
jar, each with -Xmx--heap, on two loopback ports, one after the other so that one runs the
migrations), seeds it with a synchronous import of a generated package (governments, agreements,
engagements), creates an API token, then runs --clients threads for --minutes (or until --max-requests
requests), each request sent to one of the two instances in turn: pages, API reads, statistics, API
writes (engagements created and updated, with the token or with HTTP Basic), conflicting updates (the
same agreement version sent to both instances at once: one must get 2xx, the other 409, and the
winner's value must be what both instances then answer) and, every --import-every seconds, a small
synchronous import. Only loopback. Records every response that is neither 2xx nor an expected 409
(an error), p50/p99 latency per kind, and each process's VmRSS from /proc/PID/status every 10 s; takes
a class histogram (jcmd PID GC.class_histogram) of each process after warm-up and at the end and
prints the classes that grew most. Prints Markdown for docs/benchmarks.md. Run as root (it creates
the database as postgres); stops by itself and stops both registries.
"""
import argparse
import base64
import http.client
import io
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

from generate_world import csv_line, governments

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CATEGORIES = ["ADMINISTRATIVE", "PEOPLE", "YOUTH", "EDUCATION", "CULTURE", "SPORTS", "TOURISM", "ECONOMY"]
USER, PASSWORD = "curator", "soak-only-password"
BASIC = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def as_postgres(sql):
    return sh(["runuser", "-u", "postgres", "--", "psql", "-v", "ON_ERROR_STOP=1", "-tAc", sql])


def java():
    return os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")


def start_registry(jar, db, port, heap, log_path):
    env = dict(os.environ, SPRING_DATASOURCE_URL=f"jdbc:postgresql://localhost:5432/{db}",
               SPRING_DATASOURCE_USERNAME="registry", SPRING_DATASOURCE_PASSWORD="registry",
               REGISTRY_DEMO_DATA="false", REGISTRY_BOOTSTRAP_USERNAME=USER, REGISTRY_BOOTSTRAP_PASSWORD=PASSWORD)
    log = open(log_path, "w")
    process = subprocess.Popen([java(), f"-Xmx{heap}", "-jar", str(jar), "--server.address=127.0.0.1",
                                f"--server.port={port}"], env=env, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        if process.poll() is not None:
            break
        try:
            status, _, _ = request(http.client.HTTPConnection("127.0.0.1", port, timeout=5), "GET",
                                   "/actuator/health")
            if status == 200:
                return process
        except OSError:
            pass
        time.sleep(1)
    process.kill()
    sys.exit(f"the registry on port {port} did not start; see {log_path}")


def request(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    return response.status, response.read(), response


def seed_package(rng, government_count, agreement_count, engagement_count):
    """A package whose agreements are signed before 2000 (engagements of 2001-2025 fall in their life)."""
    govs = governments(rng, government_count)
    g = io.StringIO()
    g.write("id,name,country,subdivision,level,latitude,longitude\n")
    for row in govs:
        g.write(csv_line([row[0], row[1], row[2], row[3], "LOCAL", row[4], row[5]]))
    agreements = []
    a = io.StringIO()
    a.write("id,party_a,party_b,type,signed,notes\n")
    for i in range(agreement_count):
        first = govs[i % len(govs)]
        second = rng.choice([x for x in govs if x[2] != first[2]])
        agreement = {"id": f"a{i + 1}", "partyA": first[0], "partyB": second[0], "type": "SISTER",
                     "signed": f"{rng.randint(1960, 1999)}", "countries": (first[2], second[2])}
        agreements.append(agreement)
        a.write(csv_line([agreement["id"], agreement["partyA"], agreement["partyB"], "SISTER", agreement["signed"],
                          "seeded"]))
    e = io.StringIO()
    e.write("id,agreement,year,category,origin,title\n")
    for n in range(1, engagement_count + 1):
        e.write(csv_line([f"e{n}", rng.choice(agreements)["id"], rng.randint(2001, 2025), rng.choice(CATEGORIES),
                          "BOTH", f"Seeded exchange {n}"]))
    return zipped({"governments.csv": g.getvalue(), "agreements.csv": a.getvalue(), "engagements.csv": e.getvalue()}), \
        govs, agreements


def zipped(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)
    return out.getvalue()


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = {}
        self.errors = []
        self.conflicts = {"rounds": 0, "409": 0, "lost": 0}
        self.count = 0

    def record(self, kind, ms, ok, detail=""):
        with self.lock:
            self.latencies.setdefault(kind, []).append(ms)
            self.count += 1
            if not ok:
                self.errors.append(f"{kind}: {detail}"[:300])


class Client:
    """One worker's keep-alive connections to both instances; each call goes to the next instance."""

    def __init__(self, ports, recorder):
        self.ports = ports
        self.recorder = recorder
        self.conns = {}
        self.turn = random.randrange(len(ports))

    def next_port(self):
        self.turn = (self.turn + 1) % len(self.ports)
        return self.ports[self.turn]

    def call(self, kind, method, path, body=None, headers=None, expected=(200,), port=None):
        port = port or self.next_port()
        started = time.perf_counter()
        for attempt in (1, 2):
            conn = self.conns.get(port) or http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            self.conns[port] = conn
            try:
                status, data, _ = request(conn, method, path, body, headers)
                break
            except (http.client.HTTPException, OSError) as ex:
                conn.close()
                self.conns.pop(port, None)
                if attempt == 2:
                    self.recorder.record(kind, (time.perf_counter() - started) * 1000, False,
                                         f"{method} {path} on {port}: {ex!r}")
                    return None, b""
        ms = (time.perf_counter() - started) * 1000
        ok = status in expected
        self.recorder.record(kind, ms, ok, f"{method} {path} on {port}: {status} {data[:200]!r}")
        return status, data


def json_headers(auth):
    return {"Content-Type": "application/json", "Accept": "application/json", "Authorization": auth}


def worker(index, clients, ports, recorder, limits, token, agreements, import_every, last_import):
    rng = random.Random(index)
    client = Client(ports, recorder)
    deadline, max_requests = limits
    import_lock = last_import[1]
    mine = agreements[index::clients]  # only this worker's conflicting updates touch these agreements
    created = []
    n = 0
    while time.time() < deadline and recorder.count < max_requests:
        n += 1
        roll = rng.random()
        agreement = rng.choice(agreements)
        if roll < 0.20:
            path = rng.choice(["/", "/agreements", f"/agreements/{agreement['id']}", f"/governments/{agreement['partyA']}",
                               f"/agreements?q=Town+{rng.randint(1, 200)}"])
            client.call("page", "GET", path, headers={"Accept": "text/html"})
        elif roll < 0.45:
            path = rng.choice([f"/api/v1/agreements?country={agreement['countries'][0]}",
                               f"/api/v1/agreements/{agreement['id']}",
                               f"/api/v1/engagements?agreement={agreement['id']}",
                               f"/api/v1/governments/{agreement['partyB']}", "/api/v1/engagements?page=3&size=50"])
            client.call("API read", "GET", path, headers={"Accept": "application/json"})
        elif roll < 0.60:
            a, b = agreement["countries"]
            path = rng.choice([f"/api/v1/statistics/countries/{a}", f"/api/v1/statistics/bilateral/{a}/{b}",
                               f"/api/v1/statistics/governments/{agreement['partyA']}"])
            client.call("statistics", "GET", path, headers={"Accept": "application/json"})
        elif roll < 0.90 or not created:
            basic = rng.random() < 0.1
            auth = BASIC if basic else f"Bearer {token}"
            kind = "API write (Basic)" if basic else "API write (token)"
            if created and rng.random() < 0.4:
                body = rng.choice(created)
                status, data = client.call(kind, "GET", f"/api/v1/engagements/{body['id']}",
                                           headers={"Accept": "application/json"})
                if status == 200:
                    put = dict(body, title=f"Updated by {index} at {n}", version=json.loads(data)["version"])
                    client.call(kind, "PUT", f"/api/v1/engagements/{body['id']}", json.dumps(put), json_headers(auth))
            else:
                ident = f"soak-{index}-{n}"
                body = {"id": ident, "agreement": agreement["id"], "year": rng.randint(2001, 2025),
                        "category": rng.choice(CATEGORIES), "origin": "BOTH", "title": f"Soak exchange {ident}"}
                status, _ = client.call(kind, "POST", "/api/v1/engagements", json.dumps(body), json_headers(auth),
                                        expected=(201,))
                if status == 201:
                    created.append(body)
        else:
            conflict(client, rng.choice(mine), token, recorder, index, n)
        with import_lock:
            due = time.time() - last_import[0] >= import_every
            if due:
                last_import[0] = time.time()
        if due:
            small_import(client, rng, agreements, token, index, n)


def conflict(client, agreement, token, recorder, index, n):
    """The same version of one agreement to both instances at once: exactly one may win, and it must stick."""
    status, data = client.call("conflicting update", "GET", f"/api/v1/agreements/{agreement['id']}",
                               headers={"Accept": "application/json"})
    if status != 200:
        return
    version = json.loads(data)["version"]
    results = {}

    def put(port, label):
        body = {k: agreement[k] for k in ("partyA", "partyB", "type", "signed")}
        body.update(notes=f"{label} {index}-{n}", version=version)
        started = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        try:
            s, d, _ = request(conn, "PUT", f"/api/v1/agreements/{agreement['id']}", json.dumps(body),
                              json_headers(f"Bearer {token}"))
        except (http.client.HTTPException, OSError) as ex:
            s, d = None, repr(ex).encode()
        finally:
            conn.close()
        results[label] = (s, d, (time.perf_counter() - started) * 1000)

    threads = [threading.Thread(target=put, args=(port, label)) for port, label in zip(client.ports, ("A", "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = sorted(s for s, _, _ in results.values() if s is not None)
    for label, (s, d, ms) in results.items():
        recorder.record("conflicting update", ms, s in (200, 409), f"PUT agreement {agreement['id']} ({label}): {s} {d[:200]!r}")
    with recorder.lock:
        recorder.conflicts["rounds"] += 1
        recorder.conflicts["409"] += statuses.count(409)
    winners = [label for label, (s, _, _) in results.items() if s == 200]
    if len(winners) != 1:
        recorder.record("conflicting update", 0, False, f"agreement {agreement['id']}: statuses {statuses}, one 200 expected")
        with recorder.lock:
            recorder.conflicts["lost"] += 1
        return
    expected = f"{winners[0]} {index}-{n}"
    for port in client.ports:
        status, data = client.call("conflicting update", "GET", f"/api/v1/agreements/{agreement['id']}",
                                   headers={"Accept": "application/json"}, port=port)
        if status == 200 and json.loads(data).get("notes") != expected:
            recorder.record("conflicting update", 0, False,
                            f"agreement {agreement['id']} on {port}: notes {json.loads(data).get('notes')!r}, winner {expected!r}")
            with recorder.lock:
                recorder.conflicts["lost"] += 1


def small_import(client, rng, agreements, token, index, n):
    rows = "".join(csv_line([f"imp-{index}-{n}-{i}", rng.choice(agreements)["id"], rng.randint(2001, 2025),
                             rng.choice(CATEGORIES), "BOTH", f"Imported {index}-{n}-{i}"]) for i in range(50))
    body = zipped({"engagements.csv": "id,agreement,year,category,origin,title\n" + rows})
    status, data = client.call("small import", "POST", "/api/v1/imports", body,
                               {"Content-Type": "application/zip", "Authorization": f"Bearer {token}",
                                "Accept": "application/json"})
    if status == 200 and json.loads(data).get("status") != "IMPORTED":
        client.recorder.record("small import", 0, False, f"import not IMPORTED: {data[:300]!r}")


def rss_sampler(processes, samples, stop):
    started = time.time()
    while not stop.wait(0 if not samples else 10):
        row = [time.time() - started]
        for process in processes:
            try:
                status = Path(f"/proc/{process.pid}/status").read_text()
                row.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
            except (OSError, AttributeError):
                row.append(float("nan"))
        row.append(os.getloadavg()[0])
        samples.append(row)


def histogram(pid):
    jcmd = os.path.join(os.path.dirname(java()), "jcmd")
    out = subprocess.run([jcmd, str(pid), "GC.class_histogram"], capture_output=True, text=True, timeout=120).stdout
    classes = {}
    for m in re.finditer(r"^\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", out, re.M):
        classes[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return classes


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default="registry_soak")
    parser.add_argument("--jar", default=str(ROOT / "target/twinning-registry-0.1.0-SNAPSHOT.jar"))
    parser.add_argument("--ports", default="18081,18082")
    parser.add_argument("--heap", default="384m", help="each registry's -Xmx")
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--warm-up", type=float, default=2, help="minutes before the first class histogram")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--import-every", type=float, default=30, help="seconds between small imports")
    parser.add_argument("--governments", type=int, default=400)
    parser.add_argument("--agreements", type=int, default=600)
    parser.add_argument("--engagements", type=int, default=5_000)
    args = parser.parse_args()
    ports = [int(p) for p in args.ports.split(",")]

    as_postgres(f"DROP DATABASE IF EXISTS {args.database} WITH (FORCE)")
    as_postgres(f"CREATE DATABASE {args.database} OWNER registry")
    processes = []
    try:
        for i, port in enumerate(ports):
            processes.append(start_registry(args.jar, args.database, port, args.heap, HERE / f"soak-{i + 1}.log"))
        seed, _, agreements = seed_package(random.Random(2026), args.governments, args.agreements,
                                              args.engagements)
        conn = http.client.HTTPConnection("127.0.0.1", ports[0], timeout=300)
        status, data, _ = request(conn, "POST", "/api/v1/imports", seed,
                                  {"Content-Type": "application/zip", "Authorization": BASIC})
        if status != 200 or json.loads(data)["status"] != "IMPORTED":
            sys.exit(f"the seed import failed: {status} {data[:500]!r}")
        status, data, _ = request(conn, "POST", "/api/v1/tokens", json.dumps({"name": "soak"}), json_headers(BASIC))
        if status != 201:
            sys.exit(f"no token: {status} {data[:300]!r}")
        token = json.loads(data)["token"]

        recorder = Recorder()
        samples, stop = [], threading.Event()
        sampler = threading.Thread(target=rss_sampler, args=(processes, samples, stop), daemon=True)
        load_before = os.getloadavg()
        started = time.time()
        deadline = started + args.minutes * 60
        sampler.start()
        last_import = [started, threading.Lock()]
        workers = [threading.Thread(target=worker, args=(i, args.clients, ports, recorder, (deadline, args.max_requests),
                                                         token, agreements, args.import_every, last_import),
                                    daemon=True) for i in range(args.clients)]
        for w in workers:
            w.start()
        warm = {}
        while any(w.is_alive() for w in workers):
            if not warm and time.time() - started >= args.warm_up * 60:
                warm = {p.pid: histogram(p.pid) for p in processes}
            time.sleep(1)
        elapsed = time.time() - started
        load_after = os.getloadavg()
        stop.set()
        end = {p.pid: histogram(p.pid) for p in processes}
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()

    report(args, recorder, samples, elapsed, load_before, load_after, warm, end, processes)


def report(args, recorder, samples, elapsed, load_before, load_after, warm, end, processes):
    cpus = os.cpu_count()
    busy = max(load_before[0], load_after[0], *(s[-1] for s in samples)) > cpus
    print(f"{recorder.count:,} requests in {elapsed:.0f} s ({recorder.count / elapsed:.1f}/s) by {args.clients} "
          f"clients over two instances (-Xmx{args.heap} each) on one PostgreSQL database; {cpus} cores; "
          f"load average (1/5/15 min) before {load_before[0]:.1f}/{load_before[1]:.1f}/{load_before[2]:.1f}, "
          f"after {load_after[0]:.1f}/{load_after[1]:.1f}/{load_after[2]:.1f}"
          f"{' (a busy machine: compare runs on an idle one)' if busy else ''}\n")
    print(f"errors: {len(recorder.errors)}; conflicting updates: {recorder.conflicts['rounds']} rounds, "
          f"{recorder.conflicts['409']} answered 409, {recorder.conflicts['lost']} lost or doubled\n")
    for error in recorder.errors[:20]:
        print(f"    {error}")
    print("| kind | requests | p50 (ms) | p99 (ms) | max (ms) |")
    print("|---|---|---|---|---|")
    for kind in ["page", "API read", "statistics", "API write (token)", "API write (Basic)", "conflicting update",
                 "small import"]:
        values = [v for v in recorder.latencies.get(kind, []) if v > 0]
        if values:
            print(f"| {kind} | {len(values):,} | {percentile(values, 50):.0f} | {percentile(values, 99):.0f} | "
                  f"{max(values):.0f} |")
    print("\nRSS (MB) every minute (instance 1, instance 2, load average):\n")
    print("| minute | " + " | ".join(f"instance {i + 1}" for i in range(len(processes))) + " | load |")
    print("|---" * (len(processes) + 2) + "|")
    for row in samples:
        if round(row[0]) % 60 < 10:
            print(f"| {row[0] / 60:.1f} | " + " | ".join(f"{v:.0f}" for v in row[1:-1]) + f" | {row[-1]:.1f} |")
    warm_rows = [row for row in samples if row[0] >= args.warm_up * 60]
    if warm_rows:
        for i in range(len(processes)):
            first, last = warm_rows[0][i + 1], warm_rows[-1][i + 1]
            top = max(row[i + 1] for row in warm_rows)
            print(f"\ninstance {i + 1}: after warm-up {first:.0f} MB, at the end {last:.0f} MB, at most {top:.0f} MB "
                  f"({last - first:+.0f} MB)")
    for process in processes:
        before, after = warm.get(process.pid, {}), end.get(process.pid, {})
        growth = sorted(((after[c][1] - before.get(c, (0, 0))[1], c, after[c][0] - before.get(c, (0, 0))[0])
                         for c in after), reverse=True)[:8]
        live = sum(v[1] for v in after.values()) / 1024 / 1024
        warm_live = sum(v[1] for v in before.values()) / 1024 / 1024
        print(f"\nheap histogram of pid {process.pid} (live objects after a full GC): {warm_live:.0f} MB after warm-up, "
              f"{live:.0f} MB at the end; classes that grew most since warm-up:")
        for grown, name, instances in growth:
            print(f"    {grown / 1024:+,.0f} KB  {instances:+,} instances  {name}")


if __name__ == "__main__":
    main()
