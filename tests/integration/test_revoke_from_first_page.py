"""A row to revoke on a list drawn by script, three rows a page, with icon-only page buttons, in a
real Chromium (b3/primevue): the list read to its end shows its last page, and the row is on the
first. It is looked for from the first page ("Première page"); nothing is revoked but that row."""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page import KeyPage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from tests.support.browser import KEY_TABLE_HEAD, chromium_page

pytestmark = pytest.mark.integration

PAGE = (
    KEY_TABLE_HEAD
    + """</table><nav aria-label="Pagination">
<button id="first" aria-label="Première page">«</button> <button id="next" aria-label="Page suivante">›</button></nav>
<script>
  window.revoked = [];
  const keys = ['app', 'b', 'c', 'd', 'e'].map((n, i) => [n, `0${i + 1}/03/2026 09:30`]);
  const table = document.querySelector('table');
  let page = 0;
  const draw = () => {
    for (const r of [...table.rows].slice(1)) r.remove();
    for (const [n, d] of keys.slice(page * 3, page * 3 + 3)) {
      const tr = table.insertRow();
      tr.innerHTML = `<td>${n}</td><td>${d}</td><td>Deltumeau Vincent</td><td><button>Révoquer</button></td>`;
      tr.querySelector('button').onclick = () => {
        window.revoked.push(n); keys.splice(keys.findIndex((k) => k[0] === n), 1); draw();
      };
    }
    document.getElementById('next').disabled = page * 3 + 3 >= keys.length;
    document.getElementById('first').disabled = page === 0;
  };
  document.getElementById('next').onclick = () => { page += 1; draw(); };
  document.getElementById('first').onclick = () => { page = 0; draw(); };
  draw();
</script></body></html>"""
)


# b3/eui: no way to the first page, only "Previous page" (an icon): walked back to the first page.
PREVIOUS = (
    PAGE.replace('id="first" aria-label="Première page">«', 'id="first" aria-label="Previous page">&lsaquo;')
    .replace("page = 0; draw();", "page -= 1; draw();")
    .replace("keys = ['app', 'b', 'c', 'd', 'e']", "keys = ['app', 'b', 'c', 'd', 'e', 'f', 'g', 'h']")
)


@pytest.mark.parametrize("html", [PAGE, PREVIOUS], ids=["first page", "previous page"])
def test_a_row_of_the_first_page_is_revoked_once_the_list_was_read_to_its_end(html: str) -> None:
    with chromium_page(html) as page:
        key_page = KeyPage(page, Labels(), 5)
        rows = key_page.rows()
        assert [r.name for r in rows][:5] == ["app", "b", "c", "d", "e"]
        [row] = [r for r in rows if r.name == "app"]
        key_page.revoke(row)
        page.wait_for_function("window.revoked.length > 0", timeout=5000)
        assert page.evaluate("window.revoked") == ["app"]
