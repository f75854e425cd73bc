// A helper of snapshot.js: the page as it is drawn when web components hold part of it, each open
// shadow root in place of its host's children, each slot filled with what is assigned to it (the
// flat tree a person sees), as HTML.
/* global drawn */
/* exported flat */
const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source',
  'track', 'wbr']);
const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const flat = (node) => {
  if (node.nodeType === Node.TEXT_NODE) return text(node.nodeValue);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const tag = node.localName;
  let out = '<' + tag;
  for (const a of node.attributes) out += ' ' + a.name + '="' + attr(a.value) + '"';
  out += '>';
  if (voids.has(tag)) return out;
  for (const kid of drawn(node, true)) out += flat(kid);
  return out + '</' + tag + '>';
};
