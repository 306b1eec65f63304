// The discharge calibration's page (discharge-fit.html): the weekly fit, then when the ICB was split into places
// the value of a care worker in each place and the asked-for place's backlog with and without the extra staff.
// weeks = [[week start, published, model, held back], ...]; placeData = [[name, bed days a year per FTE], ...];
// extraData = [[date, backlog as staffed, backlog with the extra care workers], ...]
const weeks = JSON.parse(document.getElementById('weeks').textContent);
const firstHeld = weeks.find(w => w[3]);
const chart = echarts.init(document.getElementById('fit'));
chart.setOption({
  tooltip: {trigger: 'axis'}, legend: {data: ['published', 'model']},
  xAxis: {type: 'category', data: weeks.map(w => w[0])}, yAxis: {type: 'value', name: 'NCTR patients'},
  series: [
    {name: 'published', type: 'line', showSymbol: false, data: weeks.map(w => w[1])},
    {name: 'model', type: 'line', showSymbol: false, data: weeks.map(w => w[2]),
     markArea: firstHeld ? {itemStyle: {color: 'rgba(120,120,120,0.12)'},
       data: [[{xAxis: firstHeld[0]}, {xAxis: weeks[weeks.length - 1][0]}]]} : undefined}
  ]
});
const places = JSON.parse(document.getElementById('placeData').textContent);
if (places.length) echarts.init(document.getElementById('places')).setOption({
  tooltip: {trigger: 'axis'}, grid: {left: 160},
  xAxis: {type: 'value', name: 'bed days a year per FTE'},
  yAxis: {type: 'category', inverse: true, data: places.map(p => p[0])},
  series: [{type: 'bar', data: places.map(p => p[1])}]
});
const extra = JSON.parse(document.getElementById('extraData').textContent);
if (extra.length) echarts.init(document.getElementById('extra')).setOption({
  tooltip: {trigger: 'axis'}, legend: {data: ['as staffed', 'with the extra care workers']},
  xAxis: {type: 'category', data: extra.map(d => d[0])}, yAxis: {type: 'value', name: 'NCTR patients'},
  series: [
    {name: 'as staffed', type: 'line', showSymbol: false, data: extra.map(d => d[1])},
    {name: 'with the extra care workers', type: 'line', showSymbol: false, data: extra.map(d => d[2])}
  ]
});
