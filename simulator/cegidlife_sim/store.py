"""All persistent state in one SQLite file: accounts, tiers, users, services, keys, sessions.

One connection behind a lock is plenty for a test double, and it lets the portal and the
sign-in server (two threads of one process) share state, which is how the portal redeems
the sign-in's one-time codes without any network hop.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import re
import secrets
import sqlite3
import string
import threading
import time
import typing as t
from datetime import UTC, datetime, timedelta

from werkzeug.security import check_password_hash, generate_password_hash

SCHEMA_VERSION = "1"
AUTH_CODE_TTL = 60.0  # seconds a sign-in code may wait before the portal redeems it
SESSION_IDLE_MAX = 2 * 24 * 3600.0  # server-side session rows unused this long are pruned
_PASSWORD_METHOD = "pbkdf2:sha256:60000"  # modest: tests sign in a lot on 2 cores
_ID_ALPHABET = string.ascii_uppercase + string.digits

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accounts (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
CREATE TABLE IF NOT EXISTS tiers (
    id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id),
    code TEXT UNIQUE NOT NULL, label TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL COLLATE NOCASE, password_hash TEXT NOT NULL,
    first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts(id), is_admin INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS services (
    id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('online', 'software')), description TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS api_keys (
    id INTEGER PRIMARY KEY, tier_id INTEGER NOT NULL REFERENCES tiers(id),
    service_id INTEGER NOT NULL REFERENCES services(id), name TEXT NOT NULL,
    identifier TEXT UNIQUE NOT NULL, secret_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL, revoked_at TEXT);
CREATE TABLE IF NOT EXISTS auth_codes (
    code_sha256 TEXT PRIMARY KEY, user_id INTEGER NOT NULL, expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS login_failures (
    user_id INTEGER PRIMARY KEY REFERENCES users(id), failures INTEGER NOT NULL, locked_at TEXT);
CREATE TABLE IF NOT EXISTS sessions (
    scope TEXT NOT NULL, sid_sha256 TEXT NOT NULL, data TEXT NOT NULL, updated_at REAL NOT NULL,
    PRIMARY KEY (scope, sid_sha256));
"""

# (account, [(tier code, tier label)], [(email, password, first, last, admin)])
SEED_ACCOUNTS: list[tuple[str, list[tuple[str, str]], list[tuple[str, str, str, str, bool]]]] = [
    (
        "FUTUROSCOPE",
        [("95943", "FUTUROSCOPE CEDEX"), ("86360", "CHASSENEUIL DU POITOU")],
        [
            ("admin@futuroscope.example", "CegidLife-Demo-2026!", "Vincent", "Deltumeau", True),
            ("user@futuroscope.example", "User-Demo-2026!", "Paul", "Durand", False),
        ],
    ),
    (
        "ACME",
        [("75008", "ACME PARIS")],
        [("admin@acme.example", "Acme-Demo-2026!", "Claire", "Martin", True)],
    ),
]
SEED_SERVICES: list[tuple[str, str, str]] = [
    ("Loop APIkey", "online", "Clés d'accès aux API publiques de Cegid Loop"),
    ("Cegid File Exchange", "online", "Échange sécurisé de fichiers avec Cegid"),
    ("Dématérialisation RH", "online", "Dématérialisation des documents des ressources humaines"),
    ("Gestion des Utilisateurs - Administration", "online", "Administration des utilisateurs et de leurs droits"),
    ("Cegid Loop", "software", "Production comptable et fiscale pour les cabinets"),
    ("Cegid Quadra Paie", "software", "Gestion de la paie"),
    # Shown only by renderings that choose it (advanced_service: shown); last, so the ids of
    # the others stay what tests and users know.
    ("APIKey Advanced (P04454)", "online", "Clé d'API Cegid Loop avancée (facturable)"),
]


@dataclasses.dataclass(frozen=True)
class User:
    id: int
    email: str
    first_name: str
    last_name: str
    account_id: int
    account_name: str
    is_admin: bool

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def creator_name(self) -> str:
        # The key list's "Créateur" column reads last name first.
        return f"{self.last_name} {self.first_name}"

    @property
    def initials(self) -> str:
        return (self.first_name[:1] + self.last_name[:1]).upper()


@dataclasses.dataclass(frozen=True)
class Tier:
    id: int
    account_id: int
    code: str
    label: str

    @property
    def display(self) -> str:
        return f"{self.code} {self.label}"


@dataclasses.dataclass(frozen=True)
class Service:
    id: int
    name: str
    kind: str  # "online" | "software"
    description: str


@dataclasses.dataclass(frozen=True)
class ApiKey:
    id: int
    tier_id: int
    service_id: int
    name: str
    identifier: str
    secret_sha256: str
    created_at: str  # ISO 8601, UTC
    created_by: str
    revoked_at: str | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def utc_now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def to_utc_iso(value: str) -> str:
    """Parse an ISO 8601 date; a naive one is server local time, like the portal's display."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.astimezone()
    return parsed.astimezone(UTC).replace(microsecond=0).isoformat()


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def new_credentials() -> tuple[str, str]:
    """(identifier, secret) shaped like real ones: 25 [A-Z0-9], 44-char base64 of 32 bytes."""
    identifier = "".join(secrets.choice(_ID_ALPHABET) for dummy in range(25))
    secret = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
    return identifier, secret


class Store:
    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.executescript(_SCHEMA)
        self._dummy_hash = generate_password_hash(secrets.token_urlsafe(16), method=_PASSWORD_METHOD)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- plumbing ---------------------------------------------------------------------------
    class _Tx:
        def __init__(self, store: Store) -> None:
            self.store = store

        def __enter__(self) -> sqlite3.Connection:
            self.store._lock.acquire()
            self.store._db.execute("BEGIN IMMEDIATE")
            return self.store._db

        def __exit__(self, exc_type: t.Any, exc: t.Any, tb: t.Any) -> None:
            try:
                self.store._db.execute("ROLLBACK" if exc_type else "COMMIT")
            finally:
                self.store._lock.release()

    def _tx(self) -> Store._Tx:
        return Store._Tx(self)

    def _all(self, sql: str, args: t.Sequence[t.Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _one(self, sql: str, args: t.Sequence[t.Any] = ()) -> sqlite3.Row | None:
        with self._lock:
            return self._db.execute(sql, args).fetchone()

    # -- meta and seeding -------------------------------------------------------------------
    def secret_key(self) -> str:
        """Flask's secret key, kept in the file so cookies stay valid across restarts."""
        with self._tx() as db:
            row = db.execute("SELECT v FROM meta WHERE k = 'secret_key'").fetchone()
            if row:
                return str(row["v"])
            key = secrets.token_hex(32)
            db.execute("INSERT INTO meta (k, v) VALUES ('secret_key', ?)", (key,))
            return key

    def seed_if_new(self) -> bool:
        """Create the demo accounts, users, services and the "Felix" key on a new file."""
        with self._tx() as db:
            if db.execute("SELECT 1 FROM meta WHERE k = 'seeded'").fetchone():
                return False
            for account, tiers, users in SEED_ACCOUNTS:
                account_id = db.execute("INSERT INTO accounts (name) VALUES (?)", (account,)).lastrowid
                for code, label in tiers:
                    db.execute(
                        "INSERT INTO tiers (account_id, code, label) VALUES (?, ?, ?)", (account_id, code, label)
                    )
                for email, password, first, last, admin in users:
                    db.execute(
                        "INSERT INTO users (email, password_hash, first_name, last_name, account_id, is_admin)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            email,
                            generate_password_hash(password, method=_PASSWORD_METHOD),
                            first,
                            last,
                            account_id,
                            int(admin),
                        ),
                    )
            for name, kind, description in SEED_SERVICES:
                db.execute("INSERT INTO services (name, kind, description) VALUES (?, ?, ?)", (name, kind, description))
            tier_id = db.execute("SELECT id FROM tiers WHERE code = '95943'").fetchone()["id"]
            service_id = db.execute(
                "SELECT id FROM services WHERE name = 'Gestion des Utilisateurs - Administration'"
            ).fetchone()["id"]
            # The seed's example row: 23/01/2021 08:14 in the server's local time.
            self._insert_key(
                db, tier_id, service_id, "Felix", "Deltumeau Vincent", to_utc_iso("2021-01-23T08:14:00"), None
            )
            db.execute("INSERT INTO meta (k, v) VALUES ('seeded', ?)", (utc_now_iso(),))
            db.execute("INSERT OR REPLACE INTO meta (k, v) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        return True

    def ensure_services(self) -> None:
        """Add the seeded services a data file from an older simulator lacks."""
        with self._tx() as db:
            for name, kind, description in SEED_SERVICES:
                db.execute(
                    "INSERT OR IGNORE INTO services (name, kind, description) VALUES (?, ?, ?)",
                    (name, kind, description),
                )

    def account_names(self) -> list[str]:
        return [str(r["name"]) for r in self._all("SELECT name FROM accounts ORDER BY id")]

    def upsert_admin(self, email: str, password: str, account: str) -> None:
        """Add an administrator, or make an existing user one with this password and account."""
        row = self._one("SELECT id FROM accounts WHERE name = ?", (account,))
        if row is None:
            raise ValueError(f"unknown account {account!r}; known: {', '.join(self.account_names())}")
        account_id = int(row["id"])
        pw_hash = generate_password_hash(password, method=_PASSWORD_METHOD)
        with self._tx() as db:
            existing = db.execute("SELECT id FROM users WHERE email = ?", (email,)).fetchone()
            if existing:
                db.execute(
                    "UPDATE users SET password_hash = ?, account_id = ?, is_admin = 1 WHERE id = ?",
                    (pw_hash, account_id, existing["id"]),
                )
                return
            first, last = _names_from_email(email)
            db.execute(
                "INSERT INTO users (email, password_hash, first_name, last_name, account_id, is_admin)"
                " VALUES (?, ?, ?, ?, ?, 1)",
                (email, pw_hash, first, last, account_id),
            )

    # -- users ------------------------------------------------------------------------------
    _USER_SQL = "SELECT u.*, a.name AS account_name FROM users u JOIN accounts a ON a.id = u.account_id WHERE "

    @staticmethod
    def _user(row: sqlite3.Row | None) -> User | None:
        if row is None:
            return None
        return User(
            int(row["id"]),
            str(row["email"]),
            str(row["first_name"]),
            str(row["last_name"]),
            int(row["account_id"]),
            str(row["account_name"]),
            bool(row["is_admin"]),
        )

    def user_by_id(self, user_id: int) -> User | None:
        return self._user(self._one(self._USER_SQL + "u.id = ?", (user_id,)))

    def authenticate(self, email: str, password: str) -> User | None:
        row = self._one(self._USER_SQL + "u.email = ?", (email.strip(),))
        # Hash even for an unknown e-mail so timing does not tell which one was wrong.
        ok = check_password_hash(row["password_hash"] if row else self._dummy_hash, password)
        return self._user(row) if row is not None and ok else None

    def user_by_email(self, email: str) -> User | None:
        return self._user(self._one(self._USER_SQL + "u.email = ?", (email.strip(),)))

    # -- lockout (lockout_after): consecutive wrong passwords per user, kept in the file ------
    def is_locked(self, user_id: int) -> bool:
        r = self._one("SELECT locked_at FROM login_failures WHERE user_id = ?", (user_id,))
        return bool(r and r["locked_at"])

    def login_failed(self, user_id: int, lockout_after: int) -> bool:
        """Count one more wrong password; lock at ``lockout_after`` (0: never). True if now locked."""
        with self._tx() as db:
            r = db.execute("SELECT failures, locked_at FROM login_failures WHERE user_id = ?", (user_id,)).fetchone()
            failures = (int(r["failures"]) if r else 0) + 1
            locked_at = (r["locked_at"] if r else None) or (
                utc_now_iso() if lockout_after and failures >= lockout_after else None
            )
            db.execute(
                "INSERT OR REPLACE INTO login_failures (user_id, failures, locked_at) VALUES (?, ?, ?)",
                (user_id, failures, locked_at),
            )
            return bool(locked_at)

    def login_succeeded(self, user_id: int) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM login_failures WHERE user_id = ? AND locked_at IS NULL", (user_id,))

    def unlock(self, email: str | None) -> int:
        """Unlock one user (by e-mail) or, with None, every user; returns how many were locked."""
        with self._tx() as db:
            if email is None:
                n = db.execute("SELECT COUNT(*) FROM login_failures WHERE locked_at IS NOT NULL").fetchone()[0]
                db.execute("DELETE FROM login_failures")
                return int(n)
            row = db.execute("SELECT id FROM users WHERE email = ?", (email.strip(),)).fetchone()
            if row is None:
                return 0
            n = db.execute(
                "SELECT COUNT(*) FROM login_failures WHERE user_id = ? AND locked_at IS NOT NULL", (row["id"],)
            ).fetchone()[0]
            db.execute("DELETE FROM login_failures WHERE user_id = ?", (row["id"],))
            return int(n)

    # -- tiers and services -----------------------------------------------------------------
    def tiers_for_account(self, account_id: int) -> list[Tier]:
        rows = self._all("SELECT * FROM tiers WHERE account_id = ? ORDER BY id", (account_id,))
        return [Tier(int(r["id"]), int(r["account_id"]), str(r["code"]), str(r["label"])) for r in rows]

    def tier_by_code(self, code: str) -> Tier | None:
        r = self._one("SELECT * FROM tiers WHERE code = ?", (code,))
        return Tier(int(r["id"]), int(r["account_id"]), str(r["code"]), str(r["label"])) if r else None

    def tier_by_id(self, tier_id: int) -> Tier | None:
        r = self._one("SELECT * FROM tiers WHERE id = ?", (tier_id,))
        return Tier(int(r["id"]), int(r["account_id"]), str(r["code"]), str(r["label"])) if r else None

    def services(self, kind: str | None = None) -> list[Service]:
        if kind:
            rows = self._all("SELECT * FROM services WHERE kind = ? ORDER BY id", (kind,))
        else:
            rows = self._all("SELECT * FROM services ORDER BY id")
        return [Service(int(r["id"]), str(r["name"]), str(r["kind"]), str(r["description"])) for r in rows]

    def service(self, service_id: int) -> Service | None:
        r = self._one("SELECT * FROM services WHERE id = ?", (service_id,))
        return Service(int(r["id"]), str(r["name"]), str(r["kind"]), str(r["description"])) if r else None

    def service_by_name(self, name: str) -> Service | None:
        r = self._one("SELECT * FROM services WHERE name = ?", (name,))
        return Service(int(r["id"]), str(r["name"]), str(r["kind"]), str(r["description"])) if r else None

    # -- API keys ---------------------------------------------------------------------------
    @staticmethod
    def _key(r: sqlite3.Row) -> ApiKey:
        return ApiKey(
            int(r["id"]),
            int(r["tier_id"]),
            int(r["service_id"]),
            str(r["name"]),
            str(r["identifier"]),
            str(r["secret_sha256"]),
            str(r["created_at"]),
            str(r["created_by"]),
            str(r["revoked_at"]) if r["revoked_at"] else None,
        )

    def list_keys(self, tier_id: int, service_id: int) -> list[ApiKey]:
        """Keys of one (tier, service), newest first."""
        rows = self._all(
            "SELECT * FROM api_keys WHERE tier_id = ? AND service_id = ? ORDER BY created_at DESC, id DESC",
            (tier_id, service_id),
        )
        return [self._key(r) for r in rows]

    def keys_for_tier(self, tier_id: int) -> list[ApiKey]:
        """Keys of every service of one tier, newest first."""
        rows = self._all("SELECT * FROM api_keys WHERE tier_id = ? ORDER BY created_at DESC, id DESC", (tier_id,))
        return [self._key(r) for r in rows]

    def all_keys(self) -> list[ApiKey]:
        return [self._key(r) for r in self._all("SELECT * FROM api_keys ORDER BY id")]

    def key(self, key_id: int) -> ApiKey | None:
        r = self._one("SELECT * FROM api_keys WHERE id = ?", (key_id,))
        return self._key(r) if r else None

    def create_key(
        self,
        tier_id: int,
        service_id: int,
        name: str,
        created_by: str,
        *,
        created_at: str | None = None,
        revoked_at: str | None = None,
    ) -> tuple[ApiKey, str]:
        """Store a new key (only the secret's SHA-256) and return it with the clear secret."""
        with self._tx() as db:
            key_id, secret = self._insert_key(
                db, tier_id, service_id, name, created_by, created_at or utc_now_iso(), revoked_at
            )
        key = self.key(key_id)
        assert key is not None
        return key, secret

    def create_keys_bulk(
        self,
        tier_id: int,
        service_id: int,
        names: t.Sequence[str],
        created_by: str,
        *,
        newest_at: datetime | None = None,
        revoked: bool = False,
    ) -> list[ApiKey]:
        """Store many keys in one transaction, one second apart, the last name the newest."""
        newest = (newest_at or datetime.now(UTC)).replace(microsecond=0)
        ids: list[int] = []
        with self._tx() as db:
            for i, name in enumerate(names):
                at = (newest - timedelta(seconds=len(names) - 1 - i)).astimezone(UTC).isoformat()
                key_id, dummy = self._insert_key(
                    db, tier_id, service_id, name, created_by, at, utc_now_iso() if revoked else None
                )
                ids.append(key_id)
        # One transaction under the store's lock: the new ids are a contiguous range.
        if not ids:
            return []
        rows = self._all("SELECT * FROM api_keys WHERE id BETWEEN ? AND ? ORDER BY id", (min(ids), max(ids)))
        return [self._key(r) for r in rows]

    @staticmethod
    def _insert_key(
        db: sqlite3.Connection,
        tier_id: int,
        service_id: int,
        name: str,
        created_by: str,
        created_at: str,
        revoked_at: str | None,
    ) -> tuple[int, str]:
        identifier, secret = new_credentials()
        key_id = db.execute(
            "INSERT INTO api_keys (tier_id, service_id, name, identifier, secret_sha256, created_at,"
            " created_by, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (tier_id, service_id, name, identifier, sha256_hex(secret), created_at, created_by, revoked_at),
        ).lastrowid
        return int(key_id or 0), secret

    def revoke_key(self, key_id: int) -> bool:
        """True if the key was active and is now revoked."""
        with self._tx() as db:
            cur = db.execute(
                "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (utc_now_iso(), key_id)
            )
            return cur.rowcount == 1

    def verify_api_key(self, identifier: str, secret: str) -> ApiKey | None:
        """The active key these credentials belong to, compared in constant time."""
        r = self._one("SELECT * FROM api_keys WHERE identifier = ? AND revoked_at IS NULL", (identifier,))
        expected = str(r["secret_sha256"]) if r else "0" * 64
        ok = hmac.compare_digest(expected, sha256_hex(secret))
        return self._key(r) if r is not None and ok else None

    # -- sign-in codes ----------------------------------------------------------------------
    def issue_auth_code(self, user_id: int) -> str:
        code = secrets.token_urlsafe(32)
        now = time.time()
        with self._tx() as db:
            db.execute("DELETE FROM auth_codes WHERE expires_at < ?", (now,))
            db.execute(
                "INSERT INTO auth_codes (code_sha256, user_id, expires_at) VALUES (?, ?, ?)",
                (sha256_hex(code), user_id, now + AUTH_CODE_TTL),
            )
        return code

    def redeem_auth_code(self, code: str) -> int | None:
        """The user id the code was issued for; a code works once and only for 60 s."""
        with self._tx() as db:
            row = db.execute(
                "SELECT user_id, expires_at FROM auth_codes WHERE code_sha256 = ?", (sha256_hex(code),)
            ).fetchone()
            if row is None:
                return None
            db.execute("DELETE FROM auth_codes WHERE code_sha256 = ?", (sha256_hex(code),))
            return int(row["user_id"]) if float(row["expires_at"]) >= time.time() else None

    # -- server-side sessions ---------------------------------------------------------------
    def session_load(self, scope: str, sid: str) -> dict[str, t.Any] | None:
        r = self._one(
            "SELECT data, updated_at FROM sessions WHERE scope = ? AND sid_sha256 = ?", (scope, sha256_hex(sid))
        )
        if r is None or float(r["updated_at"]) < time.time() - SESSION_IDLE_MAX:
            return None
        return dict(json.loads(r["data"]))

    def session_save(self, scope: str, sid: str, data: t.Mapping[str, t.Any]) -> None:
        now = time.time()
        with self._tx() as db:
            db.execute("DELETE FROM sessions WHERE updated_at < ?", (now - SESSION_IDLE_MAX,))
            db.execute(
                "INSERT OR REPLACE INTO sessions (scope, sid_sha256, data, updated_at) VALUES (?, ?, ?, ?)",
                (scope, sha256_hex(sid), json.dumps(dict(data)), now),
            )

    def session_delete(self, scope: str, sid: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM sessions WHERE scope = ? AND sid_sha256 = ?", (scope, sha256_hex(sid)))

    def sessions_clear(self, scope: str) -> int:
        with self._tx() as db:
            return db.execute("DELETE FROM sessions WHERE scope = ?", (scope,)).rowcount


def _names_from_email(email: str) -> tuple[str, str]:
    """A plausible first/last name for a user added with --user ("ci.bot@x" -> "Ci", "Bot")."""
    parts = [p for p in re.split(r"[._+-]+", email.split("@", 1)[0]) if p]
    if len(parts) >= 2:
        return parts[0].capitalize(), parts[-1].capitalize()
    return (parts[0].capitalize() if parts else "Admin"), "Simulateur"
