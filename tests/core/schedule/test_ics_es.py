"""Spanish district calendars: each keyword group with event titles that should and should not
suggest it, read from .ics files built here with icalendar (a school calendar can be in either
language, so both languages' keywords are always used)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from icalendar import Calendar, Event

from iepdesk.i18n import use_language
from iepdesk.paths import resource_path
from iepdesk.schedule import ics


def calendar(*titles: str) -> bytes:
    """One all-day event per title, on consecutive days from 7 September 2026."""
    cal = Calendar()
    cal.add("prodid", "-//Distrito Escolar de Prueba//ES")
    cal.add("version", "2.0")
    for number, title in enumerate(titles):
        event = Event()
        day = dt.date(2026, 9, 7) + dt.timedelta(days=number)
        event.add("uid", f"evento-{number}@distrito")
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", title)
        cal.add_component(event)
    return bytes(cal.to_ical())


def suggestion(title: str) -> tuple[str, str]:
    (event,) = ics.read_events(calendar(title))
    assert event.summary == title  # accents survive the file
    return event.suggestion, event.day_off_kind


# (suggestion, day-off kind): (titles that give it, titles that must not)
EXAMPLES: dict[tuple[str, str], tuple[list[str], list[str]]] = {
    ("first_day", ""): (
        ["Primer día de clases", "Inicio del año escolar 2026-2027", "PRIMER DIA PARA ESTUDIANTES"],
        ["Noche de regreso a clases", "Reunión de padres"],
    ),
    ("last_day", ""): (
        ["Último día de clases - salida temprana", "Fin del año escolar", "Ultimo dia de escuela"],
        ["Último día para entregar formularios"],
    ),
    ("school_day", ""): (
        ["Salida temprana", "Miércoles de salida anticipada", "Día de fotos", "Medio día"],
        ["Día festivo"],
    ),
    ("day_off", "staff_day"): (
        ["Día de desarrollo profesional (no hay clases)", "Dia de trabajo para maestros"],
        ["Reunión del consejo escolar"],
    ),
    ("day_off", "break"): (
        ["Vacaciones de invierno", "Vacaciones de primavera", "Receso de Acción de Gracias", "Semana Santa"],
        ["Concierto de invierno", "Feria de primavera"],
    ),
    ("day_off", "holiday"): (
        [
            "Día festivo",
            "Dia festivo",
            "Acción de Gracias",
            "Día de Martin Luther King Jr.",
            "Día del Trabajo",
        ],
        ["Celebración de la Herencia Hispana", "Desfile de la escuela"],
    ),
    ("day_off", "closure"): (
        ["No hay clases", "Escuela cerrada por mal tiempo", "Día libre"],
        ["Reunión de padres", "Clases de inglés para padres", "Noche de matemáticas"],
    ),
}


@pytest.mark.parametrize(
    ("expected", "title"), [(key, t) for key, (yes, _no) in EXAMPLES.items() for t in yes]
)
def test_spanish_title_is_suggested(expected: tuple[str, str], title: str) -> None:
    assert suggestion(title) == expected


@pytest.mark.parametrize(
    ("expected", "title"), [(key, t) for key, (_yes, no) in EXAMPLES.items() for t in no]
)
def test_spanish_title_is_not_suggested(expected: tuple[str, str], title: str) -> None:
    assert suggestion(title) != expected


@pytest.mark.parametrize(
    "title",
    ["Reunión de padres", "Conferencias de padres y maestros", "Feria del libro", "Noche de matemáticas"],
)
def test_an_ordinary_school_event_is_left_for_the_parent(title: str) -> None:
    assert suggestion(title) == ("unknown", "other")


def test_a_calendar_in_both_languages_is_read_with_both() -> None:
    data = calendar(
        "Winter Break", "Vacaciones de invierno", "Reunión de padres", "Board of Education Meeting"
    )
    got = {e.summary: (e.suggestion, e.day_off_kind) for e in ics.read_events(data)}
    assert got == {
        "Winter Break": ("day_off", "break"),
        "Vacaciones de invierno": ("day_off", "break"),
        "Reunión de padres": ("unknown", "other"),
        "Board of Education Meeting": ("unknown", "other"),
    }


def test_the_parents_language_does_not_change_the_suggestion() -> None:
    with use_language("es"):
        assert suggestion("Labor Day - No School") == ("day_off", "holiday")
        assert suggestion("Día del Trabajo - No hay clases") == ("day_off", "holiday")


def test_every_spanish_keyword_is_matched_with_and_without_its_accents() -> None:
    data = json.loads(resource_path("calendar", "ics-keywords.es.json").read_text("utf-8"))
    for group, words in data.items():
        if not isinstance(words, list):
            continue
        for word in words:
            plain = ics._fold(word)
            assert ics.classify(word.upper()) == ics.classify(plain), (group, word)
            assert ics.classify(word)[0] != "unknown", (group, word)


def test_an_unreadable_spanish_calendar_says_so_in_spanish() -> None:
    with use_language("es"), pytest.raises(ics.IcsError) as error:
        ics.read_events(b"esto no es un calendario")
    assert str(error.value).startswith("Este no es un archivo de calendario")
