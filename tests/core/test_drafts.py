"""The draft store: unsaved form text kept inside the case when it locks (issue 10)."""

from __future__ import annotations

import datetime as dt
import secrets

from core_support import PASSPHRASE

from iepdesk import drafts, portable
from iepdesk.casefile import Case
from iepdesk.model import Communication

AT = dt.datetime(2026, 3, 4, 10, 42, 17, 5)


def test_a_draft_round_trips_through_lock_and_unlock(make_case) -> None:
    path, _ = make_case()
    with Case.open(path, PASSPHRASE):
        kept = drafts.keep("communications", {"body": "Called about the bus — señora Ruiz", "n": 3}, AT)
        assert kept.saved_at == "2026-03-04T10:42:17"
    with Case.open(path, PASSPHRASE):
        draft = drafts.load("communications")
        assert draft is not None
        assert draft.values == {"body": "Called about the bus — señora Ruiz", "n": 3}
        assert draft.saved_time == AT.replace(microsecond=0)
        assert [d.form for d in drafts.load_all()] == ["communications"]
        assert drafts.load("overview") is None


def test_a_draft_is_not_a_record_and_is_not_exported(make_case) -> None:
    path, _ = make_case()
    with Case.open(path, PASSPHRASE):
        drafts.keep("communications", {"body": "half a message"})
        assert Communication.select().count() == 0
        assert "half a message" not in repr(portable.export_case())


def test_saving_or_discarding_clears_the_draft_and_the_lock_replaces_them_all(make_case) -> None:
    path, _ = make_case()
    with Case.open(path, PASSPHRASE):
        drafts.keep("communications", {"body": "one"})
        drafts.keep("overview", {"name": "two"})
        drafts.clear("communications")  # the parent saved or discarded it
        assert [d.form for d in drafts.load_all()] == ["overview"]
        drafts.replace_all({"documents": {"title": "three"}})  # the overview had nothing unsaved left
        assert [(d.form, d.values) for d in drafts.load_all()] == [("documents", {"title": "three"})]
        drafts.replace_all({})
        assert drafts.load_all() == []
        assert drafts.load("documents") is None


def test_a_damaged_draft_is_dropped_not_shown(make_case) -> None:
    from iepdesk.model import CaseMeta

    path, _ = make_case()
    with Case.open(path, PASSPHRASE):
        CaseMeta.set_value("draft:communications", "{not json")
        CaseMeta.set_value("draft:overview", '{"values": ["a list"]}')
        assert drafts.load("communications") is None
        assert drafts.load_all() == []


def test_the_draft_text_is_encrypted_in_the_case_file(make_case, sandbox) -> None:
    path, _ = make_case()
    marker = f"DRAFT{secrets.token_hex(6)}"
    with Case.open(path, PASSPHRASE):
        drafts.keep("communications", {"body": f"The call note {marker}"})
    found = []
    for folder in sandbox.folders:
        for file in folder.rglob("*"):
            if file.is_file():
                data = file.read_bytes()
                if any(m in data for m in (marker.encode(), marker.encode("utf-16-le"))):
                    found.append(str(file))
    assert found == []
    with Case.open(path, PASSPHRASE):  # and it is really there
        draft = drafts.load("communications")
        assert draft is not None and marker in draft.values["body"]
