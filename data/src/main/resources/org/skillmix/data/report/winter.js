// The winter plan's page (winter-plan.html): weekly totals, then the shortfall by week and service, and by place.
// data = {weeks: [label, ...], totals: [[baseline demand, demand, supply, shortfall], ...],
//         byService|byPlace: {names: [name, ...], cells: [[week index, row index, shortfall], ...]}}
const data = JSON.parse(document.getElementById('data').textContent);
echarts.init(document.getElementById('totals')).setOption({
  tooltip: {trigger: 'axis'}, legend: {data: ['demand', 'baseline demand', 'supply', 'shortfall']},
  xAxis: {type: 'category', data: data.weeks}, yAxis: {type: 'value', name: 'FTE'},
  series: [
    {name: 'demand', type: 'line', data: data.totals.map(t => t[1])},
    {name: 'baseline demand', type: 'line', lineStyle: {type: 'dashed'}, data: data.totals.map(t => t[0])},
    {name: 'supply', type: 'line', data: data.totals.map(t => t[2])},
    {name: 'shortfall', type: 'bar', data: data.totals.map(t => t[3])}
  ]
});
function heat(id, h) {
  const max = Math.max(1, ...h.cells.map(c => c[2]));
  echarts.init(document.getElementById(id)).setOption({
    tooltip: {formatter: p => h.names[p.value[1]] + ', ' + data.weeks[p.value[0]] + ': ' + p.value[2].toFixed(1) + ' FTE short'},
    grid: {left: 220, bottom: 90},
    xAxis: {type: 'category', data: data.weeks, axisLabel: {rotate: 45}},
    yAxis: {type: 'category', data: h.names},
    visualMap: {min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
                inRange: {color: ['#fff5f0', '#fb6a4a', '#67000d']}},
    series: [{type: 'heatmap', data: h.cells, label: {show: h.names.length * data.weeks.length <= 200,
              formatter: p => p.value[2] >= 0.05 ? p.value[2].toFixed(1) : ''}}]
  });
}
heat('services', data.byService);
heat('places', data.byPlace);
