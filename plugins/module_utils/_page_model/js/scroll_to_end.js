// To the end of the page; whether there was anything below the window to scroll to.
() => {
  const s = document.scrollingElement || document.documentElement;
  s.scrollTo(0, s.scrollHeight);
  return s.scrollHeight > window.innerHeight + 1;
}
