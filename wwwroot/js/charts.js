// Draws the index charts from the JSON beside each canvas. The tables under the charts hold the same
// figures, so the page is complete without this script. Missing figures are gaps, never zeros.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  var red = '#a3121a', blue = '#0b4f9c';
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#1b1b1b';

  function read(canvas) {
    var source = document.getElementById(canvas.getAttribute('data-source'));
    return source ? JSON.parse(source.textContent) : null;
  }

  function trend(canvas, data) {
    var hasScore = data.score.some(function (v) { return v !== null; });
    var datasets = [{
      label: 'Thứ hạng (1 là cao nhất)', data: data.rank, yAxisID: 'rank', borderColor: red, backgroundColor: red,
      spanGaps: false, pointRadius: 5, pointStyle: 'rectRot'
    }];
    if (hasScore) {
      datasets.push({ label: 'Điểm', data: data.score, yAxisID: 'score', borderColor: blue, backgroundColor: blue, spanGaps: false, pointRadius: 5, borderDash: [6, 4] });
    }
    return new Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true, animation: false,
        scales: {
          rank: { position: 'left', reverse: true, min: 1, max: data.ranked, title: { display: true, text: 'Thứ hạng' } },
          score: { position: 'right', display: hasScore, grid: { drawOnChartArea: false }, title: { display: true, text: 'Điểm' } }
        }
      }
    });
  }

  function bars(canvas, data) {
    return new Chart(canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets: [{ label: 'Giá trị', data: data.values, backgroundColor: blue }] },
      options: { responsive: true, animation: false, indexAxis: 'y', plugins: { legend: { display: false } },
        scales: data.counts ? { x: { beginAtZero: true, ticks: { precision: 0 } } } : {} }
    });
  }

  // Several counts over the same labels (months): one colour and one line style each, so they differ without colour too.
  function series(canvas, data) {
    var colours = [blue, red, '#1d6b2f'], dashes = [[], [6, 4], [2, 3]], points = ['circle', 'rectRot', 'triangle'];
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          return { label: s.label, data: s.values, borderColor: colours[i % 3], backgroundColor: colours[i % 3], borderDash: dashes[i % 3], pointStyle: points[i % 3], pointRadius: 4 };
        })
      },
      options: { responsive: true, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }

  var kinds = { trend: trend, bars: bars, series: series };
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = read(canvas);
    if (!data) { return; }
    var chart = (kinds[canvas.getAttribute('data-chart')] || bars)(canvas, data);
    canvas.setAttribute('data-ready', String(chart.data.datasets[0].data.length));
  });
})();
