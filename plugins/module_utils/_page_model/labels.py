# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Every visible word the page model looks for, in one place.

Only the portal's visible labels are stable (the vendor's procedure and public help pages quote
them), so this is the only place that knows them. Each value is a regular expression matched
case-insensitively against accessible names or visible text; users of a portal rendered in another
language can override any of them with the module's ``labels`` option.
"""

from __future__ import annotations

import dataclasses
import re
import typing as t


@dataclasses.dataclass(frozen=True)
class Labels:
    # Sign-in page(s): the portal may redirect to an SSO host, in one or two steps.
    username_field: str = r"adresse e-?mail|e-?mail|courriel|identifiant|nom d.utilisateur|utilisateur|user ?name|login"
    password_field: str = r"mot de passe|password"
    next_button: str = r"^\s*(suivant|continuer|next|continue)\s*$"
    # The one way on from a page between the sign-in and the portal (what's new, a notice), even a
    # button that posts: it commits to nothing ("Continuer vers la console"); see ranking.safe.
    way_on: str = (
        r"^\W*(continuer|poursuivre|acc[ée]der|aller|continue|proceed|go)( vers| [àa]| to)"
        r"( (la|le|l.|mon|ma|my|the))?\s*"
        r"(console|portail|espace|accueil|tableau de bord|application|app|portal|dashboard|home|workspace)\b"
    )
    sign_in_button: str = r"^\s*(se connecter|connexion|s.identifier|sign in|log ?in|valider|ok)\s*$"
    # A public landing page may show a way to the sign-in instead of the form.
    sign_in_link: str = r"^\s*(se connecter|connexion|s.identifier|sign in|log ?in)\s*$"
    # A page that asks how to sign in before any form: a choice of identity providers (option
    # identity_provider names the one to follow; the run never picks one).
    sign_in_provider: str = (
        r"\b(se connecter|s.identifier|connexion|sign in|log ?in|continuer|continue) (avec|with|via|par)\b|"
        r"\b(proconnect|franceconnect|google|microsoft|entra|azure ad|okta|apple|github|gitlab|keycloak|adfs|"
        r"active directory|saml|sso)\b"
    )
    sign_in_error: str = r"incorrect|invalide|erron|échec|verrouill|bloqu|invalid|failed|wrong|locked"
    # A second factor: a one-time code (TOTP), or an approval in an app (push).
    totp_field: str = (
        r"code de v[ée]rification|code de s[ée]curit[ée]|code à usage unique|verification code|one-time code|otp"
    )
    totp_submit: str = r"^\s*(v[ée]rifier|valider|continuer|verify|continue|submit)\s*$"
    push_approval: str = r"approuvez|approbation requise|approve (the|this) sign|approval required"
    # The way to the key page (found, not scripted: see route.py). Controls that name the target
    # come first; then the account control (whatever it shows), and what it opens.
    keys_entry: str = (
        r"catalogue d[eu]s? services?|cl[ée]s? d.?api|cl[ée]s? api|api ?keys?|voir la liste|g[ée]rer les cl[ée]s|"
        r"acc[èe]s api|api access|(jetons?|tokens?) d.?(acc[èe]s|api)|jetons? api|api tokens?|access tokens?|"
        # a section named "API" and at most one more word ("API Cegid", "APIs"), not a sentence
        r"^\W*apis?( \w+)?\W*$|"
        # a project's or an app's "Credentials" ("Identifiants d'API", "Security credentials"), an app
        # registration's "Certificates & secrets" (its client secrets are its keys)
        r"^\W*((api |access |security )?credentials|identifiants( d.?api| api| d.?acc[èe]s)?|"
        r"certificates (&|and) secrets|(client )?secrets (&|and) keys)\W*$"
    )
    # Where an account's settings are, which a person opens to look for its keys (after the controls
    # that name them): administration, settings, the developers' or integrations' section.
    settings_entry: str = (
        r"^\W*((centre|espace|console) d.)?administration\W*$|^\W*admin(istration)? (center|centre|console)\W*$|"
        r"^\W*(param[èe]tres|settings|r[ée]glages|d[ée]veloppeurs?|developers?|int[ée]grations?|"
        r"connectivit[ée]|connectivity|connecteurs?|connectors?)( (&|et|and) api)?\W*$|"
        # the account's own: "Account settings", "Paramètres du compte", "Organization settings"
        r"^\W*((my |mon |your )?(account|organi[sz]ation|workspace|company|team) settings|"
        r"param[èe]tres (du|de mon|de l.|de votre) (compte|organisation|entreprise|espace))\W*$|"
        # where access is managed, and keys with it: "IAM", "Identity & Access", "Gestion des accès"
        r"^\W*(iam|identity (&|and) access( management)?|access management|gestion des acc[èe]s|"
        r"s[ée]curit[ée]|security)\W*$|"
        # the developers' own section: "Developer Hub", "Espace développeurs", "Portail développeur"
        r"^\W*((espace|portail|centre|coin) (des )?d[ée]veloppeurs?|"
        r"developers?( hub| portal| center| settings| tools))\W*$"
    )
    # Where a person looks for a service: the list of the account's services or subscriptions.
    services_entry: str = (
        r"^\W*((mes|my|go to|aller aux) )?(abonnements|subscriptions|services( en ligne)?|online services|"
        # a developer console's projects, each holding its service's credentials
        r"projects|projets)\W*$"
    )
    # A short name that says "API" among other words ("Portail API", "API & Webhooks", "Mon API"):
    # where a person looks for the keys next, before the settings, though it does not name them.
    api_mention: str = r"\bapis?\b"
    # What opens the list of apps (a waffle "App Launcher", "Applications"): a menu worth opening.
    app_launcher: str = r"app launcher|lanceur d.applications|^\W*((toutes les|mes|all|my) )?(apps|applications)\W*$"
    account_control: str = r"profil|profile|compte|account|mon espace|utilisateur"
    # Never clicked while looking for the way: they change the portal or end the session.
    danger: str = (
        r"g[ée]n[ée]rer|r[ée]voquer|supprimer|effacer|d[ée]connex|d[ée]connecter|logout|log out|sign out|"
        r"mot de passe|password|enregistrer|sauvegarder|valider|confirmer|d[ée]sactiver|r[ée]silier|"
        r"d[ée]sinscri|delete|remove|save|submit|revoke|generate|cr[ée]er|create|ajouter|\badd\b|"
        r"nouvelle cl[ée]|new (api )?key|\b(d[ée]s|r[ée])?activer\b|\b(re-?)?enable\b|\bdisable\b|\b(de|re)activate\b|"
        r"\brotate\b|\broll (the )?(api )?key|renouveler|\brenew\b|d[ée]truire|\bdestroy\b"
    )
    # The controls that change the keys are dangerous too, however they are worded: `rx("danger")`
    # adds these labels (a renamed "Générer" or "Révoquer" is one change, here or in `labels`).
    _DANGER_TOO: t.ClassVar[tuple[str, ...]] = ("generate_button", "open_generate", "revoke_button")
    # Labels that capture what follows them (the account a switcher shows): never vocabulary that a
    # failure snapshot keeps (snapshot.py).
    CAPTURING: t.ClassVar[tuple[str, ...]] = ("tiers_switch",)
    # The answer that commits to nothing more, in what is drawn over the page and takes the clicks
    # (a cookie consent, an announcement, a product tour, "Stay signed in?").
    decline_answer: str = (
        r"^\W*(tout refuser|refuser( tout| et fermer)?|je refuse|continuer sans accepter|non,? merci|non|fermer|"
        r"j.ai compris|compris|ignorer( pour l.instant| cette [ée]tape| la visite)?|"
        r"passer( la visite| cette [ée]tape)?|"
        # a notice to acknowledge, which asks nothing more ("Information importante")
        r"j.ai pris connaissance|"
        # the device or the phone is not kept ("Je ne souhaite pas enregistrer mon téléphone", ADFS's
        # "Don't trust"): a refusal, however long, that commits nothing
        r"(je )?ne (souhaite|veux) pas [^.?!]{1,60}|i (don.t|do not) want to [^.?!]{1,60}|"
        r"(don.t|do not) (trust|remember|save)( [^.?!]{1,40})?|ne pas (faire confiance|m[ée]moriser)( [^.?!]{1,40})?|"
        # the cookies a site needs, and no other
        r"(utiliser |accepter )?(uniquement|seulement) les cookies (n[ée]cessaires|essentiels)|"
        r"cookies (n[ée]cessaires|essentiels) uniquement|"
        r"(use |allow |accept )?(only )?(strictly )?(necessary|essential|required)( cookies)?( only)?|"
        r"(me le rappeler )?plus tard|pas maintenant|reject( all)?|decline( all)?|disagree( and close)?|"
        r"continue without (agreeing|accepting)|"
        r"deny|no,? thanks|no|close|dismiss|annuler|cancel|(ok,? )?got it|ok,? (j.ai )?compris|"
        r"skip( (the )?tour| for now| this step)?|not now|"
        r"(remind me |ask me )?later|maybe later|\u00d7|\u2715|"
        # what closes a panel already read (the one-time credentials): never "OK", which may confirm
        r"done|termin[ée]|j.ai not[ée]( la cl[ée])?|c.est not[ée]|"
        r"j.ai (copi[ée]|enregistr[ée]|sauvegard[ée])( (le secret|la cl[ée]|les identifiants|les valeurs))?|"
        r"i.ve (copied|saved)( it| the (key|secret))?)\W*$"
    )
    # A box to tick that commits the account (terms, a charter): never ticked on its behalf. A first
    # page that asks it is named when no way to the keys is found past it.
    commitment: str = (
        r"j.accepte|j.ai lu|accepter? (les|la)|conditions g[ée]n[ée]rales|charte|\bi (accept|agree)\b|"
        r"terms (of use|and conditions|of service)"
    )
    # Closes what was opened (a drawer, a dialog): never a way forward.
    close_control: str = r"^\s*(fermer|close|annuler|cancel|retour|back|\u00d7|\u2715|x)\s*$"
    # Service catalogue.
    # What names the account's choice on a key page: "Tiers", or the customer account it is.
    tiers_select: str = (
        r"tiers|^\W*(compte( client)?|(customer |client )?account|organi[sz]ation|soci[ée]t[ée]|company)\W*$"
    )
    # An account switcher: a menu button that shows the account chosen ("Compte 86360 ▾"): a tiers
    # code, not "Account settings".
    # Its one capturing group is the account shown (JavaScript, where Playwright matches names, has
    # no Python named groups).
    tiers_switch: str = (
        r"^\W*(?:tiers|compte(?: client)?|(?:customer |client )?account|organi[sz]ation|soci[ée]t[ée]|company)"
        r"\s*:?\s+(\d.*?)[\s\u25be\u25bc\u2304\u2228]*$"
    )
    online_services_option: str = r"^\s*services? en lignes?\s*$"
    # What submits a list's criteria: "Filtrer", or the "Appliquer" / "Apply" of filter forms.
    filter_button: str = r"^\s*(filtrer|appliquer|filter|apply|rechercher|search|afficher)( les filtres| filters)?\s*$"
    service_column: str = r"^\s*services?\b\s*:?"
    # A key, however a portal calls it: a key, a token ("jeton").
    key_button: str = r"\bcl[ée]s?\b|\bkeys?\b|\bjetons?\b|\btokens?\b"
    actions_menu: str = (
        r"^\s*(actions?|options)\s*$|(plus d.|afficher les |voir les |toutes les )(actions|options)|"
        r"(more|all) (actions|options)|"
        r"^\W*show (actions|options)\W*$|^\W*(open (the )?menu|ouvrir (le )?menu)\W*$|"
        r"^\s*(⋮|⋯|…|\.\.\.)\s*$|"
        # a key's own menu: "Key actions", "Actions de la clé", "Actions for app"
        r"^\W*((api )?(key|token) (actions|options)|(actions|options) (de la cl[ée]|du jeton|for|pour)\b.{0,100})\W*$"
    )
    # Key page. The portal follows the user's language: each label says what French and English
    # key pages say. A generic word ("Nom", "Name", "Label", "Created", "Secret") counts only as a
    # whole label - alone, or followed by ':' - never as a word within other text: it must not make a
    # sentence, a heading or a key named "Name server" read as a column, a field or furniture.
    key_page_marker: str = (
        r"liste des cl[ée]s d.?api (pour|du) (le )?service|cl[ée]s d.?api (pour|du) (le )?service|"
        r"api keys (for|of) (the )?service"
    )
    tiers_label: str = r"tiers\s+(rattaché|associé)\s*:"
    service_label: str = r"^\s*service\s*:"
    status_active: str = r"^\s*active\s*$"
    status_revoked: str = r"^\s*(r[ée]voqu[ée]e?s?|revoked)\s*$"
    # A list's status column, and the one status in it that counts as Active (any other - "Expirée",
    # "Suspendue" - does not: such a key is not present).
    status_column: str = r"^\s*(statut|status|[ée]tat|state)\b"
    shown_active: str = r"^\W*(active?|actif|activ[ée]e?|enabled)\W*$"
    # A card's status as a badge of its own (no "Statut" label): any of these words alone on a line.
    status_word: str = (
        r"^\W*(active?|actif|activ[ée]e?|enabled|inactive?|expir[ée]e?|expired|suspendue?|suspended|"
        r"d[ée]sactiv[ée]e?|disabled|r[ée]voqu[ée]e?|revoked|bloqu[ée]e?|blocked)\W*$"
    )
    # The list's own name filter, never the new key's name field (both are "a key's name").
    name_filter: str = (
        r"^\s*(nom de la clé d.api|(rechercher|filtrer) (par nom|une cl[ée]|les cl[ée]s)|"
        r"(search|filter) (by name|(api )?keys))\s*:?\s*$"
    )
    # The new key's name field; never the list's name filter ("Nom de la clé d'API :" is the seed's).
    new_key_name: str = (
        r"entrer le nom d.une nouvelle clé|"
        r"^\W*((nom|libell[ée]|intitul[ée]) de la (nouvelle cl[ée]( d.?api)?|cl[ée])|nom|libell[ée]|"
        r"(nom|libell[ée]|intitul[ée]|description) du (nouveau )?(jeton|token)( d.?api)?|description|"
        # a field labelled with what it makes ("Nouvelle clé": the new key's name is typed there)
        r"nouvelle cl[ée]( d.?api)?|nouveau (jeton|token)|new (api )?(key|token)|"
        # a question ("What do you want your token to be named?", Okta's)
        r"what do you want (your|the) (new )?(api )?(key|token) to be (named|called)\??|"
        r"comment (voulez-vous|souhaitez-vous) (nommer|appeler) (votre|la) (nouvelle )?(cl[ée]|jeton)( d.?api)?\s*\??|"
        r"((new |api |access )*(key|token|credential)|api) (name|label)|name|label|"
        r"name (of|for) (the|your) (new )?(api |access )?(key|token)|enter a (key |token )?name)\W*$"
    )
    # A button that opens the generation form ("Générer une clé API", "Create API key", "New key").
    open_generate: str = (
        r"(g[ée]n[ée]rer|cr[ée]er|ajouter)( (une|la|un|le|des|de|les))?( nouve(lle|au|aux|lles))? "
        r"(cl[ée]s?|jetons?|tokens?|identifiants?)(?!\w)|nouvelle cl[ée]|nouveau (jeton|token)|nouveaux identifiants|"
        r"\b(generate|create|add)( (an?|the|new|api|access|project|personal|group))* (key|token|credential)\b|"
        r"\bnew (api |access )?(key|token|credential)\b"
    )
    # The form's own submit (looked for in the form of the new key's name first: see key_page.py).
    generate_button: str = r"^\W*(g[ée]n[ée]rer|cr[ée]er|ajouter|enregistrer|generate|create|add|save)\W*$"
    # The service drop-down of a generation form that serves several services.
    service_select: str = r"^\s*(services?|produits?|products?)\s*:?\s*$"
    # Column headers of the list, or field labels of its cards ("Nom de la clé d'API : Felix").
    name_column: str = (
        r"^\s*((nom|libell[ée]|intitul[ée]) de la cl[ée]( d.?api)?\b\s*:?|"
        r"(api |access )?(key|token|credential) (name|label)\b\s*:?|"
        r"(nom|libell[ée]|intitul[ée]) du jeton( d.?api)?\b\s*:?|"
        r"\b(nom|libell[ée]|name|label)\s*(:|$))"
    )
    # A "Description" column that names the keys where no name column does (key_list._name_rx).
    described_column: str = r"^\s*description\s*:?\s*$"
    created_column: str = (
        r"^\s*(date de cr[ée]ation\b\s*:?|cr[ée]{2}e? le\b\s*:?|cr[ée](ation|ée?)\s*(:|$)|"
        r"(creation date|date created|created (on|at))\b\s*:?|\bcreated\s*(:|$|(?=\d)))"
    )
    # The created column's (or field's) label in a language that writes dates day first: its
    # numeric dates are dd/mm/yyyy. Elsewhere (English: "Created" may head 12/06/2026 for December
    # 6th) a numeric date is read only when the list's own dates prove the order (see _keys.py).
    day_first_dates: str = r"date de cr[ée]ation|cr[ée]{2}e? le\b|^\s*(création\b|cr[ée]ée?\s*:?\s*$)"
    # Dated columns that are not the creation date (an expiry, a last use): a list may show these
    # and no creation date; a dated column that is neither is never taken for undated (key_list).
    other_date_column: str = (
        r"expir|[ée]ch[ée]ance|valid(e|ity)? (until|to)\b|valable jusqu|last (used|use|seen|activity|access)|"
        r"derni[eè]re? (utilisation|activit[ée]|connexion|acc[eè]s|usage)|utilis[ée]e? le\b|used (on|at)\b|"
        r"(mis[ea]? [àa] jour|modifi[ée]e?|updated|r[ée]voqu[ée]e?|revoked)( le| on| at)?\s*:?\s*$"
    )
    # A header that says its column holds dates ("Date de ...", "... le", "... on").
    dated_column: str = r"\bdate\b|\b(le|on|at|since|depuis)\s*:?\s*$|\b(when|quand)\b"
    creator_column: str = r"^\s*(cr[ée]ateur\b\s*:?|cr[ée]{2}e? par\b\s*:?|created by\b\s*:?|\b(creator|owner)\s*(:|$))"
    # A card's creator given on its date's line, after the date: "Créée le 22/04/2026 par Martin Claire".
    creator_after_date: str = r"\s(par|by)\s+(?=\w)"
    # What an empty list says instead of rows (a list of cards has no header row to show).
    no_keys: str = (
        r"aucune cl[ée]|pas (encore )?de cl[ée]|no (api )?keys?\b|"
        r"(don.t|do not) have any (api )?keys|n.avez (encore )?(aucune|pas (encore )?de) cl[ée]"
    )
    revoke_button: str = (
        r"r[ée]voquer|^\W*(revoke|delete|supprimer|invalidate|invalider)"
        r"( (the |la |le )?(api |access )?(key|cl[ée]|token|jeton|credential)( d.?api)?)?\W*$"
    )
    # The verb of a row's control named after its key, as assistive technology hears it ("Supprimer
    # Essai blind", "Delete key erp"): the key's name follows, the code adds it.
    revoke_named: str = (
        r"^\W*(r[ée]voquer|revoke|delete|supprimer|invalidate|invalider)"
        r"(\W+(la|le|l|the|cl[ée]|key|api|d|jeton|token))*"
    )
    # A row's link to its key's own page, named after the key ("Clé « app »", "app", "View key app"):
    # the code adds the name.
    key_link: str = r"^\W*((voir |afficher |view |open )?(la |the )?(cl[ée]|key|jeton|token)( d.?api| api)?)?"
    # A control that revokes every key at once, never one key's.
    revoke_all: str = r"\b(toutes|tous|tout|all|every)\b"
    confirm_button: str = (
        r"^\W*((oui|yes),? )?"
        r"(confirmer|oui|ok|valider|r[ée]voquer|supprimer|confirm|yes|revoke|delete|invalidate|invalider)"
        r"( (la |the |le )?(api |access )?(key|cl[ée]|token|jeton|credential)( d.?api)?)?"
        r"( d[ée]finitivement| permanently| forever)?\W*$"
    )
    # A confirmation that asks to type the key's name (its field, or the words around it).
    type_to_confirm: str = r"saisi(r|ssez)|tape[rz]|entre[rz]|recopie[rz]|[ée]cri(re|vez)|\btype\b|\benter\b|confirm"
    # An arrow drawn beside the word ("Suivant →", "← Précédent") is part of the name.
    next_page: str = r"^\W*((aller (à|a) la |go to (the )?)?(page suivante|next page)|suivant|next|›|»|>)\W*$"
    # Back to a list's first page, to look for a row from there (an icon's name: "Première page", «).
    first_page: str = r"^\W*((aller (à|a) la |go to (the )?)?(premi[èe]re page|first page)|d[ée]but|«|⏮)\W*$"
    previous_page: str = (
        r"^\W*((aller (à|a) la |go to (the )?)?(page pr[ée]c[ée]dente|previous page)|pr[ée]c[ée]dent(e)?|previous|prev|"
        r"\u2039|<)\W*$"
    )
    # A numbered pager's link to one page ("2", "page 2", "Aller à la page 2"): a higher number than
    # the page shown (aria-current) says more keys follow.
    page_number: str = r"^\W*((aller (à|a) la |go to (the )?)?page\s*)?(\d{1,4})\W*$"
    # Where a list says which part of it is shown: "Page 1 sur 3", "1-5 sur 12", "Showing 1 to 5 of 12".
    # Group 1 is what is shown up to, group 2 the whole: smaller means more pages to read.
    shown_count: str = (
        r"\bpage\s+(\d+)\s*(?:sur|of|/)\s*(\d+)\b|"
        r"\b\d+\s*(?:-|\u2013|\u2014|à|to)\s*(\d+)\s+(?:sur|of|de)\s+(\d+)\b"
    )
    # How many keys the page says its list holds ("6 clé(s), dont 3 actives", "12 items", "6 keys"), or
    # how many active ones (group 2 or 3 set: "3 jetons actifs", "3 active keys"). Not a number that a
    # count or a quota is measured against ("3 of 5 keys used", "sur 25 clés"), see stated_limit.
    stated_count: str = (
        r"(?<![\w/.,:-])(?<!\bsur )(?<!\bof )(?<!\bde )(?<!/ )(?<!\bmax )(\d{1,4})\s+(actives?\s+)?"
        r"(?:cl[ée]\(s\)|cl[ée]s?|(?:api )?keys?|jeton\(s\)|jetons?|tokens?|"
        r"[ée]l[ée]ments?|items?|r[ée]sultats?|results?)"
        r"(?:\s+(?:d.api|api))?(\s+(?:actif\(s\)|active\(s\)|actifs?|actives?|en service))?(?!\w)"
    )
    # A pager's "Total 6" (Element Plus, Ant Design): the keys of the list, whatever they say.
    stated_total: str = r"^\W*total\s*:?\s*(\d{1,4})\W*$"
    # What makes a stated number a limit, right after it: "10 active keys allowed", "5 clés maximum".
    stated_limit: str = (
        r"^\W*(allowed|autoris|au (plus|maximum)|maximum|max\b|limit|quota|used|utilis|restant|remaining|"
        r"disponible|available|possibles?|(par|per|by|à la) (page|service|tiers|compte|account))"
    )
    # A list's title that counts its keys: "Clés d'API (6)", "API Keys (6)".
    counted_title: str = r"^\W*(.*\b(cl[ée]s|keys|jetons|tokens)\b.*?)\s*\((\d{1,4})\)\W*$"
    more_rows: str = r"^\s*(afficher plus|voir plus|charger plus|plus de (clés|résultats)|show more|load more)\s*$"
    # One-time credentials panel: the message that the key was made, and the labels of its values.
    generated_message: str = (
        r"a été générée avec succès|a [ée]t[ée] (g[ée]n[ée]r[ée]e|cr[ée]{2}e)( avec succ[èe]s)?|"
        r"^\W*(nouvelle )?cl[ée]( d.?api| api)?( « .{1,100} »)? (g[ée]n[ée]r[ée]e|cr[ée]{2}e|ajout[ée]e)\b|"
        r"\b(api )?key (was |has been )?(successfully )?(created|generated|added)\b|copy your (new )?(api )?key\b|"
        r"^\W*(created|generated|new) (an? )?(api )?key\b|\bcopy this (api )?key now\b|"
        # A heading that names the new key: "Votre nouvelle clé « app »", "Votre clé « app » est prête".
        r"^\W*(votre |your )?(nouvelle |new )?(cl[ée]|key|jeton|token)( d.?api| api)? [«\"'\u201c].{1,100}[»\"'\u201d]"
        r"( est pr[êe]te| is ready)?\W*$|"
        r"^\W*(votre |your )(nouvelle |new )?([\w-]+ ){0,3}(cl[ée]|key)( d.?api| api)? (est pr[êe]te|is ready)\b"
        # the same of tokens: "Token app is ready", "Your new project access token app has been created",
        # "Jeton « app » créé"
        r"|^\W*(your )?(new )?(api |access |project |personal )*(token|credential|key) .{1,100} (is ready|"
        r"((was|has been) )?(successfully )?(created|generated|added))\W*$|"
        # (no \b after "é": JavaScript's knows ASCII only, and sees no end of word there)
        r"^\W*(nouveau )?(jeton|token)( d.?api| api)?( « .{1,100} »)? (g[ée]n[ée]r[ée]|cr[ée]{2}|ajout[ée])(?!\w)"
        # a heading that names the new key after a colon: "Nouvelle clé : app", "New API key: app"
        r"|^\W*(nouvelle cl[ée]|nouveau jeton|new (api )?(key|token))( d.?api| api)?\s*:\s*\S.{0,99}$"
        # a heading that says whose ("Your new API key": a create control never says "your"), and a
        # sentence that names the key alone (the name in curly quotes, then "was created.")
        r"|^\W*(votre |your )(nouvelle |nouveau |new )(api |access )?(cl[ée]|key|jeton|token)( d.?api| api)?\W*$"
        r"|^\W*[«\"'\u201c].{1,100}[»\"'\u201d] (a [ée]t[ée] |was |has been )?(successfully )?"
        r"(created|generated|cr[ée]{2}e?|g[ée]n[ée]r[ée]e?)\b"
    )
    identifier_label: str = (
        r"identifiant de la clé d.api|"
        r"^\s*(identifiant( de la cl[ée]| client)?|id client|cl[ée] d.acc[èe]s|(api )?key id|client id|"
        r"access key( id)?|token id|identifiant du jeton|identifier|id de la cl[ée]|id)\s*(:|$)"
    )
    # In a panel that labels its secret, "API Key" labels the other value: the identifier (Mailjet's
    # "API Key" / "Secret Key"). Never read so on its own (elsewhere "Clé API" may be the secret).
    identifier_beside_secret: str = r"^\s*(api key|cl[ée] (d.)?api|public key|cl[ée] publique)\s*:?\s*$"
    secret_label: str = (
        r"secret de la clé d.api|"
        r"^\s*(secret( de la cl[ée]| du jeton| client)?|cl[ée] secr[èe]te|"
        r"((api|client|access|token) )?secret( (access )?key)?|"
        r"your new (project |personal |group )?(api |access )?(token|key)|token value|valeur du jeton|"
        # where the secret is the token itself ("Jeton API" beside its "Identifiant")
        r"(jeton|token)( d.?api| api)?|"
        r"api key)\s*(:|$)"
    )
    copy_button: str = (
        r"^\s*(copier|copy)( (le |la |l.)?(secret|cl[ée]|identifiant|id|key( id)?|value|valeur)|"
        r" (to|dans le) (clipboard|presse-papiers?))?\s*$"
    )
    # A control named for the one value it copies, where the panel shows the values only in a sample.
    copy_identifier_button: str = (
        r"^\W*(copier|copy)( l.| the)?\s*(identifiant( de la cl[ée]| du jeton| client)?|id( de la cl[ée])?|"
        r"(api |access )?key id|client id|identifier)\W*$"
    )
    copy_secret_button: str = (
        r"^\W*(copier|copy)( le| la| the)?\s*(secret( de la cl[ée]| du jeton| client)?|cl[ée] secr[èe]te|"
        r"(api |client )?secret( key)?)\W*$"
    )
    # The Loop API's header, drawn with both values in a sample ("x-apikey: ID:SECRET").
    apikey_header: str = r"\bx-apikey\b"
    # What shows a value drawn masked ("••••" until "Afficher le secret", an eye named "Show"): a
    # display toggle that changes nothing, clicked once when a masked value is followed by it.
    reveal_button: str = (
        r"^\W*(afficher|montrer|voir|r[ée]v[ée]ler|d[ée]masquer|show|reveal|unmask|view)"
        r"( (le |la |l.|the )?(secret|cl[ée]|valeur|identifiant|value|key|api key|client secret))?\W*$"
    )
    # Page furniture around the values, never a credential.
    furniture: str = r"^\s*(copier|copié|copiée|copy|copied|afficher|masquer|voir|show|hide)\s*!?\s*$"

    def rx(self, field: str) -> re.Pattern[str]:
        """The compiled, case-insensitive pattern of one label."""
        if field == "danger":
            return _compile("|".join(f"(?:{getattr(self, f)})" for f in ("danger", *self._DANGER_TOO)))
        return _compile(getattr(self, field))

    def revoke_named_rx(self, name: str) -> re.Pattern[str]:
        """A row's control named after its key: "Supprimer <name>", "Delete key <name>"."""
        verb = self.rx("revoke_named")
        return re.compile(rf"(?:{verb.pattern})\W+{re.escape(name.strip())}\W*$", verb.flags)

    def key_link_rx(self, name: str) -> re.Pattern[str]:
        """A link named after one key, to its own page."""
        prefix = self.rx("key_link")
        return re.compile(rf"(?:{prefix.pattern})\W*{re.escape(name.strip())}\W*$", prefix.flags)

    @classmethod
    def with_overrides(cls, overrides: t.Mapping[str, t.Any] | None) -> Labels:
        """Defaults with the user's overrides; unknown names and bad patterns are refused."""
        if not overrides:
            return cls()
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ValueError(f"unknown label(s) {', '.join(unknown)}; known labels: {', '.join(sorted(known))}")
        for name, pattern in overrides.items():
            if not isinstance(pattern, str):
                raise ValueError(
                    f"label {name}: expected a regular expression as text, got {type(pattern).__name__} {pattern!r}"
                )
            try:
                _compile(pattern)
            except re.error as exc:
                raise ValueError(f"label {name}: {pattern!r} is not a valid regular expression ({exc})") from None
        return cls(**dict(overrides))


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
