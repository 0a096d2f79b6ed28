// Progressive enhancement of the share box: copy the address with one press, and hand it to the phone's
// own share sheet (Zalo, Messenger, email...) where the browser offers one. Without this script the
// address is still there to select and copy.
(function () {
  'use strict';
  var status = document.querySelector('.copy-status');
  document.querySelectorAll('.copy-link').forEach(function (button) {
    if (!navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      var input = document.getElementById(button.getAttribute('data-target'));
      navigator.clipboard.writeText(input.value).then(function () {
        if (status) { status.textContent = 'Đã sao chép đường dẫn.'; }
      });
    });
  });
  document.querySelectorAll('.share-native').forEach(function (button) {
    if (!navigator.share) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.share({ title: button.getAttribute('data-title'), url: button.getAttribute('data-url') }).catch(function () { });
    });
  });
})();
