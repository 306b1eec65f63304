// The run form offers only the chosen dataset's scenarios (the server checks again).
(function () {
  'use strict';
  var ds = document.getElementById('datasetId'), sc = document.getElementById('scenario');
  if (!ds || !sc) return;
  function filter() {
    Array.prototype.forEach.call(sc.options, function (o) {
      var own = !o.dataset.dataset || o.dataset.dataset === ds.value;
      o.hidden = !own; o.disabled = !own;
      if (!own && o.selected) sc.value = 'baseline';
    });
  }
  ds.addEventListener('change', filter); filter();
})();
