"""Every command reads a date as it was typed, YYYY-MM-DD only: the older commands (ledger, export,
binder) as strictly as the area commands. Python's own reader would take 20260304 and 2026-W10-2 (the
Tuesday of week 10), a day the user never typed."""

from __future__ import annotations

import pytest

from iepdesk.cli import main


@pytest.mark.parametrize(
    "argv",
    [
        ["ledger", "x.iepcase", "--from", "20250901"],
        ["ledger", "x.iepcase", "--as-of", "2026-W10-2"],
        ["ledger", "x.iepcase", "--to", "2026-02-30"],
        ["export", "letter", "x.iepcase", "concerns-letter", "out.pdf", "--date", "2026-W10-2"],
        ["export", "binder", "x.iepcase", "out.pdf", "--meeting", "20260304"],
    ],
)
def test_a_date_not_typed_as_yyyy_mm_dd_is_a_usage_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_a_date_typed_as_yyyy_mm_dd_is_read_as_that_day() -> None:
    from iepdesk.cli import build_parser

    args = build_parser().parse_args(["ledger", "x.iepcase", "--from", "2024-02-29", "--to", "2024-03-01"])
    assert (args.from_.isoformat(), args.to.isoformat()) == ("2024-02-29", "2024-03-01")
