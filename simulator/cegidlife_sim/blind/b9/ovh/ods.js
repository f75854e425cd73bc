/* A few ODS-like web components (open shadow roots). */
(function () {
  "use strict";
  var BASE = ":host{display:inline-block}button{font:600 15px 'Source Sans Pro',Arial,sans-serif;height:40px;border-radius:8px;padding:0 16px;cursor:pointer;border:1px solid #0050d7;background:#0050d7;color:#fff}" +
    "button.outline{background:#fff;color:#0050d7}button.ghost{background:transparent;border-color:transparent;color:#0050d7}button[disabled]{opacity:.5;cursor:default}";
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; }); }

  class OdsButton extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var root = this.attachShadow({ mode: "open" });
      var label = this.getAttribute("label") || "";
      var icon = this.getAttribute("icon");
      var hidden = this.hasAttribute("label-hidden");
      root.innerHTML = "<style>" + BASE + "</style><button part=\"button\" type=\"button\" class=\"" + esc(this.getAttribute("variant") || "") + "\"" +
        (hidden ? " aria-label=\"" + esc(label) + "\" title=\"" + esc(label) + "\"" : "") + (this.hasAttribute("disabled") ? " disabled" : "") + ">" +
        (icon ? "<span aria-hidden=\"true\">" + esc(icon) + "</span> " : "") + (hidden ? "" : esc(label)) + "</button>";
      var self = this;
      this.addEventListener("click", function () {
        if (self.getAttribute("type") === "submit") { var f = self.closest("form"); if (f) { f.requestSubmit(); } }
      });
    }
  }
  customElements.define("ods-button", OdsButton);

  class OdsSelect extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var root = this.attachShadow({ mode: "open" });
      var opts = Array.prototype.map.call(this.querySelectorAll("option"), function (o) {
        return "<option value=\"" + esc(o.value) + "\"" + (o.selected ? " selected" : "") + ">" + esc(o.textContent) + "</option>";
      }).join("");
      root.innerHTML = "<style>:host{display:block}label{display:block;font-weight:600;color:#000e9c;margin-bottom:4px}select{min-width:320px;height:40px;border:1px solid #bef1ff;border-radius:8px;padding:0 12px;font:inherit;color:#00185e;background:#fff}</style>" +
        "<label for=\"s\">" + esc(this.getAttribute("label")) + "</label><select id=\"s\" name=\"" + esc(this.getAttribute("name")) + "\">" + opts + "</select>";
      var href = this.getAttribute("data-href");
      root.querySelector("select").addEventListener("change", function (e) { window.location.assign(href + encodeURIComponent(e.target.value)); });
    }
  }
  customElements.define("ods-select", OdsSelect);

  class OdsClipboard extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var root = this.attachShadow({ mode: "open" });
      root.innerHTML = "<style>:host{display:block;margin-bottom:12px}label{display:block;font-weight:600;color:#000e9c;margin-bottom:4px}div{display:flex;gap:4px}" +
        "input{flex:1;height:40px;border:1px solid #bef1ff;border-radius:8px;padding:0 12px;font:14px Menlo,Consolas,monospace;color:#00185e;background:#f5feff}" +
        "button{height:40px;width:40px;border-radius:8px;border:1px solid #0050d7;background:#fff;color:#0050d7;cursor:pointer}span.t{font-size:13px;color:#00b4a0;margin-left:6px}</style>" +
        "<label for=\"c\">" + esc(this.getAttribute("label")) + "</label><div><input id=\"c\" readonly value=\"" + esc(this.getAttribute("value")) + "\">" +
        "<button type=\"button\" title=\"Copier\" aria-label=\"Copier\">&#10697;</button><span class=\"t\" role=\"status\"></span></div>";
      var input = root.querySelector("input"), note = root.querySelector(".t");
      root.querySelector("button").addEventListener("click", function () {
        var done = function () { note.textContent = "Copi\u00e9"; };
        if (navigator.clipboard && navigator.clipboard.writeText) { navigator.clipboard.writeText(input.value).then(done, done); } else { done(); }
      });
    }
  }
  customElements.define("ods-clipboard", OdsClipboard);

  /* Any markup of a <template> child moved into an open shadow root (the Manager's micro front-ends). */
  class OvhShell extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var tpl = this.querySelector("template");
      var root = this.attachShadow({ mode: "open" });
      root.appendChild(tpl.content.cloneNode(true));
      window.blindKit.init(root);
    }
  }
  customElements.define("ovh-shell", OvhShell);

  /* The key datagrid: fetched as JSON, drawn in its shadow root, 5 rows a page. */
  class PciKeys extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      this.attachShadow({ mode: "open" });
      this.offset = 0;
      this.load();
    }
    load() {
      var self = this, root = this.shadowRoot, size = 5;
      var url = this.getAttribute("src") + "?tiers=" + encodeURIComponent(this.getAttribute("tiers")) + "&service=" + encodeURIComponent(this.getAttribute("service")) +
        "&statut=active&limit=" + size + "&offset=" + this.offset;
      fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (data) {
        var css = "<style>:host{display:block}table{width:100%;border-collapse:collapse}th{text-align:left;padding:10px 12px;background:#f5feff;border-bottom:1px solid #bef1ff;color:#000e9c;font-size:14px}" +
          "td{padding:12px;border-bottom:1px solid #e6f3ff;color:#00185e}code{font:14px Menlo,Consolas,monospace}.badge{display:inline-block;border-radius:12px;padding:0 10px;font-size:13px;font-weight:600;background:#e5fffd;color:#004d47}" +
          ".act{position:relative;text-align:right}.kebab{width:36px;height:36px;border-radius:8px;border:1px solid transparent;background:none;color:#0050d7;font-size:20px;cursor:pointer}.kebab:hover{border-color:#bef1ff}" +
          "[role=menu]{position:absolute;right:0;top:40px;z-index:5;background:#fff;border:1px solid #bef1ff;border-radius:8px;box-shadow:0 4px 12px rgba(0,14,156,.2);list-style:none;margin:0;padding:4px;min-width:180px;text-align:left}" +
          "[role=menu][hidden]{display:none}[role=menuitem]{display:block;width:100%;border:0;background:none;padding:8px 12px;text-align:left;font:inherit;color:#0050d7;cursor:pointer;text-decoration:none;border-radius:6px}" +
          "[role=menuitem]:hover,[role=menuitem]:focus{background:#e5f4ff}.danger{color:#e30000}.pager{display:flex;align-items:center;justify-content:flex-end;gap:8px;margin-top:12px;color:#4d5592}" +
          ".pager button{width:36px;height:36px;border-radius:8px;border:1px solid #0050d7;background:#fff;color:#0050d7;cursor:pointer;font-size:18px}.pager button[disabled]{opacity:.4;cursor:default}</style>";
        var rows = data.items.map(function (k) {
          return "<tr><td>" + esc(k.name) + "</td><td><code>" + esc(k.masked) + "</code></td><td>" + esc(k.created) + "</td><td><span class=\"badge\">Active</span></td>" +
            "<td class=\"act\"><button class=\"kebab\" type=\"button\" aria-label=\"Actions\" title=\"Actions\" aria-haspopup=\"menu\" aria-expanded=\"false\" aria-controls=\"m" + k.id + "\">&#8942;</button>" +
            "<ul role=\"menu\" id=\"m" + k.id + "\" hidden><li role=\"none\"><a role=\"menuitem\" href=\"/manager/cle-" + k.id + "\">Voir le d\u00e9tail</a></li>" +
            "<li role=\"none\"><button role=\"menuitem\" class=\"danger\" type=\"button\" data-key=\"" + k.id + "\" data-name=\"" + esc(k.name) + "\" data-url=\"" + esc(k.revoke_url) + "\">Supprimer</button></li></ul></td></tr>";
        }).join("");
        var body = data.total ? "<table><thead><tr><th scope=\"col\">Nom</th><th scope=\"col\">Cl\u00e9 d'application</th><th scope=\"col\">Date de cr\u00e9ation</th><th scope=\"col\">Statut</th><th scope=\"col\"><span style=\"position:absolute;left:-9999px\">Actions</span></th></tr></thead><tbody>" + rows + "</tbody></table>" +
          "<div class=\"pager\"><span>" + (data.offset + 1) + " - " + (data.offset + data.items.length) + " sur " + data.total + "</span>" +
          "<button type=\"button\" data-go=\"-1\" aria-label=\"Page pr\u00e9c\u00e9dente\" title=\"Page pr\u00e9c\u00e9dente\"" + (data.offset ? "" : " disabled") + ">&#8249;</button>" +
          "<button type=\"button\" data-go=\"1\" aria-label=\"Page suivante\" title=\"Page suivante\"" + (data.next ? "" : " disabled") + ">&#8250;</button></div>"
          : "<p>Aucune cl\u00e9 d'API n'a \u00e9t\u00e9 cr\u00e9\u00e9e pour ce service dans ce projet.</p>";
        root.innerHTML = css + body;
        window.blindKit.init(root);
        root.querySelectorAll("[data-go]").forEach(function (b) {
          b.addEventListener("click", function () { self.offset = Math.max(0, self.offset + size * Number(b.getAttribute("data-go"))); self.load(); });
        });
        root.querySelectorAll("[data-url]").forEach(function (b) {
          b.addEventListener("click", function () {
            var menu = b.closest("[role=menu]"); menu.hidden = true;
            var d = document.getElementById("delete-key");
            d.querySelector("form").action = b.getAttribute("data-url");
            d.querySelector("[data-key-name]").textContent = b.getAttribute("data-name");
            d.showModal();
          });
        });
      });
    }
  }
  customElements.define("pci-api-keys-datagrid", PciKeys);
})();
