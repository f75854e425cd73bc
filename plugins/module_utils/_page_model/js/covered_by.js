// What takes a click meant for this element: the name of what is drawn over its middle (the dialog
// or layer it belongs to, by its aria-label or heading, never its text, which may be a secret),
// with ' (passing)' when it shows progress or is a message that goes by itself; '' when nothing
// covers it or that cannot be told.
// Runs with hit_at_middle.js (scripts.py puts it in its scope).
/* global hitAtMiddle */
(el) => {
  const hit = hitAtMiddle(el);
  if (!hit) return '';
  const within = (node, outer) => {
    for (let n = node; n; n = n.parentNode || n.host) if (n === outer) return true;
    return false;
  };
  if (within(hit, el) || within(el, hit)) return '';
  let fixed = null;  // the outermost fixed layer it belongs to (a banner, a veil)
  for (let n = hit; n instanceof Element; n = n.parentElement) if (getComputedStyle(n).position === 'fixed') fixed = n;
  const layer = hit.closest('dialog, [role=dialog], [role=alertdialog], [aria-modal=true]') || fixed || hit;
  const describe = (node) => {
    const byId = (node.getAttribute('aria-labelledby') || '').split(/\s+/).map((id) => document.getElementById(id));
    const heading = node.querySelector('h1, h2, h3, h4, h5, h6, [role=heading], legend');
    const named = (node.getAttribute('aria-label') || byId.map((n) => (n ? n.textContent : '')).join(' ')
      || (heading ? heading.textContent : '') || node.getAttribute('title') || '').trim().replace(/\s+/g, ' ');
    const role = node.getAttribute('role') || node.tagName.toLowerCase();
    return named ? `${role} '${named.slice(0, 80)}'` : '';
  };
  let what = describe(layer);
  if (!what) {
    // A veil says nothing: name the dialog shown with it, the last drawn.
    const shown = [...document.querySelectorAll('dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]')]
      .filter((n) => n.getClientRects().length).map(describe).filter(Boolean);
    what = `a ${layer.getAttribute('role') || layer.tagName.toLowerCase()}` + (shown.length ? ` (with ${shown[shown.length - 1]} shown)` : '');
  }
  // Progress, and a message that goes by itself (a toast: a live region), pass; they are waited for.
  const passing = hit.closest('[aria-busy=true], [aria-live], [role=status], [role=alert], [role=log]')
    || layer.querySelector('[role=progressbar], [aria-busy=true]');
  return passing ? what + ' (passing)' : what;
}
