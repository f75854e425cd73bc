# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""What a person would try next on a page, best first, when looking for the key page (route.py).

First what names the target: the service's own key control (or its row's "Actions" menu), the
service itself, "Services en lignes" and "Filtrer", then "Catalogue de services", "Clé API",
"Clés d'API", "Voir la liste"; then a frame of the portal's own that the page shows; then what was
just revealed (a menu's items, a drawer's links; its administration or settings first); then the
account control at the top right, whatever it shows; then the settings; then what opens a menu;
then the rest.
Never what changes the portal or the session, nor a way off the portal.
"""

from __future__ import annotations

import re
import typing as t
from urllib.parse import urljoin, urlsplit

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import NotFoundError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.combobox import shows
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import (
    choose_service,
    folded,
    names_service,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.tiers import tiers_matches, tiers_mentioned

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels

Step = dict[str, str]
Control = dict[str, t.Any]
STEP = "find the key page"


def describe(step: Step) -> str:
    """A step as a person would say it: "button 'Vincent Deltumeau'", "'Services en lignes' in 'Type'"."""
    if step.get("action") == "select":
        return f"{step['option']!r} in {step['role']} {step['name']!r}"
    where = f" on the row {step['row']!r}" if step.get("row") else ""
    if step.get("tiers"):
        where += f" of the tiers {step['tiers']!r}"
    return f"{step['role']} {step['name']!r}{where}"


def key_of(step: Step) -> tuple[str, ...]:
    return (
        step.get("action", "click"),
        step["role"],
        folded(step["name"]),
        step.get("option", ""),
        step.get("row", ""),
        step.get("tiers", ""),
    )


# A news item, a notice or an article names its date, or says a sentence: a link that holds one only
# mentions the keys ("Loop APIkey : pensez à déclarer vos clés dans LoopHub Publié le 02/12/2026").
_DATED = re.compile(r"\b\d{1,2}[/.]\d{1,2}([/.]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b")
_SENTENCE_WORDS = 10
# At most this many words, a name that mentions "API" is a section's, not a sentence's.
_SHORT_WORDS = 4
# A frame that does not name the target: at 140 or above, entering it costs no search depth (route.py).
_FRAME = 145


def _mentions_only(name: str, titled: bool = False) -> bool:
    """Whether a control's name only mentions what it names: dated, or a sentence, unless those words
    are its title (`titled`: a card's heading, "API Keys", then its description)."""
    return bool(_DATED.search(name)) or (not titled and len(re.findall(r"\w+", name)) > _SENTENCE_WORDS)


def _origin_of(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


class Ranking:
    """Scores the controls of one page for the search; remembers what it saw, for a clear failure."""

    def __init__(
        self,
        labels: Labels,
        *,
        service: str,
        tiers: str | None,
        page_url: t.Callable[[], str],
        on_portal: t.Callable[[str], bool] | None = None,
    ) -> None:
        self.labels = labels
        self.service = service
        self.tiers = tiers
        self._page_url = page_url
        # Whether an address is on the portal's origins (default: the page's own origin).
        self._on_portal = on_portal or (lambda url: _origin_of(url) == _origin_of(self._page_url()))
        self.seen: list[str] = []  # names of controls seen on the way, for the failure message
        self.services_seen: list[str] = []  # the services the catalogues on the way listed

    def rx(self, field: str) -> t.Any:
        return self.labels.rx(field)

    def ranked(
        self,
        shown: list[Control],
        before: set[tuple[str, str]],
        path: list[Step],
        row_menu: bool = False,
        chose: bool = False,
        gate: bool = False,
    ) -> list[Step]:
        """The steps worth trying here, best first (each carries its score). `row_menu`: the last
        click opened the service's row menu, so what it revealed belongs to the service. `gate`:
        the page is one a person passes to reach the portal (see safe)."""
        scored: list[tuple[int, int, Step]] = []
        service_rows = self._service_rows(shown)
        done = {key_of(s) for s in path}
        for control in shown:
            if control["name"]:
                self.seen.append(control["name"])
            if not self.safe(control, gate):
                continue
            for score, step in self._ways(control, service_rows, before, row_menu, chose):
                if key_of(step) not in done:
                    scored.append((score, control["index"], {**step, "score": str(score)}))
        scored.sort(key=lambda item: (-item[0], item[1]))
        out, taken = [], set()
        for *dummy, step in scored:
            if key_of(step) not in taken:
                taken.add(key_of(step))
                out.append(step)
        return out

    def _ways(
        self, control: Control, service_rows: set[str], before: set[tuple[str, str]], row_menu: bool, chose: bool
    ) -> t.Iterator[tuple[int, Step]]:
        rx, name, role = self.rx, control["name"], control["role"]
        step: Step = {"role": role, "name": name}
        fresh = bool(before) and (role, name) not in before
        if row_menu and fresh and (rx("key_button").search(name) or rx("keys_entry").search(name)):
            yield 290, {**step, "via": "service"}  # the key control in the service's row menu
            return
        if role == "combobox":
            yield from self._filters(control)
            return
        if role == "iframe":
            # A frame of the portal's own (a widget on the service's page): a person reads it as part of
            # the page, so entering it costs no depth; after what names the target, unless it does.
            yield (185 if rx("keys_entry").search(name) else _FRAME), step
            return
        if role in ("radio", "tab") and rx("online_services_option").search(name):
            if not control["checked"]:
                yield 150, step
            return
        if role in ("link", "button", "menuitem", "treeitem") and rx("online_services_option").search(name):
            yield 150, step  # a menu's "Services en ligne": where a person looks for a service
            return
        if role in ("button", "link") and rx("filter_button").search(name):
            # Right after a choice in the filter form, before anything else (a GET form: it changes
            # nothing); otherwise after the filters.
            yield (350 if chose else 140), step
            return
        row = control["rowLabel"]
        if row and folded(row) in service_rows:
            # The service's row: its key control (or an "Actions" menu that holds it). Where the
            # service is listed once per tiers, the row that names the tiers asked for comes first.
            on_row: Step = {**step, "row": row}
            bonus = 0
            if self.tiers and tiers_mentioned(control.get("row", ""), self.tiers):
                on_row["tiers"], bonus = self.tiers, 5
            if rx("key_button").search(name) or rx("keys_entry").search(name):
                yield 300 + bonus, {**on_row, "via": "service"}
            elif rx("actions_menu").search(name) or control["haspopup"]:
                yield 250 + bonus, on_row
            elif names_service(name, self.service):
                yield 240 + bonus, {**on_row, "via": "service"}
            elif role == "link":
                # Its row's other link ("Open project", "Ouvrir"): into the service's own pages, whose
                # key page then proves its service (not taken as reached through the service).
                yield 230 + bonus, on_row
            return
        if names_service(name, self.service):
            yield 200, {**step, "via": "service"}
            return
        # What names the keys besides the service's own name: "Nouvelle version de Loop APIkey
        # disponible" names the service ("APIkey"), not its keys.
        besides = re.sub(re.escape(self.service), " ", name, flags=re.IGNORECASE) if self.service else name
        if rx("keys_entry").search(besides) and not _mentions_only(name, bool(rx("keys_entry").match(name))):
            yield 180, step
            return
        if rx("services_entry").search(name) and not _mentions_only(name):
            yield 170, step  # the account's services or subscriptions: where a service is listed
            return
        if rx("api_mention").search(name) and len(re.findall(r"\w+", name)) <= _SHORT_WORDS:
            yield 135, step  # "Portail API": explores (below 140: costs a level), before the settings
            return
        if rx("settings_entry").search(name) and role in ("menuitem", "link", "button", "tab", "treeitem"):
            # The account's administration or settings, where keys are kept: first of what the last
            # click revealed; otherwise after the account control at the top right (the vendor's way).
            yield (125 if fresh else 108), step
            return
        posts = self._posts(control)
        if (role == "link" or posts) and self._names_tiers(control):
            # The account asked for, among the accounts listed ("Customer account 95943"): its keys are
            # behind it. A link only, or the account's own button on a page that only asks which one
            # (safe: a gate): elsewhere a button on that row may change the account (leave it, delete it).
            yield 165, {**step, "tiers": self.tiers or ""}  # named: never empty here
            return
        if posts:
            yield 130, step  # a gate's way on (safe)
            return
        opens = control["haspopup"] or control["expanded"] == "false"
        if fresh and role in ("menuitem", "link", "button", "tab"):
            # Revealed by the last click: a menu's items, a drawer's links; a menu among them first (a
            # person looks into a page's menus before leaving it by a link that names nothing asked).
            yield (122 if opens else 120), step
            return
        if rx("app_launcher").search(name):
            yield 105, step  # opens the apps, among them the account's services (after the account control)
            return
        top_right = control["top"] < 160 and control["right"] > 0.6 * control["viewport"]
        if top_right and (opens or rx("account_control").search(name)):
            yield 110, step
        elif rx("account_control").search(name):
            yield 100, step
        elif opens:
            yield 60, step
        elif top_right or control["inBanner"]:
            yield 40, step
        elif role in ("link", "button"):
            yield 10, step

    def _filters(self, control: Control) -> t.Iterator[tuple[int, Step]]:
        """A drop-down that offers 'Services en lignes', or the tiers asked for."""
        rx, step = self.rx, {"action": "select", "role": "combobox", "name": control["name"]}
        online = [o for o in control["options"] if rx("online_services_option").search(o)]
        if online and control["selected"] != online[0]:
            yield 150, {**step, "option": online[0]}
        offered = [o for o in control["options"] if o]
        # Named as the account's choice, or offering the tiers asked for in one option ("Compte
        # marchand": a choice whose name no label knows, but whose options say what it chooses).
        named = bool(rx("tiers_select").search(control["name"]))
        if self.tiers and (named or sum(tiers_matches(o, self.tiers) for o in offered) == 1):
            if not offered and control["tag"] != "select":
                # An ARIA combobox whose options show only once it is opened: the tiers is proven
                # when it is (RouteFinder._do, with tiers_option), unless it already shows it.
                if not tiers_matches(control["selected"], self.tiers):
                    yield 400, {**step, "option": self.tiers}
                return
            wanted = self.tiers_option(offered)
            if control["selected"] != wanted and not (
                control["tag"] != "select" and shows(control["selected"], wanted)
            ):
                yield 400, {**step, "option": wanted}  # the tiers first: the rows follow it

    def tiers_option(self, offered: list[str]) -> str:
        """The one option that is the tiers asked for; fails naming the options otherwise."""
        wanted = [o for o in offered if tiers_matches(o, self.tiers or "")]
        if len(wanted) != 1:
            problem = "is ambiguous" if wanted else "is not offered"
            raise NotFoundError(
                f"unknown tiers {self.tiers!r}: it {problem}; the account offers: {', '.join(offered)}",
                step=STEP,
                url=self._page_url(),
            )
        return wanted[0]

    def _service_rows(self, shown: list[Control]) -> set[str]:
        """The row labels (folded) that name the service asked for. Rows that offer a control to
        their keys are a catalogue's services: several that match as well fail at once, naming them.
        Only such rows are listed as services: not rows with only an actions menu, nor with a
        control that changes a key (a key list's own rows: "Révoquer la clé")."""
        danger = self.rx("danger")
        catalogue = {
            c["rowLabel"]
            for c in shown
            if c["rowLabel"]
            and folded(c["name"]) != folded(c["rowLabel"])  # a row's own title link is no key control
            and self.rx("key_button").search(c["name"])
            and not danger.search(c["name"])
        }
        if len(catalogue) >= 2:  # several rows, each with a key control: a catalogue of services
            self.services_seen.extend(sorted(catalogue))
        labels = {c["rowLabel"] for c in shown if c["rowLabel"]}
        match = choose_service(labels, self.service)
        if match.chosen is None and len(match.candidates) > 1:
            raise NotFoundError(
                f"service {self.service!r} is ambiguous: {', '.join(match.candidates)} all match; give the one "
                "meant (its full name or its product code, e.g. P04448)",
                step=STEP,
                url=self._page_url(),
            )
        return {folded(match.chosen)} if match.chosen else set()

    @staticmethod
    def _posts(control: Control) -> bool:
        return bool(control["submits"]) and control["formMethod"] == "post"

    def safe(self, control: Control, gate: bool) -> bool:
        """Never what changes the portal or the session, nor a way off the portal, nor what the
        page disabled. A button that posts a form is never clicked either, but on a gate: a page
        between the sign-in and the portal that asks nothing to fill or tick and shows a few
        controls (route.py), where a person picks the account asked for ("FUTUROSCOPE CEDEX SIC
        95943") or takes its one way on ("Continuer vers la console")."""
        name, role = control["name"], control["role"]
        if not name or self.rx("danger").search(name) or role in ("switch", "menuitemcheckbox"):
            return False
        if control.get("disabled"):
            return False  # a person cannot use it: clicking would wait out the timeout
        if self.rx("close_control").search(name):
            return False  # closing what was just opened leads nowhere
        href = control["href"].strip().lower()
        if control["target"] == "_blank" or href.startswith(("mailto:", "tel:", "javascript:void")):
            return False
        if href and not href.startswith(("#", "?")):
            # Resolved as the browser resolves it: '//host/...' is another host, not a path.
            target = urljoin(self._page_url(), control["href"].strip())
            scheme = urlsplit(target).scheme
            if scheme in ("http", "https") and not self._on_portal(target):
                return False
            if scheme not in ("http", "https", "javascript"):
                return False
        if any(word in href for word in ("logout", "logoff", "deconnexion", "signout", "sign-out")):
            return False
        if not self._posts(control):
            return True
        return gate and (bool(self.rx("way_on").search(name)) or self._names_tiers(control))

    def _names_tiers(self, control: Control) -> bool:
        """The control, or its row, names the tiers asked for."""
        wanted = self.tiers
        if not wanted:
            return False
        return any(tiers_mentioned(text, wanted) for text in (control["name"], control["row"]))
