// A button that would submit a form that posts: clicking it could change the portal.
(el) => el.tagName === 'BUTTON' && (el.getAttribute('type') || 'submit').toLowerCase() === 'submit'
  && !!el.form && (el.form.getAttribute('method') || 'get').toLowerCase() === 'post'
