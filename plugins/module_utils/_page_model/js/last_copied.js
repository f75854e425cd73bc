// The value the page copied last, or '' (clipboard_hook.js).
() => { const c = window.__cegidlifeCopied || []; return c.length ? c[c.length - 1] : ''; }
