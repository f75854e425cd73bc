#!/usr/bin/python
# Copyright (c) 2026, cegid.cegidlife contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: cegidlife_portal_check
short_description: Check that the CegidLife portal still shows everything the API key module needs
version_added: 1.0.0
description:
  - The portal is a web page its vendor changes when it likes. This module says before the next
    rotation breaks that the portal changed, and what changed.
  - It signs in (or reuses the saved session), walks the B(whole) way to the key page of O(service)
    and O(tiers) page by page - never straight to a remembered address - and reads the key list on
    every page. Then it verifies that the controls a run of M(cegid.cegidlife.cegidlife_api_key)
    needs are on the key page - the new key name field (or the button that opens its form),
    C(Générer), a revoke control on an Active key's row (when there is one), the status filters,
    the name filter, the next page control (when the list has more pages) - B(without clicking any of
    them).
  - B(It never generates, revokes or changes anything), whatever the portal shows; check mode changes
    nothing either.
  - With O(snapshot_dir), it also leaves a sanitized ARIA snapshot of every page it passed (roles,
    and of accessible names and text only the module's own words; every other text and every field's
    value replaced by a placeholder of the same shape), for you to attach to an issue when the portal
    changed.
  - Runs on the controller (an action plugin), so it works in any play without C(delegate_to).
extends_documentation_fragment:
  - cegid.cegidlife.portal
  - cegid.cegidlife.attributes
  - cegid.cegidlife.attributes.INFO_MODULE
options:
  fail_on_drift:
    description:
      - Fail the task when anything a run needs is missing, so that a scheduled job turns red.
      - With V(false) the task succeeds and RV(ok) and RV(drift) say what is missing.
    type: bool
    default: true
  snapshot_dir:
    description:
      - Folder (created C(0700)) where a sanitized ARIA snapshot of each page passed is written, one
        C(.aria) file per page (C(0600)), with a C(README.txt) that says what was kept and replaced.
      - Sanitized by allow-list, so that it holds nothing personal on a page the module could not read
        either. Kept are the roles (the page's structure) and, in names and texts, the words the module
        looks for (its labels, with O(labels) overrides) and the service asked for. Every other text is
        replaced by a placeholder of the same shape (C(Aaaaaa), C(99999)), dates read
        C(dd/mm/yyyy HH:MM), and every field's value is shaped whatever it holds (a typed password, a
        secret shown in a field). A link keeps its path only, each segment that is not the module's
        words shaped. Nothing else of a page is kept - no HTML, no screenshot, no cookie.
      - Read the files before you send them; the contribution guide says how they become a test.
    type: path
author:
  - cegid.cegidlife contributors (@cegid-cegidlife)
"""

EXAMPLES = r"""
# The job template that AWX (or Automation Platform) runs every morning: a project with this task in
# a play on localhost, the CegidLife credential (a custom credential type that injects
# CEGIDLIFE_USERNAME and CEGIDLIFE_PASSWORD), a schedule "daily at 06:00", and a notification
# template (e-mail, Slack...) on "Failure": fail_on_drift (default true) turns the job red, and the
# notification says so before a rotation breaks.
- name: Is everything the key rotation needs still on the portal?
  cegid.cegidlife.cegidlife_portal_check:
    tiers: "95943"
    snapshot_dir: /var/lib/awx/cegidlife-snapshots    # attach these to an issue when the portal changed
  register: portal

# Or look without failing, and decide yourself: open a ticket when the portal changed.
- name: Check the portal without failing
  cegid.cegidlife.cegidlife_portal_check:
    fail_on_drift: false
  register: portal_state

- name: Open a ticket when the portal changed
  ansible.builtin.uri:
    url: https://tickets.example.com/api/issues
    method: POST
    body_format: json
    body:
      title: CegidLife portal changed
      text: "{{ portal_state.drift | join('\n') }}"
  when: not portal_state.ok
"""

RETURN = r"""
ok:
  description: Whether everything a run needs was found.
  returned: always
  type: bool
  sample: false
steps:
  description:
    - What was checked, in order - the sign-in, the way to the key page, the key list, then each
      control on the key page.
  returned: always
  type: list
  elements: dict
  contains:
    step:
      description: What was checked.
      type: str
      sample: "'Générer' button"
    found:
      description: Whether it was found.
      type: bool
    matched:
      description: What matched (the label's name and the control's accessible name), when found.
      type: str
      sample: button 'Générer' (label generate_button)
    applies:
      description: V(false) when there was nothing to look for (no Active key to revoke, one page).
      type: bool
    seconds:
      description: How long the step took.
      type: float
    route:
      description: The way to the key page, on that step.
      type: list
      elements: str
drift:
  description: What is missing, as sentences, with the closest controls the page shows.
  returned: always
  type: list
  elements: str
  sample:
    - the key page shows no 'Générer' button; the closest controls are 'Créer', 'Filtrer'
checked_at:
  description: When the check ran (UTC, ISO 8601).
  returned: always
  type: str
  sample: "2026-11-30T06:00:04+00:00"
route:
  description: The way to the key page, as a person would say it.
  returned: when the key page was reached
  type: list
  elements: str
  sample: ["button 'Vincent Deltumeau'", "menuitem 'Clé API'"]
snapshots:
  description: The snapshot files written, with O(snapshot_dir).
  returned: with O(snapshot_dir)
  type: list
  elements: path
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import TaskFailed
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.portal_check import argument_spec, run_check


def main() -> None:
    module = AnsibleModule(argument_spec=argument_spec(), supports_check_mode=True)
    try:
        result = run_check(module.params, module.warn)
    except TaskFailed as failure:
        module.fail_json(msg=failure.msg, **failure.extra)
    module.exit_json(**result)


if __name__ == "__main__":
    main()
