// System metrics as small multiples: one line chart per metric, the ICS and the organisations by month, the
// national threshold as a dashed line. Used inlined by the metrics.html report and served to the web dashboard.
// data = {ics, names: {code: name}, metrics: [{code, label, unit, threshold|null, higherIsBetter, series: {org: [[month, value]]}}]}
var SkillmixMetrics = (function () {
  'use strict';

  function format(unit, v) {
    if (v === null || v === undefined) return '';
    return unit === 'share' ? (v * 100).toFixed(1) + '%' : v.toFixed(1) + ' ' + unit;
  }

  function months(metric, orgs) {
    var all = {};
    orgs.forEach(function (o) { (metric.series[o] || []).forEach(function (p) { all[p[0]] = true; }); });
    return Object.keys(all).sort();
  }

  function option(metric, orgs, names) {
    var axis = months(metric, orgs);
    var series = orgs.filter(function (o) { return metric.series[o]; }).map(function (o) {
      var byMonth = {};
      metric.series[o].forEach(function (p) { byMonth[p[0]] = p[1]; });
      return {name: names[o] ? o + ' ' + names[o] : o, type: 'line', symbol: 'none', connectNulls: false,
        data: axis.map(function (m) { return byMonth[m] === undefined ? null : byMonth[m]; })};
    });
    if (metric.threshold !== null && series.length) {
      series[0].markLine = {symbol: 'none', silent: true, lineStyle: {type: 'dashed', color: '#b00020'},
        label: {formatter: 'threshold ' + format(metric.unit, metric.threshold)}, data: [{yAxis: metric.threshold}]};
    }
    return {
      animation: false,
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return format(metric.unit, v); }},
      legend: {type: 'scroll', top: 0},
      grid: {top: 40, left: 60, right: 20, bottom: 30},
      xAxis: {type: 'category', data: axis},
      yAxis: {type: 'value', scale: true, axisLabel: {formatter: function (v) { return format(metric.unit, v); }}},
      series: series
    };
  }

  // Draws every metric's chart into root's [data-metric] elements for the ICS and org ('' = every organisation).
  function draw(root, data, org) {
    var charts = [];
    data.metrics.forEach(function (metric) {
      var el = root.querySelector('[data-metric="' + metric.code + '"] .metric-chart');
      if (!el) return;
      var orgs = [data.ics].concat(org ? [org] : Object.keys(metric.series).filter(function (o) { return o !== data.ics; }).sort());
      var old = echarts.getInstanceByDom(el);
      if (old) old.dispose();
      if (!orgs.some(function (o) { return metric.series[o]; })) {
        el.textContent = 'No figures for this selection.';
        el.setAttribute('data-drawn', 'empty');
        return;
      }
      el.textContent = '';
      var chart = echarts.init(el);
      chart.setOption(option(metric, orgs, data.names));
      el.setAttribute('data-drawn', 'yes');
      charts.push(chart);
    });
    return charts;
  }

  return {draw: draw, format: format};
})();
