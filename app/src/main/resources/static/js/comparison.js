// The comparison page's charts: gap closed over time for a chosen slice, extra cost per year; both from the API.
(function () {
  'use strict';
  var main = document.getElementById('main');
  var id = main.dataset.comparison;
  var colours = ['#7f8c8d', '#c0392b', '#2471a3', '#1e8449', '#8e44ad', '#d35400', '#16a085', '#2c3e50'];

  function api(path) {
    return fetch('/api/comparisons/' + id + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : null; });
  }

  var closed = document.getElementById('closed-chart');
  var dimension = document.getElementById('dimension');
  var code = document.getElementById('code');
  var closedChart = echarts.init(closed);

  function drawClosed() {
    var dim = dimension.value;
    var q = '?dimension=' + encodeURIComponent(dim) + (dim === 'all' ? '' : '&code=' + encodeURIComponent(code.value));
    api('/gaps' + q).then(function (g) {
      if (!g) { closed.setAttribute('data-drawn', 'empty'); return; }
      if (g.suppressed) {
        closedChart.clear();
        closed.setAttribute('data-drawn', 'suppressed');
        document.getElementById('closed-table').textContent = 'This slice is ' + g.suppressed + '.';
        return;
      }
      var series = [];
      // The baseline closes nothing against itself: leave it out of the chart, keep it in the table.
      g.scenarios.filter(function (s) { return s.scenario !== 'baseline'; }).forEach(function (s, i) {
        var c = colours[(i + 1) % colours.length], b = s.gapClosed;
        series.push({name: s.scenario + ' P10', type: 'line', data: b.p10, stack: s.scenario, lineStyle: {opacity: 0}, symbol: 'none'});
        series.push({name: s.scenario + ' P10–P90', type: 'line', data: b.p90.map(function (v, j) { return v - b.p10[j]; }),
          stack: s.scenario, lineStyle: {opacity: 0}, areaStyle: {color: c, opacity: 0.2}, symbol: 'none'});
        series.push({name: s.scenario, type: 'line', data: b.mean, lineStyle: {color: c, width: 2}, itemStyle: {color: c}});
      });
      closedChart.clear();
      closedChart.setOption({animation: false, tooltip: {trigger: 'axis'},
        legend: {data: g.scenarios.filter(function (s) { return s.scenario !== 'baseline'; }).map(function (s) { return s.scenario; })},
        xAxis: {type: 'category', data: g.years}, yAxis: {type: 'value', name: 'FTE closed'}, series: series});
      closed.setAttribute('data-drawn', 'yes');
      var html = '<table><thead><tr><th scope="col">Scenario</th><th scope="col">Year</th><th scope="col">Gap FTE mean</th>'
        + '<th scope="col">Gap closed mean</th><th scope="col">P10</th><th scope="col">P90</th></tr></thead><tbody>';
      g.scenarios.forEach(function (s) {
        g.years.forEach(function (y, j) {
          html += '<tr><th scope="row">' + s.scenario + '</th><td>' + y + '</td><td>' + s.gap.mean[j].toFixed(1) + '</td><td>'
            + s.gapClosed.mean[j].toFixed(1) + '</td><td>' + s.gapClosed.p10[j].toFixed(1) + '</td><td>' + s.gapClosed.p90[j].toFixed(1) + '</td></tr>';
        });
      });
      document.getElementById('closed-table').innerHTML = html + '</tbody></table>';
    });
  }

  function fillCodes() {
    var dim = dimension.value;
    var list = dim === 'all' ? [] : (closed.dataset[dim === 'capability' ? 'capabilities' : dim + 's'] || '').split(',').filter(Boolean);
    code.innerHTML = list.map(function (c) { return '<option>' + c + '</option>'; }).join('');
    code.disabled = !list.length;
  }

  dimension.addEventListener('change', function () { fillCodes(); drawClosed(); });
  code.addEventListener('change', drawClosed);
  fillCodes();
  drawClosed();

  var cost = document.getElementById('cost-chart');
  api('/summary').then(function (rows) {
    if (!rows) return;
    var years = [], byScenario = {};
    rows.forEach(function (r) {
      if (years.indexOf(r.year) < 0) years.push(r.year);
      (byScenario[r.scenario] = byScenario[r.scenario] || []).push(r.extraCostGbp);
    });
    var names = Object.keys(byScenario).filter(function (s) { return s !== 'baseline'; });
    echarts.init(cost).setOption({animation: false, tooltip: {trigger: 'axis'}, legend: {data: names},
      xAxis: {type: 'category', data: years}, yAxis: {type: 'value', name: 'GBP'},
      series: names.map(function (s, i) { return {name: s, type: 'bar', data: byScenario[s], itemStyle: {color: colours[(i + 1) % colours.length]}}; })});
    cost.setAttribute('data-drawn', 'yes');
  });
})();
