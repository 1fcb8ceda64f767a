/*
 * Draws each <canvas data-chart="bar|line" data-table="ID"> from the table beside it: one
 * label per body row (its header cell), one series per column whose header carries
 * data-series, values from the cells' data-value. The table stays the source of truth
 * and the accessible reading of the chart. Sets data-rendered="true" once drawn.
 */
(function () {
  'use strict';

  var PALETTE = ['#0b5394', '#e69f00', '#1e6b35', '#cc79a7', '#56b4e9', '#a4161a', '#6f4e7c'];

  function datasets(table, rows, stacked) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    return headers
      .map(function (th, column) { return th.hasAttribute('data-series') ? column : -1; })
      .filter(function (column) { return column >= 0; })
      .map(function (column, n) {
        return {
          label: headers[column].textContent.trim(),
          data: rows.map(function (row) { return Number(row.cells[column].getAttribute('data-value') || 0); }),
          backgroundColor: PALETTE[n % PALETTE.length],
          borderColor: PALETTE[n % PALETTE.length],
          stack: stacked ? 'all' : undefined
        };
      });
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table || typeof Chart === 'undefined') {
      return;
    }
    var rows = table.tBodies.length ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
    var stacked = canvas.getAttribute('data-stacked') === 'true';
    var series = datasets(table, rows, stacked);
    new Chart(canvas, {
      type: canvas.getAttribute('data-chart') || 'bar',
      data: {
        labels: rows.map(function (row) { return row.cells[0].textContent.replace(/\s+/g, ' ').trim(); }),
        datasets: series
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: canvas.getAttribute('data-index-axis') || 'x',
        scales: {
          x: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } }
        },
        plugins: { legend: { display: series.length > 1 } }
      }
    });
    canvas.setAttribute('data-rendered', 'true');
  }

  document.querySelectorAll('canvas[data-chart]').forEach(draw);
}());
