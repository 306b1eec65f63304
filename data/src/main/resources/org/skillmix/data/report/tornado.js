/*
 * Draws which assumptions drive the spread of a total as a tornado chart: one bar per assumption group, the
 * largest share of the variance on top, and the share no group explains last, in grey. Shared by the HTML
 * report (inlined) and the web result page (served at /vendor/tornado.js). Needs echarts.
 *
 *   skillmixTornado.draw(element, target)   target: {label, sdFte, drivers: [{name, share, standardError}], unexplained}
 *   skillmixTornado.summary(target)         the same figures as one sentence, for screen readers and captions
 */
(function (root) {
  'use strict';

  function percent(v) {
    return (100 * v).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + '%';
  }

  function fte(v) {
    return Number(v).toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 0 });
  }

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function bars(target) {
    var rows = target.drivers.map(function (d) {
      return { name: d.name, value: d.share, se: d.standardError, itemStyle: { color: '#005eb8' } };
    });
    rows.push({ name: 'Unexplained (interactions, non-linear effects)', value: target.unexplained, se: null,
      itemStyle: { color: '#aeb7bd' } });
    return rows;
  }

  function draw(element, target, existing) {
    var chart = existing || echarts.init(element, null, { renderer: 'canvas' });
    var data = bars(target);
    chart.setOption({
      animation: false,
      grid: { left: 270, right: 60, top: 8, bottom: 28 },
      tooltip: {
        formatter: function (p) {
          var row = data[p.dataIndex];
          return esc(row.name) + '<br>' + percent(row.value) + ' of the variance'
            + (row.se === null ? '' : ' (\u00b1 ' + percent(row.se) + ')');
        }
      },
      xAxis: { type: 'value', min: 0, max: 1, name: 'share of variance',
        axisLabel: { formatter: function (v) { return Math.round(100 * v) + '%'; } } },
      yAxis: { type: 'category', inverse: true, data: data.map(function (r) { return r.name; }),
        axisLabel: { width: 255, overflow: 'truncate' } },
      series: [{ type: 'bar', data: data, barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: function (p) { return percent(p.value); } } }]
    }, true);
    return chart;
  }

  function summary(target) {
    var text = target.label + ': the gap varies with a standard deviation of ' + fte(target.sdFte) + ' FTE over the draws.';
    var top = target.drivers.filter(function (d) { return d.share >= 0.005; }).slice(0, 3);
    if (top.length === 0) return text + ' No assumption explains a share of it on its own.';
    text += ' Most of it comes from ' + top.map(function (d) { return d.name.toLowerCase() + ' (' + percent(d.share) + ')'; })
      .join(', ') + '; ' + percent(target.unexplained) + ' is left unexplained.';
    return text;
  }

  root.skillmixTornado = { draw: draw, summary: summary };
})(window);
