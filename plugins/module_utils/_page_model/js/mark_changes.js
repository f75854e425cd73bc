// A marker the page loses when it navigates, and a flag set when its DOM changes: together they
// tell that a click has had its effect, whether the portal reloads the page or redraws it
// (settled.js, still_marked.js read them).
() => {
  window.__cegidlifeMark = true;
  window.__cegidlifeChanged = false;
  if (window.__cegidlifeObserver) window.__cegidlifeObserver.disconnect();
  // Attributes count too (a menu shown by removing `hidden`, `aria-expanded`), but not our own marks.
  const ours = (r) => r.type === 'attributes' && /^data-(cl-|cegidlife)/.test(r.attributeName || '');
  window.__cegidlifeObserver = new MutationObserver((records) => {
    if (records.some((r) => !ours(r))) window.__cegidlifeChanged = true;
  });
  const watch = {childList: true, subtree: true, characterData: true, attributes: true};
  window.__cegidlifeObserver.observe(document.body || document.documentElement, watch);
  // Inside open shadow roots too (a web component redraws its list there): observers do not cross them.
  const roots = [document];
  while (roots.length) {
    for (const el of roots.pop().querySelectorAll('*')) {
      if (el.shadowRoot) {
        window.__cegidlifeObserver.observe(el.shadowRoot, watch);
        roots.push(el.shadowRoot);
      }
    }
  }
}
