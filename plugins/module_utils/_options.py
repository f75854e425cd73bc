# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The modules' options as typed values, read once from the validated parameters.

Every default is stated in one place, the argument spec (`_arguments.py`, `_tasks.api_key.argument_spec`,
`_tasks.api_key_info.argument_spec`, `_tasks.portal_check.argument_spec`); `from_params` fills an option that is
missing from the spec's default, so code and tests never restate one.
"""

from __future__ import annotations

import dataclasses
import typing as t

OptionsT = t.TypeVar("OptionsT", bound="PortalOptions")


@dataclasses.dataclass(frozen=True)
class PortalOptions:
    """What every module that talks to the portal is given (doc_fragments/portal.py)."""

    portal_url: str
    username: str
    password: str = dataclasses.field(repr=False)
    service: str
    tiers: str | None
    browser_executable: str | None
    browser_sandbox: bool
    sign_in_origins: list[str] | None
    headless: bool
    timeout: float
    validate_certs: bool
    labels: t.Mapping[str, t.Any] | None
    totp_secret: str | None = dataclasses.field(repr=False)
    failure_artifacts_dir: str | None
    trace: bool
    session_file: str | None
    reuse_session: bool
    http_check: bool
    route: list[str] | None
    identity_provider: str | None

    @classmethod
    def from_params(
        cls: type[OptionsT], params: t.Mapping[str, t.Any], spec: t.Mapping[str, t.Mapping[str, t.Any]]
    ) -> OptionsT:
        """The options from validated parameters; one missing takes the spec's default."""
        values = {}
        for field in dataclasses.fields(cls):
            if field.name in params and params[field.name] is not None:
                values[field.name] = params[field.name]
            else:
                values[field.name] = spec.get(field.name, {}).get("default")
        return cls(**values)

    def secret_values(self) -> list[str]:
        """Every value of these options that must never appear in a message or an artifact."""
        return [v for v in (self.password, self.totp_secret) if v]


@dataclasses.dataclass(frozen=True)
class KeyOptions(PortalOptions):
    """cegidlife_api_key's options."""

    name: str | None
    names: list[str] | None
    state: str
    credentials_store: str
    credentials_store_options: t.Mapping[str, t.Any] | None
    credentials_file: str | None
    credentials_vault_id: str | None
    current_credentials: t.Mapping[str, str] | None = dataclasses.field(repr=False)
    recreate: str
    max_age: str | None
    on_duplicates: str
    show_credentials: bool
    revoke_lost_keys: bool
    lock_timeout: float
    rotation: str
    finish_rotation: bool
    rollback_rotation: bool
    warn_within: str | None

    @property
    def all_names(self) -> list[str]:
        return list(self.names) if self.names else [self.name] if self.name else []

    def secret_values(self) -> list[str]:
        given = (self.current_credentials or {}).get("secret")
        return [*super().secret_values(), *([given] if given else [])]


@dataclasses.dataclass(frozen=True)
class InfoOptions(PortalOptions):
    """cegidlife_api_key_info's options."""

    name: str | None
    status: str
    older_than: str | None
    max_age: str | None


@dataclasses.dataclass(frozen=True)
class CheckOptions(PortalOptions):
    """cegidlife_portal_check's options."""

    fail_on_drift: bool
    snapshot_dir: str | None
