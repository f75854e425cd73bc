// A helper of covered_by.js and popup_over.js: what takes a click at an element's middle, into open
// shadow roots as far as they go; null when that middle is off the viewport or nothing is drawn there.
/* exported hitAtMiddle */
const hitAtMiddle = (el) => {
  const box = el.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (!box.width || !box.height || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return null;
  let hit = document.elementFromPoint(x, y);
  while (hit && hit.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
};
