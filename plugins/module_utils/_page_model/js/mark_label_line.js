// A label a person reads as a line of its own inside a larger element ("Identifiant", a <br>, then
// the value): the visible text nodes, within `root` (or the whole page, open shadow roots
// included), whose own text is the label. Marks their elements with `mark` (value_after_label.js
// then reads on from there) and returns how many.
/* global deep */
([root, labelSrc, mark]) => {
  const labelRx = new RegExp(labelSrc, 'i');
  const visible = (el) => !!el && (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  for (const old of deep(document)) old.removeAttribute(mark);
  const scope = root && root.nodeType === Node.ELEMENT_NODE ? [root, ...deep(root)] : deep(document);
  let found = 0;
  for (const el of scope) {
    for (const node of (el.shadowRoot ? [] : el.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE || !labelRx.test(node.nodeValue.trim()) || !visible(el)) continue;
      el.setAttribute(mark, '');
      found += 1;
      break;
    }
  }
  return found;
};
