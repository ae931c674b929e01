"""The school's record beside the parent's (issue 13), every figure worked by hand.

Speech therapy, 2 × 30 min a week, individual (conftest's speech()), in September 2025:

  Tue Sep 2   school_record delivered 30       parent_saw delivered 30            agree
  Thu Sep 4   school_record delivered 30       child_reported missed              disagree (status)
              "Provider: Ms. Lee"
  Tue Sep 9   school_record delivered 20       parent_saw delivered 30            disagree (minutes)
              "Provider: Ms. Lee; Group"                                          group, minutes changed
  Thu Sep 11  school_record delivered 20       —                                  school only
              "Provider: Mr. Cole"                                                minutes changed, provider
  Tue Sep 16  —                                parent_saw missed, provider absent parent only
  Thu Sep 18  provider_log missed, student     parent_saw missed, provider absent disagree (reason)
              absent

Counts: agree 1, disagree 3, school only 1, parent only 1. Flags: group 1 (Sep 9), minutes changed 2
(Sep 9 and Sep 11: 20 min where the IEP says 30, two sessions marked delivered), provider changed 1
(Sep 11: Ms. Lee, then Mr. Cole).
"""

from __future__ import annotations

import datetime as dt

from iepdesk.model import IepVersion, SchoolYear
from iepdesk.schedule import logbook
from iepdesk.schedule.ledger import build_ledger
from iepdesk.schedule.reconcile import Agreement, Flag, provider_in, reconcile, says_group

from .conftest import speech

D = dt.date
START, END, AS_OF = D(2025, 9, 1), D(2025, 9, 19), D(2025, 9, 30)


def _log(annual: IepVersion) -> int:
    s = speech(annual).id
    log = logbook.log_session
    log(s, D(2025, 9, 2), "delivered", 30, source="school_record")
    log(s, D(2025, 9, 2), "delivered", 30, source="parent_saw")
    log(s, D(2025, 9, 4), "delivered", 30, source="school_record", note="Provider: Ms. Lee")
    log(s, D(2025, 9, 4), "missed", reason="unknown", source="child_reported")
    log(s, D(2025, 9, 9), "delivered", 20, source="school_record", note="Provider: Ms. Lee; Group")
    log(s, D(2025, 9, 9), "delivered", 30, source="parent_saw")
    log(s, D(2025, 9, 11), "delivered", 20, source="school_record", note="Provider: Mr. Cole")
    log(s, D(2025, 9, 16), "missed", reason="provider_absent", source="parent_saw")
    log(s, D(2025, 9, 18), "missed", reason="student_absent", source="provider_log")
    log(s, D(2025, 9, 18), "missed", reason="provider_absent", source="parent_saw")
    return s


def test_each_session_set_beside_the_other_side(school_year: SchoolYear, annual: IepVersion) -> None:
    _log(annual)
    r = reconcile(START, END, as_of=AS_OF)
    assert [(s.date.day, s.agreement.value, s.differences) for s in r.sessions] == [
        (2, "agree", ()),
        (4, "disagree", ("status",)),
        (9, "disagree", ("minutes",)),
        (11, "school_only", ()),
        (16, "parent_only", ()),
        (18, "disagree", ("reason",)),
    ]
    assert r.counts == {"agree": 1, "disagree": 3, "school_only": 1, "parent_only": 1}
    assert r.flag_counts == {"group": 1, "minutes_changed": 2, "provider_changed": 1}
    assert {s.date.day: s.flags for s in r.sessions if s.flags} == {
        9: (Flag.GROUP, Flag.MINUTES_CHANGED),
        11: (Flag.MINUTES_CHANGED, Flag.PROVIDER_CHANGED),
    }
    assert r.has_school_records


def test_both_records_in_words(school_year: SchoolYear, annual: IepVersion) -> None:
    _log(annual)
    words = {s.date.day: s.sentence for s in reconcile(START, END, as_of=AS_OF).sessions}
    assert words[4] == (
        "The school's record says delivered (30 min); you logged missed (what the child said)."
    )
    assert (
        words[9] == "The school's record says delivered (20 min); you logged delivered (30 min, your note)."
    )
    assert words[11] == "The school's record says delivered (20 min); you logged nothing."
    assert words[16] == ("The school's record has no entry; you logged missed (Provider absent, your note).")
    assert words[18] == (
        "The provider's log says missed (Student absent); you logged missed (Provider absent, your note)."
    )


def test_minutes_and_provider_changes(school_year: SchoolYear, annual: IepVersion) -> None:
    _log(annual)
    r = reconcile(START, END, as_of=AS_OF)
    [change] = r.minutes_changes
    assert (change.first, change.minutes, change.iep_minutes, change.sessions) == (D(2025, 9, 9), 20, 30, 2)
    assert "34 CFR 300.503(a)" in change.sentence and "possible change" in change.sentence
    [moved] = r.provider_changes
    assert (moved.date, moved.before, moved.after) == (D(2025, 9, 11), "Ms. Lee", "Mr. Cole")


def test_one_short_day_is_not_a_change_of_minutes(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual).id
    logbook.log_session(s, D(2025, 9, 2), "delivered", 20, source="school_record")
    logbook.log_session(s, D(2025, 9, 4), "delivered", 30, source="school_record")
    r = reconcile(START, END, as_of=AS_OF)
    assert r.minutes_changes == [] and r.flag_counts["minutes_changed"] == 0


def test_group_only_where_the_iep_says_individual(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual, delivery="group", title="Social skills").id
    logbook.log_session(s, D(2025, 9, 2), "delivered", source="school_record", note="Group")
    assert reconcile(START, END, as_of=AS_OF).flag_counts["group"] == 0
    assert says_group("Group of 3") and says_group("small group") and not says_group("no group today")
    assert provider_in("Provider: Ms. Lee; pull-out") == "Ms. Lee" and provider_in("seen") == ""


def test_empty_minutes_mean_as_planned(school_year: SchoolYear, annual: IepVersion) -> None:
    """The school's 30 beside the parent's "delivered" with no minutes agree (30 is the IEP's)."""
    s = speech(annual).id
    logbook.log_session(s, D(2025, 9, 2), "delivered", 30, source="school_record")
    logbook.log_session(s, D(2025, 9, 2), "delivered", source="parent_saw")
    assert reconcile(START, END, as_of=AS_OF).counts["agree"] == 1


def test_the_ledger_is_the_same_and_its_conflicts_are_the_disagreements(
    school_year: SchoolYear, annual: IepVersion
) -> None:
    _log(annual)
    before = build_ledger(START, END, "week", as_of=AS_OF)
    r = reconcile(START, END, as_of=AS_OF)
    after = build_ledger(START, END, "week", as_of=AS_OF)
    assert before == after
    assert [(c.service_id, c.date) for c in after.conflicts] == [
        (s.service_id, s.date) for s in r.of(Agreement.DISAGREE)
    ]
    # Counted once, by the order of sources: the school's record and the provider's log are counted.
    for c, s in zip(after.conflicts, r.of(Agreement.DISAGREE), strict=True):
        assert s.school is not None and c.kept_entry == s.school.entry_id


def test_nothing_after_the_as_of_day(school_year: SchoolYear, annual: IepVersion) -> None:
    _log(annual)
    r = reconcile(START, END, as_of=D(2025, 9, 5))
    assert r.counts == {"agree": 1, "disagree": 1, "school_only": 0, "parent_only": 0}


def test_no_school_records(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual).id
    logbook.log_session(s, D(2025, 9, 2), "delivered", source="parent_saw")
    r = reconcile(START, END, as_of=AS_OF)
    assert not r.has_school_records and r.counts["parent_only"] == 1
