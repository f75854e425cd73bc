"""Pages around the keys: the profile page (with its dangerous controls, and the way to the
catalogue in some renderings), the password page, harmless information pages, a service's
details and the wizard's list of services.

Every use of a dangerous control is counted in /__sim__/stats ``events`` (``profile_saved``,
``account_delete``, ``password_page``, ``password_changed``; ``logout`` is in app.py), so a
test can prove a client never touched one. None of them changes anything.
"""

from __future__ import annotations

import typing as t

from flask import abort, g, redirect, render_template, session

from . import words
from .navigation import INFO_PAGES

if t.TYPE_CHECKING:
    from flask import Flask
    from werkzeug.wrappers import Response

    from .app import Portal


def register(app: Flask, portal: Portal) -> None:
    store, live = portal.store, portal.live

    @app.get("/profil")
    def profile_page() -> str:
        user = g.user
        return render_template(
            "profile.html", tiers=store.tiers_for_account(user.account_id), flash=session.pop("flash", None)
        )

    @app.post("/profil")
    def profile_save() -> Response:
        live.state.event("profile_saved")
        portal.flash("status", "Vos informations ont été enregistrées.")
        return redirect("/profil", code=303)

    @app.post("/profil/supprimer")
    def profile_delete() -> str:
        live.state.event("account_delete")
        return render_template(
            "message.html",
            title="Suppression du compte",
            heading="Suppression du compte",
            text="Votre demande de suppression de compte a été transmise à votre administrateur.",
            link=("/", "Retour à l'accueil"),
        )

    @app.get("/profil/mot-de-passe")
    def password_page() -> str:
        live.state.event("password_page")
        return render_template("password.html", done=False)

    @app.post("/profil/mot-de-passe")
    def password_submit() -> str:
        live.state.event("password_changed")
        return render_template("password.html", done=True)

    @app.get("/<any(" + ", ".join(INFO_PAGES) + "):slug>")
    def info_page(slug: str) -> str:
        title, text = INFO_PAGES[slug]
        return render_template("message.html", title=title, heading=title, text=text, link=None, role=None)

    @app.get("/catalogue/services/<int:service_id>")
    def service_details(service_id: int) -> str:
        service = store.service(service_id)
        if service is None:
            abort(404)
        name = words.display_name(live.get(), service.name)
        return render_template(
            "message.html", title=name, heading=name, text=service.description, link=("/catalogue", "Retour"), role=None
        )

    @app.get("/services")
    def wizard_services() -> str:
        """The wizard's "Catalogue des services": one card per service, named by it."""
        user = portal.admin()
        cfg = live.get()
        tier = portal.tier_for(user, None)
        services = [s for s in store.services() if words.shown_service(cfg, s.name)]
        return render_template("services.html", services=services, tier=tier)
