"""The IEP comparison, the timeline's issues and the editor's refusals in Spanish (issue 16)."""

from __future__ import annotations

import datetime as dt

import factories
import pytest

from iepdesk.casefile import Case
from iepdesk.i18n import use_language
from iepdesk.iep import edits, versions
from iepdesk.iep.compare import ProvisionData, amount_text, compare, kind_label

D = dt.date

OLD = ProvisionData(
    id=1, version=1, kind="service", title="Speech therapy", minutes_per_session=30, sessions_per_period=2,
    period="week", location="therapy room",
)  # fmt: skip
NEW = ProvisionData(
    id=2, version=2, kind="service", title="Speech therapy", minutes_per_session=30, sessions_per_period=1,
    period="week", location="classroom", copied_from=1,
)  # fmt: skip
ADDED = ProvisionData(id=3, version=2, kind="accommodation", title="Extended time")


def test_the_comparison_in_spanish() -> None:
    with use_language("es"):
        lines = compare([OLD], [NEW, ADDED]).lines()
    # 2 × 30 = 60 minutes a week before, 1 × 30 = 30 now: the same unit, so only the number changes.
    assert lines == [
        "se agregó: adaptación Extended time",
        "se cambió: Speech therapy: 60 → 30 minutos por semana; lugar: therapy room → classroom",
    ]
    assert compare([OLD], [NEW, ADDED]).lines() == [
        "added: accommodation Extended time",
        "changed: Speech therapy: 60 → 30 minutes per week; location: therapy room → classroom",
    ]


def test_amounts_say_one_session_and_two_sessions() -> None:
    one = ProvisionData(id=4, version=1, kind="service", sessions_per_period=1, period="week")
    two = ProvisionData(id=5, version=1, kind="service", sessions_per_period=2, period="grading_period")
    with use_language("es"):
        assert amount_text(one) == "1 sesión por semana"
        assert amount_text(two) == "2 sesiones por periodo de calificaciones"
        assert amount_text(OLD) == "60 minutos por semana (2 × 30)"
        assert kind_label("supplementary_aid") == "ayuda suplementaria"
    assert amount_text(OLD) == "60 minutes per week (2 × 30)"
    assert kind_label("supplementary_aid") == "supplementary aid"


def test_timeline_issues_in_spanish(case: Case) -> None:
    factories.version(D(2024, 9, 1), D(2025, 6, 30), meeting_date=D(2024, 9, 1))
    factories.version(D(2025, 9, 1), D(2026, 8, 31), meeting_date=D(2025, 9, 1))
    with use_language("es"):
        issues = versions.timeline_issues(D(2026, 9, 10))
    assert [i.message for i in issues] == [
        "No hay ningún IEP registrado como vigente del 2025-07-01 al 2025-08-31.",
        "No hay ningún IEP registrado como vigente desde el 2026-09-01.",
    ]


def test_a_provision_in_use_is_kept_with_a_spanish_reason(case: Case) -> None:
    iep = factories.version()
    speech = factories.service(iep)
    factories.log(speech, D(2025, 9, 2), "delivered")
    with use_language("es"), pytest.raises(edits.InUseError) as refused:
        edits.check_delete_provision(int(speech.id))
    assert str(refused.value) == (
        "Esto se conserva: 1 entrada en el registro de servicios se refiere a esto. Elimine o mueva eso "
        "primero si de verdad hay que quitarlo. Si ya terminó, mejor póngale una fecha de fin."
    )
    factories.log(speech, D(2025, 9, 4), "delivered")
    factories.incident(D(2025, 9, 5), [speech])
    with use_language("es"), pytest.raises(edits.InUseError) as refused:
        edits.check_delete_provision(int(speech.id))
    assert str(refused.value).startswith(
        "Esto se conserva: 2 entradas en el registro de servicios y 1 incidente se refieren a esto."
    )
    with pytest.raises(
        edits.InUseError, match=r"^This is kept: 2 log entries in the service log and 1 incident refer"
    ):
        edits.check_delete_provision(int(speech.id))
