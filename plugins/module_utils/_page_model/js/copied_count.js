// How many values the page has copied so far (clipboard_hook.js).
() => (window.__cegidlifeCopied || []).length
