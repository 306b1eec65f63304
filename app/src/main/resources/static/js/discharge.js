// The discharge page: a bar chart of what one more homecare care worker FTE saves in bed days a year in each place.
(function () {
  'use strict';
  var el = document.getElementById('binding-chart');
  if (!el || typeof echarts === 'undefined') return;
  var data = JSON.parse(document.getElementById('discharge-data').textContent);
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    grid: { left: 150, right: 30, top: 10, bottom: 40 },
    xAxis: { type: 'value', name: 'bed days a year per homecare FTE', nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'category', data: data.places.slice().reverse() },
    tooltip: { trigger: 'axis' },
    series: [{ type: 'bar', data: data.bedDaysPerFtePerYear.slice().reverse(), itemStyle: { color: '#005eb8' } }]
  });
  el.setAttribute('data-drawn', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
})();
