# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""One run at a time per key: read list -> generate -> persist must not interleave.

Forks of one play and separate playbooks on the same controller share these lock files, so only
the first generates and the others, once they get the lock, find the key and its record.

A lock file lives only while it is held: the holder deletes it before letting go. A run that was
waiting on the deleted file notices (the path no longer names the file it locked) and locks the
path afresh, so the folder does not grow by one file per key name, and no two runs ever hold the
same key. Lock files are never followed through a symbolic link, and a lock folder other users
may write is refused.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import time
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import LOCK_RETRY, poll
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.private_files import private_dir, untrusted

DEFAULT_LOCK_DIR = "~/.ansible/cegidlife/locks"


class LockError(Exception):
    """The lock could not be taken; the message says why."""


class LockTimeout(LockError):
    pass


def lock_path(parts: t.Sequence[str], lock_dir: str | None = None) -> str:
    directory = os.path.expanduser(lock_dir or os.environ.get("CEGIDLIFE_LOCK_DIR") or DEFAULT_LOCK_DIR)
    digest = hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]
    return os.path.join(os.path.abspath(directory), f"{digest}.lock")


@contextlib.contextmanager
def key_lock(parts: t.Sequence[str], timeout_s: float, lock_dir: str | None = None) -> t.Iterator[str]:
    """Hold an exclusive lock for these key parts; yields the lock file's path."""
    path = lock_path(parts, lock_dir)
    try:
        directory = private_dir(os.path.dirname(path))
    except OSError as exc:
        raise LockError(f"cannot create the lock folder {os.path.dirname(path)}: {exc.strerror}") from None
    problem = untrusted(directory)
    if problem:
        raise LockError(f"the lock folder {directory} is refused: {problem}")
    fd = _acquire(path, timeout_s)
    try:
        yield path
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)  # while still held: a waiter on this file then locks the path afresh
        os.close(fd)  # closing releases the lock


def _acquire(path: str, timeout_s: float) -> int:
    # A tuple: 0 is a file descriptor too. A process (no page) has nothing to serve while it sleeps.
    held = poll(lambda: _try_lock(path), timeout_s, time.sleep, LOCK_RETRY)
    if held is None:
        raise LockTimeout(f"another run has held the lock for this key for more than {timeout_s:g}s ({path})")
    return held[0]


def _try_lock(path: str) -> tuple[int] | None:
    """The lock taken on the file the path names (its descriptor), or None while another run holds it."""
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise LockError(f"cannot open the lock file {path}: {exc.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        except BaseException:
            os.close(fd)
            raise
        if _names_this_file(path, fd):
            return (fd,)
        os.close(fd)  # its holder deleted it on release: lock the path afresh


def _names_this_file(path: str, fd: int) -> bool:
    try:
        now = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)
