// The value a person reads after a label: visible text and field values that follow the label
// in document order, up to the next button (e.g. "Copier") or the next stop label. Marks that
// button so Playwright can click it for real. Works whatever the nesting (div, dl, table).
(label, [labelSrc, stopSrc, buttonMark, copySrc]) => {
  const labelRx = new RegExp(labelSrc, 'i');
  const stopRx = stopSrc ? new RegExp(stopSrc, 'i') : null;
  const copyRx = new RegExp(copySrc, 'i');
  const visible = (el) => !!el && (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  // A control, as a person tells one: a button or link of any make, or what says "Copier".
  const controlSel = 'button, [role=button], [role=link], a, input[type=button], input[type=submit], [onclick]';
  const saysCopy = (el) => el.children.length === 0 && copyRx.test((el.textContent || '').trim());
  const isControl = (el) => el.matches(controlSel) || saysCopy(el);
  // Read in document order from the label's own text: the words of the label itself (however
  // they are split), then what follows, up to a control (its "Copier") or the next label. A
  // control inside the label's element is a control like any other, never part of the value.
  // A label that shares its line with more ("Secret : <code>…</code>", a paragraph, a list item):
  // the value is the rest of that line, not the sentence of the next one ("Notez le secret : …").
  // A label on a line of its own (a dt, a th, "Secret" above a box) reads on past its line.
  const lineOf = (el) => {
    let at = el;
    while (at && at.parentElement && /^inline|^contents$/.test(getComputedStyle(at).display)) {
      at = at.parentElement;
    }
    const text = (at.innerText || at.textContent || '').replace(/\s+/g, ' ');
    const found = labelRx.exec(text);
    const more = found ? text.slice(found.index + found[0].length).replace(/^[\s:]+/, '').trim() : '';
    return more ? at : null;
  };
  let line = null;
  const parts = [];
  let seen = '';
  let matched = false;
  let button = null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = label;
  for (let steps = 0; steps < 5000 && walker.nextNode(); steps++) {
    const node = walker.currentNode;
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      // A textarea's text is its first value, read from the element itself (its current value).
      if (!parent || !visible(parent) || parent.closest(controlSel + ', script, style, template, textarea')) continue;
      if (!matched) {
        seen += node.nodeValue;
        const found = labelRx.exec(seen);
        if (!found) continue;
        matched = true;
        const rest = seen.slice(found.index + found[0].length).replace(/^[\s:]+/, '');
        if (rest.trim()) parts.push(rest);
        line = lineOf(parent);
        continue;
      }
      if (line && !line.contains(node)) break;
      if (stopRx && stopRx.test(node.nodeValue)) break;
      if (copyRx.test(node.nodeValue.trim())) continue;
      parts.push(node.nodeValue);
      continue;
    }
    if (!matched) continue;
    const el = node;
    if (line && !line.contains(el)) break;
    if (isControl(el)) { if (visible(el)) { button = el; break; } continue; }
    if (el.matches('table, [role=table], h1, h2, h3, h4, h5, h6, form')) break;
    if (el.matches('select, input[type=checkbox], input[type=radio]')) break;
    if (el.matches('input:not([type=hidden]), textarea, output') && visible(el))
      parts.push(' ' + (el.value || el.textContent || '') + ' ');
  }
  document.querySelectorAll('[' + buttonMark + ']').forEach((b) => b.removeAttribute(buttonMark));
  if (button) button.setAttribute(buttonMark, '1');
  return {value: parts.join(' ').replace(/\s+/g, ' ').trim(), button: !!button};
}
