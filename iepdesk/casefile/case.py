"""A case: the encrypted database and its key-slot file, created, unlocked, backed up and locked as one.

The user names one path (``Maya.iepcase``); the key-slot file sits beside it as ``Maya.iepcase.keys``.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from playhouse.sqlcipher_ext import SqlCipherDatabase

from iepdesk import __version__
from iepdesk.casefile import migrations, sqlcipher
from iepdesk.casefile.atomic import (
    COPY_TAG,
    fsync_file,
    hold_temp,
    move_no_clobber,
    remove_stale_copies,
    temp_sibling,
)
from iepdesk.casefile.keyslots import (
    KEY_BYTES,
    Argon2Params,
    KeySlotFile,
    data_key_from_recovery,
)
from iepdesk.casefile.paths import CasePaths
from iepdesk.casefile.recovery_secret import RecoverySecret
from iepdesk.errors import (
    CannotWriteError,
    CaseExistsError,
    CaseLockedError,
    DamagedCaseError,
    KeySlotFileError,
    NewerCaseVersionError,
    NotACaseError,
    UsageError,
    WrongRecoverySecretError,
    write_failure,
    writing,
)
from iepdesk.i18n import _
from iepdesk.model import CaseMeta, Child, database
from iepdesk.share.readonly import ReadOnlyGuard, guard_connection

#: Below this size every page's HMAC is checked on open; above it only on ``check``.
FULL_CHECK_ON_OPEN_BYTES = 256 * 1024 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: list[str]
    schema_version: int


@dataclass(frozen=True)
class BackupResult:
    path: Path
    bytes: int
    seconds: float


class _KeyedDatabase(ReadOnlyGuard, SqlCipherDatabase):  # type: ignore[misc]
    """peewee's SQLCipher database, keyed with a raw key and with our pragmas asserted (a shared copy's
    connections are read-only: iepdesk.share.readonly)."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        super().__init__(str(path), passphrase="", autoconnect=True)
        self._data_key = data_key
        # peewee keeps one connection per thread; lock() must close them all, whichever thread
        # opened them (a worker that unlocked the case, the GUI thread, a background index).
        self._all_connections: list[Any] = []
        self._connections_lock = threading.Lock()

    def _connect(self) -> Any:
        conn = sqlcipher.connect(Path(self.database), self._data_key)
        try:
            sqlcipher.apply_pragmas(conn)
            self.shared_copy = guard_connection(conn)
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        with self._connections_lock:
            self._all_connections.append(conn)
        return conn

    def close_all(self) -> None:
        """Close every thread's connection (they were opened with check_same_thread off)."""
        with contextlib.suppress(Exception):
            self.close()
        with self._connections_lock:
            connections, self._all_connections = self._all_connections, []
        for conn in connections:
            with contextlib.suppress(Exception):
                conn.close()

    def _set_pragmas(self, conn: Any) -> None:  # pragmas are ours, applied in _connect
        return None


class Case:
    """An unlocked case. Create one with :meth:`create`, :meth:`open` or :meth:`recover`."""

    def __init__(self, paths: CasePaths, case_id: str, data_key: bytes) -> None:
        self.paths = paths
        self.case_id = case_id
        self._key: bytearray | None = bytearray(data_key)
        self._db: _KeyedDatabase | None = _KeyedDatabase(paths.db, bytes(data_key))
        database.initialize(self._db)

    # ---- life cycle -----------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        child_name: str,
        passphrase: str,
        params: Argon2Params | None = None,
    ) -> tuple[Case, RecoverySecret]:
        """Make a new case at ``path`` (never overwriting) and return it unlocked with its kit secret."""
        paths = CasePaths.of(path)
        if paths.any_exists():
            raise CaseExistsError(
                _("{path} already exists; IEPDesk never overwrites a file.").format(path=paths.db)
            )
        if not child_name.strip():
            raise ValueError(_("The child's name is needed to create a case."))
        if not paths.db.parent.is_dir():
            raise UsageError(_("The folder {folder} does not exist.").format(folder=paths.db.parent))
        secret = RecoverySecret.generate()
        data_key = data_key_from_recovery(secret)
        case_id = uuid.uuid4().hex
        slots = KeySlotFile.build(case_id, data_key, passphrase, params or Argon2Params(), secret)

        tmp_db = temp_sibling(paths.db, "new")
        tmp_keys = temp_sibling(paths.keys, "new")
        try:
            cls._write_new(paths, tmp_db, tmp_keys, data_key, slots, case_id, child_name)
        except Exception as exc:
            reason = write_failure(exc)
            if reason is None:
                raise
            raise CannotWriteError(
                _(
                    "{reason}: the case could not be created in {folder}; nothing was saved. Free some "
                    "space (or choose another folder) and try again."
                ).format(reason=reason, folder=paths.db.parent)
            ) from None
        finally:
            for leftover in (tmp_db, tmp_keys, _journal_of(tmp_db)):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        return cls._unlocked(paths, case_id, data_key), secret

    @staticmethod
    def _write_new(
        paths: CasePaths,
        tmp_db: Path,
        tmp_keys: Path,
        data_key: bytes,
        slots: KeySlotFile,
        case_id: str,
        child_name: str,
    ) -> None:
        """Write the new case under temp names, then move both files into place (keys first)."""
        conn = sqlcipher.connect(tmp_db, data_key)
        try:
            sqlcipher.apply_pragmas(conn)
            migrations.run(conn, migrations.pending(conn))
            conn.execute("BEGIN IMMEDIATE")
            now = datetime.now(UTC).isoformat(timespec="seconds")
            for key, value in (
                ("case_id", case_id),
                ("created_at", now),
                ("created_by", f"IEPDesk {__version__}"),
            ):
                conn.execute("INSERT INTO case_meta (key, value) VALUES (?, ?)", (key, value))
            conn.execute("INSERT INTO child (name) VALUES (?)", (child_name.strip(),))
            conn.execute("COMMIT")
        finally:
            conn.close()
        fsync_file(tmp_db)
        slots.save(tmp_keys)
        move_no_clobber(tmp_keys, paths.keys)
        try:
            move_no_clobber(tmp_db, paths.db)
        except BaseException:
            paths.keys.unlink()
            raise

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str) -> Case:
        """Unlock with the passphrase. Never writes to the file unless the key is right and the
        case needs a migration (and then only after an encrypted backup)."""
        paths = CasePaths.of(path)
        sqlcipher.probe_file(paths.db)
        slots = cls._load_slots(paths)
        data_key = slots.unlock_with_passphrase(passphrase)
        return cls._unlocked(paths, slots.case_id, data_key)

    @classmethod
    def open_with_key(cls, path: str | os.PathLike[str], data_key: bytes) -> Case:
        """Unlock with a data key remembered on this computer."""
        paths = CasePaths.of(path)
        sqlcipher.probe_file(paths.db)
        if len(data_key) != KEY_BYTES:
            raise DamagedCaseError(_("The remembered key is not a key for this case."))
        case_id = cls._verify(paths, data_key, expected_case_id=None)
        return cls._unlocked(paths, case_id, data_key, verified=True)

    @classmethod
    def recover(
        cls,
        path: str | os.PathLike[str],
        secret_text: str,
        new_passphrase: str,
        params: Argon2Params | None = None,
    ) -> Case:
        """Open with the recovery secret and set a new passphrase.

        Works when the passphrase is forgotten and also when the key-slot file is lost: the data key
        is derived from the recovery secret itself.
        """
        paths = CasePaths.of(path)
        sqlcipher.probe_file(paths.db)
        secret = RecoverySecret.parse(secret_text)
        slots: KeySlotFile | None = None
        data_key = data_key_from_recovery(secret)
        if paths.keys.exists():
            try:
                slots = KeySlotFile.load(paths.keys)
                data_key = slots.unlock_with_recovery(secret)
            except (KeySlotFileError, WrongRecoverySecretError):
                # An altered key file, or one copied from another case: the secret itself derives
                # the key, so the kit still opens the case (and a wrong secret fails below).
                slots = None
                data_key = data_key_from_recovery(secret)
        try:
            case_id = cls._verify(paths, data_key, expected_case_id=None)
        except (NewerCaseVersionError, NotACaseError):
            raise  # the key did read the file: the secret was right, the file is the problem
        except KeySlotFileError:
            # Not one page opens with the key: without a slot that the secret opened, that is a
            # wrong secret (as `check` tells a wrong key from a damaged page).
            if slots is None:
                raise WrongRecoverySecretError(_("That recovery secret does not open this case.")) from None
            raise
        # Any other DamagedCaseError means the key opened pages, so the secret is right and the case
        # is damaged: it propagates as it is (exit code 4).
        fresh = KeySlotFile.build(case_id, data_key, new_passphrase, params or Argon2Params(), secret)
        fresh.save(paths.keys)
        return cls._unlocked(paths, case_id, data_key, verified=True)

    @classmethod
    def _load_slots(cls, paths: CasePaths) -> KeySlotFile:
        if not paths.keys.exists():
            raise NotACaseError(
                _(
                    "{name} is not an IEPDesk case, or the key file beside it ({keys}) is missing. If "
                    "this is your case, open it with your recovery kit."
                ).format(name=paths.db.name, keys=paths.keys.name)
            )
        return KeySlotFile.load(paths.keys)

    @classmethod
    def _verify(cls, paths: CasePaths, data_key: bytes, expected_case_id: str | None) -> str:
        """Read-only checks with the key; returns the case id. Writes nothing, except that a crash's
        hot journal is rolled back first (which restores the last committed bytes)."""
        probe = sqlcipher.probe_file(paths.db)
        sqlcipher.roll_back_hot_journal(paths.db, data_key)
        try:
            with sqlcipher.readonly(paths.db, data_key) as conn:
                try:
                    sqlcipher.verify_readable(conn, full=probe.size <= FULL_CHECK_ON_OPEN_BYTES)
                except DamagedCaseError:
                    if sqlcipher.no_page_opens(conn, probe.size):
                        raise KeySlotFileError(
                            _(
                                "The key file beside {name} does not belong to it: it may have been "
                                "copied from another case, or the case file was replaced or its first "
                                "bytes damaged. If this is your case, open it with your recovery kit, or "
                                "restore a backup."
                            ).format(name=paths.db.name)
                        ) from None
                    raise
                try:
                    row = conn.execute("SELECT value FROM case_meta WHERE key = 'case_id'").fetchone()
                except sqlcipher3.DatabaseError:
                    row = None
                if row is None:
                    raise NotACaseError(
                        _("{name} is a database, but not an IEPDesk case.").format(name=paths.db.name)
                    )
                migrations.pending(conn)  # refuses a newer case before anything is written
        except sqlcipher3.Error as exc:
            raise DamagedCaseError(
                _("The case file cannot be read ({exc}). Restore it from a backup.").format(exc=exc)
            ) from None
        case_id = str(row[0])
        if expected_case_id is not None and case_id != expected_case_id:
            raise KeySlotFileError(_("The key file beside this case belongs to a different case."))
        if not probe.looks_like_page_file:
            raise DamagedCaseError(
                _(
                    "{name} has been cut short (its size is not a whole number of pages). Restore it from "
                    "a backup."
                ).format(name=paths.db.name)
            )
        return case_id

    @classmethod
    def _unlocked(cls, paths: CasePaths, case_id: str, data_key: bytes, *, verified: bool = False) -> Case:
        if not verified:
            case_id = cls._verify(paths, data_key, expected_case_id=case_id)
        case = cls(paths, case_id, data_key)
        remove_stale_copies(paths.db.parent)  # what a killed backup left beside the case
        try:
            case._migrate_if_needed()
        except BaseException:
            case.lock()
            raise
        # The opening thread may be a worker: release its connection; each thread opens its own.
        case._require_db().close()
        return case

    def _migrate_if_needed(self) -> None:
        conn = self._require_db().connection()
        steps = migrations.pending(conn)
        if not steps:
            return
        if migrations.schema_version(conn) > 0:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
            out = self.paths.db.with_name(
                f"{self.paths.db.stem}.before-v{steps[-1].version}-{stamp}{self.paths.db.suffix}"
            )
            self.backup(out)
        migrations.run(conn, steps)

    @property
    def is_locked(self) -> bool:
        return self._db is None

    def lock(self) -> None:
        """Close the connection and drop the key. Safe to call twice."""
        if self._db is not None:
            self._db.close_all()
            self._db._data_key = b""
            self._db = None
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None
        database.initialize(None)

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    def _require_db(self) -> _KeyedDatabase:
        if self._db is None:
            raise CaseLockedError(_("The case is locked."))
        return self._db

    @property
    def data_key(self) -> bytes:
        """The raw key, for "remember on this computer" only."""
        if self._key is None:
            raise CaseLockedError(_("The case is locked."))
        return bytes(self._key)

    @property
    def child_name(self) -> str:
        return str(Child.the_child().name)

    @property
    def created_at(self) -> str:
        return CaseMeta.get_value("created_at")

    # ---- keys -----------------------------------------------------------------------------------
    def change_passphrase(self, current: str, new: str, params: Argon2Params | None = None) -> None:
        """Rewrap the data key under ``new``. Only the key-slot file changes (atomic replace)."""
        slots = KeySlotFile.load(self.paths.keys)
        if slots.unlock_with_passphrase(current) != self.data_key:
            raise KeySlotFileError(_("The key file beside this case belongs to a different case."))
        slots.with_passphrase(self.data_key, new, params or Argon2Params()).save(self.paths.keys)

    def passphrase_params(self) -> Argon2Params:
        return KeySlotFile.load(self.paths.keys).passphrase_params()

    # ---- checks and backups ---------------------------------------------------------------------
    def check(self) -> CheckResult:
        conn = self._require_db().connection()
        problems: list[str] = []

        def run(pragma: str) -> list[Any]:
            try:
                return list(conn.execute(f"PRAGMA {pragma}").fetchall())
            except sqlcipher3.DatabaseError as exc:  # too damaged to walk through: that is the answer
                problems.append(f"{pragma}: {exc}")
                return []

        integrity = [str(r[0]) for r in run("integrity_check")]
        if integrity and integrity != ["ok"]:
            problems.extend(integrity)
        problems.extend(str(r[0]) for r in run("cipher_integrity_check"))
        problems.extend(
            _("broken link in {table} row {row}").format(table=r[0], row=r[1])
            for r in run("foreign_key_check")
        )
        return CheckResult(ok=not problems, problems=problems, schema_version=migrations.schema_version(conn))

    def backup(self, out: str | os.PathLike[str], progress: Progress | None = None) -> BackupResult:
        """An encrypted copy through the SQLite backup API, plus a copy of the key-slot file.

        The backup is itself a case (open it, or restore it) with the same passphrase and kit.
        """
        self._require_db()
        target = CasePaths.of(out)
        if target.any_exists():
            raise CaseExistsError(
                _("{path} already exists; choose another name for the backup.").format(path=target.db)
            )
        start = time.perf_counter()
        remove_stale_copies(target.db.parent)
        keys_bytes = self.paths.keys.read_bytes()
        failed = _(
            "the backup {path} could not be written; nothing of it was left; the case is unchanged"
        ).format(path=target.db)
        source = sqlcipher.connect(self.paths.db, self.data_key, readonly=True)
        try:
            with writing(failed):
                _copy_database(source, target, self.data_key, progress)
        finally:
            source.close()
        with writing(failed):
            _finish_copy(target, keys_bytes, self.data_key)
        return BackupResult(
            path=target.db, bytes=target.db.stat().st_size, seconds=time.perf_counter() - start
        )


def database_bound() -> bool:
    """True while a case's database is bound to the models; False once every case is locked."""
    return database.obj is not None


def key_with_passphrase(path: str | os.PathLike[str], passphrase: str) -> bytes:
    """The data key of the case at ``path``, from its key-slot file (nothing is opened or bound)."""
    paths = CasePaths.of(path)
    sqlcipher.probe_file(paths.db)
    return Case._load_slots(paths).unlock_with_passphrase(passphrase)


def key_with_recovery(path: str | os.PathLike[str], secret_text: str) -> bytes:
    """The data key from the recovery secret (works without the key-slot file)."""
    secret = RecoverySecret.parse(secret_text)
    paths = CasePaths.of(path)
    if paths.keys.exists():
        with contextlib.suppress(KeySlotFileError):
            return KeySlotFile.load(paths.keys).unlock_with_recovery(secret)
    return data_key_from_recovery(secret)


def restore(
    backup_path: str | os.PathLike[str],
    destination: str | os.PathLike[str],
    data_key: bytes,
    progress: Progress | None = None,
) -> Path:
    """Copy a backup into a new case at ``destination`` (never overwriting).

    The backup is checked on its own read-only connection first (key, every page, integrity), so a
    case already open in this program is not disturbed, and a bad backup writes nothing.
    """
    source_paths = CasePaths.of(backup_path)
    target = CasePaths.of(destination)
    if target.any_exists():
        raise CaseExistsError(_("{path} already exists; restore into a new name.").format(path=target.db))
    try:
        Case._verify(source_paths, data_key, expected_case_id=None)
    except DamagedCaseError as exc:
        if type(exc) in (DamagedCaseError, KeySlotFileError):
            raise DamagedCaseError(
                _(
                    "This backup cannot be read with that key: the passphrase may belong to another case, "
                    "or the backup is damaged."
                )
            ) from None
        raise
    try:  # read before anything is written, so a missing key file cannot leave half a case
        keys_bytes = source_paths.keys.read_bytes()
    except OSError:
        raise KeySlotFileError(
            _(
                "The key file {name} is missing from beside the backup. Open the backup with your "
                "recovery kit first (that writes a new key file), then restore it."
            ).format(name=source_paths.keys.name)
        ) from None
    remove_stale_copies(target.db.parent)
    failed = _("the case could not be restored to {path}; nothing of it was left").format(path=target.db)
    source = sqlcipher.connect(source_paths.db, data_key, readonly=True)
    try:
        problems = [str(r[0]) for r in source.execute("PRAGMA integrity_check").fetchall()]
        if problems != ["ok"]:
            raise DamagedCaseError(
                _("The backup is damaged: {problems}").format(problems="; ".join(problems[:3]))
            )
        with writing(failed):
            _copy_database(source, target, data_key, progress)
    finally:
        source.close()
    with writing(failed):
        _finish_copy(target, keys_bytes, data_key)
    return target.db


def _journal_of(db: Path) -> Path:
    return db.with_name(db.name + "-journal")


def _copy_database(source: Any, target: CasePaths, data_key: bytes, progress: Progress | None) -> None:
    if not target.db.parent.is_dir():
        raise UsageError(_("The folder {folder} does not exist.").format(folder=target.db.parent))
    tmp = temp_sibling(target.db, COPY_TAG)
    try:
        hold = hold_temp(tmp)  # marks the copy as in use, so no cleanup takes it for a leftover
    except OSError:
        hold = None
    try:
        dest = sqlcipher.connect(tmp, data_key)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            source.backup(dest, pages=256, progress=report)
        finally:
            dest.close()
        fsync_file(tmp)
        move_no_clobber(tmp, target.db)
    finally:
        for leftover in (tmp, _journal_of(tmp)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        if hold is not None:
            hold.close()


def _finish_copy(target: CasePaths, keys_bytes: bytes, data_key: bytes) -> None:
    tmp_keys = temp_sibling(target.keys, COPY_TAG)
    try:
        with open(tmp_keys, "xb") as handle:  # a few hundred bytes, moved at once: too young to clean
            handle.write(keys_bytes)
            handle.flush()
            os.fsync(handle.fileno())
        move_no_clobber(tmp_keys, target.keys)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp_keys.unlink()
        target.db.unlink()
        raise
    # Prove the copy opens with the key and is whole before telling anyone it is a backup.
    with sqlcipher.readonly(target.db, data_key) as conn:
        sqlcipher.verify_readable(conn, full=True)
