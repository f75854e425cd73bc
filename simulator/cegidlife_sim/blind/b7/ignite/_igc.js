/* A small stand-in for Ignite UI for Web Components (igniteui-webcomponents): the same tag names,
   attributes, events and shadow parts, open shadow roots, form-associated inputs and buttons. */
(function () {
  "use strict";
  function define(name, cls) { if (!customElements.get(name)) { customElements.define(name, cls); } }
  var BASE = ":host{font-family:'Titillium Web',Roboto,'Segoe UI',sans-serif;font-size:14px}";

  /* igc-button: <button part="base"> (or <a> with href); type=submit submits its form. */
  class IgcButton extends HTMLElement {
    static get formAssociated() { return true; }
    static get observedAttributes() { return ["disabled"]; }
    constructor() { super(); this._i = this.attachInternals(); }
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      var variant = this.getAttribute("variant") || "contained";
      var href = this.getAttribute("href");
      r.innerHTML = "<style>" + BASE + ":host{display:inline-flex}[part~=base]{display:inline-flex;align-items:center;justify-content:center;gap:8px;height:36px;padding:0 16px;border-radius:4px;border:1px solid transparent;font:600 14px inherit;font-family:inherit;letter-spacing:.03em;text-transform:uppercase;cursor:pointer;text-decoration:none;white-space:nowrap}" +
        "[part~=contained]{background:#0075d2;color:#fff;box-shadow:0 1px 3px rgba(0,0,0,.26)}[part~=contained]:hover{background:#005fa8}" +
        "[part~=outlined]{background:#fff;color:#0075d2;border-color:#0075d2}[part~=flat]{background:transparent;color:#0075d2}[part~=flat]:hover{background:rgba(0,117,210,.08)}" +
        "[part~=danger]{background:#fff;color:#d32f2f;border-color:#d32f2f}[part~=fab]{border-radius:28px}" +
        "button:disabled{background:#e0e0e0!important;color:#9e9e9e!important;border-color:#e0e0e0!important;box-shadow:none;cursor:default}</style>";
      var el = document.createElement(href ? "a" : "button");
      el.setAttribute("part", "base " + variant + (this.hasAttribute("danger") ? " danger" : ""));
      if (href) { el.href = href; } else { el.type = "button"; }
      el.innerHTML = "<span part='prefix'><slot name='prefix'></slot></span><slot></slot><span part='suffix'><slot name='suffix'></slot></span>";
      r.appendChild(el);
      this._b = el;
      this._sync();
      var self = this;
      el.addEventListener("click", function () {
        if (self.hasAttribute("disabled")) { return; }
        var form = self._i.form;
        var type = self.getAttribute("type");
        if (form && type === "submit") { form.requestSubmit(); }
        if (form && type === "reset") { form.reset(); }
      });
    }
    attributeChangedCallback() { this._sync(); }
    formDisabledCallback(disabled) { if (this._b) { this._b.disabled = disabled || this.hasAttribute("disabled"); } }
    _sync() { if (this._b && this._b.tagName === "BUTTON") { this._b.disabled = this.hasAttribute("disabled"); } }
    focus() { if (this._b) { this._b.focus(); } }
  }
  define("igc-button", IgcButton);

  /* igc-icon-button: an icon-only button; the host's aria-label names its inner button. */
  class IgcIconButton extends HTMLElement {
    static get observedAttributes() { return ["disabled"]; }
    attributeChangedCallback() { if (this._b) { this._b.disabled = this.hasAttribute("disabled"); } }
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + ":host{display:inline-flex}button{width:36px;height:36px;border-radius:50%;border:0;background:transparent;color:#424242;font-size:18px;cursor:pointer;display:inline-flex;align-items:center;justify-content:center}button:hover{background:rgba(0,0,0,.08)}button:disabled{color:#bdbdbd;cursor:default;background:transparent}:host([variant=contained]) button{background:#0075d2;color:#fff}</style><button part='base' type='button'><span part='icon' aria-hidden='true'><slot></slot></span></button>";
      this._b = r.querySelector("button");
      this._b.setAttribute("aria-label", this.getAttribute("aria-label") || "");
      this._b.title = this.getAttribute("aria-label") || "";
      this._b.disabled = this.hasAttribute("disabled");
    }
  }
  define("igc-icon-button", IgcIconButton);

  /* igc-input: <label part="label"> + <input part="input">, form-associated. */
  class IgcInput extends HTMLElement {
    static get formAssociated() { return true; }
    constructor() { super(); this._i = this.attachInternals(); }
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + ":host{display:block;margin-bottom:16px}[part=container]{position:relative;border:1px solid #9e9e9e;border-radius:4px;padding:18px 12px 6px;background:#fff}[part=container]:focus-within{border-color:#0075d2;box-shadow:inset 0 0 0 1px #0075d2}label{position:absolute;top:4px;left:12px;font-size:12px;color:#616161}input{border:0;outline:0;width:100%;font:15px 'Roboto Mono',Menlo,monospace;background:transparent;padding:2px 0}[part=wrap]{display:flex;align-items:center;gap:4px}[part=helper-text]{font-size:12px;color:#616161;margin-top:4px}</style>" +
        "<div part='container'><label part='label' for='input'></label><div part='wrap'><span part='prefix'><slot name='prefix'></slot></span><input part='input' id='input'><span part='suffix'><slot name='suffix'></slot></span></div></div><div part='helper-text'><slot name='helper-text'></slot></div>";
      var inp = this._inp = r.getElementById("input");
      r.querySelector("label").textContent = this.getAttribute("label") || "";
      ["type", "placeholder", "readonly", "maxlength", "autocomplete", "required", "aria-describedby"].forEach(function (a) { if (this.hasAttribute(a)) { inp.setAttribute(a, this.getAttribute(a)); } }, this);
      inp.value = this.getAttribute("value") || "";
      var self = this;
      inp.addEventListener("input", function () { self._sync(); self.dispatchEvent(new CustomEvent("igcInput", { detail: inp.value, bubbles: true })); });
      inp.addEventListener("keydown", function (e) { if (e.key === "Enter" && self._i.form) { e.preventDefault(); self._i.form.requestSubmit(); } });
      this._sync();
    }
    get value() { return this._inp ? this._inp.value : (this.getAttribute("value") || ""); }
    set value(v) { if (this._inp) { this._inp.value = v; this._sync(); } }
    _sync() { this._i.setFormValue(this._inp.value); }
    focus() { if (this._inp) { this._inp.focus(); } }
  }
  define("igc-input", IgcInput);

  /* igc-checkbox: a native checkbox in the shadow, its label the slotted text. */
  class IgcCheckbox extends HTMLElement {
    static get formAssociated() { return true; }
    constructor() { super(); this._i = this.attachInternals(); }
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + "label{display:flex;gap:10px;align-items:flex-start;cursor:pointer}input{width:18px;height:18px;margin:2px 0 0;accent-color:#0075d2}</style><label part='base'><input type='checkbox' part='control'><span part='label'><slot></slot></span></label>";
      var box = this._box = r.querySelector("input");
      var self = this;
      box.addEventListener("change", function () {
        self._i.setFormValue(box.checked ? (self.getAttribute("value") || "on") : null);
        self.toggleAttribute("checked", box.checked);
        self.dispatchEvent(new CustomEvent("igcChange", { detail: box.checked, bubbles: true }));
      });
    }
    get checked() { return !!(this._box && this._box.checked); }
  }
  define("igc-checkbox", IgcCheckbox);

  /* igc-select: a read-only input role=combobox and a listbox of slotted igc-select-item (role=option). */
  class IgcSelect extends HTMLElement {
    static get formAssociated() { return true; }
    constructor() { super(); this._i = this.attachInternals(); }
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + ":host{display:inline-block;position:relative;min-width:280px}[part=input]{position:relative;border:1px solid #9e9e9e;border-radius:4px;padding:18px 32px 6px 12px;background:#fff;cursor:pointer}label{position:absolute;top:4px;left:12px;font-size:12px;color:#616161}input{border:0;outline:0;width:100%;font:inherit;font-size:15px;background:transparent;cursor:pointer}[part=toggle-icon]{position:absolute;right:10px;top:16px;color:#616161}[part=list]{position:absolute;left:0;right:0;top:100%;z-index:30;background:#fff;box-shadow:0 5px 12px rgba(0,0,0,.25);border-radius:4px;padding:4px 0;max-height:280px;overflow:auto}[part=list][hidden]{display:none}::slotted(igc-select-item){display:block;padding:10px 16px;cursor:pointer}::slotted(igc-select-item:hover),::slotted(igc-select-item[selected]){background:#e3f2fd}</style>" +
        "<div part='input'><label part='label' id='lbl' for='ctl'></label><input id='ctl' role='combobox' readonly aria-haspopup='listbox' aria-expanded='false' aria-controls='list'><span part='toggle-icon' aria-hidden='true'>&#9662;</span></div><div part='list' role='listbox' id='list' aria-labelledby='lbl' hidden><slot></slot></div>";
      r.getElementById("lbl").textContent = this.getAttribute("label") || "";
      var ctl = this._ctl = r.getElementById("ctl");
      var list = this._list = r.getElementById("list");
      var self = this;
      function open(show) { list.hidden = !show; ctl.setAttribute("aria-expanded", show ? "true" : "false"); }
      ctl.addEventListener("click", function () { open(list.hidden); });
      ctl.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " " || e.key === "ArrowDown") { e.preventDefault(); open(true); var it = self.querySelector("igc-select-item"); if (it) { it.focus(); } } if (e.key === "Escape") { open(false); } });
      this.querySelectorAll("igc-select-item").forEach(function (item) {
        item.setAttribute("role", "option");
        item.tabIndex = -1;
        item.addEventListener("click", function () { self._pick(item); open(false); self.dispatchEvent(new CustomEvent("igcChange", { detail: item, bubbles: true })); });
        item.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); item.click(); } });
      });
      var initial = this.querySelector("igc-select-item[selected]") || Array.prototype.filter.call(this.querySelectorAll("igc-select-item"), function (it) { return it.getAttribute("value") === self.getAttribute("value"); })[0];
      if (initial) { this._pick(initial); } else { this._i.setFormValue(""); }
      document.addEventListener("click", function (e) { if (!e.composedPath().includes(self)) { open(false); } });
    }
    _pick(item) {
      this.querySelectorAll("igc-select-item").forEach(function (o) { o.toggleAttribute("selected", o === item); o.setAttribute("aria-selected", o === item ? "true" : "false"); });
      this._ctl.value = item.textContent.trim();
      this._i.setFormValue(item.getAttribute("value"));
    }
    get value() { var s = this.querySelector("igc-select-item[selected]"); return s ? s.getAttribute("value") : ""; }
  }
  define("igc-select", IgcSelect);
  define("igc-select-item", class extends HTMLElement {});

  /* igc-dialog: a native <dialog part="base"> in the shadow, named by its title; show() / hide(). */
  class IgcDialog extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + "dialog{border:0;border-radius:4px;padding:0;min-width:420px;max-width:560px;box-shadow:0 11px 15px -7px rgba(0,0,0,.26),0 24px 38px 3px rgba(0,0,0,.16)}dialog::backdrop{background:rgba(0,0,0,.38)}header{font-size:20px;font-weight:600;padding:20px 24px 8px}section{padding:8px 24px 20px;color:#424242}footer{display:flex;justify-content:flex-end;gap:8px;padding:0 16px 16px}footer:empty{display:none}</style>" +
        "<dialog part='base' aria-labelledby='title'><header part='title' id='title'><slot name='title'></slot></header><section part='content'><slot></slot></section><footer part='footer'><slot name='footer'></slot></footer></dialog>";
      this._d = r.querySelector("dialog");
      var t = document.createElement("span");
      t.textContent = this.getAttribute("title") || "";
      r.querySelector("slot[name=title]").appendChild(t);
      var self = this;
      this._d.addEventListener("close", function () { self.removeAttribute("open"); });
      if (this.hasAttribute("open")) { var d = this._d; requestAnimationFrame(function () { d.showModal(); }); }
    }
    show() { this._d.showModal(); this.setAttribute("open", ""); }
    hide() { this._d.close(); }
  }
  define("igc-dialog", IgcDialog);

  /* igc-banner: role=status, a message and its actions. */
  class IgcBanner extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + ":host{display:block}:host(:not([open])){display:none}[part=base]{background:#fff;border-bottom:1px solid #e0e0e0;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:16px 24px;margin-bottom:16px}[part=message]{display:flex;gap:16px}[part=actions]{display:flex;justify-content:flex-end;gap:8px;margin-top:8px}</style>" +
        "<div part='base' role='status' aria-live='polite'><div part='message'><div part='illustration'><slot name='prefix'></slot></div><div part='content'><slot></slot></div></div><div part='actions'><slot name='actions'></slot></div></div>";
    }
    hide() { this.removeAttribute("open"); }
  }
  define("igc-banner", IgcBanner);

  /* igc-toast: a message shown at the bottom (keep-open keeps it). */
  class IgcToast extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      this.setAttribute("role", "status");
      this.setAttribute("aria-live", "polite");
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + ":host{position:fixed;bottom:48px;left:50%;transform:translateX(-50%);z-index:90}:host(:not([open])){display:none}[part=base]{background:rgba(0,0,0,.8);color:#fff;border-radius:26px;padding:12px 24px}</style><div part='base'><slot></slot></div>";
      var self = this;
      if (!this.hasAttribute("keep-open")) { setTimeout(function () { self.removeAttribute("open"); }, Number(this.getAttribute("display-time") || 4000)); }
    }
  }
  define("igc-toast", IgcToast);

  /* igc-chip */
  define("igc-chip", class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + "span{display:inline-flex;align-items:center;height:24px;padding:0 10px;border-radius:12px;font-size:12px;background:#eee;color:#424242}:host([variant=success]) span{background:#e8f5e9;color:#2e7d32}:host([variant=danger]) span{background:#ffebee;color:#c62828}</style><span part='base'><slot></slot></span>";
    }
  });

  /* igc-navbar */
  define("igc-navbar", class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + ":host{display:block;position:sticky;top:0;z-index:20}[part=base]{display:flex;align-items:center;gap:12px;height:56px;padding:0 16px;background:#0075d2;color:#fff;box-shadow:0 2px 4px rgba(0,0,0,.2)}[part=middle]{flex:1;font-size:18px;font-weight:600}[part=start],[part=end]{display:flex;align-items:center;gap:4px}</style><div part='base'><span part='start'><slot name='start'></slot></span><span part='middle'><slot></slot></span><span part='end'><slot name='end'></slot></span></div>";
    }
  });

  /* igc-nav-drawer and its items (items have no role of their own, as in the library). */
  define("igc-nav-drawer", class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + ":host{display:block;width:260px;flex:none;background:#fff;border-right:1px solid #e0e0e0;min-height:calc(100vh - 56px)}:host(:not([open])){display:none}[part=main]{padding:8px}</style><div part='base'><div part='main'><slot></slot></div><div part='mini'><slot name='mini'></slot></div></div>";
    }
  });
  define("igc-nav-drawer-header-item", class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + ":host{display:block;padding:16px 16px 4px;font-size:12px;font-weight:600;color:#757575;text-transform:uppercase;letter-spacing:.06em}</style><slot></slot>";
    }
  });
  define("igc-nav-drawer-item", class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + ":host{display:block}[part=base]{display:flex;align-items:center;gap:16px;height:40px;padding:0 16px;border-radius:20px;cursor:pointer;color:#424242}[part=base]:hover{background:rgba(0,0,0,.05)}:host([active]) [part=base]{background:#e3f2fd;color:#0075d2;font-weight:600}[part=icon]{width:24px;text-align:center}</style><div part='base'><span part='icon'><slot name='icon'></slot></span><span part='content'><slot name='content'></slot></span></div>";
      var href = this.getAttribute("data-href");
      if (href) { this.addEventListener("click", function () { location.href = href; }); }
    }
  });

  /* igc-dropdown: a target and a list of items (the library gives them listbox / option roles). */
  define("igc-dropdown", class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + ":host{position:relative;display:inline-block}[part=base]{position:absolute;right:0;top:calc(100% + 4px);z-index:40;min-width:220px;background:#fff;color:#212121;border-radius:4px;box-shadow:0 5px 12px rgba(0,0,0,.25);padding:4px 0}[part=base][hidden]{display:none}::slotted(igc-dropdown-item){display:block;padding:10px 16px;cursor:pointer}::slotted(igc-dropdown-item:hover){background:#f5f5f5}::slotted(igc-dropdown-header){display:block;padding:8px 16px;font-size:12px;color:#757575}</style><slot name='target'></slot><div part='base' role='listbox' hidden><div part='list'><slot></slot></div></div>";
      var list = r.querySelector("[part=base]");
      var self = this;
      var target = this.querySelector("[slot=target]");
      if (target) { target.addEventListener("click", function () { list.hidden = !list.hidden; }); }
      this.querySelectorAll("igc-dropdown-item").forEach(function (it) {
        it.setAttribute("role", "option");
        it.addEventListener("click", function () { list.hidden = true; self.dispatchEvent(new CustomEvent("igcChange", { detail: it, bubbles: true })); if (it.getAttribute("data-href")) { location.href = it.getAttribute("data-href"); } });
      });
      document.addEventListener("click", function (e) { if (!e.composedPath().includes(self)) { list.hidden = true; } });
    }
  });
  define("igc-dropdown-item", class extends HTMLElement {});
  define("igc-dropdown-header", class extends HTMLElement {});
  define("igc-avatar", class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + "[part=base]{width:32px;height:32px;border-radius:50%;background:#ffb300;color:#212121;display:inline-flex;align-items:center;justify-content:center;font-weight:600;font-size:13px}</style><div part='base' role='img' aria-label='" + (this.getAttribute("initials") || "") + "'>" + (this.getAttribute("initials") || "") + "</div>";
    }
  });
  define("igc-card", class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var r = this.attachShadow({ mode: "open" });
      r.innerHTML = "<style>" + BASE + ":host{display:block;background:#fff;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.2),0 1px 1px rgba(0,0,0,.14);margin-bottom:16px}</style><slot></slot>";
    }
  });

  /* Copy: a button with data-copy-from names an igc-input whose value it copies. */
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("[data-copy-from]");
    if (!b) { return; }
    var src = document.getElementById(b.getAttribute("data-copy-from"));
    if (src && navigator.clipboard) { navigator.clipboard.writeText(src.value).catch(function () {}); }
  });
})();
