"""The window and `iepdesk export letter` give the same letter text for the same choices (issue 12).

The window's New letter wizard hands its choices to ui.letters.letters_ctl.create, which calls
iepdesk.letters.drafts.create_draft; the CLI builds the same Selection (iepdesk.letters.choices) and
calls the same function. The texts are compared whole.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_ui_letters_case import make_letters_case
from ui_support import PASSPHRASE

from iepdesk.casefile import Case
from iepdesk.letters import drafts
from iepdesk.model import Incident, Letter
from ui.letters import kinds
from ui.letters import letters_ctl as ctl
from ui.letters.check_panel import CheckPanel


def _cli_text(path: Path, kind: str, out: Path, options: list[str]) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "iepdesk", "export", "letter", str(path), kind, str(out), "--new", *options],
        env={**os.environ, "IEPDESK_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return out.read_text("utf-8")


@pytest.mark.parametrize(
    "kind",
    [
        "state-complaint",
        "concerns-letter",
        "incident-email",
        "ocr-complaint",
        "records-request",
        "pwn-request",
    ],
)
def test_window_and_cli_write_the_same_letter(sandbox, kind: str) -> None:
    path = make_letters_case(sandbox.documents)
    today = dt.date.today()
    start = today - dt.timedelta(days=60)
    with Case.open(path, PASSPHRASE):
        chosen = [int(i.id) for i in Incident.select().order_by(Incident.date)][:2]
    details = {"resolution": "Make-up sessions for the missed minutes", "staff_unaware": "yes"}
    if kind == "pwn-request":
        details["decision"] = "the refusal to make up the missed speech sessions"
    args = ["--date", today.isoformat()]
    for incident_id in chosen:
        args += ["--incident", str(incident_id)]
    if kind in ("state-complaint", "concerns-letter", "records-request"):
        args += ["--from", start.isoformat(), "--to", today.isoformat()]
    for key, value in details.items():
        args += ["--detail", f"{key}={value}"]
    cli = _cli_text(path, kind, sandbox.documents / f"{kind}.txt", args)

    with Case.open(path, PASSPHRASE):
        cites = kinds.CITES[kind]
        selection = ctl.Selection(
            incidents=tuple(chosen[:1] if kind == "incident-email" else chosen)
            if "incidents" in cites
            else (),
            ledger_from=start if "ledger" in cites else None,
            ledger_to=today if "ledger" in cites else None,
        )
        letter = ctl.create(kind, selection, details, today)
        window = ctl.plain_text(letter, str(letter.body))
        assert Letter.select().where(Letter.kind == kind).count() == 2  # the CLI's draft and this one
    assert window == cli
    if kind == "state-complaint":
        assert "were delivered" in cli and "300.323(d)" in cli  # the service facts, the staff rule
    if kind == "records-request":  # the period asked for by name, as the window cites it
        assert f"{drafts.long_date(start)} to {drafts.long_date(today)}" in cli
    if kind == "pwn-request":
        assert "the refusal to make up the missed speech sessions" in cli and "(7) " in cli


def test_the_check_panel_offers_to_leave_out_what_is_outside_the_window(qtbot) -> None:
    panel = CheckPanel()
    qtbot.addWidget(panel)
    check = drafts.LetterCheck([], [], "34 CFR 300.153(b)", outside_window=["- (more than one year …) x"])
    panel.show_check(check)
    assert not panel.leave_out_button.isHidden()
    with qtbot.waitSignal(panel.leave_out_requested):
        panel.leave_out_button.click()
    panel.show_check(drafts.LetterCheck([], [], "34 CFR 300.153(b)"))
    assert panel.leave_out_button.isHidden()


def test_the_wizard_cites_the_last_90_days_of_minutes_by_default_like_the_cli(qtbot, sandbox) -> None:
    from ui.letters.new_letter import NewLetterWizard

    path = make_letters_case(sandbox.documents)
    today = dt.date.today()
    with Case.open(path, PASSPHRASE):
        wizard = NewLetterWizard(today, "concerns-letter")
        qtbot.addWidget(wizard)
        wizard.cites_page.show_for("concerns-letter")
        assert wizard.cites_page.use_ledger.isChecked()
        selection = wizard.cites_page.selection("concerns-letter")
        assert (selection.ledger_from, selection.ledger_to) == (today - dt.timedelta(days=90), today)
        wizard.cites_page.use_ledger.click()  # the parent unticks it: that choice is kept
        wizard.cites_page.show_for("state-complaint")
        assert not wizard.cites_page.use_ledger.isChecked()
        wizard.cites_page.show_for("ocr-complaint")
        assert wizard.cites_page.selection("ocr-complaint").ledger_from is None
