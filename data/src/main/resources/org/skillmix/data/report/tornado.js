/*
 * Draws which assumptions drive the spread of a total as a tornado chart: one bar per assumption group, the
 * largest share of the variance on top, and the share no group explains last, in grey. A share that cannot be
 * told from chance (distinguishable false: decided in Java, FirstOrderIndices.distinguishable) comes after the
 * named ones, hollow, and one within noise is labelled so in words, not by its look alone. Shared by the HTML
 * report (inlined) and the web result page (served at /vendor/tornado.js). Needs echarts.
 *
 *   skillmixTornado.draw(element, target)   target: {label, sdFte, draws, unexplained,
 *                                             summary, drivers: [{name, share, standardError, distinguishable, withinNoise}]}
 *   skillmixTornado.summary(target)         the same figures as one sentence, for screen readers and captions
 *                                           (target.summary: SpreadChart.summary's words, from the JSON)
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

  function atDraws(target) {
    return target.draws > 0 ? 'at ' + fte(target.draws) + ' draws' : "at this run's number of draws";
  }

  // The named drivers first, solid; then the rest, hollow with a dashed edge, "within noise" in their label.
  function bars(target) {
    function row(d) {
      return { name: d.name, value: d.share, se: d.standardError, noise: d.withinNoise,
        itemStyle: d.distinguishable ? { color: '#005eb8' }
          : { color: '#ffffff', borderColor: '#005eb8', borderWidth: 1, borderType: 'dashed' } };
    }
    var rows = target.drivers.filter(function (d) { return d.distinguishable; }).map(row)
      .concat(target.drivers.filter(function (d) { return !d.distinguishable; }).map(row));
    rows.push({ name: 'Unexplained (interactions, non-linear effects)', value: target.unexplained, se: null,
      noise: false, itemStyle: { color: '#aeb7bd' } });
    return rows;
  }

  function draw(element, target, existing) {
    var chart = existing || echarts.init(element, null, { renderer: 'canvas' });
    var data = bars(target);
    var noise = 'within noise ' + atDraws(target);
    var anyNoise = data.some(function (r) { return r.noise; });
    chart.setOption({
      animation: false,
      grid: { left: 270, right: anyNoise ? 240 : 60, top: 8, bottom: 28 },
      tooltip: {
        formatter: function (p) {
          var row = data[p.dataIndex];
          return esc(row.name) + '<br>' + percent(row.value) + ' of the variance'
            + (row.se === null ? '' : ' (\u00b1 ' + percent(row.se) + ')')
            + (row.noise ? '<br>' + esc(noise) + ': too few draws to tell it from chance' : '');
        }
      },
      xAxis: { type: 'value', min: 0, max: 1, name: 'share of variance',
        axisLabel: { formatter: function (v) { return Math.round(100 * v) + '%'; } } },
      yAxis: { type: 'category', inverse: true, data: data.map(function (r) { return r.name; }),
        axisLabel: { width: 255, overflow: 'truncate' } },
      series: [{ type: 'bar', data: data, barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: function (p) {
          return percent(p.value) + (data[p.dataIndex].noise ? ' ' + noise : '');
        } } }]
    }, true);
    return chart;
  }

  // The sentence is SpreadChart.summary's, written into the chart's JSON: one wording for the report, the page and
  // this script.
  function summary(target) {
    return target.summary;
  }

  root.skillmixTornado = { draw: draw, summary: summary };
})(window);
