"""A generated ten-year case: month view and whole-history ledger, beside raw SQL floors."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from benchmarks.timing import median_seconds, row
from iepdesk.casefile import Argon2Params, Case
from iepdesk.model import IepVersion, Incident, NonSchoolDay, Provision, SchoolYear, ServiceLogEntry, database
from iepdesk.schedule.ledger import build_ledger
from iepdesk.schedule.month import month_view

FIRST_YEAR = 2016
YEARS = 10
SERVICES = [
    ("Speech therapy", 30, 2, "week"),
    ("Occupational therapy", 45, 1, "week"),
    ("Counseling", 30, 1, "week"),
    ("Reading intervention", 40, 3, "week"),
    ("OT consultation", 60, 1, "month"),
    # Daily services, logged most days: they make up the bulk of the ~30,000 entries.
    *[(f"Daily support {n}", 30, 1, "day") for n in range(1, 14)],
]


def build_case(folder: Path) -> Path:
    path = folder / "ten-years.iepcase"
    case, _ = Case.create(path, "Benchmark child", "benchmark passphrase", Argon2Params())
    rng = random.Random(7)
    with case, database.atomic():
        previous: list[Provision] = []
        for i in range(YEARS):
            y = FIRST_YEAR + i
            SchoolYear.create(
                name=f"{y}-{y + 1}", first_day=dt.date(y, 8, 25), last_day=dt.date(y + 1, 6, 10)
            )
            NonSchoolDay.create(first_day=dt.date(y, 12, 22), last_day=dt.date(y + 1, 1, 2), kind="break")
            NonSchoolDay.create(first_day=dt.date(y + 1, 3, 16), last_day=dt.date(y + 1, 3, 20), kind="break")
            version = IepVersion.create(
                kind="annual",
                status="final",
                effective_from=dt.date(y, 8, 25),
                effective_to=dt.date(y + 1, 8, 24),
            )
            current = []
            for j, (title, minutes, sessions, period) in enumerate(SERVICES):
                current.append(
                    Provision.create(
                        version=version,
                        kind="service",
                        title=title,
                        minutes_per_session=minutes,
                        sessions_per_period=sessions,
                        period=period,
                        position=j,
                        copied_from=previous[j].id if previous else None,
                    )
                )
            previous = current
            day = dt.date(y, 8, 25)
            entries: list[dict[str, object]] = []
            incidents: list[dict[str, object]] = []
            while day <= dt.date(y + 1, 6, 10):
                if day.weekday() < 5:
                    for p in current:
                        chance = 0.95 if p.period == "day" else 0.4
                        if rng.random() < chance:
                            status = rng.choices(
                                ["delivered", "missed", "shortened", "makeup"], [70, 18, 8, 4]
                            )[0]
                            entries.append(
                                {
                                    "provision": p.id,
                                    "date": day,
                                    "status": status,
                                    "minutes": rng.randint(10, 25) if status == "shortened" else None,
                                    "reason": "provider_absent" if status == "missed" else None,
                                }
                            )
                    for _ in range(rng.choice([1, 1, 2, 2, 2])):
                        incidents.append({"date": day, "what_happened": "Accommodation not given"})
                day += dt.timedelta(days=1)
            for start in range(0, len(entries), 500):
                ServiceLogEntry.insert_many(entries[start : start + 500]).execute()
            for start in range(0, len(incidents), 500):
                Incident.insert_many(incidents[start : start + 500]).execute()
    return path


def run(folder: Path) -> Path:
    path = build_case(folder)
    with Case.open(path, "benchmark passphrase") as case:
        conn = case._require_db().connection()
        entries = conn.execute("SELECT count(*) FROM service_log_entry").fetchone()[0]
        incidents = conn.execute("SELECT count(*) FROM incident").fetchone()[0]
        print(f"generated ten-year case: {entries} log entries, {incidents} incidents")

        def month_floor() -> None:
            conn.execute(
                "SELECT id, provision_id, date, status, minutes FROM service_log_entry "
                "WHERE date BETWEEN '2021-02-22' AND '2021-04-04'"
            ).fetchall()
            conn.execute(
                "SELECT id, date FROM incident WHERE date BETWEEN '2021-02-22' AND '2021-04-04'"
            ).fetchall()

        def save_entry() -> None:
            """A saved log entry of March 2021: the plan is kept, that service's entries are matched again."""
            conn.execute(
                "UPDATE service_log_entry SET note = note || 'x' WHERE id = "
                "(SELECT min(id) FROM service_log_entry WHERE date = '2021-03-10')"
            )

        def change_iep() -> None:
            """A saved IEP service (its title saved as it was): nothing the ledger kept is used after it."""
            conn.execute("UPDATE provision SET title = title WHERE id = 1")

        floor = median_seconds(month_floor, 9)
        view = median_seconds(lambda: month_view(2021, 3), 9)
        row("month view (March 2021)", view, "raw SQL of its rows", floor)
        saved = median_seconds(lambda: month_view(2021, 3), 9, setup=save_entry)
        row("  the same, just after saving an entry", saved, "raw SQL of its rows", floor)
        cold = median_seconds(lambda: month_view(2021, 3), 9, setup=change_iep)
        row("  the same, just after an IEP change", cold, "raw SQL of its rows", floor)
        months = iter([(y, m) for y in range(2017, 2026) for m in (9, 10, 11, 12, 1, 2, 3, 4, 5)])
        walk = median_seconds(lambda: month_view(*next(months)), 9)
        row("  another month each time", walk, "raw SQL of its rows", floor)

        def ledger_floor() -> None:
            conn.execute(
                "SELECT provision_id, status, count(*), sum(coalesce(minutes, 0)) "
                "FROM service_log_entry GROUP BY provision_id, status"
            ).fetchall()

        def whole_history() -> None:
            build_ledger(dt.date(FIRST_YEAR, 8, 1), dt.date(FIRST_YEAR + YEARS, 7, 31), "month")

        floor = median_seconds(ledger_floor, 5)
        whole = median_seconds(whole_history, 3)
        row("whole-history ledger, by month", whole, "raw SQL sum by service", floor)
        saved = median_seconds(whole_history, 3, setup=save_entry)
        row("  the same, just after saving an entry", saved, "raw SQL sum by service", floor)
        cold = median_seconds(whole_history, 3, setup=change_iep)
        row("  the same, just after an IEP change", cold, "raw SQL sum by service", floor)
    return path
