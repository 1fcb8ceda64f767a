#!/usr/bin/env python3
"""Resident memory after start of the registry and of another Spring Boot jar (spring-petclinic),
and the place autocomplete's latency: see docs/benchmarks.md, "Gazetteer: memory and autocomplete".

    python3 benchmarks/memory_benchmark.py --registry target/twinning-registry-0.1.0-SNAPSHOT.jar \
        --other /tmp/petclinic/target/spring-petclinic-4.0.0-SNAPSHOT.jar

Each jar is started with `java -jar` and no JVM options (as a user would start it), on a free port of
127.0.0.1, in a fresh working folder (the registry on its embedded H2 database with the demo data). Once it
answers (the registry: its health, then a first place suggestion, so that its world gazetteer is open), the
script waits --settle seconds and reads VmRSS from /proc/<pid>/status, with the load average at that moment,
then stops it. The registry is started twice on the same folder: the first start builds the gazetteer's
index; the second, the usual case, only opens it. Then --requests place suggestions
(GET /api/v1/places?q=…, prefixes of 2 to 6 letters of real place names, one connection, one request at a
time, after --warmup requests) are timed on the registry and their percentiles printed. Only loopback
addresses are used; every loop is bounded.
"""
import argparse
import http.client
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time

NAMES = ["Seoul", "Busan", "Calgary", "Edmonton", "Winnipeg", "Montreal", "Toronto", "Vancouver", "Jinju",
         "Hwaseong", "Gangnam", "Shinjuku", "Praha", "Budapest", "Frederiksberg", "Baerum", "Tameside",
         "Kensington", "Lyon", "Marseille", "Nantes", "Bordeaux", "Hamburg", "Berlin", "Munich", "Nuremberg",
         "Kyoto", "Osaka", "Sapporo", "Sendai", "Fukuoka", "Nagoya", "Kobe", "Daejeon", "Gwangju", "Ulsan",
         "Suwon", "Incheon", "Gunpo", "Paju", "Wonju", "Donghae", "Gunsan", "Boeun", "Ongjin", "Surrey",
         "Burnaby", "Coquitlam", "Airdrie", "Barrie", "Belleville", "Windsor", "Fredericton", "Quebec",
         "Halifax", "Regina", "Saskatoon", "Victoria", "Kelowna", "Kamloops", "Nanaimo", "Oslo", "Bergen",
         "Aarhus", "Odense", "Malmo", "Goteborg", "Uppsala", "Tampere", "Turku", "Vilnius", "Kaunas", "Riga",
         "Tallinn", "Krakow", "Gdansk", "Poznan", "Wroclaw", "Lodz", "Brno", "Ostrava", "Plzen", "Bratislava",
         "Kosice", "Ljubljana", "Zagreb", "Split", "Sarajevo", "Belgrade", "Novi Sad", "Sofia", "Varna",
         "Bucharest", "Cluj", "Iasi", "Chisinau", "Kyiv", "Lviv", "Odesa", "Minsk", "Tbilisi", "Batumi",
         "Istanbul", "Ankara", "Izmir", "Athens", "Thessaloniki", "Rome", "Milan", "Naples", "Turin", "Madrid",
         "Barcelona", "Valencia", "Seville", "Lisbon", "Porto", "Dublin", "Cork", "Amsterdam", "Rotterdam",
         "Utrecht", "Brussels", "Antwerp", "Ghent", "Zurich", "Geneva", "Basel", "Vienna", "Graz", "Linz",
         "Salzburg", "Innsbruck", "Taipei", "Kaohsiung", "Taichung", "Havana", "Springfield", "Portland"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path, timeout=5):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def wait_until(check, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def start(jar, port, folder, log, extra):
    command = ["java", "-jar", os.path.abspath(jar), f"--server.port={port}", "--server.address=127.0.0.1"] + extra
    return subprocess.Popen(command, cwd=folder, stdout=log, stderr=subprocess.STDOUT)


def measure(name, jar, folder, ready, extra, settle, timeout):
    port = free_port()
    with open(os.path.join(folder, f"{name}.log"), "ab") as log:
        started = time.monotonic()
        process = start(jar, port, folder, log, extra)
        try:
            if not wait_until(lambda: ready(port), timeout):
                raise SystemExit(f"{name} did not get ready within {timeout} s (log in {folder})")
            ready_after = time.monotonic() - started
            time.sleep(settle)
            result = {"run": name, "ready_s": round(ready_after, 1), "rss_mib": round(rss_mib(process.pid), 1),
                      "load_average": os.getloadavg()}
            return result, port, process
        except BaseException:
            process.terminate()
            raise


def stop(process):
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()


def registry_ready(port):
    if get(port, "/actuator/health")[0] != 200:
        return False
    status, body = get(port, "/api/v1/places?q=Seo", timeout=600)
    return status == 200 and len(json.loads(body)) > 0


def other_ready(port):
    return get(port, "/")[0] == 200


def latencies(port, requests, warmup):
    rnd = random.Random(2019)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    times = []
    for i in range(warmup + requests):
        name = rnd.choice(NAMES)
        prefix = name[:rnd.randint(2, min(6, len(name)))].replace(" ", "%20")
        begin = time.perf_counter()
        connection.request("GET", f"/api/v1/places?q={prefix}")
        response = connection.getresponse()
        response.read()
        elapsed = (time.perf_counter() - begin) * 1000
        if response.status != 200:
            raise SystemExit(f"/api/v1/places?q={prefix} answered {response.status}")
        if i >= warmup:
            times.append(elapsed)
    connection.close()
    times.sort()

    def pct(p):
        return round(times[min(len(times) - 1, int(len(times) * p / 100))], 2)

    return {"requests": len(times), "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99),
            "max_ms": round(times[-1], 2), "load_average": os.getloadavg()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--registry", required=True, help="the registry's packaged jar")
    parser.add_argument("--other", help="another Spring Boot jar to compare with (spring-petclinic's)")
    parser.add_argument("--settle", type=int, default=20, help="seconds to wait after ready before reading RSS")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--timeout", type=int, default=900, help="seconds a start may take at most")
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="registry-memory-")
    results = []
    try:
        first, _, process = measure("registry, first start (index built)", args.registry, folder, registry_ready,
                                    [], args.settle, args.timeout)
        stop(process)
        results.append(first)
        second, port, process = measure("registry, next start", args.registry, folder, registry_ready, [],
                                        args.settle, args.timeout)
        results.append(second)
        try:
            results.append({"run": "registry autocomplete", **latencies(port, args.requests, args.warmup)})
            results.append({"run": "registry after the requests", "rss_mib": round(rss_mib(process.pid), 1),
                            "load_average": os.getloadavg()})
        finally:
            stop(process)
        if args.other:
            other, _, process = measure(os.path.basename(args.other), args.other, folder, other_ready, [],
                                        args.settle, args.timeout)
            stop(process)
            results.append(other)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    for result in results:
        print(json.dumps(result))


if __name__ == "__main__":
    sys.exit(main())
