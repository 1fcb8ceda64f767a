/*
 * Draws the map of relationships: the world outline shipped with the application
 * (/maps/world.json, simplified from the echarts WebJar's world.json, whose features lacked
 * "type": "Feature") and one line per
 * relationship from the statistics API, solid when active, dashed when dormant. No tile
 * server is used. Sets data-rendered="true" and data-lines on the container once drawn.
 */
(function () {
  'use strict';

  var container = document.getElementById('map');
  if (!container || typeof L === 'undefined') {
    return;
  }

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

  // The partner's longitude, moved by a whole turn when that makes the line shorter.
  function nearLongitude(from, to) {
    if (to - from > 180) {
      return to - 360;
    }
    return (from - to > 180) ? to + 360 : to;
  }

  // Leaflet writes a string tooltip as HTML; names are text, so they go in as a text node.
  function label(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  function lines(map, items) {
    var ends = [];
    items.forEach(function (line) {
      var home = [line.homeLatitude, line.homeLongitude];
      var partner = [line.partnerLatitude, nearLongitude(line.homeLongitude, line.partnerLongitude)];
      L.polyline([home, partner], {
        className: line.active ? 'line-active' : 'line-dormant',
        color: line.active ? '#0b5394' : '#a4161a',
        weight: 3,
        dashArray: line.active ? null : '6 6'
      }).bindTooltip(label(line.homeName + ' – ' + line.partnerName)).addTo(map);
      ends.push(home, partner);
    });
    if (ends.length) {
      map.fitBounds(ends, { padding: [30, 30], maxZoom: 5 });
    }
  }

  var map = L.map(container, { attributionControl: false, worldCopyJump: false, zoomSnap: 0.25 })
    .setView([20, 0], 1);
  Promise.all([json(container.getAttribute('data-world')), json(container.getAttribute('data-source'))])
    .then(function (answers) {
      outline(map, answers[0]);
      lines(map, answers[1].items);
      container.setAttribute('data-lines', String(answers[1].items.length));
      container.setAttribute('data-rendered', 'true');
    })
    .catch(function () {
      container.setAttribute('data-rendered', 'failed');
    });
}());
