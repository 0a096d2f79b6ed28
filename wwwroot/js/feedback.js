// Feedback form helpers. The form works without this file; it only adds live hints.
(function () {
  'use strict';

  // altcha's strict-CSP build brings no worker of its own: register the SHA-256 one we serve.
  if (window.$altcha && window.$altcha.algorithms) {
    window.$altcha.algorithms.set('SHA-256', function () { return new Worker('/lib/altcha/sha-worker.js'); });
  }

  function counter(field) {
    var output = document.getElementById(field.getAttribute('data-counter'));
    var max = parseInt(field.getAttribute('maxlength'), 10);
    if (!output || !max) { return; }
    var update = function () {
      var left = max - field.value.length;
      output.textContent = 'Còn ' + left + ' / ' + max + ' ký tự.';
    };
    field.addEventListener('input', update);
    update();
  }

  function words(text) {
    return ' ' + text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim() + ' ';
  }

  function complaintWatch(form) {
    var keywords = (form.getAttribute('data-complaint-keywords') || '').split('|').filter(Boolean);
    var guidance = document.getElementById('huong-dan-khieu-nai');
    if (!guidance) { return; }
    var fields = [form.querySelector('[name="Form.Title"]'), form.querySelector('[name="Form.Content"]')].filter(Boolean);
    var check = function () {
      var chosen = form.querySelector('[name="Form.Category"]:checked');
      var byCategory = chosen && chosen.getAttribute('data-complaint') === 'true';
      var text = words(fields.map(function (f) { return f.value; }).join(' '));
      var byText = keywords.some(function (k) { return text.indexOf(' ' + k + ' ') >= 0; });
      if (byCategory || byText) { guidance.hidden = false; }
    };
    fields.forEach(function (f) { f.addEventListener('input', check); });
    form.querySelectorAll('[name="Form.Category"]').forEach(function (r) { r.addEventListener('change', check); });
    check();
  }

  function recaptchaV3(form) {
    var input = form.querySelector('[data-recaptcha-v3]');
    if (!input) { return; }
    form.addEventListener('submit', function (event) {
      if (input.value || !window.grecaptcha) { return; }
      event.preventDefault();
      window.grecaptcha.ready(function () {
        window.grecaptcha.execute(input.getAttribute('data-recaptcha-v3'), { action: input.getAttribute('data-action') }).then(function (token) {
          input.value = token;
          form.submit();
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-counter]').forEach(counter);
    var form = document.getElementById('bieu-mau-pakn');
    if (form) {
      complaintWatch(form);
      recaptchaV3(form);
    }
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
    var summary = document.querySelector('.error-summary:not(.validation-summary-valid)');
    if (summary) { summary.focus(); }
  });
})();
