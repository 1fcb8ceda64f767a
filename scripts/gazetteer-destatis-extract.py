"""Builds src/main/resources/gazetteer/destatis-municipalities.tsv.gz (see gazetteer/SOURCE.md).

usage (from the repository root): python3 scripts/gazetteer-destatis-extract.py path/to/destatis-gv-2020q4.csv.gz

Keeps Germany's districts (Kreise, record type 40) and municipalities (Gemeinden, 60) of the official
municipality list: the official key (AGS, 5 digits for a district, 8 for a municipality), the record type, the
kind of unit (text key), the official name, the point and the population, with German decimal commas and
thousands spaces turned into plain numbers. Reproducible: same input, same bytes.
"""
import csv, gzip, io, sys

SRC = sys.argv[1]
OUT = sys.argv[2] if len(sys.argv) > 2 else 'src/main/resources/gazetteer/destatis-municipalities.tsv.gz'

def number(text):
    return text.replace(' ', '').replace('\u00a0', '').replace(',', '.').strip()

kept = 0
with gzip.open(SRC, 'rt', encoding='utf-8-sig', newline='') as f, \
        io.TextIOWrapper(gzip.GzipFile(OUT, 'wb', 9, mtime=0), encoding='utf-8', newline='\n') as out:
    rows = csv.DictReader(f)
    out.write('#ags\trecord\ttext_key\tname\tlatitude\tlongitude\tpopulation\n')
    for r in rows:
        if r['satzart'] == '40':
            ags = r['land'] + r['rb'] + r['kreis']
        elif r['satzart'] == '60':
            ags = r['land'] + r['rb'] + r['kreis'] + r['gemeinde']
        else:
            continue
        out.write('\t'.join([ags, r['satzart'], r['textkennzeichen'], r['gemeindename'].strip(),
                             number(r['breitengrad']), number(r['laengengrad']), number(r['bevoelkerung'])]) + '\n')
        kept += 1
print('kept', kept, file=sys.stderr)
