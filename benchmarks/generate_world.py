#!/usr/bin/env python3
"""Generates a world-scale synthetic registry straight into a migrated PostgreSQL database.

60,000 governments in the ISO 3166 countries that have subdivisions (a few large countries hold
most of them, as in reality), 200,000 agreements between governments of different countries
(sister, friendship, cooperation; some ended, some fixed-term, some friendship agreements upgraded
to sister agreements that supersede them; dates to the year, month or day) and 5,000,000
engagements (all categories and forms, correspondence among them, origins on both sides and BOTH).
Governments and agreements are streamed to COPY; engagements are made by one INSERT ... SELECT.
The same seed gives the same registry. Usage: see docs/benchmarks.md.
"""
import argparse
import io
import json
import random
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPES = ["SISTER"] * 7 + ["FRIENDSHIP"] * 2 + ["COOPERATION"]


def psql(dsn, sql=None, stdin=None):
    cmd = ["psql", dsn, "-v", "ON_ERROR_STOP=1", "-q"]
    if sql is not None:
        cmd += ["-c", sql]
    subprocess.run(cmd, input=stdin, check=True)


def fold(text):
    return unicodedata.normalize("NFD", text).lower()


def pdate(rng, year):
    precision = rng.random()
    if precision < 0.4:
        return str(year), (year, 1, 1), (year, 12, 31)
    month = rng.randint(1, 12)
    if precision < 0.6:
        return f"{year}-{month:02d}", (year, month, 1), (year, month, 28)
    day = rng.randint(1, 28)
    return f"{year}-{month:02d}-{day:02d}", (year, month, day), (year, month, day)


def iso(day):
    return f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}"


def csv_line(values):
    out = []
    for v in values:
        if v is None:
            out.append("")
        else:
            s = str(v)
            out.append('"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s)
    return ",".join(out) + "\n"


def governments(rng, count):
    subdivisions = json.loads((ROOT / "src/main/resources/iso/iso_3166-2.json").read_text())["3166-2"]
    by_country = {}
    for s in subdivisions:
        if "parent" not in s:
            by_country.setdefault(s["code"][:2], []).append(s["code"])
    countries = sorted(by_country)
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(countries))]
    rng.shuffle(countries)
    chosen = rng.choices(countries, weights=weights, k=count)
    rows = []
    for i, country in enumerate(chosen, start=1):
        subdivision = rng.choice(by_country[country])
        name = f"Town {i} {country}"
        rows.append((f"g{i}", name, country, subdivision, round(rng.uniform(-60, 70), 4),
                     round(rng.uniform(-180, 180), 4)))
    return rows


def agreements(rng, govs, count):
    rows = []
    n = 0
    while n < count:
        a, b = rng.sample(govs, 2)
        if a[2] == b[2]:
            continue
        year = rng.randint(1950, 2024)
        kind = rng.choice(TYPES)
        upgrade = kind == "FRIENDSHIP" and rng.random() < 0.3 and year < 2020 and n + 2 <= count
        n += 1
        first_id = f"a{n}"
        rows.append(agreement(rng, first_id, a, b, kind, year, None))
        if upgrade:
            n += 1
            upgraded = agreement(rng, f"a{n}", b, a, "SISTER", rng.randint(year + 1, 2024), first_id)
            rows[-1][-1] = upgraded[5]  # superseded_on: the upgrade's first signing day
            rows.append(upgraded)
    return rows


def agreement(rng, ident, a, b, kind, year, supersedes):
    signed, signed_first, _ = pdate(rng, year)
    status, ended, ended_on, term, term_until = "ACTIVE", None, None, None, None
    roll = rng.random()
    if supersedes is None and roll < 0.08 and year < 2024:
        status = "ENDED"
        ended, ended_first, _ = pdate(rng, rng.randint(year + 1, 2025))
        ended_on = iso(ended_first)
    elif supersedes is None and roll < 0.13:
        term, _, term_last = pdate(rng, min(year + 5, 2030))
        term_until = iso(term_last)
    search = " | ".join([ident, fold(a[1]), "", fold(b[1]), ""])
    return [ident, a[0], b[0], kind, signed, iso(signed_first), status, ended, ended_on, term, term_until,
            supersedes, a[1], a[2], a[3], b[1], b[2], b[3], search, None]


def copy(dsn, table, columns, rows):
    buffer = io.StringIO()
    for row in rows:
        buffer.write(csv_line(row))
    psql(dsn, stdin=(f"\\copy {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv)\n" + buffer.getvalue()
                     + "\\.\n").encode())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dsn", help="libpq connection string of a migrated registry database")
    parser.add_argument("--governments", type=int, default=60_000)
    parser.add_argument("--agreements", type=int, default=200_000)
    parser.add_argument("--engagements", type=int, default=5_000_000)
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    psql(args.dsn, "TRUNCATE engagement, agreement, government")
    govs = governments(rng, args.governments)
    copy(args.dsn, "government", ["id", "name", "country", "subdivision", "level", "latitude", "longitude",
                                  "search_text", "version"],
         [(g[0], g[1], g[2], g[3], "LOCAL", g[4], g[5], fold(g[1]), 0) for g in govs])
    print(f"governments: {len(govs)}", file=sys.stderr)
    rows = agreements(rng, govs, args.agreements)
    copy(args.dsn, "agreement", ["id", "party_a", "party_b", "type", "signed", "signed_on", "status", "ended",
                                 "ended_on", "term_ends", "term_ends_until", "supersedes", "party_a_name",
                                 "party_a_country", "party_a_subdivision", "party_b_name", "party_b_country",
                                 "party_b_subdivision", "search_text", "superseded_on", "version"],
         [r + [0] for r in rows])
    print(f"agreements: {len(rows)}", file=sys.stderr)
    psql(args.dsn, f"""
        SELECT setseed({(args.seed % 1000) / 1000.0});
        INSERT INTO engagement (id, agreement_id, engagement_year, category, origin, form, mode, title,
                                search_text, version)
        SELECT 'e' || g, a.id,
               GREATEST(EXTRACT(YEAR FROM a.signed_on)::int, 1990)
                 + floor(random() * (2026 - GREATEST(EXTRACT(YEAR FROM a.signed_on)::int, 1990)))::int,
               (ARRAY['ADMINISTRATIVE','PEOPLE','YOUTH','EDUCATION','CULTURE','SPORTS','TOURISM','ECONOMY',
                      'SCIENCE_TECH','HEALTH','ENVIRONMENT','POLICY','AID','CIVIL','OTHER'])[1 + floor(random() * 15)::int],
               CASE floor(random() * 3)::int WHEN 0 THEN a.party_a WHEN 1 THEN a.party_b ELSE 'BOTH' END,
               (ARRAY['DELEGATION','TRAINING','PROGRAM','EVENT','CEREMONY','CONFERENCE','JOINT_PROJECT','GIFT',
                      'CORRESPONDENCE','CORRESPONDENCE','OTHER'])[1 + floor(random() * 11)::int],
               'IN_PERSON', 'Engagement ' || g, 'engagement ' || g, 0
        FROM generate_series(1, {args.engagements}) g
        JOIN agreement a ON a.id = 'a' || (1 + (g::bigint * 7919) % (SELECT COUNT(*) FROM agreement));
    """)
    for table in ("government", "agreement", "engagement"):
        # vacuum too: the visibility map lets PostgreSQL answer from the engagement index alone
        psql(args.dsn, f"VACUUM ANALYZE {table}")
    print(f"engagements: {args.engagements}", file=sys.stderr)


if __name__ == "__main__":
    main()
