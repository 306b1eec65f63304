// A mutual-aid plan's page: the heatmap of cover received, the donor services' lending, the move table's filters.
(function () {
  'use strict';
  var id = document.getElementById('main').dataset.plan;
  var names = JSON.parse(document.getElementById('plan-names').textContent);
  // "RM3 ACUTE_IP" (organisation and service codes) as a reader names them
  function serviceName(key) {
    var parts = key.split(' ');
    var org = names.organisations[parts[0]], svc = names.services[parts[1]];
    return (org ? org : parts[0]) + ', ' + (svc ? svc : parts[1]);
  }

  function api(path) {
    return fetch('/api/mutual-aid/plans/' + id + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : null; });
  }

  var received = document.getElementById('received-chart');
  api('/received').then(function (h) {
    if (!h || !h.services.length) { received.textContent = 'No shortfall to show.'; received.setAttribute('data-drawn', 'empty'); return; }
    var max = Math.max.apply(null, h.cells.map(function (c) { return c[2]; }).concat([0.01]));
    var labels = h.services.map(serviceName);
    received.style.height = Math.max(240, 70 + 44 * h.services.length) + 'px';
    echarts.init(received).setOption({
      animation: false,
      tooltip: {formatter: function (p) { return labels[p.value[1]] + ', week ' + h.weeks[p.value[0]] + ': ' + p.value[2].toFixed(2) + ' FTE'; }},
      // long names wrap within 300 px instead of being cut; the tooltip has them whole
      grid: {left: 10, bottom: 70, right: 20, top: 10, containLabel: true},
      xAxis: {type: 'category', name: 'week', data: h.weeks},
      yAxis: {type: 'category', data: labels, axisLabel: {width: 300, overflow: 'break'}},
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
        var key = serviceName(r.org + ' ' + r.service);
        (byService[key] = byService[key] || []).push(r.lentFte);
      });
      var lenders = Object.keys(byService);
      echarts.init(losses).setOption({animation: false, tooltip: {trigger: 'axis'}, legend: {type: 'scroll', data: lenders},
        xAxis: {type: 'category', name: 'week', data: weeks}, yAxis: {type: 'value', name: 'FTE lent'},
        series: lenders.map(function (s) { return {name: s, type: 'bar', stack: 'lent', data: byService[s]}; })});
      losses.setAttribute('data-drawn', 'yes');
    });
  }

  var week = document.getElementById('week-filter');
  var org = document.getElementById('org-filter');
  function filter() {
    var w = week.value, o = org.value.toUpperCase();
    document.querySelectorAll('#moves tbody tr').forEach(function (tr) {
      var show = (!w || tr.dataset.week === w) && (!o || tr.dataset.from.toUpperCase() === o || tr.dataset.to.toUpperCase() === o);
      tr.hidden = !show;
    });
  }
  if (week) { week.addEventListener('change', filter); org.addEventListener('change', filter); }
})();
