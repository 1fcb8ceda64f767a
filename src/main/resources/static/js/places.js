// Places autocomplete of the agreement form: as a curator types a party, the datalist
// gains the registry governments and world-gazetteer places whose names match
// (GET /api/v1/places). A place is offered under its key (geonames:<id>, wof:<id>…);
// choosing one shows the field's "Register this place" button, which posts the whole
// form to register it and shows the form again with the new government, nothing typed
// lost.
(function () {
  'use strict';
  var grid = document.querySelector('[data-places-api]');
  if (!grid) {
    return;
  }
  var api = grid.getAttribute('data-places-api');
  var placeLabel = grid.getAttribute('data-place-label') || '';
  var known = {};
  var timer = null;

  function label(place) {
    var where = place.subdivision || place.country;
    return place.name + ' · ' + where + (place.registered ? '' : ' · ' + placeLabel);
  }

  function fill(input, places) {
    var list = document.getElementById(input.getAttribute('list'));
    places.forEach(function (place) {
      known[place.id] = place;
      if (!list.querySelector('option[value="' + CSS.escape(place.id) + '"]')) {
        var option = document.createElement('option');
        option.value = place.id;
        option.label = label(place);
        list.appendChild(option);
      }
    });
  }

  function offerRegistration(input) {
    var place = known[input.value];
    var register = document.getElementById('register-' + input.id);
    if (register) {
      register.hidden = !place || place.registered;
    }
  }

  function lookup(input) {
    var text = input.value.trim();
    if (text.length < 2 || known[text]) {
      offerRegistration(input);
      return;
    }
    fetch(api + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (places) { fill(input, places); offerRegistration(input); })
      .catch(function () { /* the server-filled list still works */ });
  }

  document.querySelectorAll('input[data-places]').forEach(function (input) {
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { lookup(input); }, 250);
    });
  });
}());
