/*
 * Draws the map of relationships: the world outline shipped with the application (the
 * echarts WebJar's world.json, whose features lack "type": "Feature"), one great-circle
 * arc per relationship from the statistics API (solid when active, dashed when dormant)
 * and one marker per government, its size growing with its number of ties. Markers
 * closer than a few pixels at the current zoom are drawn as one cluster marker, which
 * zooms in when clicked. No tile server is used. Sets data-rendered="true", data-lines
 * and data-markers (markers and clusters drawn at the current zoom) on the container.
 */
(function () {
  'use strict';

  var container = document.getElementById('map');
  if (!container || typeof L === 'undefined') {
    return;
  }
  var CLUSTER_PIXELS = 28;
  var ARC_STEPS = 48;

  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ': ' + response.status);
      }
      return response.json();
    });
  }

  // The outline is drawn three times, shifted by a whole turn either way, so that a line
  // crossing the antimeridian (Vancouver to Seoul goes over the Pacific) has land under it.
  function outline(map, world) {
    world.features.forEach(function (feature) { feature.type = 'Feature'; });
    [-360, 0, 360].forEach(function (shift) {
      L.geoJSON(world, {
        interactive: false,
        coordsToLatLng: function (coords) { return L.latLng(coords[1], coords[0] + shift); },
        style: { className: 'world', color: '#8a939d', weight: 0.6, fillColor: '#f3f5f7', fillOpacity: 1 }
      }).addTo(map);
    });
  }

  // A longitude moved by whole turns to lie within half a turn of the reference.
  function near(reference, longitude) {
    var shifted = longitude;
    while (shifted - reference > 180) {
      shifted -= 360;
    }
    while (reference - shifted > 180) {
      shifted += 360;
    }
    return shifted;
  }

  function vector(lat, lon) {
    var p = lat * Math.PI / 180;
    var l = lon * Math.PI / 180;
    return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
  }

  // Points along the great circle from one point to the other (spherical interpolation),
  // their longitudes kept continuous from the first point's, so that the arc is one line.
  function arc(from, to) {
    var a = vector(from[0], from[1]);
    var b = vector(to[0], to[1]);
    var dot = Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
    var omega = Math.acos(dot);
    if (omega < 1e-6) {
      return [from, to];
    }
    var points = [];
    var previous = from[1];
    for (var i = 0; i <= ARC_STEPS; i++) {
      var t = i / ARC_STEPS;
      var s1 = Math.sin((1 - t) * omega) / Math.sin(omega);
      var s2 = Math.sin(t * omega) / Math.sin(omega);
      var x = s1 * a[0] + s2 * b[0];
      var y = s1 * a[1] + s2 * b[1];
      var z = s1 * a[2] + s2 * b[2];
      var lat = Math.atan2(z, Math.sqrt(x * x + y * y)) * 180 / Math.PI;
      var lon = near(previous, Math.atan2(y, x) * 180 / Math.PI);
      points.push([lat, lon]);
      previous = lon;
    }
    return points;
  }

  // Leaflet writes a string tooltip as HTML; names are text, so they go in as a text node.
  function label(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  function radius(ties) {
    return 4 + 3 * Math.sqrt(ties);
  }

  // Every government of the lines, once, with its number of ties and a point moved to the
  // same side of the antimeridian as the scope's own governments.
  function governments(items, reference) {
    var byId = {};
    function add(id, name, lat, lon) {
      var known = byId[id] || (byId[id] = { id: id, name: name, lat: lat, lon: near(reference, lon), ties: 0 });
      known.ties += 1;
    }
    items.forEach(function (line) {
      add(line.home, line.homeName, line.homeLatitude, line.homeLongitude);
      add(line.partner, line.partnerName, line.partnerLatitude, line.partnerLongitude);
    });
    return Object.keys(byId).map(function (id) { return byId[id]; });
  }

  function lines(map, items, reference) {
    var ends = [];
    items.forEach(function (line) {
      var home = [line.homeLatitude, near(reference, line.homeLongitude)];
      var partner = [line.partnerLatitude, near(home[1], line.partnerLongitude)];
      L.polyline(arc(home, partner), {
        className: line.active ? 'line-active' : 'line-dormant',
        color: line.active ? '#0b5394' : '#a4161a',
        weight: 2.5,
        // every point of the arc kept, however short it is on screen
        smoothFactor: 0,
        dashArray: line.active ? null : '6 6'
      }).bindTooltip(label(line.homeName + ' – ' + line.partnerName)).addTo(map);
      ends.push(home, partner);
    });
    return ends;
  }

  // Groups the governments whose markers would overlap at the current zoom.
  function clusters(map, places) {
    var cells = {};
    places.forEach(function (place) {
      var point = map.project([place.lat, place.lon], map.getZoom());
      var key = Math.floor(point.x / CLUSTER_PIXELS) + ':' + Math.floor(point.y / CLUSTER_PIXELS);
      (cells[key] = cells[key] || []).push(place);
    });
    return Object.keys(cells).map(function (key) { return cells[key]; });
  }

  function marker(map, group, clusterLabel) {
    var ties = group.reduce(function (sum, place) { return sum + place.ties; }, 0);
    var lat = group.reduce(function (sum, place) { return sum + place.lat; }, 0) / group.length;
    var lon = group.reduce(function (sum, place) { return sum + place.lon; }, 0) / group.length;
    var single = group.length === 1;
    var circle = L.circleMarker([lat, lon], {
      className: single ? 'place-marker' : 'place-cluster',
      radius: single ? radius(ties) : radius(ties) + 4,
      color: '#ffffff',
      weight: 1.5,
      fillColor: single ? '#0b5394' : '#5b2a86',
      fillOpacity: 0.85
    });
    var text = single ? group[0].name + ' · ' + ties : clusterLabel.replace('{0}', String(group.length)) + ' · ' + ties;
    circle.bindTooltip(label(text));
    if (!single) {
      circle.on('click', function () {
        map.fitBounds(group.map(function (place) { return [place.lat, place.lon]; }), { padding: [40, 40] });
      });
    }
    return circle;
  }

  function drawMarkers(map, layer, places) {
    layer.clearLayers();
    var groups = clusters(map, places);
    groups.forEach(function (group) {
      layer.addLayer(marker(map, group, container.getAttribute('data-cluster-label') || '{0}'));
    });
    container.setAttribute('data-markers', String(groups.length));
    container.setAttribute('data-clusters', String(groups.filter(function (g) { return g.length > 1; }).length));
  }

  var map = L.map(container, { attributionControl: false, worldCopyJump: false, zoomSnap: 0.25 })
    .setView([20, 0], 1);
  Promise.all([json(container.getAttribute('data-world')), json(container.getAttribute('data-source'))])
    .then(function (answers) {
      var items = answers[1].items;
      outline(map, answers[0]);
      var reference = items.length ? items[0].homeLongitude : 0;
      var ends = lines(map, items, reference);
      if (ends.length) {
        map.fitBounds(ends, { padding: [30, 30], maxZoom: 5 });
      }
      var places = governments(items, reference);
      var layer = L.layerGroup().addTo(map);
      drawMarkers(map, layer, places);
      map.on('zoomend', function () { drawMarkers(map, layer, places); });
      container.setAttribute('data-lines', String(items.length));
      container.setAttribute('data-governments', String(places.length));
      container.setAttribute('data-rendered', 'true');
    })
    .catch(function () {
      container.setAttribute('data-rendered', 'failed');
    });
}());
