"""Builds src/main/resources/geonames/cities1000-extra.tsv.gz (see SOURCE.md there)."""
import collections, gzip, io, math, re, sys, unicodedata
# usage: python3 scripts/geonames-cities1000-extra.py path/to/cities1000.txt (from the repository root)
SRC = sys.argv[1]
OUT = 'src/main/resources/geonames/cities1000-extra.tsv.gz'
PRIMARY = 'src/main/resources/geonames/cities15000.txt'
def key(name):
    folded = ''.join(c for c in unicodedata.normalize('NFKD', name.lower()) if not unicodedata.combining(c))
    return re.sub(r'[^0-9a-z\u00c0-\uffff]+', ' ', folded).strip()
primary = {}
named = collections.defaultdict(list)  # (country, key of name) -> where primary places of that name lie
for line in open(PRIMARY, encoding='utf-8'):
    f = line.split('\t'); primary[f[0]] = f[10]
    for n in {key(f[1]), key(f[2])}:
        named[(f[8], n)].append((float(f[4]), float(f[5])))
def km(lat1, lon1, lat2, lon2):
    return math.hypot(lat1 - lat2, (lon1 - lon2) * math.cos(math.radians(lat1))) * 111.2
def duplicate(f):
    # an older record of a place cities15000 has under another id: same name, within 10 km
    lat, lon = float(f[4]), float(f[5])
    return any(km(lat, lon, a, b) < 10 for n in {key(f[1]), key(f[2])} for (a, b) in named.get((f[8], n), []))
def latin(s):
    return all(not c.isalpha() or unicodedata.name(c, '').startswith('LATIN') for c in s)
rows = [l.rstrip('\n').split('\t') for l in open(SRC, encoding='utf-8')]
rows = [f for f in rows if len(f) >= 19]
# places of both dumps, by (country, old first-level code): where they lie and their code now
anchors = collections.defaultdict(list)
for f in rows:
    if f[0] in primary:
        anchors[(f[8], f[10])].append((float(f[4]), float(f[5]), primary[f[0]]))
def current_code(f):
    near = anchors.get((f[8], f[10]))
    if not near:
        return f[10], False
    lat, lon = float(f[4]), float(f[5])
    k = math.cos(math.radians(lat))
    code = min(near, key=lambda a: (a[0] - lat) ** 2 + ((a[1] - lon) * k) ** 2)[2]
    return code, code != f[10]
written = recoded = duplicates = 0
with io.TextIOWrapper(gzip.GzipFile(OUT, 'wb', 9, mtime=0), encoding='utf-8', newline='\n') as out:  # reproducible
    out.write('#geonameid\tname\tasciiname\tlatin_alternatenames\tlatitude\tlongitude\tcountry_code\tadmin1_code\tpopulation\n')
    for f in rows:
        if f[0] in primary:
            continue
        if duplicate(f):
            duplicates += 1
            continue
        alts = []
        for a in (f[3].split(',') if f[3] else []):
            if a and 'http' not in a and latin(a) and a != f[1] and a != f[2] and a not in alts:
                alts.append(a)
        code, changed = current_code(f)
        recoded += changed
        out.write('\t'.join([f[0], f[1], f[2], ','.join(alts), f[4], f[5], f[8], code, f[14]]) + '\n')
        written += 1
print('rows', len(rows), 'already in cities15000', len(rows) - written, 'near-duplicates of them', duplicates, 'written', written, 'recoded', recoded, file=sys.stderr)
