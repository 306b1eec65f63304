// The results page's charts: fan charts from the series API, heatmaps from the figures the page embeds.
(function () {
  'use strict';
  var main = document.getElementById('main');
  var run = main.dataset.run;
  // the run's codes with their names ({capability: {WOUND: 'Wound care (WOUND)'}, place: ..., ...})
  var names = JSON.parse(document.getElementById('chart-names').textContent);
  function named(dimension, code) { return (names[dimension] && names[dimension][code]) || code; }
  function element(tag, text, attrs) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    return el;
  }

  function query(params) {
    return Object.keys(params).filter(function (k) { return params[k]; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]); }).join('&');
  }

  function series(params) {
    return fetch('/api/runs/' + run + '/series?' + query(params), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : null; });
  }

  // A fan: the P10-P90 band as a stacked pair (P10 invisible, then P90 - P10 filled), the mean as a line.
  function fanSeries(name, s, color) {
    var out = [];
    if (s.p10 && s.p90) {
      out.push({name: name + ' P10', type: 'line', data: s.p10, stack: name, lineStyle: {opacity: 0}, symbol: 'none'});
      out.push({name: name + ' P10–P90', type: 'line', data: s.p90.map(function (v, i) { return v - s.p10[i]; }),
        stack: name, lineStyle: {opacity: 0}, areaStyle: {color: color, opacity: 0.25}, symbol: 'none'});
    }
    out.push({name: name + ' mean', type: 'line', data: s.mean, lineStyle: {color: color, width: 2}, itemStyle: {color: color}, symbol: 'none'});
    return out;
  }

  // A figure a reader may not see (small-number suppression) comes with the reason instead of its values.
  function note(el, text) {
    var p = document.createElement('p');
    p.className = 'hint suppressed';
    p.textContent = text;
    el.insertAdjacentElement('afterend', p);
  }

  function drawFan(el, list) {
    var hidden = list.filter(function (x) { return x.s && x.s.suppressed; });
    var shown = list.filter(function (x) { return x.s && !x.s.suppressed; });
    var why = hidden.map(function (x) { return x.name + ' ' + x.s.suppressed; }).join('; ');
    if (!shown.length) {
      el.textContent = why || 'No series for this selection.';
      el.setAttribute('data-drawn', hidden.length ? 'suppressed' : 'empty');
      return;
    }
    if (hidden.length) note(el, why + '.');
    var chart = echarts.init(el);
    var all = [];
    shown.forEach(function (x) { all = all.concat(fanSeries(x.name, x.s, x.color)); });
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {data: shown.map(function (x) { return x.name + ' mean'; })},
      xAxis: {type: 'category', data: shown[0].s.months},
      yAxis: {type: 'value', name: 'FTE', scale: true},
      series: all
    });
    el.setAttribute('data-drawn', 'yes');
    return shown;
  }

  // The chart's figures as a table (each April, the start of a financial year), built from elements: names are text.
  function fanTable(target, shown, caption) {
    if (!target || !shown) return;
    var months = shown[0].s.months;
    var table = element('table', null, {'class': 'nhsuk-table nhsuk-table--compact'});
    table.appendChild(element('caption', caption, {'class': 'nhsuk-table__caption'}));
    var head = table.createTHead().insertRow();
    head.appendChild(element('th', 'Month', {scope: 'col'}));
    shown.forEach(function (x) {
      head.appendChild(element('th', x.name + ' mean (FTE)', {scope: 'col', 'class': 'num'}));
      if (x.s.p10) head.appendChild(element('th', x.name + ' P10–P90', {scope: 'col', 'class': 'num'}));
    });
    var body = table.createTBody();
    for (var i = 0; i < months.length; i += 12) {
      var tr = body.insertRow();
      tr.appendChild(element('th', months[i], {scope: 'row'}));
      shown.forEach(function (x) {
        tr.appendChild(element('td', x.s.mean[i].toFixed(1), {'class': 'num'}));
        if (x.s.p10) tr.appendChild(element('td', x.s.p10[i].toFixed(1) + '–' + x.s.p90[i].toFixed(1), {'class': 'num'}));
      });
    }
    target.textContent = '';
    target.appendChild(table);
  }
  function selection(d) {
    var parts = [];
    ['capability', 'place', 'sector', 'organisation', 'role'].forEach(function (k) { if (d[k]) parts.push(named(k, d[k])); });
    return parts.length ? parts.join(', ') : 'the whole system';
  }
  var fan = document.getElementById('fan-chart');
  if (fan) {
    var d = fan.dataset;
    var dims = {capability: d.capability, place: d.place, sector: d.sector};
    Promise.all([series(Object.assign({measure: 'demand_fte'}, dims)), series(Object.assign({measure: 'supply_fte'}, dims))])
      .then(function (r) {
        var shown = drawFan(fan, [{name: 'Demand', s: r[0], color: '#d5281b'}, {name: 'Supply', s: r[1], color: '#005eb8'}]);
        fanTable(document.getElementById('fan-table'), shown, 'Demand and supply, FTE, each April: ' + selection(d));
      });
  }

  var staff = document.getElementById('staff-chart');
  if (staff) {
    var s = staff.dataset;
    series({measure: 'staff_in_post_fte', organisation: s.organisation, role: s.role, sector: s.organisation ? '' : s.sector, place: s.place})
      .then(function (r) {
        var shown = drawFan(staff, [{name: 'Staff in post', s: r, color: '#007f3b'}]);
        fanTable(document.getElementById('staff-table'), shown, 'Staff in post, FTE, each April: ' + selection(s));
      });
  }

  function heat(id, kind) {
    var el = document.getElementById(id);
    if (!el) return;
    fetch('/api/runs/' + run + '/heatmap?' + query({kind: kind, month: el.dataset.month}), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (h) { if (h) drawHeat(el, h); });
  }
  // A heatmap with names on its axes: the longer list runs down the side, where long names wrap (300 px) rather
  // than being cut; the other runs along the bottom at 45 degrees, and the chart grows to hold every row. The
  // tooltip gives both names whole.
  function drawHeat(el, h) {
    var rowNames = h.rows.map(function (c) { return named(h.rowDimension, c); });
    var colNames = h.columns.map(function (c) { return named(h.columnDimension, c); });
    var across = h.columns.length > h.rows.length;
    var yNames = across ? colNames : rowNames, xNames = across ? rowNames : colNames;
    var values = h.cells.map(function (c) { return c[2]; });
    var max = Math.max.apply(null, values.map(Math.abs).concat([1]));
    el.style.height = Math.max(420, 220 + 34 * yNames.length) + 'px';
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: {formatter: function (p) {
        var r = across ? p.value[0] : p.value[1], c = across ? p.value[1] : p.value[0];
        return rowNames[r] + ' × ' + colNames[c] + ': ' + p.value[2].toFixed(1) + ' FTE';
      }},
      grid: {left: 10, bottom: 70, right: 20, top: 10, containLabel: true},
      // A broken name's lines a line apart (16 px at 12 px type): without a line height ECharts drew them on top of
      // each other ("Medical assessment, diagnosis and treatment" over "(MEDICAL)").
      xAxis: {type: 'category', data: xNames, axisLabel: {rotate: 45, interval: 0, width: 220, overflow: 'break', lineHeight: 16}},
      yAxis: {type: 'category', data: yNames, axisLabel: {interval: 0, width: 300, overflow: 'break', lineHeight: 16}},
      visualMap: {min: h.measure === 'gap_fte' ? -max : 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        inRange: {color: h.measure === 'gap_fte' ? ['#005eb8', '#f0f4f5', '#d5281b']
          : h.measure === 'above_establishment_fte' ? ['#f0f4f5', '#005eb8'] : ['#f0f4f5', '#d5281b']}},
      series: [{type: 'heatmap', data: h.cells.map(function (c) { return across ? [c[0], c[1], c[2]] : [c[1], c[0], c[2]]; })}]
    });
    el.setAttribute('data-drawn', 'yes');
    if (h.suppressed && h.suppressed.length) {
      note(el, h.suppressed.length + ' cell(s) not shown (small-number suppression: fewer than 5 people or one organisation\'s figure); [c] in the table.');
    }
  }
  heat('heatmap-capability-place', 'capability-place');
  heat('heatmap-role-organisation', 'role-organisation');
  heat('heatmap-role-organisation-above', 'role-organisation-above');

  // What drives the spread: the same tornado chart as the HTML report (vendor/tornado.js).
  var tornado = document.getElementById('tornado-chart');
  if (tornado) {
    fetch('/api/runs/' + run + '/spread-drivers', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (charts) {
        if (!charts.length) return;
        var select = document.getElementById('driver-target');
        var chart = skillmixTornado.draw(tornado, charts[Number(select.value)]);
        tornado.setAttribute('data-drawn', 'yes');
        select.addEventListener('change', function () {
          var target = charts[Number(select.value)];
          skillmixTornado.draw(tornado, target, chart);
          document.getElementById('tornado-summary').textContent = skillmixTornado.summary(target);
        });
      });
  }
})();
