# Note that this doc fragment is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

from __future__ import annotations


class ModuleDocFragment:
    # Connection to the CegidLife portal and the browser that drives it.
    # The requirements must be literals (ansible-test's doc linter reads this statically);
    # tests/unit/plugins/doc_fragments/test_portal.py holds them equal to the runtime constants.
    DOCUMENTATION = r"""
options:
  portal_url:
    description:
      - Address of the CegidLife portal.
      - If not set, the environment variable E(CEGIDLIFE_PORTAL_URL) is used, then the default.
    type: str
    default: https://www.cegidlife.com
  username:
    description:
      - User name (e-mail) of a CegidLife administrator of the customer account.
      - If not set, the environment variable E(CEGIDLIFE_USERNAME) is used. Required one way or the other.
    type: str
  password:
    description:
      - Password of O(username).
      - If not set, the environment variable E(CEGIDLIFE_PASSWORD) is used. Required one way or the other.
    type: str
  service:
    description:
      - The online service whose keys are managed - its name whatever the case, accents, spacing and
        punctuation, a name the portal's contains (the default finds both V(Loop APIkey) and
        V(Loop APIKey Standard (P04448\))), or its product code (V(P04448)).
      - The portal's name that is the same wins over names that contain it; when several match as well,
        the task fails and lists them.
    type: str
    default: Loop APIkey
  tiers:
    description:
      - Which C(Tiers rattaché) when the account has several, by its code (V(95943)), its label
        (V(FUTUROSCOPE CEDEX)) or both as the portal shows them.
      - If not set, the portal's default tiers is used; the result tells which one.
    type: str
  totp_secret:
    description:
      - Base32 secret of the account's TOTP second factor (what an authenticator app is given), for a
        portal that asks for a verification code after the password. The code is computed with pyotp.
      - If not set, the environment variable E(CEGIDLIFE_TOTP_SECRET) is used. Without it, a portal that
        asks for a code fails the task saying so. A push approval (in an app) cannot be given unattended.
    type: str
  browser_executable:
    description:
      - Path of the Chromium or Chrome binary to drive.
      - If not set, the environment variable E(CEGIDLIFE_BROWSER), then Playwright's own Chromium
        (its headless shell when O(headless=true)), then C(chromium-headless-shell) (only when
        O(headless=true)), C(chromium), C(chromium-browser), C(google-chrome) on the E(PATH) are tried.
      - Chromium's headless shell (Debian/Ubuntu package C(chromium-headless-shell)) is the build made
        for automation; a run costs about half the CPU it costs with the whole browser.
    type: path
  browser_sandbox:
    description:
      - Run Chromium in its sandbox, which confines what a page can do to this machine. Chromium
        cannot use it as C(root), so a run as C(root) has no sandbox whatever this says.
      - Set to V(false) only where the sandbox cannot start (a container without user namespaces);
        the task then fails saying so.
    type: bool
    default: true
  sign_in_origins:
    description:
      - Origins (V(https://login.example.com), scheme, host and port) where the password may be
        typed besides the portal's own and the ones the portal's HTTP redirects lead to from
        O(portal_url). A sign-in page reached any other way (a link, a script) is refused.
      - The password is never typed over plain C(http) when O(portal_url) is C(https).
    type: list
    elements: str
  headless:
    description:
      - Run the browser without a window. Set to V(false) to watch it work (needs a display).
    type: bool
    default: true
  timeout:
    description:
      - Seconds to wait for any one page or element of the portal before failing.
    type: float
    default: 30
  validate_certs:
    description:
      - Refuse the portal's TLS certificate when it is not valid. Set to V(false) only for test portals.
    type: bool
    default: true
  labels:
    description:
      - Overrides of the visible labels the page model looks for - label names, each with a
        case-insensitive regular expression. The defaults read the portal in French and in English;
        override them for a portal shown in another language, or worded otherwise.
      - The portal follows the user's language; the defaults read its key pages in French and in English
        (for example V(generate_button) matches C(Générer), C(Create), C(Generate), C(Save)). An unknown
        key is an error that lists the known ones.
      - Whatever V(generate_button), V(open_generate) and V(revoke_button) match is never clicked while
        the way to the key page is searched, like whatever V(danger) matches - a renamed C(Générer) or
        C(Révoquer) is one override, not also one of V(danger).
      - Numeric dates (C(12/06/2026)) are read day first under a created-date label that matches
        V(day_first_dates) (French, as C(Date de création) or C(Créée le)); elsewhere only when the list's
        own dates prove the order (a C(13/06/2026) beside it), else the date is left unknown, never
        guessed. Dates with a month's name (C(Dec 6, 2026 3:04 PM), C(6 déc. 2026 15:04)) and ISO
        dates are always read.
    type: dict
  failure_artifacts_dir:
    description:
      - Directory (created C(0700)) where a failing run writes a screenshot of the page it failed on,
        mode C(0600), its path in the error message. Secrets are blanked and every field masked first.
      - If not set, the environment variable E(CEGIDLIFE_ARTIFACTS_DIR) is used, then C(~/.ansible/cegidlife/failures).
    type: path
  trace:
    description:
      - Also record a Playwright trace (C(playwright show-trace FILE)) into O(failure_artifacts_dir),
        kept when the run fails (C(0600)); it never shows a sign-in or the credentials.
      - It is paused around every sign-in (also one in the middle of a run, after the portal ended the
        session) and while the one-time credentials are on screen, holds no screenshots, and is scrubbed
        before it is kept - typed values, field values, cookies, authorization headers, form posts, and
        every value the run knows to be secret, wherever it stands in the archive. Unfinished traces live
        in a private temporary folder (C(0700)) that is removed with the browser.
    type: bool
    default: false
  reuse_session:
    description:
      - Keep the signed-in browser state and the key pages' addresses in O(session_file) and reuse
        them, so that a later run goes straight to the key page without signing in. An expired
        session or a moved page falls back to signing in and clicking through.
      - The file is sealed with a key derived (scrypt, random salt) from O(username) and O(password);
        it never holds the password. A file made with other credentials is not used, so a wrong or
        changed password is never hidden by an old session - the run signs in, and a wrong password
        fails at once. A file edited by someone who does not know the password is not used either.
      - Addresses from the file are followed only on the origin of O(portal_url) (or one a real
        sign-in led to), and the password is never typed on a page reached from them. The sign-in
        origins of the first sign-in are recorded; a later sign-in on a new origin fails, naming it.
      - A session file (or its folder) that another user owns or may write is ignored, with a warning.
    type: bool
    default: true
  session_file:
    description:
      - Where the session is kept (mode C(0600), directory C(0700)); it holds the portal session's cookies.
      - If not set, a file per portal and user under C(~/.ansible/cegidlife/sessions/).
    type: path
  http_check:
    description:
      - A run with a saved session first reads the key page with plain HTTP(S) requests and, when nothing
        needs a click, ends there without a browser (the result says C(checked_with=http)).
      - It loads the key page remembered in O(session_file) in the saved session, and the list's next
        pages when they are plain links. When those pages prove to be the key page of O(service) and
        O(tiers) listing exactly the Active keys, and what they list needs neither C(Générer) nor
        C(Révoquer), the task ends there. Anything else (no saved session yet, an expired session, an
        error, another page, a filtered list, an empty list, a change to make) falls back to the
        browser, and the result's C(http_check_declined) says why.
      - The plain reading is trusted for a key page only after a browser run found that the page's
        HTML, read the same way, lists exactly what the browser lists; a portal whose list is built
        or changed by scripts therefore always gets the browser. Needs O(reuse_session).
    type: bool
    default: true
  route:
    description:
      - The way from the first signed-in page to the key page, as the names a person clicks on it,
        in order - for example V(['Espace client', 'Mes abonnements', 'Loop APIkey', 'Gérer les clés']),
        or an earlier run's RV(route). It is followed instead of searched.
      - Give it where the run's own search does not find the page, or to spare a run without
        O(session_file) (a fresh AWX container) the search.
      - An earlier run's RV(route) can be given as it is (V(link 'Gérer les clés' on the row
        'Loop APIkey'), V('Services en ligne' in combobox 'Type'), V(answered 'Non') - questions and
        overlays are answered whenever they show, so those entries are not steps).
      - A name matches a control's accessible name whatever the case, accents and punctuation; a name
        no control carries whole may be a part of one, when only one control carries it. Several
        controls of one name (a C(Gérer les clés) on every row) are told apart by the row of
        O(service) and O(tiers); otherwise the run fails and lists them.
      - The route is followed, never searched instead - a step that cannot be taken fails, naming it
        and the controls the page shows. Controls that change the portal or the session
        (C(Générer), C(Révoquer), C(Se déconnecter)) and links off the portal are never clicked. The
        page reached is checked like a found one (its service and tiers).
      - A key page address remembered in O(session_file) is still used first while the session holds.
    type: list
    elements: str
  identity_provider:
    description:
      - Where the sign-in page first asks how to sign in (V(S'identifier avec ProConnect), V(Google
        Workspace), V(Microsoft Entra ID)), the one your organisation uses, as the page names it; the one
        control whose name holds it is followed.
      - If not set, such a page fails the task listing the choices it offers - the run never picks one.
    type: str
requirements:
  - python >= 3.11
  - playwright >= 1.45.0
  - pyotp >= 2.9 (only with O(totp_secret))
  - a Chromium or Chrome browser (Playwright's own, or the system package)
notes:
  - The module drives the portal's web pages in a real browser because the portal has no API for
    API keys. It runs on the controller (an action plugin); add C(run_once) so that a play over
    many hosts signs in once.
"""
