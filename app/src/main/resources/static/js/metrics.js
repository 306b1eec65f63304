// The dashboard page: draws the small multiples from the figures the page embeds, again when the organisation changes.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('metrics-data').textContent);
  var select = document.getElementById('metric-org');
  SkillmixMetrics.draw(document, data, select.value);
  select.addEventListener('change', function () { SkillmixMetrics.draw(document, data, select.value); });
})();
