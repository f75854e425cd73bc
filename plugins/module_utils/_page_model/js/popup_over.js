// An open menu, list box or pop-over drawn over this element's middle (another menu left open: a
// person closes it before clicking what it hides): marks the control that opened it (aria-expanded
// true, aria-controls naming it) with the attribute given, to be clicked again, and returns
// 'opener'; with no such control, focuses the pop-up and returns 'escape' (a menu closes on Escape);
// '' when no such pop-up covers it.
// Runs with hit_at_middle.js (scripts.py puts it in its scope).
/* global hitAtMiddle */
(el, mark) => {
  const hit = hitAtMiddle(el);
  if (!hit) return '';
  const popup = hit.closest('[role=menu], [role=listbox], [role=tooltip], [popover]');
  if (!popup) return '';
  for (let n = el; n; n = n.parentNode || n.host) if (n === popup) return '';
  const root = popup.getRootNode();
  const opener = popup.id
    ? [...root.querySelectorAll('[aria-expanded=true]')].find((b) => (b.getAttribute('aria-controls') || '').split(/\s+/).includes(popup.id))
    : null;
  if (opener) {
    opener.setAttribute(mark, '');
    return 'opener';
  }
  const focusable = popup.querySelector('[role=menuitem], [role=option], a[href], button') || popup;
  if (focusable === popup && !popup.hasAttribute('tabindex')) popup.setAttribute('tabindex', '-1');
  focusable.focus();
  return 'escape';
}
