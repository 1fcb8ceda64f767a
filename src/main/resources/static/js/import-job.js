// Progress of a background import on the imports page: polls the job's URL
// (data-job-url, GET /imports/jobs/{id}) every second, moves the <progress> bar and
// writes the pace from the data-job-pace pattern ({0} rows done, {1} total, {2} rows
// per second, {3} seconds left); once the job has ended, reloads the page, which then
// shows how it ended and its report.
(function () {
  'use strict';
  var section = document.querySelector('[data-job-url]');
  if (!section) {
    return;
  }
  var url = section.getAttribute('data-job-url');
  var page = section.getAttribute('data-job-page');
  var pattern = section.getAttribute('data-job-pace') || '';
  var bar = document.getElementById('job-progress');
  var pace = document.getElementById('job-pace');
  var status = document.getElementById('job-status');

  function text(job) {
    var values = [job.rowsDone, job.rowsTotal == null ? '?' : job.rowsTotal,
      Math.round(job.rowsPerSecond), job.secondsLeft == null ? '?' : job.secondsLeft];
    return pattern.replace(/\{(\d)\}/g, function (match, index) {
      return String(values[Number(index)]);
    });
  }

  function show(job) {
    if (job.status !== 'QUEUED' && job.status !== 'RUNNING') {
      window.location.assign(page);
      return;
    }
    if (job.status === 'RUNNING') {
      status.textContent = section.getAttribute('data-job-running');
      pace.textContent = text(job);
    }
    if (job.rowsTotal) {
      bar.max = job.rowsTotal;
      bar.value = job.rowsDone;
    }
    window.setTimeout(poll, 1000);
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(show)
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }

  poll();
}());
