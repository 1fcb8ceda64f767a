"""Builds src/main/resources/gazetteer/wof-places.tsv.gz (see gazetteer/SOURCE.md).

usage (from the repository root): python3 scripts/gazetteer-wof-extract.py path/to/wof-admin-35repos.tsv.gz

Keeps the current, undeprecated Who's On First places of the kinds the gazetteer holds, and of
their names only those it reads: the English name, other names in Latin script (romanisations,
exonyms; at most 12) and one name in the country's own script (the native name a government shows).
Coordinates are cut to five decimals (about a metre). Rows are sorted by kind, containing before contained
(region, county, municipality, locality, district), then as the source lists them, so that a reader meets a place's parent before it.
Reproducible: same input, same bytes.
"""
import csv, gzip, io, sys, unicodedata

SRC = sys.argv[1]
OUT = sys.argv[2] if len(sys.argv) > 2 else 'src/main/resources/gazetteer/wof-places.tsv.gz'
RANK = {'region': 0, 'dependency': 0, 'macrocounty': 1, 'county': 2, 'localadmin': 3, 'locality': 4, 'borough': 5,
        'macrohood': 6, 'neighbourhood': 7}
# the script a country writes its own names in, where it is not Latin
SCRIPTS = {'KR': 'HANGUL', 'JP': 'CJK', 'TW': 'CJK', 'GR': 'GREEK', 'BG': 'CYRILLIC', 'BY': 'CYRILLIC',
           'UA': 'CYRILLIC', 'RS': 'CYRILLIC', 'BA': 'CYRILLIC', 'GE': 'GEORGIAN', 'MD': 'LATIN'}
csv.field_size_limit(1 << 20)

def script(c):
    n = unicodedata.name(c, '')
    if n.startswith(('CJK', 'HIRAGANA', 'KATAKANA')):
        return 'CJK'
    return n.split(' ')[0] if n else ''

def written_in(name, wanted):
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(script(c) == wanted for c in letters)

def clean(s):
    return s.replace('\t', ' ').replace('\n', ' ').strip()

def degrees(text):
    return ('%.5f' % float(text)).rstrip('0').rstrip('.')

kept = skipped = 0
lines = []
with gzip.open(SRC, 'rt', encoding='utf-8', newline='') as f:
    rows = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
    next(rows)
    for r in rows:
        if len(r) < 17 or r[2] not in RANK or r[7] == '0' or r[8] or not r[1] or not r[4] or not r[3]:
            skipped += 1
            continue
        name = clean(r[1])
        eng = clean(r[11].split('|')[0]) if r[11] else ''
        latin, native = [], ''
        wanted = SCRIPTS.get(r[3])
        for other in r[12].split('|') if r[12] else []:
            other = clean(other)
            if not other or other in (name, eng):
                continue
            if written_in(other, 'LATIN'):
                if len(latin) < 12 and other not in latin:
                    latin.append(other)
            elif wanted and not native and written_in(other, wanted):
                native = other
        lines.append((RANK[r[2]], len(lines), '\t'.join([r[0], name, r[2], r[3], degrees(r[4]), degrees(r[5]),
                      r[6] if r[6] not in ('-1', '') else '', r[9], r[10], eng, '|'.join(latin), native, r[13]])))
        kept += 1
lines.sort()
with io.TextIOWrapper(gzip.GzipFile(OUT, 'wb', 9, mtime=0), encoding='utf-8', newline='\n') as out:
    out.write('#wof_id\tname\tplacetype\tcountry\tlatitude\tlongitude\tparent_id\tgeonameid\twikidata\tname_eng'
              '\tlatin_names\tnative_name\tregion_id\n')
    for line in lines:
        out.write(line[2] + '\n')
print('kept', kept, 'skipped', skipped, file=sys.stderr)
