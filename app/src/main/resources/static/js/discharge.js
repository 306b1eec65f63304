// The discharge page: what one more homecare care worker FTE saves in bed days a year in each place, as a range:
// the bar runs from P10 to P90, the dot is P50 (docs/discharge.md: where the series cannot identify capacity the
// range comes from a structural prior on homecare capacity).
(function () {
  'use strict';
  var el = document.getElementById('binding-chart');
  if (!el || typeof echarts === 'undefined') return;
  var data = JSON.parse(document.getElementById('discharge-data').textContent);
  var places = data.places.slice().reverse();
  var low = data.p10.slice().reverse();
  var mid = data.p50.slice().reverse();
  var high = data.p90.slice().reverse();
  var width = high.map(function (h, i) { return h - low[i]; });
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    grid: { left: 150, right: 30, top: 10, bottom: 40 },
    xAxis: { type: 'value', name: 'bed days a year per homecare FTE (P10–P90, dot P50)', nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'category', data: places },
    tooltip: {
      trigger: 'axis',
      formatter: function (items) {
        var i = items[0].dataIndex;
        return places[i] + ': P50 ' + mid[i].toFixed(1) + ' (P10 ' + low[i].toFixed(1) + ', P90 ' + high[i].toFixed(1) + ')';
      }
    },
    series: [
      { type: 'bar', stack: 'range', data: low, itemStyle: { color: 'transparent' }, silent: true },
      { type: 'bar', stack: 'range', data: width, itemStyle: { color: '#9fc3e7' } },
      { type: 'scatter', data: mid, symbolSize: 10, itemStyle: { color: '#005eb8' } }
    ]
  });
  el.setAttribute('data-drawn', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
})();
