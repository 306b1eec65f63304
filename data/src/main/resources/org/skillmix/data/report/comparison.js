// comparison.html's chart: each scenario's target gap by year, its mean as a line and its P10 and P90 dashed.
(function () {
  const data = JSON.parse(document.getElementById('comparison-data').textContent);
  const chart = echarts.init(document.getElementById('gap-chart'));
  const series = [];
  data.series.forEach(function (s) {
    series.push({name: s.name, type: 'line', data: s.mean});
    series.push({name: s.name + ' P10', type: 'line', data: s.p10, lineStyle: {type: 'dashed', width: 1}, symbol: 'none'});
    series.push({name: s.name + ' P90', type: 'line', data: s.p90, lineStyle: {type: 'dashed', width: 1}, symbol: 'none'});
  });
  chart.setOption({tooltip: {trigger: 'axis'}, legend: {type: 'scroll'},
    xAxis: {type: 'category', data: data.years}, yAxis: {type: 'value', name: 'FTE'}, series: series});
})();
