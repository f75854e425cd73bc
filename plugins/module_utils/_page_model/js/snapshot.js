// The page as the browser renders it, serialized with what only the browser knows written into it.
// data-cl-hidden: not shown (checked on the outermost such element); data-cl-value: a field's
// current value; data-cl-checked: a box's current state; data-cl-selected: the chosen option;
// data-cl-inert: a control that takes no click (pointer-events: none). They
// are taken away again; data-cl-id stays until the next snapshot, so that an element the reader
// picked (a key's row) can be clicked in.
// Runs with shadow_dom.js and flat_html.js (scripts.py puts them in its scope).
/* global deep, drawn, flat */
() => {
  const added = [];
  const all = document.body ? deep(document.body) : [];
  all.forEach((el) => el.removeAttribute('data-cl-id'));
  let next = 0;
  for (const el of all) el.setAttribute('data-cl-id', String(next++));
  const set = (el, name, value) => { el.setAttribute(name, value); added.push([el, name]); };
  const shown = (el) => {
    if (getComputedStyle(el).display === 'contents') return true;  // no box of its own, children shown
    return el.checkVisibility
      ? el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})
      : el.getClientRects().length > 0;
  };
  const skip = new Set(['OPTION', 'OPTGROUP', 'BR', 'WBR', 'SCRIPT', 'STYLE', 'TEMPLATE', 'META', 'LINK']);
  const walk = (el) => {
    for (const child of drawn(el)) {
      if (skip.has(child.tagName)) continue;
      if (!shown(child) && !(child.tagName === 'INPUT' && child.type === 'hidden')) {
        set(child, 'data-cl-hidden', '');
        continue;
      }
      // A box the style sheet makes a block (a card's line): the reader breaks lines there too.
      const style = getComputedStyle(child);
      if (/^(block|flex|grid|list-item|table)/.test(style.display)) set(child, 'data-cl-block', '');
      // A control its style leaves unclickable (a pager's dimmed "next" on the last page): disabled.
      if (style.pointerEvents === 'none' && child.matches('a, button, [role=button], [role=link]')) {
        set(child, 'data-cl-inert', '');
      }
      if (child.tagName === 'INPUT' || child.tagName === 'TEXTAREA') {
        set(child, 'data-cl-value', child.value || '');
        const box = child.type === 'checkbox' || child.type === 'radio';
        if (box) set(child, 'data-cl-checked', child.checked ? 'true' : 'false');
      } else if (child.tagName === 'SELECT') {
        const chosen = child.options[child.selectedIndex];
        if (chosen) set(chosen, 'data-cl-selected', '');
      }
      walk(child);
    }
  };
  if (document.body) walk(document.body);
  const html = '<!doctype html>' + (all.some((el) => el.shadowRoot) ? flat(document.documentElement)
    : document.documentElement.outerHTML);
  for (const [el, name] of added) el.removeAttribute(name);
  return html;
}
