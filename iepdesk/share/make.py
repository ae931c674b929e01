"""Writing a shared copy: encrypted under its own key from the first byte, moved into place whole.

1. A new recovery secret, its data key and key-slot file (the copy's own passphrase and kit).
2. The SQLite backup API copies the case, page by page, into a temporary sibling keyed with the new key
   (``.NAME.copy-1a2b3c4d``, the name every open or backup already cleans up after a crash). No page is
   ever written unencrypted, and the temp store is memory only.
3. In one transaction on the copy: the parts not chosen and (when asked) the private notes are removed,
   unsaved drafts always, the copy gets its own case id and its marker (iepdesk.share.marker); the search
   index is rebuilt from what is left.
4. VACUUM rewrites the file from what is left (secure_delete is on as well), so nothing removed stays in
   a free page; the copy is checked page by page, synced, and moved into place (key file first) without
   ever replacing a file. A crash at any point leaves no copy under the chosen name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iepdesk.casefile import migrations, sqlcipher
from iepdesk.casefile.atomic import (
    COPY_TAG,
    fsync_file,
    hold_temp,
    move_no_clobber,
    remove_stale_copies,
    temp_sibling,
)
from iepdesk.casefile.case import Case
from iepdesk.casefile.keyslots import Argon2Params, KeySlotFile, data_key_from_recovery
from iepdesk.casefile.paths import CasePaths
from iepdesk.casefile.recovery_secret import RecoverySecret
from iepdesk.errors import (
    CaseExistsError,
    SharedCopyError,
    UsageError,
    WrongPassphraseError,
    writing,
)
from iepdesk.i18n import _
from iepdesk.share import parts as share_parts
from iepdesk.share import private
from iepdesk.share.marker import MARK_KEY, SharedCopyInfo, shared_copy

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ShareResult:
    path: Path
    keys: Path
    case_id: str
    #: The copy's own recovery secret: shown once, and put in its kit.
    secret: RecoverySecret
    info: SharedCopyInfo
    bytes: int
    seconds: float


def share_case(
    case: Case,
    out: str | os.PathLike[str],
    passphrase: str,
    parts: share_parts.ShareParts | None = None,
    params: Argon2Params | None = None,
    progress: Progress | None = None,
) -> ShareResult:
    """Write a shared copy of the open ``case`` at ``out`` (never overwriting), opened with
    ``passphrase`` or the returned secret, holding ``parts`` (default: the whole case)."""
    chosen = parts or share_parts.ShareParts()
    if shared_copy() is not None:
        raise SharedCopyError(
            _("A shared copy cannot be shared again: only the parent's own case can be shared.")
        )
    target = CasePaths.of(out)
    if target.any_exists():
        raise CaseExistsError(
            _("{path} already exists; IEPDesk never overwrites a file.").format(path=target.db)
        )
    if not target.db.parent.is_dir():
        raise UsageError(_("The folder {folder} does not exist.").format(folder=target.db.parent))
    start = time.perf_counter()
    _refuse_own_passphrase(case, passphrase)
    secret = RecoverySecret.generate()
    data_key = data_key_from_recovery(secret)
    case_id = uuid.uuid4().hex
    slots = KeySlotFile.build(case_id, data_key, passphrase, params or Argon2Params(), secret)
    remove_stale_copies(target.db.parent)
    failed = _("the shared copy {path} could not be written; nothing of it was left; the case is unchanged")
    with writing(failed.format(path=target.db)):
        info = _write(case, target, data_key, case_id, slots, chosen, progress)
    return ShareResult(
        path=target.db,
        keys=target.keys,
        case_id=case_id,
        secret=secret,
        info=info,
        bytes=target.db.stat().st_size,
        seconds=time.perf_counter() - start,
    )


def _refuse_own_passphrase(case: Case, passphrase: str) -> None:
    """The copy is handed to someone else: its passphrase must not also open the parent's own case."""
    try:
        KeySlotFile.load(case.paths.keys).unlock_with_passphrase(passphrase)
    except WrongPassphraseError:
        return
    raise UsageError(
        _(
            "That is the passphrase of your own case. Choose another one for the shared copy: whoever "
            "receives it must not be able to open your case."
        )
    )


def _write(
    case: Case,
    target: CasePaths,
    data_key: bytes,
    case_id: str,
    slots: KeySlotFile,
    chosen: share_parts.ShareParts,
    progress: Progress | None,
) -> SharedCopyInfo:
    tmp = temp_sibling(target.db, COPY_TAG)
    tmp_keys = temp_sibling(target.keys, COPY_TAG)
    hold = hold_temp(tmp)  # held while written: no cleanup takes it for a leftover
    try:
        dest = sqlcipher.connect(tmp, data_key)
        try:
            sqlcipher.apply_pragmas(dest)
            source = sqlcipher.connect(case.paths.db, case.data_key, readonly=True)
            try:

                def report(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total + 1)

                source.backup(dest, pages=256, progress=report)
            finally:
                source.close()
            info = _seal(dest, case_id, chosen)
            dest.execute("VACUUM")
            _check(dest)
        finally:
            dest.close()
        fsync_file(tmp)
        with open(tmp_keys, "xb") as handle:
            handle.write(slots.to_bytes())
            handle.flush()
            os.fsync(handle.fileno())
        move_no_clobber(tmp_keys, target.keys)
        try:
            move_no_clobber(tmp, target.db)
        except BaseException:
            target.keys.unlink()
            raise
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal"), tmp_keys):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        hold.close()
    with sqlcipher.readonly(target.db, data_key) as conn:  # opens with the new key, every page whole
        sqlcipher.verify_readable(conn, full=True)
    if progress is not None:
        progress(1, 1)
    return info


def _seal(conn: Any, case_id: str, chosen: share_parts.ShareParts) -> SharedCopyInfo:
    """Leave out what was not chosen and mark the copy, in one transaction."""
    migrations.pending(conn)  # the copy has the parent's format: this program's own
    conn.execute("BEGIN IMMEDIATE")
    try:
        share_parts.apply(conn, chosen)
        private.remove_drafts(conn)
        if chosen.exclude_private:
            private.remove_private_notes(conn)
            share_parts.follow_what_is_left(conn)  # links of the letters just removed, if any
        name, parent = conn.execute("SELECT name, parent_name FROM child ORDER BY id LIMIT 1").fetchone()
        info = SharedCopyInfo(
            child_name=str(name),
            parent_name=str(parent or ""),
            made_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            date_from=chosen.date_from.isoformat() if chosen.date_from else "",
            date_to=chosen.date_to.isoformat() if chosen.date_to else "",
            private_notes_removed=chosen.exclude_private,
            partial=chosen.partial,
        )
        conn.execute("UPDATE case_meta SET value = ? WHERE key = 'case_id'", (case_id,))
        conn.execute(
            "INSERT OR REPLACE INTO case_meta (key, value) VALUES (?, ?)", (MARK_KEY, info.to_json())
        )
        # FTS5 keeps removed words in its index segments until they are merged: rebuild from what is left.
        conn.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return info


def _check(conn: Any) -> None:
    problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    problems += [str(r[0]) for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
    if problems != ["ok"]:
        raise RuntimeError("shared copy failed its own check: " + "; ".join(problems[:3]))
