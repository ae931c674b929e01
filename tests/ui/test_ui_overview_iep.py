"""The Overview: the IEP in effect, the next review and reevaluation (the last evaluation typed on the
Child & team page), and the deadlines coming up."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from profile_support import child_page
from PySide6.QtCore import QDate, Qt
from test_ui_iep_support import TODAY, case_with, final_version, speech
from ui_support import PASSPHRASE, find_case_text, open_case

from iepdesk import drafts
from iepdesk.casefile import Case
from iepdesk.iep import edits
from iepdesk.model import Child, Provision
from ui.iep import words

MEETING = TODAY - dt.timedelta(days=40)
EVALUATED = TODAY - relativedelta(years=2)


def _iep() -> None:
    version = final_version(meeting_date=MEETING, effective_from=TODAY - dt.timedelta(days=30))
    speech(version.id)
    edits.add_provision(
        version.id,
        "accommodation",
        title="Testing room",
        iep_wording="Jacob will have access to the test room.",
    )
    child = Child.the_child()
    child.parent_name = "Ophelia Parentname"
    child.save()


def test_overview_shows_the_iep_in_effect_and_the_next_dates(qtbot, controller, sandbox) -> None:
    open_case(qtbot, controller, case_with(sandbox, _iep))
    page = controller.main_window.overview
    summary = page.iep_summary
    assert summary.current.text() == "In effect today: Annual IEP of " + words.short_date(
        TODAY - dt.timedelta(days=30)
    )
    assert summary.clarity.text() == "2 provisions, 1 with clarity notes to check on the IEP page."
    review = summary.review.text()
    assert review.startswith(f"By {words.date_text(MEETING + relativedelta(years=1))} (in ")
    assert f"Counted from the IEP meeting of {words.date_text(MEETING)}" in review
    assert "34 CFR 300.324(b)(1)" in review
    assert summary.reevaluation.text().startswith("Not known yet: enter the date of the last full evaluation")
    heads = [head.text() for head, _detail in page.deadlines.items]
    assert any("Annual IEP review due" in h for h in heads)
    detail = next(d.text() for h, d in page.deadlines.items if "Annual IEP review due" in h.text())
    assert detail.startswith(f"Counted from the last IEP meeting ({words.short_date(MEETING)}).")
    assert "state" in page.deadlines.state_note.text()
    window = controller.main_window
    child = child_page(window, show=True)
    assert child.form.parent_name.text() == "Ophelia Parentname"

    # The last evaluation, typed on the child's form, gives the reevaluation date on the Overview.
    child.form.last_evaluation.setDate(QDate(EVALUATED.year, EVALUATED.month, EVALUATED.day))
    assert child.save_button.isEnabled()
    qtbot.mouseClick(child.save_button, Qt.MouseButton.LeftButton)
    assert child.status.text() == "Saved."
    window.show_page(0)
    reevaluation = summary.reevaluation.text()
    assert reevaluation.startswith(f"By {words.date_text(EVALUATED + relativedelta(years=3))} (in ")
    assert "34 CFR 300.303(b)" in reevaluation
    assert Child.the_child().last_evaluation_date == EVALUATED

    # Fixed on the IEP page, then back on the Overview: it is read again.
    vague = Provision.get(Provision.title == "Testing room")
    edits.update_provision(
        vague.id,
        {
            "iep_wording": "The case manager will take Jacob to the test room for every test.",
            "applies_when": "tests",
            "provider_role": "case manager",
            "how_given": "prompted",
        },
    )
    window.show_page(1)
    window.show_page(0)
    assert summary.clarity.text() == "2 provisions, none with clarity notes."


def test_overview_without_an_iep_and_after_lock(qtbot, controller, sandbox) -> None:
    path = case_with(
        sandbox,
        lambda: final_version(
            effective_from=TODAY - dt.timedelta(days=400), effective_to=TODAY - dt.timedelta(days=20)
        ),
    )
    open_case(qtbot, controller, path)
    page = controller.main_window.overview
    assert page.iep_summary.current.text() == "No signed IEP is recorded as in effect today."
    warning = page.iep_summary.warnings.text()
    since = words.short_date(TODAY - dt.timedelta(days=19))
    assert warning == f"⚠ No signed IEP is recorded as in effect since {since}."
    child = child_page(controller.main_window)
    child.form.parent_name.setText("Ophelia Parentname")
    child.form.parent_name.textEdited.emit("Ophelia Parentname")
    controller.lock()
    assert find_case_text(["Ophelia", "Parentname", "Testchild"]) == []
    assert page.iep_summary.current.text() == "" and page.deadlines.items == []
    with Case.open(path, PASSPHRASE):
        assert Child.the_child().parent_name == ""  # the lock saves nothing: it keeps a draft
        draft = drafts.load("child")
        assert draft is not None and draft.values["fields"]["parent_name"] == "Ophelia Parentname"
