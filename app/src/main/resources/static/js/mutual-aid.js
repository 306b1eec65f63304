// A mutual-aid plan's page: the heatmap of cover received, the donor services' lending, the move table's filters.
(function () {
  'use strict';
  var id = document.getElementById('main').dataset.plan;

  function api(path) {
    return fetch('/api/mutual-aid/plans/' + id + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : null; });
  }

  var received = document.getElementById('received-chart');
  api('/received').then(function (h) {
    if (!h || !h.services.length) { received.textContent = 'No shortfall to show.'; received.setAttribute('data-drawn', 'empty'); return; }
    var max = Math.max.apply(null, h.cells.map(function (c) { return c[2]; }).concat([0.01]));
    received.style.height = Math.max(240, 60 + 28 * h.services.length) + 'px';
    echarts.init(received).setOption({
      animation: false,
      tooltip: {formatter: function (p) { return h.services[p.value[1]] + ', week ' + h.weeks[p.value[0]] + ': ' + p.value[2].toFixed(2) + ' FTE'; }},
      grid: {left: 180, bottom: 70, right: 20, top: 10},
      xAxis: {type: 'category', name: 'week', data: h.weeks},
      yAxis: {type: 'category', data: h.services},
      visualMap: {min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: {color: ['#f7f7f7', '#1e8449']}},
      series: [{type: 'heatmap', data: h.cells.map(function (c) { return [c[1], c[0], c[2]]; }), label: {show: h.cells.length <= 200,
        formatter: function (p) { return p.value[2] ? p.value[2].toFixed(1) : ''; }}}]
    });
    received.setAttribute('data-drawn', 'yes');
  });

  var losses = document.getElementById('losses-chart');
  if (losses) {
    api('/donor-losses').then(function (rows) {
      if (!rows) return;
      var weeks = [], byService = {};
      rows.forEach(function (r) {
        if (weeks.indexOf(r.week) < 0) weeks.push(r.week);
        (byService[r.org + ' ' + r.service] = byService[r.org + ' ' + r.service] || []).push(r.lentFte);
      });
      var names = Object.keys(byService);
      echarts.init(losses).setOption({animation: false, tooltip: {trigger: 'axis'}, legend: {type: 'scroll', data: names},
        xAxis: {type: 'category', name: 'week', data: weeks}, yAxis: {type: 'value', name: 'FTE lent'},
        series: names.map(function (s) { return {name: s, type: 'bar', stack: 'lent', data: byService[s]}; })});
      losses.setAttribute('data-drawn', 'yes');
    });
  }

  var week = document.getElementById('week-filter');
  var org = document.getElementById('org-filter');
  function filter() {
    var w = week.value, o = org.value.trim().toUpperCase();
    document.querySelectorAll('#moves tbody tr').forEach(function (tr) {
      var show = (!w || tr.dataset.week === w) && (!o || tr.dataset.from.toUpperCase() === o || tr.dataset.to.toUpperCase() === o);
      tr.hidden = !show;
    });
  }
  if (week) { week.addEventListener('change', filter); org.addEventListener('input', filter); }
})();
