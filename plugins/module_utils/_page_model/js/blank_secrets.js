// Blanks, before a failure screenshot, every secret the page shows (text, field values, the
// attributes a screenshot renders); restore_secrets.js undoes it. Argument: the values known to be
// secret, longest first.
(values) => {
  // Known values (any length, any characters), and anything shaped like a credential or token
  // (a secret that could not be read is on screen but unknown to us): 20+ characters of
  // base64/identifier alphabet. Every change is recorded so that restore_secrets.js can undo it:
  // the run may go on with this page (a lost key to revoke), and it must find the page as it was.
  const shaped = /[A-Za-z0-9+/=_-]{20,}/g;
  const known = values.filter((v) => v);
  const has = (s) => known.some((v) => s.includes(v));
  const hide = (s) => known.reduce((acc, v) => acc.split(v).join('********'), s).replace(shaped, '********');
  const undo = [];
  window.__cegidlifeUndo = undo;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const hidden = hide(node.nodeValue);
    if (hidden !== node.nodeValue) {
      const old = node.nodeValue;
      undo.push(() => { node.nodeValue = old; });
      node.nodeValue = hidden;
    }
  }
  for (const el of document.body.querySelectorAll('*')) {
    // What a screenshot renders of attributes: a field's value and placeholder.
    for (const name of ['value', 'placeholder']) {
      const old = el.getAttribute(name);
      if (old !== null && has(old)) { undo.push(() => el.setAttribute(name, old)); el.setAttribute(name, '********'); }
    }
    // A value split over several text nodes (<wbr>, spans): blank the smallest element holding it.
    if (![...el.children].some((c) => has(c.textContent || '')) && has(el.textContent || '')) {
      const children = [...el.childNodes];
      undo.push(() => el.replaceChildren(...children));
      el.textContent = '********';
    }
  }
  for (const field of document.querySelectorAll('input, textarea')) {
    if (field.type === 'password' || has(field.value || '')) {
      const old = field.value;
      undo.push(() => { field.value = old; });
      field.value = '';
    }
  }
}
