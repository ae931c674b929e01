from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.model import Child


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    opened = factories.new_case(tmp_path / "letters.iepcase", "José Núñez")
    child = Child.the_child()
    child.school = "Lincoln Elementary"
    child.district = "Example Unified School District"
    child.grade = "4"
    child.parent_name = "María Núñez"
    child.parent_email = "maria@example.com"
    child.save()
    factories.contact("Dana Whitfield", "Case manager", email="d.whitfield@example.org")
    factories.school_year("2025-26", dt.date(2025, 8, 25), dt.date(2026, 6, 10))
    start = dt.date(2025, 9, 1)
    version = factories.version(start, dt.date(2026, 8, 31), meeting_date=start)
    factories.service(version, "Speech therapy", 30, 2, "week", delivery=None, location="", provider_role="")
    factories.provision(
        version, "accommodation", "Extended time", iep_wording="Extended time (1.5x) on tests and quizzes"
    )
    yield opened
    opened.lock()
