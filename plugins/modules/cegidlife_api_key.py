#!/usr/bin/python
# Copyright (c) 2026, cegid.cegidlife contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: cegidlife_api_key
short_description: Generate or revoke a CegidLife API key (Cegid Loop API)
version_added: 1.0.0
description:
  - Does what an administrator does by hand in the CegidLife portal to get an API key for an online
    service such as C(Loop APIkey) - sign in, find the way to the service's key page (the profile,
    the service catalogue, C(Services en lignes), the service's key button; or the profile menu's
    C(Clé API); or the connection wizard), type a name and click C(Générer) - in a real headless
    Chromium driven by Playwright, because the portal has no API for it.
  - It reads the pages as a person does (what is shown and what it is called), never how one
    rendering of them is built; the way it found is returned as RV(route) and replayed next time.
  - Runs on the controller (an action plugin), so it works in any play without C(delegate_to).
  - Idempotent. It reads the key list first; only Active keys of exactly that name count, revoked
    keys never do. With O(state=present) it generates a key only when no Active key has the name;
    with O(state=absent) it revokes every Active key of that name.
  - The portal shows a new key's secret once. The module reads it right after C(Générer), whether
    the page shows it as text, in fields, or only through its C(Copier) buttons, and returns it in
    RV(credentials) so that later tasks can template it. Register the result.
  - With O(credentials_file), the credentials are kept (vault-encrypted when the play has a vault
    secret) and returned on B(every) run, not only the first. See the secret lifecycle guide in
    the collection's docs.
extends_documentation_fragment:
  - cegid.cegidlife.portal
  - cegid.cegidlife.attributes
options:
  name:
    description:
      - Name of the API key, as shown in the portal's column C(Nom de la clé d'API), matched exactly.
        Exactly one of O(name) and O(names) is required.
      - Leading or trailing white space, control characters and names longer than 100 characters are
        refused before the browser starts.
    type: str
  names:
    description:
      - Several keys in one task - one browser, one sign-in, one read of the key list - each decided
        as O(name) would be. Results are in RV(results), credentials in RV(credentials) by name.
    type: list
    elements: str
  state:
    description:
      - V(present) generates the key if no Active key has that name.
      - V(absent) revokes every Active key with that name.
    type: str
    choices: [present, absent]
    default: present
  credentials_store:
    description:
      - Where the credentials of the keys this task generates are kept, so that every later run returns
        them, and where a staged rotation (O(rotation=staged)) records its two keys. V(file) (the default)
        is O(credentials_file); the task keeps nothing without it.
      - Another value names another store known to the collection; its settings are O(credentials_store_options).
    type: str
    default: file
  credentials_store_options:
    description:
      - Settings of the store O(credentials_store) chooses. V(file) takes none (its file is
        O(credentials_file)).
      - They are not C(no_log) - a store reads its secrets (a token) from where it documents, never from here.
    type: dict
  credentials_file:
    description:
      - File on the controller where the credentials of every key this task generates are kept
        (vault-encrypted when the play has a vault secret), so that every later run returns them in
        RV(credentials) with C(changed=false).
      - Written B(before) the task reports success, atomically, mode C(0600), its directory
        created C(0700). One file can hold many keys (by portal, tiers, service and name).
      - A file that its group or every user may read is used with a warning naming it and its mode;
        every write leaves it C(0600).
      - Encrypted with ansible-vault when the play has a vault secret (C(--vault-id),
        C(--ask-vault-pass), a vault password file), see O(credentials_vault_id).
      - A missing, unreadable, undecryptable or stale file means "secret unknown" (see O(recreate)),
        never a crash; an unreadable file is kept aside, never overwritten.
    type: path
  credentials_vault_id:
    description:
      - Vault id to encrypt O(credentials_file) with. The task fails if the play has no such vault secret.
      - If not set and the play has vault secrets, a file that exists keeps the vault id (and secret) that
        opened it, a new or plain one gets the default one; with none, the file is plain JSON (mode C(0600)).
      - Set to another vault id than the file's, it re-encrypts the file with it at the next write, and
        the task warns.
    type: str
  current_credentials:
    description:
      - Credentials of the existing key that you keep elsewhere (HashiCorp Vault, a password manager),
        used when O(credentials_file) has none. They are returned as they are.
    type: dict
    suboptions:
      identifier:
        description: The key's identifier.
        type: str
        required: true
      secret:
        description: The key's secret.
        type: str
        required: true
  recreate:
    description:
      - What to do when an Active key exists but its secret is unknown (or always).
      - V(never) leaves it, returns RV(secret_available=false) and warns how to get one.
      - V(if_secret_missing) replaces it with a new key (make-before-break, see O(max_age)).
      - V(always) replaces the key on every run.
      - V(fail) fails with a message that says why.
    type: str
    choices: [never, if_secret_missing, always, fail]
    default: never
  max_age:
    description:
      - Rotate - replace the Active key - when its creation date (from the portal's list) is older than
        this, for example V(90d), V(12h), V(2w), or a number of seconds.
      - Replacement is make-before-break - the new key is generated and persisted first, and only
        then are the old ones revoked (RV(replaced_keys)). If persisting fails, the new key is
        revoked again and the old one keeps working.
      - With O(rotation=staged) the old key is left Active until the rotation is finished.
      - The key's rotation date is returned in RV(rotation_due); see also O(warn_within).
    type: str
  rotation:
    description:
      - How a due rotation (O(max_age), O(recreate)) replaces the key.
      - V(immediate) generates the new key, persists it and revokes the old one in the same task.
      - V(staged) leaves the old key Active until O(finish_rotation) - a rotation without downtime, so
        that every application can be moved to the new key first. It needs O(credentials_file) (or
        another O(credentials_store)).
      - Phase 1, with V(staged), generates and persists the new key, returns its RV(credentials) and the
        old key in RV(pending_revocation). The credentials store records both keys and which one is
        current, so a play that died in the middle is picked up by the next run. Until the rotation is
        finished, every rerun with V(staged) returns the same credentials and RV(pending_revocation),
        with C(changed=false).
      - Phase 2 is a later task with O(finish_rotation=true) (or with V(immediate), after the rollout),
        which revokes the old key, or with O(rollback_rotation=true).
      - The role C(cegid.cegidlife.app_credentials) does both phases across a fleet.
    type: str
    choices: [immediate, staged]
    default: immediate
  finish_rotation:
    description:
      - Phase 2 of a staged rotation (O(rotation=staged)) - revoke the key it replaced, now that every
        application runs on the new one. It never starts a rotation.
      - The new key stays current in the credentials store. When no rotation is under way, nothing is done.
      - Needs O(credentials_file) (or another O(credentials_store)).
    type: bool
    default: false
  rollback_rotation:
    description:
      - Undo a staged rotation (O(rotation=staged)) - revoke the new key, make the old one current again
        in the credentials store, and return the old key's RV(credentials). It never starts a rotation.
      - Refused, saying why, when the old key's secret is unknown (it was not kept when the rotation
        started) or the old key is no longer Active.
      - When no rotation is under way, nothing is done. Needs O(credentials_file) (or another
        O(credentials_store)).
    type: bool
    default: false
  warn_within:
    description:
      - With O(max_age), a run in which the key is not due yet emits a warning when its rotation date is
        this close, for example V(14d), so that a scheduled job (an AWX schedule) can alert before it happens.
    type: str
  on_duplicates:
    description:
      - What to do when several Active keys share the name (the portal allows it).
      - V(fail) fails and lists them; V(keep_newest) keeps the newest and revokes the others.
    type: str
    choices: [fail, keep_newest]
    default: fail
  show_credentials:
    description:
      - When the result holds credentials, the task's output is censored as with C(no_log)
        (a registered variable still holds them). V(true) shows them, for debugging only.
    type: bool
    default: false
  revoke_lost_keys:
    description:
      - When a key was generated but its one-time credentials could not be read (the panel did not
        render, a layout the page model does not know), revoke that key again so that no key is
        left whose secret nobody has, and fail saying so. V(false) leaves it Active (and fails).
    type: bool
    default: true
  lock_timeout:
    description:
      - Seconds to wait for another run working on the same key (same portal, tiers, service and
        name) on this controller. Runs for one key are serialized so that only one generates it.
    type: float
    default: 600
attributes:
  action:
    support: full
    details: Runs on the controller whatever the play's hosts, for its vault secrets and a per-key lock.
  check_mode:
    support: full
    details: Signs in and reads the key list, but clicks neither C(Générer) nor C(Révoquer).
  diff_mode:
    support: full
    details: Shows the key's metadata before and after; never a secret.
seealso:
  - name: Loop API documentation
    description: How the identifier and secret are sent to the Cegid Loop API (C(x-apikey) header).
    link: https://developers.cegid.com/
author:
  - cegid.cegidlife contributors (@cegid-cegidlife)
"""

EXAMPLES = r"""
- name: Ensure the Loop API key of the invoicing app exists (once, from the controller)
  cegid.cegidlife.cegidlife_api_key:
    name: invoicing-prod
    portal_url: https://www.cegidlife.com
    username: "{{ cegidlife_admin_user }}"
    password: "{{ cegidlife_admin_password }}"
    tiers: "95943"
    credentials_file: ~/.ansible/cegidlife/credentials.json
  run_once: true
  register: loop_key

- name: Template the credentials into the app's config
  ansible.builtin.template:
    src: loop-api.env.j2
    dest: /etc/invoicing/loop-api.env
    mode: "0600"
  vars:
    loop_api_x_apikey: "{{ loop_key.credentials.x_apikey }}"
  no_log: true

- name: Same key on every run, kept vault-encrypted, rotated every 90 days (any play, no delegate_to)
  cegid.cegidlife.cegidlife_api_key:
    name: invoicing-prod
    credentials_file: "{{ inventory_dir }}/credentials/cegidlife.vault"
    max_age: 90d
  register: loop_key

- name: Rotate without downtime, phase 1 - new key generated and kept, the old one still Active
  cegid.cegidlife.cegidlife_api_key:
    name: invoicing-prod
    credentials_file: "{{ inventory_dir }}/credentials/cegidlife.vault"
    max_age: 90d
    warn_within: 14d
    rotation: staged
  run_once: true
  register: loop_key

# ... write loop_key.credentials on every host, restart, verify ...

- name: Rotate without downtime, phase 2 - revoke the old key now that every host runs on the new one
  cegid.cegidlife.cegidlife_api_key:
    name: invoicing-prod
    credentials_file: "{{ inventory_dir }}/credentials/cegidlife.vault"
    finish_rotation: true
  run_once: true
  when: loop_key.pending_revocation is defined

- name: Revoke the key of a retired application (credentials from the environment)
  cegid.cegidlife.cegidlife_api_key:
    name: legacy-export
    state: absent
  environment:
    CEGIDLIFE_USERNAME: "{{ cegidlife_admin_user }}"
    CEGIDLIFE_PASSWORD: "{{ cegidlife_admin_password }}"
  run_once: true
"""

RETURN = r"""
action:
  description:
    - What the module did (or, in check mode, would do).
    - V(created) a key was generated; V(rotated) a new key replaced an old one (O(max_age),
      O(recreate)); V(unchanged) an Active key of that name exists; V(revoked) Active keys of that
      name were revoked; V(absent) there was none to revoke.
    - Staged rotation (O(rotation=staged)) - V(rotation_staged) a new key was generated and the old one
      left Active (RV(pending_revocation)); V(rotation_finished) the old key was revoked
      (RV(replaced_keys)); V(rotation_rolled_back) the new key was revoked (RV(revoked_keys)) and the
      old one is current again.
  returned: success
  type: str
  sample: created
key:
  description: The key concerned (the newest when several Active keys share the name). Never a secret.
  returned: when a key exists or was just generated or revoked
  type: dict
  contains:
    name:
      description: Name of the key.
      type: str
      sample: invoicing-prod
    status:
      description: V(active) or V(revoked).
      type: str
      sample: active
    created_at:
      description: Creation date from the portal's list, ISO 8601, in the portal's local time (no offset).
      type: str
      sample: "2026-11-26T21:14:00"
    created_by:
      description: The portal's C(Créateur) column.
      type: str
      sample: Deltumeau Vincent
    service:
      description: The service, as the key page names it.
      type: str
      sample: Loop APIkey
    tiers:
      description: The C(Tiers rattaché), as the key page shows it.
      type: str
      sample: 95943 FUTUROSCOPE CEDEX
checked_with:
  description:
    - How the key list was read - V(http) one plain request for the key page in the saved session
      (O(http_check)), no browser started; V(browser) in the browser.
  returned: success
  type: str
  sample: http
route:
  description:
    - The way from the first signed-in page to the key page, as a person would say it - the
      controls clicked, by their role and accessible name. Found by a bounded, read-only search the
      first time, remembered in O(session_file), replayed by later runs. Given as it is in O(route),
      it spares a run without the session file the search.
  returned: when the way to the key page is known
  type: list
  elements: str
  sample:
    - button 'Vincent Deltumeau'
    - menuitem 'Catalogue de services'
    - link "Gérer les clés d'API" on the row 'Loop APIkey'
service_shown:
  description:
    - The service the key page's title names, when it is another one than O(service) (the page was
      reached through the service's own control, so it is taken as that service's page; the vendor's
      own screenshot shows Loop's key page titled V(Gestion des Utilisateurs - Administration)).
  returned: when the key page's title names another service
  type: str
  sample: Gestion des Utilisateurs - Administration
http_check_declined:
  description: Why the key list was not read over plain HTTP (O(http_check)), when it was not.
  returned: when RV(checked_with=browser) and O(http_check) is on
  type: str
  sample: the portal answered HTTP 302, sent on to auth.cegidlife.com (the session has probably ended)
credentials:
  description:
    - The credentials of the key - just generated, or kept from an earlier run in
      O(credentials_file), or given in O(current_credentials).
    - With O(names), a dictionary of these by key name.
    - The task's output is censored when they are present (see O(show_credentials)).
  returned: when a key was generated, or its secret is known

  type: dict
  contains:
    identifier:
      description: The key's identifier (C(Identifiant de la clé d'API)).
      type: str
      sample: 8Q2ZK4M7T1B9XC3VN6PL0RDWA
    secret:
      description: The key's secret (C(Secret de la clé d'API)).
      type: str
      sample: REDACTED
    x_apikey:
      description: The value of the Loop API's C(x-apikey) header, C(identifier:secret).
      type: str
      sample: 8Q2ZK4M7T1B9XC3VN6PL0RDWA:REDACTED
secret_available:
  description: Whether the secret of the Active key is known to this run (and so returned).
  returned: when O(state=present)
  type: bool
  sample: true
replaced_keys:
  description:
    - Keys revoked because a new one replaced them (rotation, O(on_duplicates=keep_newest)), or the key
      a staged rotation replaced, revoked when it was finished.
  returned: when keys were replaced
  type: list
  elements: dict
rotation_reason:
  description:
    - Why the key was replaced (or, in check mode, would be - C(would rotate on DATE - reason)).
    - In check mode, when the key is not due yet, the date it would be rotated on (O(max_age)).
  returned: when RV(action=rotated) or RV(action=rotation_staged); in check mode with O(max_age)
  type: str
  sample: would rotate on 2027-02-24 21:14 (max_age 90d)
generation_wait:
  description:
    - The portal shows creation times to the minute, and keys of one name made in one minute would
      look the same in its list (their order there is no identity). So before C(Générer), when an
      Active key of that name may have been made this minute (in whatever time zone the portal
      shows), the run waits until the minute has turned - a minute at most. This says how long,
      and why (the key that asked for it, by name, date and creator).
  returned: when the run waited before generating
  type: dict
  sample:
    seconds: 41.5
    reason: >-
      the Active key 'invoicing-prod' created 06/12/2026 12:14 by Deltumeau Vincent may have been made
      this minute; a key made the same minute would look the same in the list
rotation_due:
  description:
    - When the current key is due for rotation - its creation date plus O(max_age), ISO 8601, in the
      portal's local time (no offset).
  returned: when O(max_age) is given and an Active key exists that this run did not just generate
  type: str
  sample: "2027-02-24T21:14:00"
rotation_due_in_days:
  description: Whole days from now until RV(rotation_due) (negative once it is past).
  returned: with RV(rotation_due)
  type: int
  sample: 13
pending_revocation:
  description:
    - During a staged rotation (O(rotation=staged)), the replaced key, still Active until the rotation
      is finished (O(finish_rotation)) or rolled back (O(rollback_rotation)). Its metadata, and its
      C(credentials) (C(identifier), C(secret), C(x_apikey)) when its secret is known, to roll back to.
    - The task's output is censored when it is present (see O(show_credentials)).
  returned: while a staged rotation is under way
  type: dict
  sample:
    name: invoicing-prod
    status: active
    created_at: "2026-08-01T09:30:00"
    created_by: Deltumeau Vincent
    service: Loop APIkey
    tiers: 95943 FUTUROSCOPE CEDEX
results:
  description: With O(names), one result per name (the keys of a single-key result, and C(name)).
  returned: when O(names) is given
  type: list
  elements: dict
revoked_keys:
  description: Every key revoked by this run.
  returned: when O(state=absent) revoked keys, or O(rollback_rotation) revoked the new key
  type: list
  elements: dict
service:
  description: The service, as the key page names it.
  returned: success
  type: str
  sample: Loop APIkey
tiers:
  description: The C(Tiers rattaché) the key page is for.
  returned: success
  type: str
  sample: 95943 FUTUROSCOPE CEDEX
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.api_key import argument_spec, run_module


def main() -> None:
    module = AnsibleModule(argument_spec=argument_spec(), supports_check_mode=True)
    run_module(module)


if __name__ == "__main__":
    main()
