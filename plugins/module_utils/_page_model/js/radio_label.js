// What a radio button's first label says.
(r) => r.labels && r.labels[0] ? r.labels[0].innerText : ''
