// What is drawn over the page: dialogs, and fixed layers that cover a part of the viewport (the
// marks go on the outermost ones). Argument: the attribute to mark them with; returns how many.
(mark) => {
  if (!document.body) return 0;  // a page still loading has nothing drawn over it yet
  document.querySelectorAll('[' + mark + ']').forEach((e) => e.removeAttribute(mark));
  const shown = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  let found = 0;
  for (const el of document.body.querySelectorAll('*')) {
    if (el.parentElement && el.parentElement.closest('[' + mark + ']')) continue;
    const dialog = el.matches('dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]');
    const fixed = getComputedStyle(el).position === 'fixed';
    if ((dialog || fixed) && shown(el)) { el.setAttribute(mark, ''); found++; }
  }
  return found;
}
