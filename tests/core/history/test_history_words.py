"""The history says what each version held in the words of the record's own form: codes as the
form offers them, days written out in the parent's language, empty fields in plain words, and a log
entry's empty minutes as what they mean for its status (docs/counting-rules.md)."""

from __future__ import annotations

import datetime as dt

import factories

from iepdesk.comms import log as comms_log
from iepdesk.history import versions
from iepdesk.i18n import use_language
from iepdesk.incidents import records as incidents
from iepdesk.incidents.records import IncidentData
from iepdesk.progress import points
from iepdesk.schedule import entry_edits

D = dt.date


def _speech() -> int:
    return int(factories.service(factories.version(D(2025, 9, 1), D(2026, 8, 31))).id)


def test_a_log_entry_delivered_with_no_minutes_then_missed_reads_in_the_forms_words(case) -> None:
    entry = factories.log(_speech(), D(2025, 9, 9), "delivered")  # minutes left empty: as planned
    entry_edits.update_entry(entry.id, {"status": "missed", "reason": "provider_absent"})
    first, now = versions.history("log_entry", entry.id)
    assert dict(first.shown) == {
        "Service": "Speech therapy",
        "Date": "September 9, 2025",
        "What happened": "Delivered as planned",
        "Minutes given": "As planned",  # empty minutes of a delivered session
        "Why": "(no reason given)",
        "How you know": "Not said",
        "Logged twice": "One session: count the surer record",  # the default: by the order of sources
        "Note": "(nothing written)",
    }
    said = dict(now.shown)
    # The same empty minutes, now of a missed session: none were given (the form greys them out).
    assert (said["What happened"], said["Minutes given"], said["Why"]) == (
        "Missed",
        "Not given",
        "Provider absent",
    )
    # What changed: the status and the reason; the minutes stayed empty, so they are not listed.
    assert [(c.label, c.old, c.new) for c in now.changes] == [
        ("What happened", "Delivered as planned", "Missed"),
        ("Why", "(no reason given)", "Provider absent"),
    ]
    with use_language("es"):
        first_es, now_es = versions.history("log_entry", entry.id)
    es = dict(first_es.shown)
    assert (es["Fecha"], es["Minutos dados"], es["Cómo lo sabe"]) == (
        "9 de septiembre de 2025",
        "Según lo previsto",
        "No se indicó",
    )
    assert (dict(now_es.shown)["Minutos dados"], dict(now_es.shown)["Qué pasó"]) == (
        "No se indicó",
        "Perdida",
    )


def test_minutes_in_words_cut_short_with_none_given_one_minute_and_thirty(case) -> None:
    speech = _speech()
    cut = factories.log(speech, D(2025, 9, 10), "shortened")
    entry_edits.update_entry(cut.id, {"minutes": 1})
    entry_edits.update_entry(cut.id, {"minutes": 30, "source": "provider_log", "counting": "separate"})
    first, one, thirty = versions.history("log_entry", cut.id)
    assert dict(first.shown)["Minutes given"] == "Not given"  # cut short, no minutes: not known
    assert [(c.old, c.new) for c in one.changes] == [("Not given", "1 minute")]
    assert [(c.label, c.old, c.new) for c in thirty.changes] == [
        ("Minutes given", "1 minute", "30 minutes"),
        ("How you know", "Not said", "Provider's log"),
        ("Logged twice", "One session: count the surer record", "A separate session of its own"),
    ]


def test_an_incident_a_communication_and_a_data_point_show_no_codes(case) -> None:
    version = factories.version(D(2025, 9, 1), D(2026, 8, 31))
    seat = factories.accommodation(version, "Seat near the board")
    made = factories.incident(D(2025, 10, 2), [], "Moved to the back row.")
    incidents.save(
        IncidentData(D(2025, 10, 2), [seat], "Moved to the back row.", evidence="Note home"), int(made.id)
    )
    first, now = versions.history("incident", made.id)
    assert dict(first.shown) == {
        "Date": "October 2, 2025",
        "What happened": "Moved to the back row.",
        "Reported by": "(nothing written)",
        "The child's own words": "(nothing written)",
        "Evidence": "(nothing written)",
        "About": "(none chosen)",
    }
    assert {c.label: (c.old, c.new) for c in now.changes} == {
        "Evidence": ("(nothing written)", "Note home"),
        "About": ("(none chosen)", "Seat near the board"),
    }

    message = factories.communication(when="2026-03-04T15:30", channel="email", subject="Sessions")
    comms_log.update(message.id, when="2026-03-05", channel="phone", direction="to_school",
                     subject="Sessions", body="")  # fmt: skip
    first, now = versions.history("communication", message.id)
    said = dict(first.shown)
    assert (said["When"], said["How"], said["To or from the school"]) == (
        "March 4, 2026, 3:30 PM",  # as typed: a communication's time has no zone
        "Email",
        "From the school",
    )
    assert (said["Follow-up"], said["People"], said["Message or summary"]) == (
        "No follow-up date",
        "(none chosen)",
        "(nothing written)",
    )
    assert {c.label: (c.old, c.new) for c in now.changes} == {
        "When": ("March 4, 2026, 3:30 PM", "March 5, 2026"),  # a day with no time: the day alone
        "How": ("Email", "Phone call"),
        "To or from the school": ("From the school", "To the school"),
    }

    goal = factories.goal(version, "Articulation")
    point_id = points.save(points.PointData(int(goal.id), D(2025, 9, 15), "42", source="provider_data"))
    points.save(points.PointData(int(goal.id), D(2025, 9, 16), "24", unit="percent"), point_id)
    first, now = versions.history("data_point", point_id)
    assert dict(first.shown) == {
        "Goal": "Articulation",
        "Date": "September 15, 2025",
        "Value": "42",
        "Unit": "(nothing written)",
        "How we know": "provider's data sheet",
        "Who measured": "(nothing written)",
        "Note": "(nothing written)",
        "Progress report": "None: not from a report",
    }
    assert {c.label: (c.old, c.new) for c in now.changes} == {
        "Date": ("September 15, 2025", "September 16, 2025"),
        "Value": ("42", "24"),
        "Unit": ("(nothing written)", "percent"),
        "How we know": ("provider's data sheet", "parent's observation"),
    }


def test_a_moment_is_written_as_each_language_reads_a_time() -> None:
    """A stored moment shows the day written out and the time as the language writes it: "6:25 PM"
    in English, "6:25 p.m." in Spanish (not the typed field's "6:25 PM" in both); a day alone stays
    a day, and a time with no zone is shown as it was typed (no shift)."""
    from iepdesk.history.words import moment_text

    typed = "2026-03-04T18:25"  # no zone: a communication's "when", as the parent typed it
    assert moment_text(typed) == "March 4, 2026, 6:25 PM"
    with use_language("es"):
        assert moment_text(typed) == "4 de marzo de 2026, 6:25 p.m."
        assert moment_text("2026-03-04") == "4 de marzo de 2026"
