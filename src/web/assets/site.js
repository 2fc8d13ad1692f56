// Loa public site: progressive enhancements only; every page works without this file.
(() => {
  const KEY = 'loa.textScale';
  const root = document.documentElement;
  const apply = (scale) => root.style.setProperty('--text-scale', String(scale));
  let scale = Number(localStorage.getItem(KEY)) || 1;
  apply(scale);
  for (const button of document.querySelectorAll('[data-text-size]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const step = button.getAttribute('data-text-size');
      scale = step === 'reset' ? 1 : Math.min(1.5, Math.max(0.85, scale + (step === 'up' ? 0.1 : -0.1)));
      localStorage.setItem(KEY, String(scale));
      apply(scale);
    });
  }
  for (const link of document.querySelectorAll('[data-print]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      window.print();
    });
  }
})();

// Search suggestions: titles for the words typed so far in the header's search box, as an ARIA
// combobox with a listbox (arrow keys, Enter, Escape, click). Without this file the box is a plain
// form that submits to the search page.
(() => {
  const input = document.getElementById('q');
  const list = document.getElementById('q-suggestions');
  if (!input || !list || typeof fetch !== 'function') return;
  const form = input.form;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', list.getAttribute('data-label') || '');
  // Styles from script (CSSOM), so the stylesheet needs nothing and CSP stays strict.
  if (form) form.style.position = 'relative';
  Object.assign(list.style, {
    position: 'absolute',
    top: '100%',
    left: '0',
    right: '0',
    zIndex: '20',
    margin: '0',
    padding: '0',
    listStyle: 'none',
    background: '#fff',
    color: '#1a1a1a',
    border: '1px solid #8c8c8c',
    borderRadius: '0 0 4px 4px',
    boxShadow: '0 4px 12px rgba(0,0,0,.15)',
    maxHeight: '60vh',
    overflowY: 'auto',
    textAlign: 'left',
  });
  const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  let lastQuery = '';

  const close = () => {
    // Typing the same words again after closing (Escape) asks again.
    lastQuery = '';
    list.hidden = true;
    list.textContent = '';
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const highlight = (index) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((li, i) => {
      const on = i === index;
      li.setAttribute('aria-selected', on ? 'true' : 'false');
      li.style.background = on ? '#7a0a0a' : '';
      li.style.color = on ? '#fff' : '';
      if (on) li.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `q-suggestion-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const go = (index) => {
    const item = items[index];
    if (item) window.location.assign(item.url);
  };
  const show = (found) => {
    items = found;
    list.textContent = '';
    active = -1;
    if (items.length === 0) return close();
    items.forEach((item, i) => {
      const li = document.createElement('li');
      li.id = `q-suggestion-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.textContent = item.title;
      Object.assign(li.style, {
        padding: '.45rem .6rem',
        cursor: 'pointer',
        borderTop: i ? '1px solid #eee' : '0',
      });
      // mousedown, not click: it comes before the input loses focus and closes the list.
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        go(i);
      });
      li.addEventListener('mousemove', () => highlight(i));
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const suggest = async () => {
    const q = input.value;
    if (q.trim().length < 2) return close();
    if (q === lastQuery) return;
    lastQuery = q;
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const url = `/api/v1/search/suggest?lang=${lang}&q=${encodeURIComponent(q)}`;
      const res = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!res.ok) return close();
      const body = await res.json();
      if (input.value === q && document.activeElement === input)
        show(Array.isArray(body.items) ? body.items : []);
    } catch {
      // Aborted by a newer keystroke, or offline: the form still works.
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) return;
      event.preventDefault();
      // Down from the last option (or up from the first) goes back to the text typed.
      let next = active + (event.key === 'ArrowDown' ? 1 : -1);
      if (next >= items.length) next = -1;
      if (next < -1) next = items.length - 1;
      highlight(next);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      go(active);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => {
    lastQuery = '';
    close();
  });
})();
