// Installed in every page before its scripts run: what the "Copier" buttons write goes to
// window.__cegidlifeCopied instead of the system clipboard, so a copy-only portal can be read and
// a secret never lands in the clipboard of the machine running the browser.
(() => {
  const copied = [];
  Object.defineProperty(window, '__cegidlifeCopied', {value: copied});
  const keep = (text) => { if (text !== undefined && text !== null && String(text) !== '') copied.push(String(text)); };
  if (window.Clipboard && Clipboard.prototype) {
    Clipboard.prototype.writeText = function (text) { keep(text); return Promise.resolve(); };
    Clipboard.prototype.write = async function (items) {
      for (const item of items || []) {
        if (item.types && item.types.includes('text/plain')) keep(await (await item.getType('text/plain')).text());
      }
    };
  }
  const setData = DataTransfer.prototype.setData;
  DataTransfer.prototype.setData = function (type, value) {
    if (/^text(\/plain)?$/i.test(type)) keep(value);
    return setData.call(this, type, value);
  };
  const exec = Document.prototype.execCommand;
  Document.prototype.execCommand = function (command, ...rest) {
    if (String(command).toLowerCase() === 'copy') {
      const el = document.activeElement;
      if (el && typeof el.value === 'string' && el.selectionEnd > el.selectionStart) {
        keep(el.value.slice(el.selectionStart, el.selectionEnd));
      } else {
        keep(String(document.getSelection() || ''));
      }
      return true;
    }
    return exec.call(this, command, ...rest);
  };
})();
