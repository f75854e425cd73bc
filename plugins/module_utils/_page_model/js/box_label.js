// What a box says: its labels, else its aria-label.
(e) => [...(e.labels || [])].map((l) => l.innerText).join(' ') || e.getAttribute('aria-label') || ''
