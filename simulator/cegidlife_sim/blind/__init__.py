"""Hand-written renderings: ``--rendering blind:BATCH/NAME`` (or ``blind:NAME`` when unique).

Each one is a small package ``blind/<batch>/<name>/`` with Jinja templates beside it, written
by someone who never saw the page model, to measure "first contact". It serves its own pages
(nothing of the generated portal: no catalogue, no key page of the other renderings) over the
same backend: store, sessions, sign-in server, one-time panel, Loop API stand-in, admin API.

A rendering package declares:

- ``META``: ``{"design": ..., "lang": "fr"|"en", "classes": [...], "summary": ...}``;
- ``AXES``: the simulator axes its sign-in server follows (``login``, ``signin_origin``); every
  other axis keeps its classic value and means nothing to its pages;
- ``SIGNIN``: the sign-in look (a template of ``blind/_signin/``), ``SIGNIN_DONE`` optionally;
- ``register(kit)``: its routes, through ``_kit.Kit``.
"""

from __future__ import annotations

import importlib
import typing as t
from pathlib import Path

if t.TYPE_CHECKING:
    import types

    from flask import Flask

    from ..app import Portal
    from ..config import SimConfig

BLIND_DIR = Path(__file__).resolve().parent
PREFIX = "blind:"
# The batch kept out of all tuning: only bench/first_contact.py runs the module on it. The newest
# batch, once measured, becomes it; the one before joins the tuning sets (bench/first_contact.md).
BLIND_SET = "b12"


def names(batch: str | None = None) -> list[str]:
    """Every blind rendering, as BATCH/NAME, sorted (of one batch when given)."""
    found = [
        f"{p.parent.parent.name}/{p.parent.name}"
        for p in BLIND_DIR.glob("*/*/__init__.py")
        if not p.parent.parent.name.startswith("_") and not p.parent.name.startswith("_")
    ]
    return sorted(n for n in found if batch is None or n.split("/")[0] == batch)


def is_blind(rendering: str) -> bool:
    return isinstance(rendering, str) and rendering.startswith(PREFIX)


def canonical(rendering: str) -> str:
    """BATCH/NAME of ``blind:BATCH/NAME`` or ``blind:NAME``; ValueError when unknown."""
    wanted = rendering[len(PREFIX) :].strip() if is_blind(rendering) else rendering
    every = names()
    if wanted in every:
        return wanted
    matches = [n for n in every if n.split("/")[1] == wanted]
    if len(matches) == 1:
        return matches[0]
    raise ValueError(f"rendering: {rendering!r} is not a blind rendering ({', '.join(every) or 'none'})")


def module(rendering: str) -> types.ModuleType:
    batch, name = canonical(rendering).split("/")
    return importlib.import_module(f"{__name__}.{batch}.{name}")


def axes(rendering: str) -> dict[str, t.Any]:
    return dict(getattr(module(rendering), "AXES", {}))


def adapt_sso(app: Flask, cfg: SimConfig) -> None:
    """Give the sign-in app the rendering's look: its ``signin.html`` (and ``signin_done.html``, the
    hand-back page) become the rendering's templates; routes, fields and checks stay the server's."""
    if not is_blind(cfg.rendering):
        return
    mod = module(cfg.rendering)
    aliases = {
        own: f"_signin/{getattr(mod, attr)}.html"
        for own, attr in (("signin.html", "SIGNIN"), ("signin_done.html", "SIGNIN_DONE"))
        if getattr(mod, attr, None)
    }
    from ._kit import add_loader_once

    add_loader_once(app, aliases)


def register(app: Flask, portal: Portal) -> None:
    """Serve the pages of the running blind rendering on the portal app."""
    from ._kit import Kit

    rendering = portal.live.get().rendering
    mod = module(rendering)
    mod.register(Kit(app, portal, canonical(rendering), mod))


def describe(cfg: SimConfig) -> dict[str, t.Any]:
    """What /__sim__/rendering says of a blind rendering (no literal route: people find it)."""
    mod = module(cfg.rendering)
    meta = dict(getattr(mod, "META", {}))
    return {"name": canonical(cfg.rendering), **meta, "signin": getattr(mod, "SIGNIN", None)}
