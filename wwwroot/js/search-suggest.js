// Title suggestions under the search box (ARIA 1.2 combobox with a listbox popup).
// The search form works without this file; it only adds shortcuts to matching titles.
(function () {
  'use strict';

  function setup(input) {
    var endpoint = input.getAttribute('data-suggest');
    var listId = input.id + '-goi-y';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Gợi ý tiêu đề');
    list.hidden = true;
    var status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    input.parentNode.insertBefore(list, input.nextSibling);
    input.parentNode.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    var timer = 0;
    var pending = null;
    var active = -1;
    var items = [];

    function close() {
      list.hidden = true;
      list.textContent = '';
      items = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      items.forEach(function (li, i) { li.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', items[index].id);
        items[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function show(suggestions) {
      close();
      if (suggestions.length === 0) {
        status.textContent = '';
        return;
      }
      suggestions.forEach(function (s, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.setAttribute('data-url', s.url);
        li.textContent = s.title;
        var type = document.createElement('span');
        type.className = 'suggestion-type';
        type.textContent = ' – ' + s.type;
        li.appendChild(type);
        li.addEventListener('mousedown', function (e) { e.preventDefault(); window.location.assign(s.url); });
        list.appendChild(li);
        items.push(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = 'Có ' + suggestions.length + ' gợi ý; dùng phím mũi tên để chọn.';
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text.length < 2) { close(); return; }
      if (pending) { pending.abort(); }
      pending = new AbortController();
      fetch(endpoint + '?q=' + encodeURIComponent(text), { signal: pending.signal, headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (suggestions) {
          // An answer for what was typed a moment ago must not replace the list someone is moving through.
          if (input.value.trim() === text) { show(suggestions); }
        })
        .catch(function () { /* typing on, or offline: the form still works */ });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 180);
    });
    input.addEventListener('keydown', function (e) {
      if (list.hidden) { return; }
      if (e.key === 'ArrowDown') { e.preventDefault(); highlight((active + 1) % items.length); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
      else if (e.key === 'Escape') { e.preventDefault(); close(); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); window.location.assign(items[active].getAttribute('data-url')); }
    });
    input.addEventListener('blur', function () { window.setTimeout(close, 100); });
  }

  document.querySelectorAll('input[data-suggest]').forEach(setup);
})();
