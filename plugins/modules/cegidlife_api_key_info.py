#!/usr/bin/python
# Copyright (c) 2026, cegid.cegidlife contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: cegidlife_api_key_info
short_description: List the API keys of a CegidLife service
version_added: 1.0.0
description:
  - Signs in to the CegidLife portal, opens the key page of a service and tiers, and lists its
    keys with their metadata. Never a secret.
  - For audits, for example which keys are older than 90 days.
  - Runs on the controller (an action plugin), so it works in any play without C(delegate_to).
extends_documentation_fragment:
  - cegid.cegidlife.portal
  - cegid.cegidlife.attributes
  - cegid.cegidlife.attributes.INFO_MODULE
options:
  name:
    description:
      - Only the keys of exactly this name. If not set, every key of the service.
    type: str
  status:
    description:
      - Which keys, by the portal's C(Statut de la clé d'API).
    type: str
    choices: [active, revoked, all]
    default: active
  older_than:
    description:
      - Only keys created longer ago than this, for example V(90d), V(12h), V(2w), or seconds.
    type: str
  max_age:
    description:
      - The rotation policy (as O(cegid.cegidlife.cegidlife_api_key#module:max_age)), for example V(90d) -
        each Active key gets RV(api_keys[].rotation_due) and RV(api_keys[].rotation_due_in_days).
    type: str
    aliases: [rotate_within]
author:
  - cegid.cegidlife contributors (@cegid-cegidlife)
"""

EXAMPLES = r"""
- name: Which Loop API keys are older than 90 days?
  cegid.cegidlife.cegidlife_api_key_info:
    older_than: 90d
    tiers: "95943"
  register: old_keys

- name: Report them
  ansible.builtin.debug:
    msg: "{{ old_keys.api_keys | map(attribute='name') | list }}"

- name: When is each key due for rotation under a 90-day policy?
  cegid.cegidlife.cegidlife_api_key_info:
    max_age: 90d
  register: policy

- name: Report the keys due within two weeks
  ansible.builtin.debug:
    msg: "{{ policy.api_keys | selectattr('rotation_due_in_days', 'le', 14) | map(attribute='name') | list }}"

- name: Every key of the file exchange service, revoked ones too
  cegid.cegidlife.cegidlife_api_key_info:
    service: Cegid File Exchange
    status: all
  register: all_keys
"""

RETURN = r"""
api_keys:
  description: The keys, newest first.
  returned: success
  type: list
  elements: dict
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
      description: Creation date, ISO 8601, in the portal's local time.
      type: str
      sample: "2026-08-01T09:30:00"
    created_by:
      description: The portal's C(Créateur) column.
      type: str
      sample: Deltumeau Vincent
    age_days:
      description: Whole days since the key was created.
      type: int
      sample: 117
    rotation_due:
      description:
        - When the key is due for rotation - its creation date plus O(max_age), ISO 8601, in the portal's
          local time.
      returned: for Active keys, when O(max_age) is given
      type: str
      sample: "2026-10-30T09:30:00"
    rotation_due_in_days:
      description: Whole days from now until RV(api_keys[].rotation_due) (negative once it is past).
      returned: for Active keys, when O(max_age) is given
      type: int
      sample: -27
    service:
      description: The service.
      type: str
      sample: Loop APIkey
    tiers:
      description: The C(Tiers rattaché).
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
      first time, remembered in O(session_file), replayed by later runs.
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

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import TaskFailed
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.api_key_info import argument_spec, run_info


def main() -> None:
    module = AnsibleModule(argument_spec=argument_spec(), supports_check_mode=True)
    try:
        result = run_info(module.params, module.warn)
    except TaskFailed as failure:
        module.fail_json(msg=failure.msg, **failure.extra)
    module.exit_json(**result)


if __name__ == "__main__":
    main()
