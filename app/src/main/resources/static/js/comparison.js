// The comparison page's charts: gap closed over time for a chosen slice, extra cost per year; both from the API.
(function () {
  'use strict';
  var main = document.getElementById('main');
  var id = main.dataset.comparison;
  var names = JSON.parse(document.getElementById('slice-names').textContent);
  function scenarioName(code) { return names.scenarios[code] || code; }
  function cell(tag, text, attrs) {
    var el = document.createElement(tag);
    el.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    return el;
  }
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
        var n = scenarioName(s.scenario);
        series.push({name: n + ' P10', type: 'line', data: b.p10, stack: s.scenario, lineStyle: {opacity: 0}, symbol: 'none'});
        series.push({name: n + ' P10–P90', type: 'line', data: b.p90.map(function (v, j) { return v - b.p10[j]; }),
          stack: s.scenario, lineStyle: {opacity: 0}, areaStyle: {color: c, opacity: 0.2}, symbol: 'none'});
        series.push({name: n, type: 'line', data: b.mean, lineStyle: {color: c, width: 2}, itemStyle: {color: c}});
      });
      closedChart.clear();
      closedChart.setOption({animation: false, tooltip: {trigger: 'axis'},
        legend: {data: g.scenarios.filter(function (s) { return s.scenario !== 'baseline'; }).map(function (s) { return scenarioName(s.scenario); })},
        xAxis: {type: 'category', data: g.years}, yAxis: {type: 'value', name: 'FTE closed'}, series: series});
      closed.setAttribute('data-drawn', 'yes');
      // The table is built from elements (names are text, never markup).
      var table = cell('table', '', {'class': 'nhsuk-table nhsuk-table--compact'});
      var caption = cell('caption', 'Gap and gap closed (FTE, yearly mean; P10 and P90 of the gap closed): '
        + (dimension.value === 'all' ? 'all capabilities, sectors and places' : code.options[code.selectedIndex].text), {'class': 'nhsuk-table__caption'});
      table.appendChild(caption);
      var head = table.createTHead().insertRow();
      ['Scenario', 'Year', 'Gap FTE mean', 'Gap closed mean', 'P10', 'P90'].forEach(function (h, i) {
        head.appendChild(cell('th', h, i > 1 ? {scope: 'col', 'class': 'num'} : {scope: 'col'}));
      });
      var body = table.createTBody();
      g.scenarios.forEach(function (s) {
        g.years.forEach(function (y, j) {
          var tr = body.insertRow();
          tr.appendChild(cell('th', scenarioName(s.scenario), {scope: 'row'}));
          tr.appendChild(cell('td', y));
          [s.gap.mean[j], s.gapClosed.mean[j], s.gapClosed.p10[j], s.gapClosed.p90[j]].forEach(function (v) {
            tr.appendChild(cell('td', v.toFixed(1), {'class': 'num'}));
          });
        });
      });
      var slot = document.getElementById('closed-table');
      slot.textContent = '';
      slot.appendChild(table);
    });
  }

  function fillCodes() {
    var dim = dimension.value;
    var key = dim === 'capability' ? 'capabilities' : dim + 's';
    var list = dim === 'all' ? [] : Object.keys(names[key] || {});
    code.textContent = '';
    list.forEach(function (c) { var o = document.createElement('option'); o.value = c; o.textContent = names[key][c]; code.appendChild(o); });
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
    var shown = Object.keys(byScenario).filter(function (s) { return s !== 'baseline'; });
    echarts.init(cost).setOption({animation: false, tooltip: {trigger: 'axis'}, legend: {data: shown.map(scenarioName)},
      xAxis: {type: 'category', data: years}, yAxis: {type: 'value', name: 'GBP a year'},
      series: shown.map(function (s, i) { return {name: scenarioName(s), type: 'bar', data: byScenario[s], itemStyle: {color: colours[(i + 1) % colours.length]}}; })});
    cost.setAttribute('data-drawn', 'yes');
  });
})();
