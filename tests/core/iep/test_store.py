"""The IEP screens' reads (iepdesk.iep.store): frozen dataclasses, never a model object."""

from __future__ import annotations

import dataclasses
import datetime as dt

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.iep import DisplayStatus, ProvisionKind, VersionKind, VersionStatus, edits, store
from iepdesk.iep.compare import ProvisionData, provision_data
from iepdesk.model import Provision


def test_provision_data_has_every_field_of_the_record() -> None:
    record = {f.name for f in Provision._meta.sorted_fields}
    assert {f.name for f in dataclasses.fields(ProvisionData)} == record


def test_versions_and_provisions_are_rows(case: Case) -> None:
    first = store.first_version_kind()
    assert first == VersionKind.INITIAL.value
    vid = store.create_version(first)
    edits.update_version(vid, {"status": VersionStatus.FINAL.value, "effective_from": dt.date(2025, 9, 1)})
    edits.add_provision(vid, ProvisionKind.SERVICE.value, title="Speech", minutes_per_session=30)
    listed = store.list_versions(dt.date(2025, 10, 1))
    row = listed.row(vid)
    assert row is not None and listed.in_effect_id == vid
    assert (row.display, row.provisions) == (DisplayStatus.IN_EFFECT, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(row, "notes", "x")  # noqa: B010
    (provision,) = store.list_provisions(vid, store.child_name())
    assert provision.values["title"] == "Speech" and provision.kind == "service"
    assert store.list_provisions(vid + 99, "Jacob") == []
    assert store.first_version_kind() == VersionKind.ANNUAL.value
    edits.check_delete_version(vid)  # nothing refers to it (iepdesk.iep.edits holds that rule)


def test_blank_values_and_check(case: Case) -> None:
    blank = store.blank_values("goal")
    assert blank["kind"] == "goal" and blank["minutes_per_session"] is None and blank["title"] == ""
    assert store.check({**blank, "iep_wording": "Access to a calculator as needed"}, "Jacob")


def test_comparison_holds_no_model_object(case: Case) -> None:
    old = factories.version(dt.date(2025, 9, 1), None, meeting_date=None)
    edits.add_provision(old.id, "service", title="Speech", minutes_per_session=60, sessions_per_period=1)
    edits.add_provision(old.id, "accommodation", title="Extended time")
    new_id = store.start_next(old.id, VersionKind.ANNUAL.value)
    speech = Provision.get((Provision.version == new_id) & (Provision.kind == "service"))
    edits.update_provision(speech.id, {"minutes_per_session": 30})
    result = store.compare_versions(old.id, new_id)
    (change,) = result.changed
    assert isinstance(change.old, ProvisionData) and isinstance(change.new, ProvisionData)
    assert change.new.minutes_per_session == 30 and change.old.version == old.id
    assert all(isinstance(p, ProvisionData) for pair in result.unchanged for p in pair)
    assert provision_data(Provision.get_by_id(speech.id)) == change.new
