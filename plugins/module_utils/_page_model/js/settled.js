// Since mark_changes.js: the page navigated (the marker is gone) or its DOM changed.
() => !window.__cegidlifeMark || window.__cegidlifeChanged
