"""Cuts the pages' CJK font into slices a browser downloads only as a page needs them (docs/benchmarks.md,
"Page weight").

usage: python3 scripts/cjk-font-slices.py (from the repository root; needs fontTools and brotli:
pip install fonttools brotli)

Pages show native names in Hangul, kana and CJK ideographs with Droid Sans Fallback on machines without a
CJK font of their own (static/fonts/SOURCE.md). The whole font is 3.4 MB (1.7 MB gzipped), which a browser
would download for a single Korean name. This writes its glyphs again as WOFF2 files in
src/main/resources/static/fonts/cjk/: punctuation, kana and jamo in one (about 18 KB), the 11,172 Hangul
syllables in one (about 53 KB: Droid's syllables are built of shared jamo outlines), the ideographs in
slices of SLICE characters each (about 35 KB), and writes one @font-face per file, with the file's
unicode-range, between the markers of static/css/registry.css. A browser downloads a slice only if the page
shows one of its characters. The PDF brief keeps embedding the whole TrueType file. Same input, same bytes.
"""
import io
import re
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONT = Path('src/main/resources/static/fonts/DroidSansFallback.ttf')
OUT = Path('src/main/resources/static/fonts/cjk')
CSS = Path('src/main/resources/static/css/registry.css')
BEGIN = '/* CJK font slices: written by scripts/cjk-font-slices.py, do not edit by hand */\n'
END = '/* end of the CJK font slices */\n'
SLICE = 512

SYMBOLS = [(0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3130, 0x318F), (0x31F0, 0x31FF),
           (0xFF00, 0xFFEF)]
HANGUL = [(0xAC00, 0xD7AF)]
IDEOGRAPHS = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]


def covered(cmap, ranges):
    return [c for first, last in ranges for c in range(first, last + 1) if c in cmap]


def runs(points):
    """The code points as runs of consecutive ones, for unicode-range."""
    out, first, previous = [], points[0], points[0]
    for c in points[1:]:
        if c != previous + 1:
            out.append((first, previous))
            first = c
        previous = c
    out.append((first, previous))
    return ', '.join(f'U+{a:X}' if a == b else f'U+{a:X}-{b:X}' for a, b in out)


def woff2(points):
    options = subset.Options()
    options.flavor = 'woff2'
    options.layout_features = ['*']
    options.name_IDs = ['*']
    options.notdef_outline = True
    font = TTFont(FONT, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=points)
    subsetter.subset(font)
    data = io.BytesIO()
    font.flavor = 'woff2'
    font.save(data)
    return data.getvalue()


def slices(cmap):
    yield 'symbols', covered(cmap, SYMBOLS)
    yield 'hangul', covered(cmap, HANGUL)
    ideographs = covered(cmap, IDEOGRAPHS)
    for n, start in enumerate(range(0, len(ideographs), SLICE), 1):
        yield f'han-{n:02d}', ideographs[start:start + SLICE]


def main():
    cmap = TTFont(FONT).getBestCmap()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob('*.woff2'):
        old.unlink()
    rules = []
    for name, points in slices(cmap):
        (OUT / f'{name}.woff2').write_bytes(woff2(points))
        rules.append('@font-face {\n  font-family: "Registry CJK";\n'
                     f'  src: url("../fonts/cjk/{name}.woff2") format("woff2");\n'
                     f'  unicode-range: {runs(points)};\n  font-display: swap;\n}}\n')
        print(f'{name}: {len(points)} characters, {(OUT / f"{name}.woff2").stat().st_size:,} bytes')
    css = CSS.read_text()
    block = re.compile(re.escape(BEGIN) + '.*?' + re.escape(END), re.S)
    if not block.search(css):
        raise SystemExit(f'{CSS}: the markers of the CJK font slices are missing')
    CSS.write_text(block.sub(lambda _: BEGIN + ''.join(rules) + END, css))


if __name__ == '__main__':
    main()
