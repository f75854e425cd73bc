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
    service such as C(Loop APIkey) - sign in, open the profile, the service catalogue, filter on
    C(Services en lignes), click the service's key button, type a name and click C(Générer) - in a
    real headless Chromium driven by Playwright, because the portal has no API for it.
  - Idempotent. It reads the key list first; only Active keys of exactly that name count, revoked
    keys never do. With O(state=present) it generates a key only when no Active key has the name;
    with O(state=absent) it revokes every Active key of that name.
  - The portal shows a new key's secret once. The module reads it right after C(Générer), whether
    the page shows it as text, in fields, or only through its C(Copier) buttons, and returns it in
    RV(credentials) so that later tasks can template it. Register the result.
extends_documentation_fragment:
  - cegid.cegidlife.portal
  - cegid.cegidlife.attributes
options:
  name:
    description:
      - Name of the API key, as shown in the portal's column C(Nom de la clé d'API).
      - Matched exactly. Leading or trailing white space, control characters and names longer
        than 100 characters are refused before the browser starts.
    type: str
    required: true
  state:
    description:
      - V(present) generates the key if no Active key has that name.
      - V(absent) revokes every Active key with that name.
    type: str
    choices: [present, absent]
    default: present
attributes:
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
  - cegid.cegidlife contributors
"""

EXAMPLES = r"""
- name: Ensure the Loop API key of the invoicing app exists (once, from the controller)
  cegid.cegidlife.cegidlife_api_key:
    name: invoicing-prod
    portal_url: https://www.cegidlife.com
    username: "{{ cegidlife_admin_user }}"
    password: "{{ cegidlife_admin_password }}"
    tiers: "95943"
  delegate_to: localhost
  run_once: true
  register: loop_key

- name: Template the credentials into the app's config (only when a key was just generated)
  ansible.builtin.template:
    src: loop-api.env.j2
    dest: /etc/invoicing/loop-api.env
    mode: "0600"
  vars:
    loop_api_x_apikey: "{{ loop_key.credentials.x_apikey }}"
  when: loop_key.credentials is defined
  no_log: true

- name: Revoke the key of a retired application (credentials from the environment)
  cegid.cegidlife.cegidlife_api_key:
    name: legacy-export
    state: absent
  environment:
    CEGIDLIFE_USERNAME: "{{ cegidlife_admin_user }}"
    CEGIDLIFE_PASSWORD: "{{ cegidlife_admin_password }}"
  delegate_to: localhost
  run_once: true
"""

RETURN = r"""
action:
  description:
    - What the module did (or, in check mode, would do).
    - V(created) a key was generated; V(unchanged) an Active key of that name exists;
      V(revoked) Active keys of that name were revoked; V(absent) there was none to revoke.
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
credentials:
  description:
    - The one-time credentials of the key just generated. The portal never shows them again.
  returned: when O(state=present) generated a key (not in check mode)
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
revoked_keys:
  description: Every key revoked by this run.
  returned: when O(state=absent) revoked keys
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

from ansible_collections.cegid.cegidlife.plugins.module_utils._api_key import argument_spec, run_module


def main() -> None:
    module = AnsibleModule(argument_spec=argument_spec(), supports_check_mode=True)
    run_module(module)


if __name__ == "__main__":
    main()
