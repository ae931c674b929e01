"""Unsaved form text kept inside the case when it locks, so the parent finds it again after unlocking.

A draft is never a record: it is JSON in the case's ``case_meta`` table (inside the encrypted database,
never in a file of its own, never exported), one row per form, under the key ``draft:<form>``. The
window writes every form's unsaved text just before the case locks and puts it back after unlocking;
a form's draft goes away when the parent saves or discards what it holds.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from iepdesk.model import CaseMeta, database

PREFIX = "draft:"
#: A form's key is short and plain (``communications``, ``overview`` …); case_meta keys are 64 at most.
MAX_KEY = 64 - len(PREFIX)


@dataclass(frozen=True)
class Draft:
    form: str
    #: When it was kept, local time, ISO 8601 to the second.
    saved_at: str
    #: What the form held, as the form itself wrote it (JSON values only).
    values: dict[str, Any]

    @property
    def saved_time(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.saved_at)
        except ValueError:
            return None


def _key(form: str) -> str:
    if not form or len(form) > MAX_KEY:
        raise ValueError(f"A draft's form key is 1 to {MAX_KEY} characters.")
    return PREFIX + form


def keep(form: str, values: dict[str, Any], now: dt.datetime | None = None) -> Draft:
    """Keep ``values`` as the draft of ``form`` (replacing an older one)."""
    stamp = (now or dt.datetime.now()).replace(microsecond=0).isoformat()
    draft = Draft(form, stamp, dict(values))
    text = json.dumps({"saved_at": stamp, "values": draft.values}, ensure_ascii=False)
    CaseMeta.set_value(_key(form), text)
    return draft


def replace_all(values_by_form: dict[str, dict[str, Any]], now: dt.datetime | None = None) -> list[Draft]:
    """Make the case's drafts exactly these (the lock calls it: a form with nothing unsaved loses its
    old draft). One transaction, so a crash keeps the old drafts or the new ones."""
    with database.atomic():
        clear_all()
        return [keep(form, values, now) for form, values in sorted(values_by_form.items())]


def load(form: str) -> Draft | None:
    row = CaseMeta.get_or_none(CaseMeta.key == _key(form))
    return _decode(form, str(row.value)) if row is not None else None


def load_all() -> list[Draft]:
    rows = CaseMeta.select().where(CaseMeta.key.startswith(PREFIX)).order_by(CaseMeta.key)
    drafts = [_decode(str(row.key)[len(PREFIX) :], str(row.value)) for row in rows]
    return [d for d in drafts if d is not None]


def clear(form: str) -> None:
    """Forget the draft of ``form`` (it was saved or discarded)."""
    CaseMeta.delete().where(CaseMeta.key == _key(form)).execute()


def clear_all() -> None:
    CaseMeta.delete().where(CaseMeta.key.startswith(PREFIX)).execute()


def _decode(form: str, text: str) -> Draft | None:
    """A damaged draft is dropped rather than shown wrong."""
    try:
        stored = json.loads(text)
    except ValueError:
        return None
    if not isinstance(stored, dict) or not isinstance(stored.get("values"), dict):
        return None
    return Draft(form, str(stored.get("saved_at", "")), stored["values"])
