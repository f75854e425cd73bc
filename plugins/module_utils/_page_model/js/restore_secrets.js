// Puts back what blank_secrets.js changed, last change first.
() => {
  const undo = window.__cegidlifeUndo || [];
  for (const step of undo.reverse()) step();
  window.__cegidlifeUndo = [];
}
