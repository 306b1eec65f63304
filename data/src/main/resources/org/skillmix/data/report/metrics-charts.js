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
      // The ICS drawn thick and dark; a series of a month or two shows its points, or it would not show at all.
      var ics = o === orgs[0];
      return {name: names[o] ? o + ' ' + names[o] : o, type: 'line', showSymbol: axis.length <= 2, symbolSize: 8,
        lineStyle: ics ? {width: 3, color: '#1b1b1b'} : {width: 1.5}, itemStyle: ics ? {color: '#1b1b1b'} : undefined,
        z: ics ? 3 : 2, data: axis.map(function (m) { return byMonth[m] === undefined ? null : byMonth[m]; })};
    });
    if (metric.threshold !== null && series.length) {
      series[0].markLine = {symbol: 'none', silent: true, lineStyle: {type: 'dashed', color: '#b00020'},
        label: {position: 'insideEndTop', formatter: 'threshold ' + format(metric.unit, metric.threshold)}, data: [{yAxis: metric.threshold}]};
    }
    return {
      animation: false,
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return format(metric.unit, v); }},
      legend: {type: 'scroll', top: 0},
      grid: {top: 40, left: 60, right: 20, bottom: 30},
      xAxis: {type: 'category', data: axis},
      // The threshold always inside the axis, so a series far from it still shows how far.
      yAxis: {type: 'value', scale: true,
        min: function (v) { return metric.threshold === null ? null : Math.min(v.min, metric.threshold); },
        max: function (v) { return metric.threshold === null ? null : Math.max(v.max, metric.threshold); },
        axisLabel: {formatter: function (v) { return format(metric.unit, v); }}},
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
