"""Hand-worked ledger examples. Each expected figure is worked out in the comment above it."""

from __future__ import annotations

import datetime as dt

import factories
import pytest

from iepdesk import case_settings
from iepdesk.iep import versions
from iepdesk.model import IepVersion, Provision, SchoolYear
from iepdesk.schedule.figures import Figures, Ledger
from iepdesk.schedule.ledger import build_ledger

from .conftest import D, speech


def log(
    p: Provision, day: dt.date, status: str, minutes: int | None = None, reason: str | None = None
) -> int:
    return factories.log(p, day, status, minutes=minutes, reason=reason).id


def only_row(ledger: Ledger) -> Figures:
    assert len(ledger.totals) == 1
    return ledger.totals[0].figures


def test_twice_weekly_month_with_holiday_week(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual)
    # March 2026. Weeks (Mon) 2, 9, 16 (spring break: no school), 23, 30 (first school day in March,
    # so that week counts in March). 4 weeks x 2 sessions x 30 min = 240 minutes required.
    ok1 = log(s, D(2026, 3, 3), "delivered")
    ok2 = log(s, D(2026, 3, 5), "delivered")
    miss1 = log(s, D(2026, 3, 10), "missed", reason="provider_absent")
    short = log(s, D(2026, 3, 12), "shortened", minutes=20)
    miss2 = log(s, D(2026, 3, 24), "missed", reason="testing")
    ok3 = log(s, D(2026, 3, 26), "delivered")
    makeup = log(s, D(2026, 3, 25), "makeup", minutes=30)
    # Week of March 30: nothing logged -> 2 sessions, 60 minutes not recorded.
    ledger = build_ledger(D(2026, 3, 1), D(2026, 3, 31), grouping="month")
    f = only_row(ledger)
    assert f.required == 240
    assert f.sessions_required == 8
    assert f.delivered == 30 + 30 + 20 + 30  # 110
    assert f.missed == 30 + 10 + 30  # two missed sessions and the 10 minutes the shortened one lost
    assert f.excused == 0
    assert f.not_recorded == 60
    assert f.sessions_not_recorded == 2
    assert f.delivered + f.excused + f.missed + f.not_recorded == f.required
    assert f.made_up == 30
    assert f.owed == 70 - 30
    # Provided 110 + 30 of the 180 recorded minutes: 77.8 % is under the 85 % default.
    assert f.rate == pytest.approx(140 / 180)
    assert ledger.totals[0].below_threshold
    # Every figure opens the entries behind it.
    assert sorted(f.delivered_entries) == sorted([ok1, ok2, short, ok3])
    assert sorted(f.missed_entries) == sorted([miss1, short, miss2])
    assert f.made_up_entries == [makeup]
    assert f.not_recorded_slots == [D(2026, 3, 30)]
    assert [r.label for r in ledger.rows] == ["March 2026"]


def test_amendment_changes_minutes_mid_month(school_year: SchoolYear, annual: IepVersion) -> None:
    speech(annual)
    annual.effective_to = D(2026, 3, 10)
    annual.save()
    amendment = versions.start_next_version(annual)
    amendment.kind = "amendment"
    amendment.status = "final"
    amendment.effective_from = D(2026, 3, 11)  # a Wednesday
    amendment.effective_to = D(2026, 8, 31)
    amendment.save()
    new = versions.provisions_of(amendment)[0]
    new.minutes_per_session = 45
    new.save()
    # "first_day" rule (default): week of March 2 and week of March 9 (begins under the annual IEP):
    # 2 x 30 each = 120; weeks of March 23 and 30: 2 x 45 each = 180. Total 300, one service line.
    f = only_row(build_ledger(D(2026, 3, 1), D(2026, 3, 31)))
    assert f.required == 120 + 180
    assert f.not_recorded == 300
    # "newer" rule: the week of March 9 uses the amendment's 45 minutes: 60 + 90 + 180 = 330.
    settings = case_settings.load()
    settings.version_change_rule = "newer"
    case_settings.save(settings)
    assert only_row(build_ledger(D(2026, 3, 1), D(2026, 3, 31))).required == 60 + 90 + 180


def test_monthly_service(school_year: SchoolYear, annual: IepVersion) -> None:
    consult = speech(
        annual,
        title="OT consultation",
        minutes_per_session=60,
        sessions_per_period=1,
        period="month",
        provider_role="occupational therapist",
    )
    log(consult, D(2025, 10, 14), "delivered")
    log(consult, D(2025, 11, 20), "missed", reason="provider_absent")
    # September (from the 1st), October, November: 3 months x 60 = 180; December nothing logged.
    ledger = build_ledger(D(2025, 9, 1), D(2025, 12, 31), grouping="month")
    f = only_row(ledger)
    assert f.required == 4 * 60
    assert f.delivered == 60
    assert f.missed == 60
    assert f.not_recorded == 120  # September and December
    assert [r.label for r in ledger.rows] == [
        "September 2025",
        "October 2025",
        "November 2025",
        "December 2025",
    ]


def test_service_starting_mid_term(school_year: SchoolYear, annual: IepVersion) -> None:
    speech(annual, start_date=D(2026, 3, 4))  # a Wednesday
    # Week of March 2: Wed-Fri are 3 school days, enough for 2 sessions ("min_days" rule): 60;
    # week of March 9: 60. Nothing before March 4.
    assert only_row(build_ledger(D(2026, 2, 23), D(2026, 3, 13))).required == 120
    # "prorate": 2 sessions x 3 of 5 days = 1.2, rounded to 1 session in the first week: 30 + 60.
    settings = case_settings.load()
    settings.partial_slot_rule = "prorate"
    case_settings.save(settings)
    assert only_row(build_ledger(D(2026, 2, 23), D(2026, 3, 13))).required == 90


def test_student_absent_days_are_excused(school_year: SchoolYear, annual: IepVersion) -> None:
    s = speech(annual)
    absent = log(s, D(2026, 3, 3), "missed", reason="student_absent")
    refused = log(s, D(2026, 3, 5), "missed", reason="student_refused")
    f = only_row(build_ledger(D(2026, 3, 2), D(2026, 3, 6)))
    assert (f.required, f.excused, f.missed, f.not_recorded) == (60, 30, 30, 0)
    assert f.excused_entries == [absent]
    assert f.missed_entries == [refused]
    assert f.owed == 30
    # Excused minutes are not held against the school: 0 of 30 provided.
    assert f.rate == 0.0


def test_fixed_weekday_service_skips_a_holiday_tuesday(school_year: SchoolYear, annual: IepVersion) -> None:
    speech(annual, days_of_week="2,4")
    factories.non_school_day(D(2026, 3, 3), D(2026, 3, 3), kind="staff_day", label="Staff day")
    # Week of March 2: Tuesday is off, so only Thursday's session is expected: 30.
    f = only_row(build_ledger(D(2026, 3, 2), D(2026, 3, 6)))
    assert f.sessions_required == 1
    assert f.required == 30


def test_extra_session_counts_as_make_up_and_stray_miss_is_reported(
    school_year: SchoolYear, annual: IepVersion
) -> None:
    s = speech(annual)
    for day in (D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 4)):
        log(s, day, "delivered")
    stray = log(s, D(2026, 3, 21), "missed")  # a Saturday in spring break: no session expected
    ledger = build_ledger(D(2026, 3, 2), D(2026, 3, 22))
    f = only_row(ledger)
    assert f.required == 120  # weeks of March 2 and 9 (March 16 is spring break)
    assert f.delivered == 60
    assert f.not_recorded == 60  # the week of March 9
    assert f.made_up == 30  # the third session of the week of March 2
    assert ledger.unmatched_entries == [stray]
    assert any("no expected session" in w for w in ledger.warnings)


def test_nothing_unlogged_is_counted_as_delivered_or_missed(
    school_year: SchoolYear, annual: IepVersion
) -> None:
    speech(annual)
    f = only_row(build_ledger(D(2026, 4, 6), D(2026, 4, 24)))
    assert (f.required, f.delivered, f.missed, f.not_recorded, f.owed) == (180, 0, 0, 180, 0)
    assert f.rate is None


def test_no_school_year_assumes_weekdays_and_says_so(case, annual: IepVersion) -> None:  # type: ignore[no-untyped-def]
    speech(annual)
    ledger = build_ledger(D(2026, 3, 2), D(2026, 3, 20))
    assert only_row(ledger).required == 180  # spring break is unknown without a calendar
    assert any("No school year" in w for w in ledger.warnings)


def test_draft_versions_owe_nothing(school_year: SchoolYear, case) -> None:  # type: ignore[no-untyped-def]
    draft = factories.version(D(2025, 9, 1), None, meeting_date=None, status="draft")
    speech(draft)
    assert build_ledger(D(2026, 3, 1), D(2026, 3, 31)).totals == []


def test_a_period_cut_mid_week_is_not_filled_by_a_later_entry(
    school_year: SchoolYear, annual: IepVersion
) -> None:
    s = speech(annual)  # 2 x 30 a week, no fixed days
    log(s, D(2026, 3, 5), "delivered")  # Thursday, after the period
    # Period Mon-Tue March 2-3: 2 school days inside, "min_days": 2 sessions owed inside, none logged
    # inside: 60 not recorded, however the as-of date moves past the Thursday entry.
    for as_of in (D(2026, 3, 3), D(2026, 3, 5), D(2026, 3, 31)):
        f = only_row(build_ledger(D(2026, 3, 2), D(2026, 3, 3), as_of=as_of))
        assert (f.required, f.not_recorded, f.delivered) == (60, 60, 0), as_of
    # "prorate": 2 x 2 / 5 = 0.8, rounded to 1 session: 30.
    settings = case_settings.load()
    settings.partial_slot_rule = "prorate"
    case_settings.save(settings)
    assert only_row(build_ledger(D(2026, 3, 2), D(2026, 3, 3), as_of=D(2026, 3, 31))).required == 30
