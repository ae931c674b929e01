"""The parent's import choices, remembered inside the case (its ``case_meta`` table, encrypted with
the rest): the columns of each kind of file, the file's service names and the school's words.

Rows: ``import-mapping:<sha256 of the source key, 40 hex>`` (JSON ``{"source_key", "columns"}``),
``import-services`` (JSON ``{service text: provision id}``) and ``import-words`` (JSON
``{word key: [status, reason]}``). A damaged or stale row is ignored, never trusted.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from iepdesk.logimport.school_words import Meaning, check_meaning, key
from iepdesk.model import CaseMeta, Provision
from iepdesk.model.iep import ProvisionKind

MAPPING_PREFIX = "import-mapping:"
SERVICES_KEY = "import-services"
WORDS_KEY = "import-words"


def _load(row_key: str) -> Any:
    try:
        return json.loads(CaseMeta.get_value(row_key, "null"))
    except ValueError:
        return None


def _store(row_key: str, value: Any) -> None:
    CaseMeta.set_value(row_key, json.dumps(value, ensure_ascii=False, sort_keys=True))


def _mapping_row(source_key: str) -> str:
    return MAPPING_PREFIX + hashlib.sha256(source_key.encode("utf-8")).hexdigest()[:40]


def mapping_for(source_key: str, columns: int) -> dict[str, int] | None:
    """The columns remembered for files of this kind (None when none are, or they no longer fit)."""
    from iepdesk.logimport.plan import FIELDS

    stored = _load(_mapping_row(source_key))
    if not isinstance(stored, dict) or stored.get("source_key") != source_key:
        return None
    found = stored.get("columns")
    if not isinstance(found, dict):
        return None
    out = {f: i for f, i in found.items() if f in FIELDS and isinstance(i, int) and 0 <= i < columns}
    return out if len(out) == len(found) else None


def remember_mapping(source_key: str, columns: dict[str, int]) -> None:
    _store(_mapping_row(source_key), {"source_key": source_key, "columns": dict(columns)})


def services() -> dict[str, int]:
    """service text key -> provision id, for provisions that are still services of this case."""
    stored = _load(SERVICES_KEY)
    if not isinstance(stored, dict):
        return {}
    wanted = {v for v in stored.values() if isinstance(v, int)}
    alive = {
        int(p.id)
        for p in Provision.select(Provision.id).where(
            Provision.id.in_(list(wanted)) & (Provision.kind == ProvisionKind.SERVICE.value)
        )
    }
    return {str(k): v for k, v in stored.items() if isinstance(v, int) and v in alive}


def remember_services(chosen: dict[str, int | None]) -> None:
    """Remember the named services; never a blank name (the next file without a service column may be
    another service: the parent says which each time)."""
    known = services()
    known.update({key(text): pid for text, pid in chosen.items() if pid is not None and key(text)})
    _store(SERVICES_KEY, known)


def words() -> dict[str, Meaning]:
    stored = _load(WORDS_KEY)
    if not isinstance(stored, dict):
        return {}
    out: dict[str, Meaning] = {}
    for word, pair in stored.items():
        if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str):
            try:
                out[str(word)] = check_meaning((pair[0], pair[1] if isinstance(pair[1], str) else None))
            except ValueError:
                continue
    return out


def remember_words(chosen: dict[str, Meaning | None]) -> None:
    known = words()
    known.update({key(text): pair for text, pair in chosen.items() if pair is not None})
    _store(WORDS_KEY, {k: list(v) for k, v in known.items()})
