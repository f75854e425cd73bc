# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""One run at a time per key: read list -> generate -> persist must not interleave.

Forks of one play and separate playbooks on the same controller share these lock files, so
only the first generates and the others, once they get the lock, find the key and its record.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import time
import typing as t

DEFAULT_LOCK_DIR = "~/.ansible/cegidlife/locks"


class LockTimeout(Exception):
    pass


@contextlib.contextmanager
def key_lock(parts: t.Sequence[str], timeout_s: float, lock_dir: str | None = None) -> t.Iterator[str]:
    """Hold an exclusive lock for these key parts; yields the lock file's path."""
    directory = os.path.expanduser(lock_dir or os.environ.get("CEGIDLIFE_LOCK_DIR") or DEFAULT_LOCK_DIR)
    os.makedirs(directory, mode=0o700, exist_ok=True)
    digest = hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]
    path = os.path.join(directory, f"{digest}.lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise LockTimeout(
                        f"another run has held the lock for this key for more than {timeout_s:g}s ({path})"
                    ) from None
                time.sleep(0.2)
        yield path
    finally:
        os.close(fd)  # closing releases the lock
