// Whether the page copied a value since it had copied `n` (clipboard_hook.js).
(n) => (window.__cegidlifeCopied || []).length > n
