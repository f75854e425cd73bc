/* CegidLife simulator: account menus, panels and drawers, row "Actions" menus, copy buttons,
 * revoke confirmation, role=button controls, revealed forms, self-submitting selects and ARIA
 * comboboxes, the masked secret's "Afficher", and the key rows of --key-list client.
 *
 * Loaded synchronously in <head> and built on listeners on `document`, so every control works
 * from the moment it can be clicked: a revoke clicked early must never skip its confirmation.
 */
(function () {
  'use strict';

  // Copy-only variant: the values live in this closure only; their JSON leaves the DOM at once.
  var credentials = {};
  function takeCredentials() {
    document.querySelectorAll('script[data-credentials]').forEach(function (node) {
      try { credentials = JSON.parse(node.textContent || '{}'); } catch (e) { credentials = {}; }
      node.parentNode.removeChild(node);
    });
  }

  // ---- key rows built from JSON (--key-list client) ------------------------------------
  // Stands for a portal that fills its list with JavaScript: the HTML has the table and its
  // header row only. The rows must come out exactly as keys.html renders them server-side.
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }
  function revokeForm(key, fields, alt, word) {
    var title = "Révoquer la clé d'API '" + key.name + "'";
    var form = el('form', {method: 'post', action: key.revoke_url, 'class': 'inline-form', 'data-revoke': '',
      'data-key-name': key.name});
    fields.forEach(function (pair) { form.appendChild(el('input', {type: 'hidden', name: pair[0], value: pair[1]})); });
    form.appendChild(alt
      ? el('span', {role: 'button', tabindex: '0', 'class': 'v2-btn v2-danger', 'data-act': 'submit', title: title},
        [word])
      : el('button', {type: 'submit', 'class': 'btn btn-danger btn-small', title: title}, [word]));
    return form;
  }
  function keyRow(key, fields, alt, spans, word) {
    var cells = [key.name, key.created, key.creator,
      key.active ? revokeForm(key, fields, spans, word) : 'Révoquée le ' + key.revoked];
    var row = alt ? el('div', {role: 'row', 'class': 'v2-row'}) : el('tr', {});
    cells.forEach(function (cell, i) {
      // Spaces between the cells as in keys.html, so that a row's textContent reads the same.
      if (i) row.appendChild(document.createTextNode(' '));
      row.appendChild(alt ? el('span', {role: 'cell'}, [cell]) : el('td', i === 3 ? {'class': 'actions'} : {}, [cell]));
    });
    return row;
  }
  function buildKeyRows() {
    document.querySelectorAll('script[data-key-rows]').forEach(function (node) {
      var body = document.querySelector('[data-key-body]');
      var keys, fields;
      try {
        keys = JSON.parse(node.textContent || '[]');
        fields = JSON.parse(node.getAttribute('data-revoke-fields') || '[]');
      } catch (e) { return; }
      if (!body) return;
      var alt = body.tagName !== 'TBODY';
      // The revoke control follows the layout, which may differ from the list's shape.
      var style = body.getAttribute('data-revoke-style');
      var spans = style ? style === 'span' : alt;
      var word = body.getAttribute('data-revoke-word') || 'Révoquer';
      keys.forEach(function (key) { body.appendChild(keyRow(key, fields, alt, spans, word)); });
      if (!keys.length) {
        body.appendChild(alt
          ? el('div', {role: 'row', 'class': 'v2-row'}, [el('span', {role: 'cell'}, ["Aucune clé d'API"])])
          : el('tr', {}, [el('td', {colspan: '4'}, ["Aucune clé d'API"])]));
      }
    });
  }

  // ---- popups: the account panel, menu or drawer, and rows' "Actions" menus ------------
  // The classic panel keeps its own attributes (data-profile-toggle / data-profile-panel);
  // the others are a [data-popup-toggle] and the [data-popup] of their [data-popup-root].
  var TOGGLES = '[data-profile-toggle], [data-popup-toggle]';
  function popupOf(toggle) {
    if (toggle.hasAttribute('data-profile-toggle')) return document.querySelector('[data-profile-panel]');
    var root = toggle.closest('[data-popup-root]');
    return root ? root.querySelector('[data-popup]') : null;
  }
  function menuItems(box) {
    return Array.prototype.slice.call(box.querySelectorAll('[role=menuitem]'));
  }
  function setPopup(toggle, open) {
    var box = popupOf(toggle);
    if (!box) return;
    box.hidden = !open;
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open && box.getAttribute('role') === 'menu' && menuItems(box).length) menuItems(box)[0].focus();
  }
  function openToggles() {
    return Array.prototype.slice.call(document.querySelectorAll(TOGGLES)).filter(function (toggle) {
      var box = popupOf(toggle);
      return box && !box.hidden;
    });
  }

  // ---- copy to clipboard --------------------------------------------------------------
  function legacyCopy(text) {
    var focused = document.activeElement;
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.style.position = 'fixed';
    area.style.top = '-1000px';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    if (focused && focused.focus) focused.focus();
    return ok;
  }
  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return legacyCopy(text); });
    }
    return Promise.resolve(legacyCopy(text));
  }
  function copyFrom(control) {
    takeCredentials();
    var text = control.hasAttribute('data-copy-field')
      ? credentials[control.getAttribute('data-copy-field')]
      : control.getAttribute('data-copy-value');
    if (typeof text !== 'string') return;
    copyText(text).then(function (ok) {
      var note = control.nextElementSibling;
      if (!note || !note.hasAttribute('data-copy-feedback')) return;
      note.textContent = ok ? (note.getAttribute('data-copied') || 'Copié') : 'Échec de la copie';
      clearTimeout(note._timer);
      note._timer = setTimeout(function () { note.textContent = ''; }, 2000);
    });
  }

  // ---- revoke confirmation ------------------------------------------------------------
  var pendingForm = null;
  var opener = null;
  function modal() { return document.querySelector('[data-modal]'); }
  function question(name) {
    return "Voulez-vous vraiment révoquer la clé d'API '" + name +
      "' ? Les applications qui l'utilisent ne pourront plus appeler l'API.";
  }
  function openModal(box, form) {
    pendingForm = form;
    opener = document.activeElement;
    box.querySelector('[data-modal-text]').textContent = question(form.getAttribute('data-key-name'));
    box.hidden = false;
    box.querySelector('[data-modal-cancel]').focus();
  }
  function closeModal() {
    var box = modal();
    if (box) box.hidden = true;
    pendingForm = null;
    if (opener && opener.focus) opener.focus();
  }
  document.addEventListener('submit', function (ev) {
    var form = ev.target;
    if (!form.hasAttribute || !form.hasAttribute('data-revoke')) return;
    var mode = document.body.getAttribute('data-confirm') || 'none';
    if (mode === 'native') {
      if (!window.confirm(question(form.getAttribute('data-key-name')))) ev.preventDefault();
    } else if (mode === 'modal') {
      var box = modal();
      if (box) { ev.preventDefault(); openModal(box, form); }
      else if (!window.confirm(question(form.getAttribute('data-key-name')))) ev.preventDefault();  // not parsed yet
    }
  });

  // ---- an ARIA combobox (--tiers-control combobox): a button that opens its listbox --------
  // Choosing an option fills the hidden field beside it (and, data-change-submit, reloads the page).
  function listboxOf(box) { return document.getElementById(box.getAttribute('aria-controls')); }
  function setListbox(box, open) {
    var list = listboxOf(box);
    list.hidden = !open;
    box.setAttribute('aria-expanded', open ? 'true' : 'false');
    var chosen = list.querySelector('[aria-selected=true]') || list.querySelector('[role=option]');
    if (open && chosen) chosen.focus();
  }
  function pickOption(option) {
    var root = option.closest('[data-combobox]');
    var box = root.querySelector('[role=combobox]');
    root.querySelectorAll('[role=option]').forEach(function (other) {
      other.setAttribute('aria-selected', other === option ? 'true' : 'false');
    });
    root.querySelector('input[type=hidden]').value = option.getAttribute('data-value');
    box.textContent = option.textContent.trim();
    setListbox(box, false);
    box.focus();
    if (!box.hasAttribute('data-change-submit') || !box.form) return;
    if (box.form.requestSubmit) box.form.requestSubmit(); else box.form.submit();
  }
  document.addEventListener('click', function (ev) {
    var el = ev.target.closest ? ev.target.closest('[data-combobox] [role=combobox], [data-combobox] [role=option]') : null;
    document.querySelectorAll('[data-combobox] [role=combobox][aria-expanded=true]').forEach(function (box) {
      if (box !== el && !listboxOf(box).contains(ev.target)) setListbox(box, false);
    });
    if (!el) return;
    if (el.getAttribute('role') === 'option') pickOption(el);
    else setListbox(el, el.getAttribute('aria-expanded') !== 'true');
  });
  document.addEventListener('keydown', function (ev) {
    var el = ev.target.closest ? ev.target.closest('[data-combobox] [role=combobox], [data-combobox] [role=option]') : null;
    if (!el) return;
    var box = el.closest('[data-combobox]').querySelector('[role=combobox]');
    if (ev.key === 'Escape') { ev.preventDefault(); setListbox(box, false); box.focus(); return; }
    if (el === box) {
      if (ev.key === 'ArrowDown' || ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); setListbox(box, true); }
      return;
    }
    var options = Array.prototype.slice.call(listboxOf(box).querySelectorAll('[role=option]'));
    var at = options.indexOf(el);
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      options[(at + (ev.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length].focus();
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      pickOption(el);
    }
  });

  // ---- clicks and keys ----------------------------------------------------------------
  document.addEventListener('click', function (ev) {
    var toggle = ev.target.closest ? ev.target.closest(TOGGLES) : null;
    openToggles().forEach(function (other) {
      if (other !== toggle && !popupOf(other).contains(ev.target)) setPopup(other, false);
    });
    if (toggle) { setPopup(toggle, popupOf(toggle).hidden); return; }
    var el = ev.target.closest ? ev.target.closest('[data-copy-value], [data-copy-field], [data-act], ' +
      '[data-modal-confirm], [data-modal-cancel], [data-popup-close], [data-reveal-toggle], [data-show-secret]') : null;
    if (!el) return;
    if (el.hasAttribute('data-popup-close')) {
      var root = el.closest('[data-popup-root]');
      var owner = root && root.querySelector('[data-popup-toggle]');
      if (owner) { setPopup(owner, false); owner.focus(); }
      return;
    }
    if (el.hasAttribute('data-reveal-toggle')) {
      // A button that shows (or hides) the form under it, e.g. "Générer une clé API".
      var form = el.closest('[data-reveal-root]').querySelector('[data-reveal]');
      form.hidden = !form.hidden;
      el.setAttribute('aria-expanded', form.hidden ? 'false' : 'true');
      var field = form.querySelector('input[type=text]');
      if (!form.hidden && field) field.focus();
      return;
    }
    if (el.hasAttribute('data-show-secret')) {
      var input = el.previousElementSibling;
      var shown = input.type === 'password';
      input.type = shown ? 'text' : 'password';
      el.setAttribute('aria-pressed', shown ? 'true' : 'false');
      return;
    }
    if (el.hasAttribute('data-copy-value') || el.hasAttribute('data-copy-field')) {
      ev.preventDefault();
      copyFrom(el);
    } else if (el.getAttribute('data-act') === 'submit') {
      ev.preventDefault();
      if (el.getAttribute('aria-disabled') === 'true') return;  // a control the page disabled
      var form = el.closest('form');
      if (form) { if (form.requestSubmit) form.requestSubmit(); else form.submit(); }
    } else if (el.hasAttribute('data-modal-confirm')) {
      var target = pendingForm;
      modal().hidden = true;
      pendingForm = null;
      if (target) target.submit();  // submit() skips the submit event: no second confirmation
    } else if (el.hasAttribute('data-modal-cancel')) {
      closeModal();
    }
  });
  document.addEventListener('keydown', function (ev) {
    var box = modal();
    if (ev.key === 'Escape') {
      var open = openToggles();
      if (box && !box.hidden) closeModal();
      else if (open.length) open.forEach(function (toggle) { setPopup(toggle, false); toggle.focus(); });
      return;
    }
    var menu = ev.target.closest ? ev.target.closest('[role=menu]') : null;
    if (menu && (ev.key === 'ArrowDown' || ev.key === 'ArrowUp')) {
      var items = menuItems(menu);
      var at = items.indexOf(ev.target);
      ev.preventDefault();
      items[(at + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length].focus();
      return;
    }
    var el = ev.target;
    // Non-native buttons (alt layout) answer to Enter and Space like real ones.
    if ((ev.key === 'Enter' || ev.key === ' ') && el.getAttribute && el.getAttribute('role') === 'button' &&
        el.tagName !== 'BUTTON') {
      ev.preventDefault();
      el.click();
    }
    if (ev.key === 'Tab' && box && !box.hidden) {
      // Keep focus inside the dialog.
      var items = box.querySelectorAll('[data-modal-confirm], [data-modal-cancel]');
      var first = items[0], last = items[items.length - 1];
      if (ev.shiftKey && document.activeElement === first) { ev.preventDefault(); last.focus(); }
      else if (!ev.shiftKey && document.activeElement === last) { ev.preventDefault(); first.focus(); }
    }
  });

  // A select or radio button that reloads the page when changed (e.g. "Tiers rattaché").
  document.addEventListener('change', function (ev) {
    var field = ev.target;
    if (!field.hasAttribute || !field.hasAttribute('data-change-submit') || !field.form) return;
    if (field.form.requestSubmit) field.form.requestSubmit(); else field.form.submit();
  });

  document.addEventListener('DOMContentLoaded', function () {
    takeCredentials();
    buildKeyRows();
    // Sign-in hand-back to the portal.
    document.querySelectorAll('form[data-autosubmit]').forEach(function (form) { form.submit(); });
  });
})();
