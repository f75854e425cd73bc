# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Private files: written atomically, mode 0600 in a 0700 folder, and trusted only when they are ours.

The session file, the credentials file and failure artifacts hold a portal session, secrets or
pictures of pages; anyone who could swap or edit them could make a run send the password
elsewhere or hand out the wrong key, so a file someone else owns or can write is not trusted.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile


def private_dir(directory: str) -> str:
    """The folder (created 0700 when missing), as an absolute path."""
    path = os.path.abspath(os.path.expanduser(directory))
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path


def write_private(path: str, data: bytes, *, sync: bool = False) -> None:
    """Replace `path` with `data` atomically (temporary file + rename), mode 0600."""
    directory = private_dir(os.path.dirname(os.path.abspath(path)) or ".")
    fd, tmp = tempfile.mkstemp(prefix=".cegidlife-", dir=directory)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def untrusted(path: str) -> str | None:
    """Why a file (or folder) that exists cannot be trusted, or None: another user owns it, or
    users other than its owner may write it. A missing path is not untrusted."""
    try:
        info = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None  # nothing there (yet): nothing to distrust
    except OSError as exc:
        return f"it cannot be inspected ({exc.strerror})"
    if stat.S_ISLNK(info.st_mode):
        return "it is a symbolic link"
    if info.st_uid != os.geteuid():
        return f"it belongs to another user (uid {info.st_uid})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"other users may write it (mode {stat.S_IMODE(info.st_mode):04o})"
    return None


def readable_by_others(path: str) -> str | None:
    """Why users other than its owner may read a file, or None (also when there is none). A file
    this collection writes is 0600; one made by hand or copied may not be."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return None
    if not mode & (stat.S_IRGRP | stat.S_IROTH):
        return None
    who = " and ".join(w for w, bit in (("its group", stat.S_IRGRP), ("every user", stat.S_IROTH)) if mode & bit)
    return f"{who} may read it (mode {mode:04o})"


def untrusted_file_or_folder(path: str) -> str | None:
    """`untrusted` for a file and for the folder that holds it, saying which one."""
    path = os.path.abspath(os.path.expanduser(path))
    folder = os.path.dirname(path)
    problem = untrusted(folder)
    if problem:
        return f"its folder {folder}: {problem}"
    problem = untrusted(path)
    return f"{problem}" if problem else None
