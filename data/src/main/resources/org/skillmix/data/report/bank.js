// The collaborative bank's page (bank.html): spend with and without the cap, fill rate by organisation and week.
// data = {weeks: ["W1", ...], orgs: [code, ...], cells: [[week index, org index, % filled], ...], spend: [capped, uncapped]}
const data = JSON.parse(document.getElementById('data').textContent);
echarts.init(document.getElementById('spend')).setOption({
  tooltip: {}, xAxis: {type: 'category', data: ['with the cap', 'without the cap']}, yAxis: {type: 'value', name: 'GBP'},
  series: [{type: 'bar', data: data.spend, label: {show: true, position: 'top'}}]
});
echarts.init(document.getElementById('fill')).setOption({
  tooltip: {formatter: p => data.orgs[p.value[1]] + ', ' + data.weeks[p.value[0]] + ': ' + p.value[2] + '% filled'},
  grid: {left: 100, bottom: 80},
  xAxis: {type: 'category', data: data.weeks}, yAxis: {type: 'category', data: data.orgs},
  visualMap: {min: 0, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
              inRange: {color: ['#b2182b', '#fddbc7', '#2166ac']}},
  series: [{type: 'heatmap', data: data.cells, label: {show: true}}]
});
