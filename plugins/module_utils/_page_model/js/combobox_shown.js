// What a combobox shows: an input's value (its own, or that of the field it wraps), else its text
// without its listbox (ARIA 1.0 comboboxes hold it) and what is hidden from assistive technology.
(el) => {
  const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
  if (el.matches('input, textarea')) return squash(el.value);
  const field = el.querySelector('input:not([type=hidden]), textarea');
  if (field) return squash(field.value);
  const text = (node) => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) { out += child.nodeValue; continue; }
      if (child.nodeType !== Node.ELEMENT_NODE || child.getAttribute('aria-hidden') === 'true') continue;
      if (child.matches('[role=listbox], [hidden]')) continue;
      out += ' ' + text(child) + ' ';
    }
    return out;
  };
  return squash(text(el));
}
