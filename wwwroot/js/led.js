// LED kiosk: rotates the playlist, fetches it again every few minutes, and keeps showing the last
// playlist it had (kept in localStorage) while the server cannot be reached.
(function () {
  'use strict';
  var stage = document.querySelector('.led-stage');
  if (!stage) { return; }
  var url = stage.getAttribute('data-playlist');
  var interval = Math.max(3, parseInt(stage.getAttribute('data-interval'), 10) || 15) * 1000;
  var refresh = Math.max(1, parseInt(stage.getAttribute('data-refresh'), 10) || 5) * 60000;
  var status = stage.querySelector('.led-status');
  var storageKey = 'cchc-led-playlist';
  var slides = [];
  var index = 0;
  var timer = null;

  function remember(list) {
    try { localStorage.setItem(storageKey, JSON.stringify(list)); } catch (e) { /* storage full or disabled */ }
  }

  function remembered() {
    try { return JSON.parse(localStorage.getItem(storageKey) || '[]'); } catch (e) { return []; }
  }

  function show(slide) {
    var figure = document.createElement('figure');
    figure.className = 'led-slide';
    figure.setAttribute('data-slide-id', String(slide.id));
    var img = document.createElement('img');
    img.src = slide.image;
    img.alt = slide.description;
    if (slide.width) { img.width = slide.width; img.height = slide.height; }
    var caption = document.createElement('figcaption');
    caption.className = 'visually-hidden';
    caption.textContent = slide.title;
    figure.appendChild(img);
    figure.appendChild(caption);
    var old = stage.querySelector('.led-slide, .led-empty');
    if (old) { stage.replaceChild(figure, old); } else { stage.insertBefore(figure, status); }
  }

  function next() {
    if (slides.length === 0) { return; }
    index = (index + 1) % slides.length;
    show(slides[index]);
  }

  function start(list) {
    if (!list || list.length === 0) { return; }
    var current = slides[index] && slides[index].id;
    slides = list;
    var keep = slides.findIndex(function (s) { return s.id === current; });
    index = keep >= 0 ? keep : 0;
    if (keep < 0) { show(slides[index]); }
    if (!timer) { timer = setInterval(next, interval); }
  }

  function load() {
    fetch(url, { cache: 'no-store' })
      .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); })
      .then(function (playlist) {
        interval = Math.max(3, playlist.intervalSeconds || 15) * 1000;
        remember(playlist.slides);
        start(playlist.slides);
        if (status) { status.textContent = ''; }
      })
      .catch(function () {
        start(slides.length ? slides : remembered());
        if (status) { status.textContent = 'Đang dùng danh sách đã lưu.'; }
      });
  }

  load();
  setInterval(load, refresh);
})();
