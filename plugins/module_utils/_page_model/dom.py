# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The page as the browser renders it, handed to the same reader as the server's HTML.

One reader (static_html.Document and the readers built on it) turns either the served HTML or the
browser's rendered DOM into what a person sees. The browser's DOM is serialized with what only the
browser knows written into it: which elements are not shown (style sheets, scripts), and the
current value and checked state of fields. So a rendering the browser path can read is one the
plain path reads the same way, and "the HTML lists what the browser lists" compares two outputs of
one function.
"""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import evaluate_loaded

if t.TYPE_CHECKING:
    from playwright.sync_api import Page

# data-cl-hidden: not shown (checked on the outermost such element); data-cl-value: a field's
# current value; data-cl-checked: a box's current state; data-cl-selected: the chosen option. They
# are taken away again; data-cl-id stays until the next snapshot, so that an element the reader
# picked (a key's row) can be clicked in.
_SNAPSHOT_JS = """
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
      if (/^(block|flex|grid|list-item|table)/.test(getComputedStyle(child).display)) set(child, 'data-cl-block', '');
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
"""

# The page as it is drawn when web components hold part of it: each open shadow root in place of
# its host's children, each slot filled with what is assigned to it (the flat tree a person sees).
_FLAT_JS = """
  const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source',
    'track', 'wbr']);
  const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const flat = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return text(node.nodeValue);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const tag = node.localName;
    let out = '<' + tag;
    for (const a of node.attributes) out += ' ' + a.name + '="' + attr(a.value) + '"';
    out += '>';
    if (voids.has(tag)) return out;
    for (const kid of drawn(node, true)) out += flat(kid);
    return out + '</' + tag + '>';
  };
"""
# Open shadow roots (web components) are part of the page a person sees: `deep` lists every element,
# theirs included; `drawn` gives what is drawn inside an element (its shadow root's children, what a
# slot shows), elements only or (`nodes`) text too.
_DEEP_JS = """
  const deep = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) { out.push(el); if (el.shadowRoot) deep(el.shadowRoot, out); }
    return out;
  };
  const drawn = (el, nodes = false) => {
    if (el.shadowRoot) return nodes ? el.shadowRoot.childNodes : el.shadowRoot.children;
    if (el.localName === 'slot' && el.assignedNodes().length) {
      return nodes ? el.assignedNodes() : el.assignedElements();
    }
    if (el.localName === 'template') return [];
    return nodes ? el.childNodes : el.children;
  };
"""
_SNAPSHOT_JS = _SNAPSHOT_JS.replace("  const added = [];", "  const added = [];" + _DEEP_JS + _FLAT_JS, 1)


def rendered(page: Page) -> Document:
    """What the page shows now, as a Document."""
    return Document(str(evaluate_loaded(page, _SNAPSHOT_JS)))


def element_locator(page: Page, element_id: str) -> t.Any:
    """The live element a snapshot's element stands for (until the next snapshot)."""
    return page.locator(f'[data-cl-id="{element_id}"]')


# Every control a person could use on the page, as a person sees it: its role, its name (what it
# says, or its label, aria-label or title), where it stands, whether it opens something, and the row
# it sits on (a table row, a list item, a card). Each gets data-cl-control=N so it can be clicked.
_CONTROLS_JS = """
() => {
  const shown = (el) => el.checkVisibility
    ? el.checkVisibility({checkVisibilityCSS: true})
    : el.getClientRects().length > 0;
  const squash = (s) => (s || '').replace(/\\s+/g, ' ').trim();
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
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
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
    const explicit = (el.getAttribute('role') || '').split(/\\s+/)[0];
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
  ]);
  // An ARIA combobox: the options of the listbox it controls (aria-controls, aria-owns) or holds,
  // as far as they are in the page before it is opened, and the value it shows.
  const ariaOptions = (el) => {
    const ids = ['aria-controls', 'aria-owns'].flatMap((a) => (el.getAttribute(a) || '').split(/\\s+/));
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
      disabled: !!el.disabled || !!near(el, '[aria-disabled=true]'),
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
  return out;
}
"""


_CONTROLS_JS = _CONTROLS_JS.replace("() => {\n", "() => {\n" + _DEEP_JS, 1)


def controls(page: Page) -> list[dict[str, t.Any]]:
    """The controls shown on the page now (see _CONTROLS_JS); `index` finds each again with
    `control_locator` until the next call."""
    return t.cast("list[dict[str, t.Any]]", evaluate_loaded(page, _CONTROLS_JS))


def control_locator(page: Page, index: int) -> t.Any:
    return page.locator(f'[data-cl-control="{index}"]')
