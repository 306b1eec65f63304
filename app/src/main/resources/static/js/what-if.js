// The results page's what-if panel: a deterministic preview of a change (POST /api/runs/{id}/what-if) beside the
// run as it was, and the button that queues the full Monte Carlo run of the same change.
(function () {
  'use strict';
  var form = document.getElementById('what-if');
  if (!form) return;
  var run = document.getElementById('main').dataset.run;
  var status = document.getElementById('what-if-status');
  var table = document.getElementById('what-if-table');
  var queue = document.getElementById('what-if-queue');
  var csrf = form.querySelector('input[name="_csrf"]');
  var asRun = null;
  var fte = new Intl.NumberFormat('en-GB', {maximumFractionDigits: 1, minimumFractionDigits: 1});
  var gbp = new Intl.NumberFormat('en-GB', {style: 'currency', currency: 'GBP', maximumFractionDigits: 0});

  function change() {
    var levels = {};
    form.querySelectorAll('.what-if-level').forEach(function (input) {
      if (input.value !== '' && Number(input.value) !== Number(input.defaultValue)) levels[input.dataset.code] = Number(input.value);
    });
    return {
      levels: levels,
      leaverRateFactor: Number(document.getElementById('leaver-factor').value || 1),
      fillRateFactor: Number(document.getElementById('fill-factor').value || 1)
    };
  }

  function post(path, body) {
    var headers = {'Content-Type': 'application/json', Accept: 'application/json'};
    if (csrf) headers['X-CSRF-TOKEN'] = csrf.value;
    return fetch('/api/runs/' + run + path, {method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(body)})
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (json) {
          if (!r.ok) throw new Error(json.detail || ('the server answered ' + r.status));
          return json;
        });
      });
  }

  function cell(row, text, numeric) {
    var td = document.createElement('td');
    if (numeric) td.className = 'num';
    td.textContent = text;
    row.appendChild(td);
  }

  function figure(value, format) {
    return value === null || value === undefined ? 'not shown' : format.format(value);
  }

  function draw(preview) {
    var body = table.querySelector('tbody');
    body.textContent = '';
    preview.years.forEach(function (y, i) {
      var base = asRun ? asRun.years[i] : y;
      var row = document.createElement('tr');
      var th = document.createElement('th');
      th.scope = 'row';
      th.textContent = 'Year ' + y.year;
      row.appendChild(th);
      cell(row, y.from + ' to ' + y.to, false);
      cell(row, figure(base.gapFte, fte), true);
      cell(row, figure(y.gapFte, fte), true);
      cell(row, figure(base.totalCostGbp, gbp), true);
      cell(row, figure(y.totalCostGbp, gbp), true);
      body.appendChild(row);
    });
    table.hidden = false;
    var last = preview.years[preview.years.length - 1];
    status.textContent = preview.hidden
      ? preview.label + ': ' + preview.hidden
      : preview.label + ' (' + preview.scenario + ', ' + preview.baseline + ' baseline): gap in year ' + last.year
        + ' (' + last.from + ' to ' + last.to + ') ' + figure(last.gapFte, fte) + ' FTE, cost '
        + figure(last.totalCostGbp, gbp) + ' a year.';
  }

  function preview() {
    status.textContent = 'Working out the preview…';
    var started = performance.now();
    var first = asRun ? Promise.resolve(asRun) : post('/what-if', {}).then(function (p) { asRun = p; return p; });
    first.then(function () { return post('/what-if', change()); })
      .then(function (p) {
        draw(p);
        status.textContent += ' (' + Math.round(performance.now() - started) + ' ms)';
      })
      .catch(function (e) { status.textContent = 'Preview refused: ' + e.message; });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    preview();
  });

  if (queue) {
    queue.addEventListener('click', function () {
      status.textContent = 'Storing the change as a new dataset version and queuing its run…';
      post('/what-if/run', change())
        .then(function (r) {
          status.textContent = 'Queued run ' + r.id + ' (' + r.draws + ' draws) of dataset version ' + r.datasetId + '. ';
          var a = document.createElement('a');
          a.href = '/runs/' + r.id;
          a.id = 'what-if-queued';
          a.textContent = 'Follow run ' + r.id;
          status.appendChild(a);
        })
        .catch(function (e) { status.textContent = 'The run was not queued: ' + e.message; });
    });
  }

  preview();
})();
