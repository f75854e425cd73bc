// What a radio button is called: its aria-labelledby texts, its first label, else (an ARIA radio drawn
// as a div) its own text without what is hidden from assistive technology (an icon's aria-hidden dot).
(r) => {
  const by = (r.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
    .map((id) => document.getElementById(id)).filter(Boolean).map((e) => e.innerText).join(' ');
  if (by.trim()) return by;
  if (r.labels && r.labels[0]) return r.labels[0].innerText;
  if (r.tagName === 'INPUT') return '';
  const own = r.cloneNode(true);
  for (const hidden of own.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return own.textContent.replace(/\s+/g, ' ').trim();
};
