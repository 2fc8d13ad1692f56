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
