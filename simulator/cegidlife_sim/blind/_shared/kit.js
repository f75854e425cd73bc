/* Widgets the hand-written renderings share (included inline by their pages). */
(function () {
  "use strict";
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function cookie(name) { return document.cookie.split("; ").some(function (c) { return c.indexOf(name + "=") === 0; }); }

  function init(root) {
    /* Consent overlays: shown until answered once (a cookie), they cover the page. */
    $$("[data-consent]", root).forEach(function (box) {
      var name = "consent_" + box.getAttribute("data-consent");
      if (cookie(name)) { box.remove(); return; }
      box.hidden = false;
      $$("[data-consent-answer]", box).forEach(function (b) {
        b.addEventListener("click", function () {
          document.cookie = name + "=" + b.getAttribute("data-consent-answer") + "; path=/; max-age=31536000";
          box.remove();
        });
      });
    });
    /* Announcement or dialog shown on load once per browser (data-once). */
    $$("[data-once]", root).forEach(function (box) {
      var name = "seen_" + box.getAttribute("data-once");
      if (cookie(name)) { box.remove(); return; }
      box.hidden = false;
      $$("[data-close]", box).forEach(function (b) {
        b.addEventListener("click", function () {
          document.cookie = name + "=1; path=/; max-age=31536000";
          box.remove();
        });
      });
    });
    /* Buttons that open a dialog (hidden element) by id; data-close hides it again. */
    $$("[data-open]", root).forEach(function (b) {
      b.addEventListener("click", function (e) {
        e.preventDefault();
        var d = root.getElementById ? root.getElementById(b.getAttribute("data-open")) : $("#" + b.getAttribute("data-open"), root);
        if (!d) { return; }
        if (d.showModal) { d.showModal(); } else { d.hidden = false; }
        var f = $("input:not([type=hidden]), [role=combobox], button", d);
        if (f) { f.focus(); }
      });
    });
    $$("[data-close]", root).forEach(function (b) {
      if (b.closest("[data-once]")) { return; }
      b.addEventListener("click", function (e) {
        e.preventDefault();
        var d = b.closest("dialog, [role=dialog], [role=alertdialog]");
        if (d && d.close) { d.close(); } else if (d) { d.hidden = true; }
      });
    });
    /* Disclosures and menu buttons: aria-expanded on the button, aria-controls the target. */
    $$("[aria-controls][aria-expanded]:not([role=combobox])", root).forEach(function (b) {
      b.addEventListener("click", function (e) {
        e.preventDefault();
        var target = root.getElementById ? root.getElementById(b.getAttribute("aria-controls")) : $("#" + b.getAttribute("aria-controls"), root);
        var open = b.getAttribute("aria-expanded") !== "true";
        b.setAttribute("aria-expanded", open ? "true" : "false");
        if (target) {
          target.hidden = !open;
          if (open && b.getAttribute("aria-haspopup") === "menu") {
            var first = $("[role=menuitem]", target);
            if (first) { first.focus(); }
          }
        }
      });
      b.addEventListener("keydown", function (e) {
        if (e.key === "Escape" && b.getAttribute("aria-expanded") === "true") { b.click(); }
      });
    });
    $$("[role=menu]", root).forEach(function (menu) {
      menu.addEventListener("keydown", function (e) {
        var items = $$("[role=menuitem]", menu);
        var i = items.indexOf(document.activeElement === menu.getRootNode().host ? menu.getRootNode().activeElement : document.activeElement);
        if (e.key === "ArrowDown") { e.preventDefault(); items[(i + 1) % items.length].focus(); }
        if (e.key === "ArrowUp") { e.preventDefault(); items[(i - 1 + items.length) % items.length].focus(); }
        if (e.key === "Escape") { menu.hidden = true; }
      });
    });
    /* Comboboxes: an input (role=combobox) and its listbox; picking an option fills a hidden field. */
    $$("[role=combobox]", root).forEach(function (box) {
      var list = root.getElementById ? root.getElementById(box.getAttribute("aria-controls")) : $("#" + box.getAttribute("aria-controls"), root);
      var field = box.getAttribute("data-field") ? $("input[type=hidden][name='" + box.getAttribute("data-field") + "']", box.closest("form") || root) : null;
      if (!list) { return; }
      function open(show) { list.hidden = !show; box.setAttribute("aria-expanded", show ? "true" : "false"); }
      box.addEventListener("click", function () { open(list.hidden); });
      box.addEventListener("keydown", function (e) {
        if (e.key === "ArrowDown" || e.key === "Enter" || e.key === " ") { e.preventDefault(); open(true); var o = $("[role=option]", list); if (o) { o.focus(); } }
        if (e.key === "Escape") { open(false); }
      });
      $$("[role=option]", list).forEach(function (opt) {
        opt.tabIndex = -1;
        function pick() {
          $$("[role=option]", list).forEach(function (o) { o.setAttribute("aria-selected", o === opt ? "true" : "false"); });
          if (box.tagName === "INPUT") { box.value = opt.textContent.trim(); } else { box.textContent = opt.textContent.trim(); }
          if (field) { field.value = opt.getAttribute("data-value"); }
          open(false);
          box.focus();
          if (box.hasAttribute("data-submit")) { box.closest("form").submit(); }
        }
        opt.addEventListener("click", pick);
        opt.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(); } });
      });
    });
    /* ARIA radio groups: role=radio elements in a role=radiogroup with data-field. */
    $$("[role=radiogroup][data-field]", root).forEach(function (group) {
      var field = $("input[type=hidden][name='" + group.getAttribute("data-field") + "']", group.closest("form") || root);
      $$("[role=radio]", group).forEach(function (r) {
        function pick() {
          $$("[role=radio]", group).forEach(function (o) { o.setAttribute("aria-checked", o === r ? "true" : "false"); o.tabIndex = o === r ? 0 : -1; });
          if (field) { field.value = r.getAttribute("data-value"); }
          if (group.hasAttribute("data-submit")) { group.closest("form").submit(); }
        }
        r.addEventListener("click", pick);
        r.addEventListener("keydown", function (e) { if (e.key === " " || e.key === "Enter") { e.preventDefault(); pick(); } });
      });
    });
    /* Switches: role=switch toggles aria-checked (and a hidden field; data-submit submits its form). */
    $$("[role=switch]", root).forEach(function (s) {
      s.addEventListener("click", function () {
        var on = s.getAttribute("aria-checked") !== "true";
        s.setAttribute("aria-checked", on ? "true" : "false");
        var field = s.getAttribute("data-field") ? $("input[type=hidden][name='" + s.getAttribute("data-field") + "']", s.closest("form") || root) : null;
        if (field) { field.disabled = !on; }
        if (s.hasAttribute("data-submit")) { s.closest("form").submit(); }
      });
    });
    /* Type the key's name to confirm: the submit stays disabled until it matches. */
    $$("input[data-confirm-name]", root).forEach(function (input) {
      var form = input.closest("form");
      var submit = $("[type=submit]", form);
      function check() { submit.disabled = input.value.trim() !== input.getAttribute("data-confirm-name"); }
      input.addEventListener("input", check);
      check();
    });
    /* Copy buttons: data-copy names the element whose value or text is copied. */
    $$("[data-copy]", root).forEach(function (b) {
      b.addEventListener("click", function (e) {
        e.preventDefault();
        var src = root.getElementById ? root.getElementById(b.getAttribute("data-copy")) : $("#" + b.getAttribute("data-copy"), root);
        var text = src ? (src.getAttribute("data-value") || src.value || src.textContent).trim() : "";
        var done = function () { var old = b.getAttribute("data-label") || b.textContent; b.setAttribute("data-label", old); b.setAttribute("data-copied", "1"); var live = b.parentNode.querySelector("[data-copied-note]"); if (live) { live.textContent = live.getAttribute("data-copied-note"); } };
        if (navigator.clipboard && navigator.clipboard.writeText) { navigator.clipboard.writeText(text).then(done, done); } else { done(); }
      });
    });
    /* Show / hide a masked value. */
    $$("[data-reveal]", root).forEach(function (b) {
      b.addEventListener("click", function (e) {
        e.preventDefault();
        var src = root.getElementById ? root.getElementById(b.getAttribute("data-reveal")) : $("#" + b.getAttribute("data-reveal"), root);
        var shown = b.getAttribute("aria-pressed") === "true";
        b.setAttribute("aria-pressed", shown ? "false" : "true");
        if (src.tagName === "INPUT") { src.type = shown ? "password" : "text"; } else { src.textContent = shown ? src.getAttribute("data-mask") : src.getAttribute("data-value"); }
      });
    });
  }
  window.blindKit = { init: init };
  document.addEventListener("DOMContentLoaded", function () { init(document); });
})();
