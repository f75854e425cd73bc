// Whether the page still holds the marker mark_changes.js set: it has not navigated since.
() => !!window.__cegidlifeMark
