"""Key locks: one holder at a time, no file left behind, no symlink followed, no shared folder."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.lock import (
    LockError,
    LockTimeout,
    key_lock,
    lock_path,
)


def _hold_and_count(lock_dir: str, log: str, rounds: int) -> None:
    for dummy in range(rounds):
        with key_lock(["portal", "k"], 30, lock_dir):
            with open(log, "a") as handle:
                handle.write("in\n")
            time.sleep(0.005)
            with open(log, "a") as handle:
                handle.write("out\n")


def test_one_holder_at_a_time_and_no_file_left(tmp_path: Path) -> None:
    lock_dir, log = str(tmp_path / "locks"), str(tmp_path / "log")
    workers = [multiprocessing.Process(target=_hold_and_count, args=(lock_dir, log, 15)) for dummy in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    lines = Path(log).read_text().split()
    assert len(lines) == 4 * 15 * 2
    assert lines == ["in", "out"] * (4 * 15)  # never two "in" in a row: never two holders
    assert os.listdir(lock_dir) == []  # released locks leave no file behind


def test_a_held_lock_times_out_clearly(tmp_path: Path) -> None:
    lock_dir = str(tmp_path / "locks")
    with (
        key_lock(["p", "k"], 1, lock_dir),
        pytest.raises(LockTimeout, match=r"more than 0\.3s"),
        key_lock(["p", "k"], 0.3, lock_dir),
    ):
        pass


def test_a_symlink_is_not_followed(tmp_path: Path) -> None:
    lock_dir = tmp_path / "locks"
    lock_dir.mkdir(mode=0o700)
    target = tmp_path / "elsewhere"
    Path(lock_path(["p", "k"], str(lock_dir))).symlink_to(target)
    with pytest.raises(LockError, match="cannot open the lock file"), key_lock(["p", "k"], 1, str(lock_dir)):
        pass
    assert not target.exists()


def test_a_folder_others_may_write_is_refused(tmp_path: Path) -> None:
    lock_dir = tmp_path / "locks"
    lock_dir.mkdir()
    os.chmod(lock_dir, 0o777)
    with pytest.raises(LockError, match="other users may write it"), key_lock(["p", "k"], 1, str(lock_dir)):
        pass
