"""The calendar's undo stack over the core's reversible log edits: undo puts back the same rows (ids
and values), redo does the change again, and a change the core refuses shows the core's own message
and pushes nothing."""

from __future__ import annotations

from test_ui_calendar_support import D, build_case, calendar_page

from iepdesk.schedule import entries, entry_edits
from ui import messages


def _log() -> list[entries.EntryRow]:
    return entries.entries_between(D(2026, 11, 1), D(2026, 11, 30))


def test_undo_and_redo_of_a_delete_and_an_edit(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents, log=True)
    page = calendar_page(qtbot, controller, ids)
    log = page.calendar.log
    start = _log()
    assert len(start) == 7
    missed = next(r for r in start if r.day == D(2026, 11, 5))  # speech, missed: provider absent
    log.delete(missed.id)
    assert missed.id not in [r.id for r in _log()]
    log.stack.undo()
    assert _log() == start  # the same id, the same values
    log.stack.redo()
    assert entries.entry(missed.id) is None
    log.stack.undo()

    cut = next(r for r in start if r.day == D(2026, 11, 12))  # speech, 20 minutes: school event
    log.edit(cut.id, {"status": "delivered", "minutes": None, "reason": None, "note": "Full session"})
    changed = entries.entry(cut.id)
    assert changed is not None
    assert (changed.status, changed.minutes, changed.reason, changed.note) == (
        "delivered",
        None,
        None,
        "Full session",
    )
    assert log.stack.undoText().startswith("change ")
    log.stack.undo()
    assert _log() == start
    log.stack.redo()
    assert entries.entry(cut.id) == changed
    log.stack.undo()
    assert _log() == start


def test_undo_of_logging_and_of_a_week(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents)
    page = calendar_page(qtbot, controller, ids)
    log = page.calendar.log
    choices = entries.services_on(D(2026, 11, 17))
    log.log(choices, D(2026, 11, 17), "delivered", source="parent_saw", counting="separate")
    made = _log()
    assert [(r.provision_id, r.source, r.counting) for r in made] == [
        (ids.speech, "parent_saw", "separate"),
        (ids.ot, "parent_saw", "separate"),
    ]
    log.stack.undo()
    assert _log() == []
    log.stack.redo()
    assert _log() == made
    # Week of Nov 2: speech on Tue 3 and Thu 5 (Thu missed), OT on Mon 2.
    assert log.mark_week(D(2026, 11, 4), {ids.speech: {D(2026, 11, 5)}}, None) == 3
    week = [r for r in _log() if r.day < D(2026, 11, 9)]
    assert sorted((r.day, r.status) for r in week) == [
        (D(2026, 11, 2), "delivered"),
        (D(2026, 11, 3), "delivered"),
        (D(2026, 11, 5), "missed"),
    ]
    log.stack.undo()
    assert _log() == made
    log.stack.redo()
    assert [r for r in _log() if r.day < D(2026, 11, 9)] == week


def test_a_refused_change_shows_the_cores_message_and_pushes_nothing(qtbot, controller, sandbox) -> None:
    ids = build_case(sandbox.documents, log=True)
    page = calendar_page(qtbot, controller, ids)
    log = page.calendar.log
    start = _log()
    depth = log.stack.count()
    choice = entries.services_on(D(2026, 11, 17))[:1]
    texts = []
    for attempt in (
        lambda: log.log(choice, D(2026, 11, 17), "shortened", minutes=1441),
        lambda: log.edit(start[0].id, {"minutes": 1441}),
        lambda: log.edit(start[0].id, {"minutes": -1}),
    ):
        try:
            attempt()
        except Exception as exc:
            texts.append(messages.describe(exc))
    assert texts == ["Minutes must be between 0 and 1440."] * 3
    assert log.stack.count() == depth
    assert _log() == start
    assert entry_edits.snapshot(start[0].id).minutes is None
