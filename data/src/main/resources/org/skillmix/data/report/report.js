/* Draws the report's charts from the JSON embedded in the page. No network: echarts is inlined above. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('skillmix-data').textContent);
  var COLOURS = { demand: '#ed8b00', supply: '#005eb8' };
  var charts = [];

  // Tooltips are HTML: names come from the dataset, so escape them.
  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function fte(v) {
    if (v === null || v === undefined || isNaN(v)) return '\u2013';
    return Number(v).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }

  function title(word) { return word.charAt(0).toUpperCase() + word.slice(1); }

  // ECharts has no band series: stack an invisible P10 line and the P90 - P10 width with an area fill.
  function bandSeries(what, band, colour) {
    var out = [];
    var label = title(what);
    if (band.p10 && band.p90) {
      var width = band.p90.map(function (high, i) {
        var low = band.p10[i];
        return high === null || low === null ? null : high - low;
      });
      var common = { type: 'line', stack: what, stackStrategy: 'all', symbol: 'none', silent: true,
        name: label + ' P10\u2013P90', itemStyle: { color: colour }, lineStyle: { opacity: 0 } };
      out.push(Object.assign({}, common, { data: band.p10 }));
      out.push(Object.assign({}, common, { data: width, areaStyle: { color: colour, opacity: 0.22 } }));
    }
    out.push({ type: 'line', name: label + (band.p50 ? ' P50' : ' mean'), data: band.p50 || band.mean,
      symbol: 'none', itemStyle: { color: colour }, lineStyle: { color: colour, width: 2 } });
    return out;
  }

  function fanTooltip(fan) {
    return function (params) {
      var i = params[0].dataIndex;
      var html = esc(data.monthLabels[i]);
      ['demand', 'supply'].forEach(function (what) {
        var band = fan[what];
        if (!band) return;
        var middle = (band.p50 || band.mean)[i];
        html += '<br>' + title(what) + ': ' + fte(middle) + ' FTE';
        if (band.p10 && band.p90) html += ' (P10\u2013P90 ' + fte(band.p10[i]) + '\u2013' + fte(band.p90[i]) + ')';
      });
      return html;
    };
  }

  function drawFan(element) {
    var fan = data.fans[Number(element.getAttribute('data-fan'))];
    // Small multiples share the key printed above them; only the big chart carries its own legend.
    var big = element.parentNode.classList.contains('big');
    var series = [];
    if (fan.demand) series = series.concat(bandSeries('demand', fan.demand, COLOURS.demand));
    if (fan.supply) series = series.concat(bandSeries('supply', fan.supply, COLOURS.supply));
    var names = [];
    series.forEach(function (s) { if (names.indexOf(s.name) < 0) names.push(s.name); });
    // A label each year on the big chart; on small ones every few years so that labels never overlap.
    var step = 12 * (big ? Math.max(1, Math.ceil(data.months.length / 12 / 12)) : Math.max(1, Math.ceil(data.months.length / 12 / 4)));
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 64, right: 16, top: big ? 44 : 24, bottom: 28 },
      legend: { show: big, top: 0, data: names, textStyle: { fontSize: 12 }, itemWidth: 18, itemHeight: 10 },
      tooltip: { trigger: 'axis', formatter: fanTooltip(fan) },
      xAxis: { type: 'category', data: data.months, boundaryGap: false,
        axisTick: { interval: function (i) { return i % step === 0; } },
        axisLabel: { interval: function (i) { return i % step === 0; },
          formatter: function (v, i) { return big ? data.monthLabels[i] : v.substring(0, 4); } } },
      yAxis: { type: 'value', name: 'FTE', scale: true, nameGap: 8,
        axisLabel: { formatter: function (v) { return Number(v).toLocaleString('en-GB'); } } },
      series: series
    });
    charts.push(chart);
  }

  function heatmapCells(heat, month) {
    var cells = [];
    for (var c = 0; c < heat.capabilities.length; c++) {
      for (var p = 0; p < heat.places.length; p++) {
        var values = heat.gap[c][p];
        var v = values ? values[month] : null;
        cells.push([p, c, v === null || v === undefined ? '-' : v]);
      }
    }
    return cells;
  }

  // Same sentence as the page's text for the default month (ChartText.heatmap).
  function heatmapSummary(heat, month) {
    var worst = -Infinity, best = Infinity, worstCell = null, bestCell = null;
    for (var c = 0; c < heat.capabilities.length; c++) {
      for (var p = 0; p < heat.places.length; p++) {
        var values = heat.gap[c][p];
        if (!values || values[month] === null) continue;
        var v = values[month], where = heat.capabilities[c] + ' in ' + heat.places[p];
        if (v > worst) { worst = v; worstCell = where; }
        if (v < best) { best = v; bestCell = where; }
      }
    }
    var when = data.monthLabels[month];
    if (worstCell === null) return 'No gap figures for ' + when + '.';
    var text = 'In ' + when + ': ';
    text += worst > 0 ? 'the largest shortfall is ' + fte(worst) + ' FTE (' + worstCell + '); '
      : 'no capability has a shortfall in any place; ';
    text += best < 0 ? 'the largest surplus is ' + fte(-best) + ' FTE (' + bestCell + ').'
      : 'no capability has a surplus in any place.';
    return text;
  }

  function drawHeatmap() {
    var heat = data.heatmap;
    var element = document.getElementById('heatmap-chart');
    if (!heat || !element) return;
    var slider = document.getElementById('heat-month');
    var label = document.getElementById('heat-month-label');
    var summary = document.getElementById('heat-summary');
    var showLabels = heat.capabilities.length * heat.places.length <= 400;
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    charts.push(chart);
    function draw(month, describe) {
      chart.setOption({
        animation: false,
        grid: { left: 190, right: 24, top: 10, bottom: 80 },
        tooltip: {
          formatter: function (p) {
            return esc(heat.capabilities[p.value[1]]) + ' in ' + esc(heat.places[p.value[0]]) + '<br>'
              + data.monthLabels[month] + ': gap ' + fte(p.value[2]) + ' FTE';
          }
        },
        xAxis: { type: 'category', data: heat.places, splitArea: { show: true },
          axisLabel: { interval: 0, rotate: heat.places.length > 6 ? 30 : 0, width: 140, overflow: 'truncate' } },
        yAxis: { type: 'category', data: heat.capabilities, inverse: true, splitArea: { show: true },
          axisLabel: { width: 180, overflow: 'truncate' } },
        visualMap: { type: 'continuous', min: -heat.limit, max: heat.limit, calculable: true, orient: 'horizontal',
          left: 'center', bottom: 0, itemHeight: 220, text: ['Shortfall', 'Surplus'],
          inRange: { color: ['#2166ac', '#92c5de', '#f7f7f7', '#f4a582', '#b2182b'] } },
        series: [{ type: 'heatmap', data: heatmapCells(heat, month),
          label: { show: showLabels, fontSize: 11, formatter: function (p) { return fte(p.value[2]); } },
          emphasis: { itemStyle: { borderColor: '#212b32', borderWidth: 1 } } }]
      });
      label.textContent = data.monthLabels[month];
      if (describe) summary.textContent = heatmapSummary(heat, month);
    }
    slider.addEventListener('input', function () { draw(Number(slider.value), true); });
    draw(heat.defaultMonth, false);
  }

  // Which assumptions drive the spread: tornado.js draws the chosen total; the caption says it in words.
  function drawDrivers() {
    var element = document.getElementById('tornado-chart');
    if (!element || !data.drivers || data.drivers.length === 0) return;
    var select = document.getElementById('driver-target');
    var summary = document.getElementById('tornado-summary');
    var chart = skillmixTornado.draw(element, data.drivers[data.defaultDriver]);
    charts.push(chart);
    select.addEventListener('change', function () {
      var target = data.drivers[Number(select.value)];
      skillmixTornado.draw(element, target, chart);
      summary.textContent = skillmixTornado.summary(target);
    });
  }

  function drawAll() {
    if (typeof echarts === 'undefined') return;
    Array.prototype.forEach.call(document.querySelectorAll('[data-fan]'), drawFan);
    drawHeatmap();
    drawDrivers();
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawAll);
  else drawAll();
})();
