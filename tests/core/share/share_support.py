"""Helpers of the share tests: make a copy of the seeded case, read every byte of it with its key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core_support import PASSPHRASE

from iepdesk.casefile import Argon2Params, Case, sqlcipher
from iepdesk.casefile.keyslots import data_key_from_recovery
from iepdesk.share.make import ShareResult, share_case
from iepdesk.share.parts import ShareParts

from .conftest import SHARE_PASSPHRASE


def share(case_path: Path, out: Path, **parts: Any) -> ShareResult:
    with Case.open(case_path, PASSPHRASE) as case:
        return share_case(case, out, SHARE_PASSPHRASE, ShareParts(**parts), Argon2Params())


def decrypted_text(result: ShareResult) -> str:
    """Every value of every table of the copy (the search index's own tables included), read with the
    copy's key, as one text: what anyone holding the copy's passphrase could read."""
    key = data_key_from_recovery(result.secret)
    chunks: list[str] = []
    with sqlcipher.readonly(result.path, key) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, bytes):
                        chunks.append(value.decode("utf-8", "replace"))
                    elif value is not None:
                        chunks.append(str(value))
    # Lower case: the search index keeps its terms folded (and shares prefixes between them).
    return "\n".join(chunks).lower()


def index_terms(result: ShareResult) -> set[str]:
    """Every term the copy's search index holds (fts5vocab reads the index segments themselves)."""
    key = data_key_from_recovery(result.secret)
    with sqlcipher.readonly(result.path, key) as conn:
        conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_index, 'row')")
        return {str(r[0]) for r in conn.execute("SELECT term FROM temp.terms")}


def free_pages(result: ShareResult) -> int:
    key = data_key_from_recovery(result.secret)
    with sqlcipher.readonly(result.path, key) as conn:
        return int(conn.execute("PRAGMA freelist_count").fetchone()[0])


def count(result: ShareResult, sql: str) -> int:
    key = data_key_from_recovery(result.secret)
    with sqlcipher.readonly(result.path, key) as conn:
        return int(conn.execute(sql).fetchone()[0])
