// To the end of the page, and of every box that scrolls around the element given (a list that
// scrolls in its own area); whether there was anything below the window or such a box's view.
(element) => {
  let below = false;
  for (let box = element ? element.parentElement : null; box; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight + 1) {
      below = below || box.scrollTop + box.clientHeight < box.scrollHeight - 1;
      box.scrollTop = box.scrollHeight;
    }
  }
  const s = document.scrollingElement || document.documentElement;
  s.scrollTo(0, s.scrollHeight);
  return below || s.scrollHeight > window.innerHeight + 1;
}
