"""Builds src/main/resources/geonames/cities500-extra.tsv.gz (see SOURCE.md there)."""
import collections, gzip, io, math, re, sys, unicodedata
# usage: python3 scripts/geonames-cities500-extra.py path/to/cities500.txt (from the repository root),
# after geonames-cities1000-extra.py: the places of both files read before this one are left out
SRC = sys.argv[1]
OUT = 'src/main/resources/geonames/cities500-extra.tsv.gz'
PRIMARY = 'src/main/resources/geonames/cities15000.txt'
EXTRA = 'src/main/resources/geonames/cities1000-extra.tsv.gz'
def key(name):
    folded = ''.join(c for c in unicodedata.normalize('NFKD', name.lower()) if not unicodedata.combining(c))
    return re.sub(r'[^0-9a-z\u00c0-\uffff]+', ' ', folded).strip()
known = set()
named = collections.defaultdict(list)  # (country, key of name) -> where places already read of that name lie
def remember(gid, name, ascii, lat, lon, country):
    known.add(gid)
    for n in {key(name), key(ascii)}:
        named[(country, n)].append((float(lat), float(lon)))
for line in open(PRIMARY, encoding='utf-8'):
    f = line.split('\t')
    remember(f[0], f[1], f[2], f[4], f[5], f[8])
for line in gzip.open(EXTRA, 'rt', encoding='utf-8'):
    if not line.startswith('#'):
        f = line.rstrip('\n').split('\t')
        remember(f[0], f[1], f[2], f[4], f[5], f[6])
def km(lat1, lon1, lat2, lon2):
    return math.hypot(lat1 - lat2, (lon1 - lon2) * math.cos(math.radians(lat1))) * 111.2
def duplicate(f):
    # another record of a place already read under another id: same name, within 10 km
    lat, lon = float(f[4]), float(f[5])
    return any(km(lat, lon, a, b) < 10 for n in {key(f[1]), key(f[2])} for (a, b) in named.get((f[8], n), []))
def latin(s):
    return all(not c.isalpha() or unicodedata.name(c, '').startswith('LATIN') for c in s)
rows = [l.rstrip('\n').split('\t') for l in open(SRC, encoding='utf-8')]
rows = [f for f in rows if len(f) >= 19]
written = duplicates = 0
with io.TextIOWrapper(gzip.GzipFile(OUT, 'wb', 9, mtime=0), encoding='utf-8', newline='\n') as out:  # reproducible
    out.write('#geonameid\tname\tasciiname\tlatin_alternatenames\tlatitude\tlongitude\tcountry_code\tadmin1_code\tpopulation\n')
    for f in rows:
        if f[0] in known:
            continue
        if duplicate(f):
            duplicates += 1
            continue
        alts = []
        for a in (f[3].split(',') if f[3] else []):
            if a and 'http' not in a and latin(a) and a != f[1] and a != f[2] and a not in alts:
                alts.append(a)
        out.write('\t'.join([f[0], f[1], f[2], ','.join(alts), f[4], f[5], f[8], f[10], f[14]]) + '\n')
        written += 1
print('rows', len(rows), 'already read', len(rows) - written - duplicates, 'near-duplicates of them', duplicates, 'written', written, file=sys.stderr)
