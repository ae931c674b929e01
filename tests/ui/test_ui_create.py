"""Creating a case through the welcome window, with clicks and keys on the real widgets."""

from __future__ import annotations

from pathlib import Path

from profile_support import child_page
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from ui_support import CHILD, PASSPHRASE, WAIT_MS

from iepdesk import settings
from iepdesk.casefile import Case
from iepdesk.model import Child


def test_create_case_through_the_welcome_window(qtbot, controller, files, sandbox) -> None:
    documents = sandbox.documents
    controller.show_welcome()
    qtbot.mouseClick(controller.welcome.create_button, Qt.MouseButton.LeftButton)
    wizard = controller.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)

    # 1. the child's name
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    qtbot.keyClicks(wizard.name_page.name, CHILD)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    # 2. where: <first name>.iepcase in the documents folder
    assert wizard.currentPage() is wizard.location_page
    expected = documents / "Maya.iepcase"
    assert wizard.location_page.path() == expected
    assert wizard.location_page.path_field.text() == str(expected)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    # 3. the passphrase, twice; "Create case" only when it is long enough and both match
    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    create = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.keyClicks(page.fields.first, PASSPHRASE)
    qtbot.waitUntil(lambda: "Strength" in page.fields.verdict.text())  # when typing pauses
    qtbot.keyClicks(page.fields.second, PASSPHRASE[:-1])
    assert not create.isEnabled()
    assert "not the same" in page.fields.match.text()
    qtbot.keyClicks(page.fields.second, PASSPHRASE[-1])
    assert create.isEnabled()
    assert not page.remember.isVisible()  # no keyring in tests: the option is not offered
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)

    # 4. the recovery kit: Finish needs the checkbox
    kit = wizard.kit_page
    qtbot.waitUntil(lambda: wizard.currentPage() is kit, timeout=WAIT_MS)
    assert expected.exists() and Path(f"{expected}.keys").exists()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert kit.grid.count() == len(controller.wizard.created.secret.groups)

    kit_pdf = sandbox.home / "USB stick" / "kit.pdf"  # not beside the case (that would ask first)
    kit_pdf.parent.mkdir()
    files.answers.append(kit_pdf)
    qtbot.mouseClick(kit.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kit_pdf.exists, timeout=WAIT_MS)
    assert kit_pdf.read_bytes().startswith(b"%PDF")
    assert "Saved to" in kit.status.text()

    qtbot.mouseClick(kit.confirmed, Qt.MouseButton.LeftButton, pos=QPoint(6, kit.confirmed.height() // 2))
    assert kit.confirmed.isChecked() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    # the case is open in the main window, titled with the child's name, and listed as recent
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())
    assert controller.main_window.windowTitle().startswith(CHILD)
    assert child_page(controller.main_window).form.name.text() == CHILD
    assert not controller.welcome.isVisible()
    assert settings.load().recent_cases == [str(expected)]

    # and it really opens with that passphrase
    controller.close_case()
    with Case.open(expected, PASSPHRASE):
        assert Child.the_child().name == CHILD


def test_create_refuses_an_existing_file(qtbot, controller, files, sandbox, make_case, monkeypatch) -> None:
    taken = make_case("Taken.iepcase")
    shown: list[str] = []
    monkeypatch.setattr("ui.messages.show_error", lambda _p, _t, text: shown.append(str(text)))
    controller.show_welcome()
    controller.create_case()
    wizard = controller.wizard
    qtbot.keyClicks(wizard.name_page.name, "Sam Example")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    files.answers.append(taken)
    qtbot.mouseClick(wizard.location_page.change_button, Qt.MouseButton.LeftButton)
    assert wizard.location_page.path() == taken
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.location_page
    assert shown and "never replaces" in shown[-1]


def test_suggested_name_skips_a_taken_one(sandbox, make_case) -> None:
    from ui.create.pages import suggested_case_path

    make_case("Maya.iepcase")
    assert suggested_case_path("Maya Other", sandbox.documents).name == "Maya 2.iepcase"


def test_kit_prints_from_memory(qapp, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from iepdesk.casefile import RecoverySecret
    from ui.kit_output import render_to
    from ui.shell.jobs import recovery_kit

    pdf = recovery_kit(RecoverySecret.generate(), "0" * 32, CHILD, "Maya.iepcase")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"  # a PDF "printer" stands in for a real one
    printer.setOutputFileName(str(out))
    assert render_to(printer, pdf)
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 10_000


def test_kit_is_suggested_away_from_the_case_and_the_case_folder_asks_first(
    qtbot, files, sandbox, monkeypatch
) -> None:
    from iepdesk.casefile import Argon2Params
    from iepdesk.casefile.remember import KeyringStatus
    from ui.create.context import CreateContext
    from ui.create.kit_page import KitPage
    from ui.shell.jobs import Created
    from ui.shell.tasks import TaskRunner

    case, secret = Case.create(sandbox.documents / "Maya.iepcase", CHILD, PASSPHRASE, Argon2Params())
    try:
        runner = TaskRunner()
        context = CreateContext(runner, files, Argon2Params, KeyringStatus(False, "test", ""))
        context.created = Created(case, secret, remembered=False)
        page = KitPage(context)
        qtbot.addWidget(page)
        page.initializePage()
        suggestions: list[Path] = []
        answers = [sandbox.documents / "kit.pdf", sandbox.documents / "kit.pdf", None]

        def choose(_parent, suggested: Path) -> Path | None:  # type: ignore[no-untyped-def]
            suggestions.append(suggested)
            return answers.pop(0)

        monkeypatch.setattr(files, "kit_pdf_path", choose)
        asked: list[str] = []
        replies = [False, True]  # "Choose another place", then "Save it here anyway"
        monkeypatch.setattr(
            "ui.messages.confirm", lambda _p, _t, text, **_k: asked.append(text) or replies.pop(0)
        )

        # The case is in the documents folder, so the kit is suggested elsewhere (the home folder here).
        page.save_button.click()
        assert suggestions[0].parent != sandbox.documents
        assert suggestions[0].name == "Maya recovery kit.pdf"
        # Picking the case's folder asks; "Choose another place" shows the dialog again, and the
        # second time "Save it here anyway" saves it there.
        assert len(asked) == 2 and "folder the case is in" in asked[0]
        assert len(suggestions) == 2
        qtbot.waitUntil((sandbox.documents / "kit.pdf").exists, timeout=WAIT_MS)

        # Saving to another folder asks nothing.
        elsewhere = sandbox.home / "USB stick"
        elsewhere.mkdir()
        answers[:] = [elsewhere / "kit.pdf"]
        page.save_button.click()
        qtbot.waitUntil((elsewhere / "kit.pdf").exists, timeout=WAIT_MS)
        assert len(asked) == 2
        runner.wait(30_000)
    finally:
        case.lock()
