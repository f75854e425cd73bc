# Note that this doc fragment is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

from __future__ import annotations


class ModuleDocFragment:
    # Attributes every module of the collection shares.
    DOCUMENTATION = r"""
options: {}
attributes:
  check_mode:
    description: Can run in C(check_mode) and return changed status prediction without modifying the portal.
  diff_mode:
    description: Will return details on what has changed (or might change) when in diff mode.
  action:
    description:
      - Indicates this has a corresponding action plugin so some parts of the options can be executed
        on the controller.
"""

    # Info modules change nothing.
    INFO_MODULE = r"""
options: {}
attributes:
  check_mode:
    support: full
    details: This action does not modify state.
  diff_mode:
    support: N/A
    details: This action does not modify state.
  action:
    support: full
    details: Runs on the controller whatever the play's hosts.
"""
