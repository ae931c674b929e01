"""The binder's minutes tables add up on their face: a session cut short with no minutes given has its
own column ("Not known"), so delivered + excused + missed + not recorded + not known = required."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from iepdesk.casefile import Case
from iepdesk.export.binder_data import BinderOptions, gather
from iepdesk.export.binder_pdf import MONTH_HEADER, build_binder, month_cells

from .conftest import D

# February and March 2025, four whole school weeks each (Feb 3-28, Mar 3-28), long past.
START, END = D(2025, 2, 1), D(2025, 3, 28)

# Speech therapy, 2 x 30 min a week, no fixed days: 60 min a week, 240 min a month.
#
# February 2025, 4 weeks x 2 sessions x 30 min = 240 required:
#   week of Feb 3:  Tue 4 delivered (30 delivered); Thu 6 shortened, minutes not given (30 not known)
#   week of Feb 10: Tue 11 missed, student absent (30 excused: an excused reason by default);
#                   Thu 13 shortened to 20 min (20 delivered, 10 missed)
#   week of Feb 17: Tue 18 missed, provider absent (30 missed); the second session nobody logged
#                   (30 not recorded)
#   week of Feb 24: nothing logged (60 not recorded)
#   delivered 30 + 20 = 50, excused 30, missed 10 + 30 = 40, not recorded 30 + 60 = 90,
#   not known 30: 50 + 30 + 40 + 90 + 30 = 240 = required. Made up 0, owed 40.
# March 2025, 240 required: Tue Mar 4 and Thu Mar 6 delivered (60 delivered), the other three weeks
#   nobody logged (180 not recorded); a 30-minute make-up on Wed Mar 12 (30 made up, not part of
#   required): 60 + 0 + 0 + 180 + 0 = 240. Owed max(0, 0 - 30) = 0.
# The whole period (the totals row): required 480, delivered 110, excused 30, missed 40,
#   not recorded 270, not known 30 (110 + 30 + 40 + 270 + 30 = 480), made up 30, owed 40 - 30 = 10.
FEBRUARY = {
    "required": 240,
    "delivered": 50,
    "excused": 30,
    "missed": 40,
    "not_recorded": 90,
    "minutes_unknown": 30,
    "made_up": 0,
    "owed": 40,
}
MARCH = {
    "required": 240,
    "delivered": 60,
    "excused": 0,
    "missed": 0,
    "not_recorded": 180,
    "minutes_unknown": 0,
    "made_up": 30,
    "owed": 0,
}
TOTAL = {
    "required": 480,
    "delivered": 110,
    "excused": 30,
    "missed": 40,
    "not_recorded": 270,
    "minutes_unknown": 30,
    "made_up": 30,
    "owed": 10,
}
ADDENDS = ("delivered", "excused", "missed", "not_recorded", "minutes_unknown")


def figures_of(f: object) -> dict[str, int]:
    return {name: int(getattr(f, name)) for name in FEBRUARY}


def test_month_row_shows_minutes_not_known_and_adds_up(one_service: Case) -> None:
    data = gather(BinderOptions(start=START, end=END, sections=["ledger"]))
    assert data.ledger is not None
    rows = [r for r in data.ledger.rows if r.service == "Speech therapy"]
    assert [r.label for r in rows] == ["February 2025", "March 2025"]
    assert figures_of(rows[0].figures) == FEBRUARY
    assert figures_of(rows[1].figures) == MARCH
    (total,) = data.ledger.totals
    assert figures_of(total.figures) == TOTAL
    for f in (rows[0].figures, rows[1].figures, total.figures):
        assert sum(getattr(f, name) for name in ADDENDS) == f.required
    # The cells the binder prints, by their headers: the same sum, read off the table.
    cells = dict(zip(MONTH_HEADER, month_cells(rows[0].label, rows[0].figures), strict=True))
    addends = ("Delivered", "Excused", "Missed", "Not recorded", "Not known")
    assert sum(int(cells[h]) for h in addends) == int(cells["Required"]) == 240
    assert cells["Not known"] == "30"


def test_printed_tables_add_up(one_service: Case) -> None:
    result = build_binder(BinderOptions(start=START, end=END, sections=["ledger"]))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(result.pdf)).pages)
    flat = " ".join(text.split())
    assert "Not known" in flat
    assert "Not known: cut short, minutes not known: ask the school." in flat
    # The notes under the summary are kept as they were.
    assert "1 session cut short, minutes not known: ask the school." in flat

    def printed(label: str, count: int) -> list[int]:
        found = re.search(re.escape(label) + rf"((?:\s+\d+){{{count}}})", text)
        assert found, f"the row {label!r} with {count} figures is in the binder"
        return [int(x) for x in found.group(1).split()]

    # Month, Required, Delivered, Excused, Missed, Not recorded, Not known, Made up, Owed.
    february = printed("February 2025", 8)
    assert february == [240, 50, 30, 40, 90, 30, 0, 40]
    assert sum(february[1:6]) == february[0]
    march = printed("March 2025", 8)
    assert march == [240, 60, 0, 0, 180, 0, 30, 0]
    assert sum(march[1:6]) == march[0]
    # The totals row: Service, Required, Delivered, Excused, Missed, Not recorded, Not known,
    # Made up, Owed, Rate (the rate: (110 delivered + 30 made up) / (480 - 30 - 270 - 30) = 140/150).
    total = printed("Speech therapy", 8)
    assert total == [480, 110, 30, 40, 270, 30, 30, 10]
    assert sum(total[1:6]) == total[0]
    assert re.search(r"Speech therapy(?:\s+\d+){8}\s+93%", text)
