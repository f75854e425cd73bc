// A helper of snapshot.js and controls.js. Open shadow roots (web components) are part of the page
// a person sees: `deep` lists every element, theirs included; `drawn` gives what is drawn inside an
// element (its shadow root's children, what a slot shows), elements only or (`nodes`) text too.
/* exported deep, drawn */
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
