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
      options: { responsive: true, animation: false, indexAxis: 'y', plugins: { legend: { display: false } } }
    });
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = read(canvas);
    if (!data) { return; }
    var chart = canvas.getAttribute('data-chart') === 'trend' ? trend(canvas, data) : bars(canvas, data);
    canvas.setAttribute('data-ready', String(chart.data.datasets[0].data.length));
  });
})();
