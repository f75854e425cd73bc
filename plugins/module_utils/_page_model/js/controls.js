// Every control a person could use on the page, as a person sees it: its role, its name (what it
// says, or its label, aria-label or title), where it stands, whether it opens something, and the row
// it sits on (a table row, a list item, a card). Each gets data-cl-control=N so it can be clicked.
// Runs with shadow_dom.js (scripts.py puts it in its scope).
/* global deep, drawn */
() => {
  const shown = (el) => el.checkVisibility
    ? el.checkVisibility({checkVisibilityCSS: true})
    : el.getClientRects().length > 0;
  const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const textOf = (el) => {
    // Text content as a name: hidden and aria-hidden parts left out, an image's alt and an svg's title kept.
    let out = '';
    for (const node of drawn(el, true)) {
      if (node.nodeType === Node.TEXT_NODE) { out += node.nodeValue; continue; }
      if (node.nodeType !== Node.ELEMENT_NODE || node.getAttribute('aria-hidden') === 'true') continue;
      if (node.tagName === 'IMG') { out += ' ' + (node.getAttribute('alt') || '') + ' '; continue; }
      if (node.tagName === 'svg' || node.tagName === 'SVG') {
        const title = node.querySelector('title'); if (title) out += ' ' + title.textContent + ' '; continue;
      }
      if (!shown(node) && getComputedStyle(node).display !== 'contents') continue;
      out += ' ' + textOf(node) + ' ';
    }
    return out;
  };
  const nameOf = (el) => {
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    const scope = el.getRootNode().getElementById ? el.getRootNode() : document;
    const byIds = squash(ids.map((id) => {
      const target = scope.getElementById(id);
      return target ? textOf(target) : '';
    }).join(' '));
    if (byIds) return byIds;
    const aria = squash(el.getAttribute('aria-label'));
    if (aria) return aria;
    if (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA') {
      const labels = el.labels ? [...el.labels].map(textOf).join(' ') : '';
      if (squash(labels)) return squash(labels);
      const pressable = el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type);
      if (pressable) return squash(el.value) || squash(el.title);
      return squash(el.title) || squash(el.placeholder);
    }
    return squash(textOf(el)) || squash(el.getAttribute('title'));
  };
  const roleOf = (el) => {
    const explicit = (el.getAttribute('role') || '').split(/\s+/)[0];
    if (explicit) return explicit;
    const tag = el.tagName;
    if (tag === 'A') return el.hasAttribute('href') ? 'link' : '';
    if (tag === 'BUTTON' || tag === 'SUMMARY') return 'button';
    if (tag === 'SELECT') return 'combobox';
    if (tag === 'INPUT') {
      const type = (el.type || '').toLowerCase();
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'radio' || type === 'checkbox') return type;
    }
    return '';
  };
  const roles = new Set([
    'link', 'button', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'tab', 'combobox', 'radio', 'option', 'switch',
    'treeitem',
  ]);
  // An ARIA combobox: the options of the listbox it controls (aria-controls, aria-owns) or holds,
  // as far as they are in the page before it is opened, and the value it shows.
  const ariaOptions = (el) => {
    const ids = ['aria-controls', 'aria-owns'].flatMap((a) => (el.getAttribute(a) || '').split(/\s+/));
    const list = ids.filter(Boolean).map((id) => document.getElementById(id)).find(Boolean)
      || el.querySelector('[role=listbox]');
    if (!list) return [];
    return [...list.querySelectorAll('[role=option]')]
      .map((o) => squash(o.getAttribute('aria-label') || o.textContent)).filter(Boolean);
  };
  const ariaShown = (el) => {
    if (el.matches('input, textarea')) return squash(el.value);
    const field = el.querySelector('input:not([type=hidden]), textarea');
    if (field) return squash(field.value);
    const clone = el.cloneNode(true);
    clone.querySelectorAll('[role=listbox], [hidden], [aria-hidden=true]').forEach((n) => n.remove());
    return squash(clone.textContent);
  };
  const rowHead = 'td, [role=cell], [role=gridcell], h1, h2, h3, h4, h5, h6, a, strong';
  // closest() that goes on past a shadow root to its host (a component inside a row, a menu).
  const near = (el, sel) => {
    for (let at = el; at; at = at.getRootNode().host) {
      const found = at.closest(sel);
      if (found) return found;
    }
    return null;
  };
  const rowOf = (el) => near(el, 'tr, [role=row], li, [role=listitem], article, [role=article]');
  const vw = window.innerWidth || document.documentElement.clientWidth || 1280;
  const all = deep(document);
  all.forEach((el) => el.removeAttribute('data-cl-control'));
  const out = [];
  const pressable = 'a, button, summary, select, input, [role], [onclick], [tabindex]';
  for (const el of all.filter((e) => e.matches(pressable))) {
    const role = roleOf(el);
    if (!roles.has(role) || !shown(el)) continue;
    const r = el.getBoundingClientRect();
    const row = rowOf(el);
    const form = near(el, 'form');
    out.push({
      index: out.length,
      role,
      name: nameOf(el),
      tag: el.tagName.toLowerCase(),
      haspopup: !!el.getAttribute('aria-haspopup') && el.getAttribute('aria-haspopup') !== 'false',
      expanded: el.getAttribute('aria-expanded'),
      disabled: !!el.disabled || !!near(el, '[aria-disabled=true]') || getComputedStyle(el).pointerEvents === 'none',
      href: el.tagName === 'A' ? (el.getAttribute('href') || '') : '',
      target: el.getAttribute('target') || '',
      submits: !!form && (el.type === 'submit' || (el.tagName === 'BUTTON' && !el.getAttribute('type'))),
      formMethod: form ? (form.getAttribute('method') || 'get').toLowerCase() : '',
      inBanner: !!near(el, 'header, [role=banner], nav, [role=navigation]'),
      inMenu: !!near(el, '[role=menu], [role=menubar], [role=dialog], [role=listbox], [role=tablist]'),
      top: r.top + window.scrollY, left: r.left, right: r.right, width: r.width, viewport: vw,
      row: row ? squash(textOf(row)).slice(0, 300) : '',
      rowLabel: row ? squash(textOf(row.querySelector(rowHead) || row)).slice(0, 200) : '',
      options: el.tagName === 'SELECT' ? [...el.options].map((o) => squash(o.textContent))
        : role === 'combobox' ? ariaOptions(el) : [],
      selected: el.tagName === 'SELECT'
        ? (el.selectedIndex >= 0 ? squash(el.options[el.selectedIndex].textContent) : '')
        : role === 'combobox' ? ariaShown(el) : '',
      checked: !!el.checked || ['aria-selected', 'aria-checked'].some((a) => el.getAttribute(a) === 'true'),
    });
    el.setAttribute('data-cl-control', String(out.length - 1));
  }
  // A frame of the portal's own origin that a person sees (a widget, a page within the page): read as
  // a page of its own, entered at the address it shows. Another origin's frame cannot be read: left out.
  for (const el of all.filter((e) => e.tagName === 'IFRAME' && shown(e))) {
    const read = () => {
      try {
        return {href: el.contentWindow.location.href, title: squash(el.contentDocument.title)};
      } catch {
        return null;
      }
    };
    const framed = read();
    if (!framed) continue;
    const {href, title} = framed;
    const r = el.getBoundingClientRect();
    if (!/^https?:/.test(href) || r.width * r.height < 100 * 100) continue;
    out.push({
      index: out.length, role: 'iframe', name: nameOf(el) || title, tag: 'iframe', haspopup: false, expanded: null,
      disabled: false, href, target: '', submits: false, formMethod: '', inBanner: false, inMenu: false,
      top: r.top + window.scrollY, left: r.left, right: r.right, width: r.width, viewport: vw,
      row: '', rowLabel: '', options: [], selected: '', checked: false,
    });
    el.setAttribute('data-cl-control', String(out.length - 1));
  }
  return out;
}
