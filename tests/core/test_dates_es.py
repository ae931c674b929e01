"""Typed dates in Spanish (issue 16): Spanish month and weekday names read as typed, in Spanish only, and
the reasons a date cannot be read said in Spanish; outside Spanish everything stays as in English."""

from __future__ import annotations

import datetime as dt

import pytest

from iepdesk.dates import DateTextError, parse_date, parse_datetime
from iepdesk.i18n import use_language

D = dt.date
TODAY = D(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3 de diciembre de 2026", D(2026, 12, 3)),
        ("3 dic 2026", D(2026, 12, 3)),
        ("3 dic. 2026", D(2026, 12, 3)),
        ("diciembre 3, 2026", D(2026, 12, 3)),
        ("Diciembre 3 2026", D(2026, 12, 3)),
        ("3 DE DICIEMBRE DE 2026", D(2026, 12, 3)),
        ("1 de enero de 2027", D(2027, 1, 1)),
        ("5 ene 2027", D(2027, 1, 5)),
        ("14 abr 2027", D(2027, 4, 14)),
        ("3 de marzo de 2027", D(2027, 3, 3)),
        ("3 mar 2027", D(2027, 3, 3)),  # "mar" is marzo, never martes
        ("20 ago 2026", D(2026, 8, 20)),
        ("3 de septiembre de 2026", D(2026, 9, 3)),
        ("3 de setiembre de 2026", D(2026, 9, 3)),
        ("3 sept 2026", D(2026, 9, 3)),
        ("3 set 2026", D(2026, 9, 3)),
        ("martes, 1 de diciembre de 2026", D(2026, 12, 1)),
        ("miércoles 2 de diciembre del 2026", D(2026, 12, 2)),
        ("miercoles 2 de diciembre del 2026", D(2026, 12, 2)),
        ("sáb 5 dic 2026", D(2026, 12, 5)),
        ("el 3 de diciembre de 2026", D(2026, 12, 3)),
        ("3 de diciembre", D(2026, 12, 3)),  # no year: this year
        ("3 ago 26", D(2026, 8, 3)),  # two-digit year: the module's rule
        ("29 de febrero de 2028", D(2028, 2, 29)),  # a leap year
        ("Dec 3 2026", D(2026, 12, 3)),  # the English names still read
        ("12/3/2026", D(2026, 12, 3)),
    ],
)
def test_spanish_dates_read_as_typed(text: str, day: dt.date) -> None:
    with use_language("es"):
        assert parse_date(text, today=TODAY) == day


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("29 de febrero de 2027", "Ese día no existe. Escriba una fecha como 8/20/2026."),
        ("2/29/2027", "2027 no es un año bisiesto: febrero de 2027 tiene 28 días."),
        ("4/31/2026", "abril tiene 30 días, así que el 31 de abril no existe."),
        ("13/4/2026", "No existe el mes 13. Escriba una fecha como 8/20/2026."),
        ("miércoles, 1 de diciembre de 2026", "El 1 de diciembre de 2026 es martes, no miércoles."),
        ("diciembre de 2026", "Indique el mes y el día, por ejemplo 8/20/2026."),
        ("3 de diciembrito de 2026", "IEPDesk no puede leer esta fecha. Escriba una fecha como 8/20/2026."),
        ("hola", "IEPDesk no puede leer esta fecha. Escriba una fecha como 8/20/2026."),
        ("3 de diciembre de 2026 9:30", "Escriba aquí solo la fecha, sin la hora."),
        ("", "Escriba una fecha, por ejemplo 8/20/2026."),
    ],
)
def test_what_cannot_be_read_is_said_in_spanish(text: str, message: str) -> None:
    with use_language("es"), pytest.raises(DateTextError) as caught:
        parse_date(text, today=TODAY)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("3 de diciembre de 2026", "This is not a date IEPDesk can read. Type a date like 8/20/2026."),
        ("3 dic 2026", "This is not a date IEPDesk can read. Type a date like 8/20/2026."),
        ("4/31/2026", "April has 30 days, so April 31 does not exist."),
        ("2/29/2027", "2027 is not a leap year: February 2027 has 28 days."),
        ("Wednesday, December 1, 2026", "December 1, 2026 is a Tuesday, not a Wednesday."),
    ],
)
def test_outside_spanish_the_same_texts_are_english(text: str, message: str) -> None:
    with pytest.raises(DateTextError) as caught:
        parse_date(text, today=TODAY)
    assert str(caught.value) == message


def test_a_spanish_date_and_time() -> None:
    with use_language("es"):
        assert parse_datetime("3 dic 2026 9:30 AM", today=TODAY) == dt.datetime(2026, 12, 3, 9, 30)
        with pytest.raises(DateTextError) as caught:
            parse_datetime("3 dic 2026", today=TODAY)
        assert str(caught.value) == "Agregue la hora, por ejemplo 12/3/2026 9:30 AM."
        with pytest.raises(DateTextError) as caught:
            parse_datetime("3 dic 2026 13:70", today=TODAY)
        assert str(caught.value) == "70 no es un minuto. Escriba una hora como 9:30 AM."
    with pytest.raises(DateTextError) as caught:
        parse_datetime("12/3/2026", today=TODAY)
    assert str(caught.value) == "Add the time, like 12/3/2026 9:30 AM."


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3/12/2026", D(2026, 12, 3)),
        ("3 de diciembre de 2026", D(2026, 12, 3)),
        ("diciembre 3, 2026", D(2026, 12, 3)),
        ("29/2/2028", D(2028, 2, 29)),
    ],
)
def test_the_day_first_order_a_spanish_window_uses(text: str, day: dt.date) -> None:
    with use_language("es"):
        assert parse_date(text, "DMY", today=TODAY) == day
        with pytest.raises(DateTextError) as caught:
            parse_date("29/2/2027", "DMY", today=TODAY)
    assert str(caught.value) == "2027 no es un año bisiesto: febrero de 2027 tiene 28 días."
