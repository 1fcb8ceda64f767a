"""Builds src/main/resources/static/maps/world.json, the map's world outline (README, "Licences").

usage: python3 scripts/world-outline.py path/to/echarts-4.1.0.jar (from the repository root; the WebJar
org.webjars.npm:echarts:4.1.0, e.g. from ~/.m2/repository/org/webjars/npm/echarts/4.1.0/)

Reads the jar's map/json/world.json (217 countries, 1,010 KB) and writes the same countries, each ring
simplified (Douglas-Peucker, TOLERANCE degrees: at the map's closest zoom, 5, a degree is about 23 pixels, so
the outline moves by less than a pixel), rings of less than MIN_AREA square degrees left out (islets no zoom of
the map shows), coordinates rounded to two decimals, each feature a "Feature" with its name only. Same input,
same bytes.
"""
import json
import sys
import zipfile

ENTRY = 'META-INF/resources/webjars/echarts/4.1.0/map/json/world.json'
OUT = 'src/main/resources/static/maps/world.json'
TOLERANCE = 0.05
MIN_AREA = 0.02


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points):
    """Douglas-Peucker on an open line, iteratively (rings have thousands of points)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, distance = first, 0.0
        for i in range(first + 1, last):
            d = perpendicular(points[i], points[first], points[last])
            if d > distance:
                index, distance = i, d
        if distance > TOLERANCE:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def ring(points):
    """The ring simplified and rounded, closed, or None when too small to draw."""
    if len(points) < 4 or area(points) < MIN_AREA:
        return None
    # split a closed ring in two halves so that its end points are not one point
    middle = len(points) // 2
    line = simplify(points[:middle + 1])[:-1] + simplify(points[middle:])
    rounded = []
    for x, y in line:
        p = [round(x, 2), round(y, 2)]
        if not rounded or rounded[-1] != p:
            rounded.append(p)
    if rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    return rounded if len(rounded) >= 4 else None


def polygon(rings):
    if not rings:
        # the source has a few empty polygons
        return None
    outer = ring(rings[0])
    if outer is None:
        return None
    return [outer] + [r for r in (ring(hole) for hole in rings[1:]) if r is not None]


def feature(source):
    geometry = source['geometry']
    polygons = [geometry['coordinates']] if geometry['type'] == 'Polygon' else geometry['coordinates']
    kept = [p for p in (polygon(rings) for rings in polygons) if p is not None]
    if not kept:
        # a country of islets only: its largest ring, however small, so that it stays on the map
        largest = max((rings[0] for rings in polygons if rings), key=area)
        kept = [[[[round(x, 2), round(y, 2)] for x, y in largest]]]
    shape = {'type': 'Polygon', 'coordinates': kept[0]} if len(kept) == 1 else \
        {'type': 'MultiPolygon', 'coordinates': kept}
    return {'type': 'Feature', 'properties': {'name': source['properties']['name']}, 'geometry': shape}


def main():
    with zipfile.ZipFile(sys.argv[1]) as jar:
        world = json.loads(jar.read(ENTRY))
    outline = {'type': 'FeatureCollection', 'features': [feature(f) for f in world['features']]}
    with open(OUT, 'w', encoding='utf-8') as out:
        json.dump(outline, out, ensure_ascii=False, separators=(',', ':'))
        out.write('\n')


if __name__ == '__main__':
    main()
