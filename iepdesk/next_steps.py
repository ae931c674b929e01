"""Next steps: the usual path when an IEP is not followed, with what the case already shows marked done.

The order is the one parents usually take (shared/domain/PARENT-NEEDS.md): keep a record, make the IEP
precise, write calmly, ask for a meeting, get help, the formal routes, and the path of least resistance.
Every rule named here is one of shared/domain/LEGAL-FACTS.md. No address, phone number or web address is
ever given: help is named by the national finders only.

The words are data: each text has a key in :data:`TEXTS` (English), and a step carries keys and values,
never finished sentences, so the window can show each text in its own language (ui/letters/
next_steps_texts.py holds the same keys as translatable literals). ``Line.text()`` gives the text in
the current language (the core's catalogue: the command line, the binder).

This module never imports Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from iepdesk import deadlines
from iepdesk.i18n import N_, _, long_date
from iepdesk.iep.overview import overview
from iepdesk.model import Communication, Contact, Incident, Letter, ServiceLogEntry
from iepdesk.model.vault import Direction

#: Every text the steps can show, by key. Values in braces are filled from the case.
TEXTS: dict[str, str] = {
    # ---- the page --------------------------------------------------------------------------------
    "intro": N_(
        "The steps parents usually take, roughly in this order. Go at your own pace. "
        "A ✓ marks what your case already shows."
    ),
    "expect.title": N_("What to expect"),
    "expect.modest": N_(
        "Remedies are usually modest. They aim to get the services delivered: the school fixes what it "
        "does, sometimes gives make-up services, sometimes trains its staff. They are not meant to "
        "punish anyone."
    ),
    "expect.due_process": N_(
        "Due process is costly and takes a lot of effort. It comes before any court case about the IEP."
    ),
    "expect.teacher": N_(
        "Suing a teacher rarely works. The routes above are about what the school district must do."
    ),
    "expect.media": N_(
        "Be careful about going to the media. Your child's story becomes public, and it can make talks "
        "with the school harder. Talk it over with an advocate or an attorney first."
    ),
    "expect.advice": N_("This is information, not legal advice."),
    # ---- 1. keep a record ------------------------------------------------------------------------
    "record.title": N_("Keep a dated record"),
    "record.about": N_(
        "Write down what happens, on the day it happens. A short dated note is enough: what was to "
        "happen, and what did."
    ),
    "record.how": N_(
        "Log each service session on the Calendar & log page. Record an incident on the Incidents page "
        "whenever a service or support is not given."
    ),
    "record.documented": N_("Documented: {entries}, {incidents}."),
    "record.latest": N_("The latest incident is from {day}."),
    "record.nothing": N_("Nothing is recorded yet."),
    "count.entries.one": N_("1 service log entry"),
    "count.entries.many": N_("{n} service log entries"),
    "count.incidents.one": N_("1 incident"),
    "count.incidents.many": N_("{n} incidents"),
    # ---- 2. precise wording ----------------------------------------------------------------------
    "wording.title": N_("Make the IEP's wording precise"),
    "wording.about": N_(
        "Vague words make a promise hard to check. For each service, the IEP should say how many "
        "minutes, how often, where, and who gives it. For each support, it should say when it applies, "
        "and whether staff must offer it or your child has to ask for it."
    ),
    "wording.how": N_(
        "The clarity check on the IEP page points out vague words and missing details. Ask the team to "
        "fix them in writing."
    ),
    "wording.no_iep": N_("No IEP in effect today is entered yet. Type it in on the IEP page."),
    "wording.unclear": N_("The IEP in effect: {provisions}. With wording to check: {unclear}."),
    "wording.clear": N_("The IEP in effect: {provisions}. The clarity check found nothing to ask about."),
    "count.provisions.one": N_("1 provision"),
    "count.provisions.many": N_("{n} provisions"),
    # ---- 3. write --------------------------------------------------------------------------------
    "write.title": N_("Write to the school, calmly and with facts"),
    "write.about": N_(
        "Say what your child was to get, what happened instead, and what you ask for. Keep it short. "
        "Leave out blame and guesses."
    ),
    "write.evidence": N_(
        "Emails become part of the record. Write each one as if a hearing officer will read it one day. "
        "After a talk in person or by phone, send a short email that sums up what was said."
    ),
    "write.sent": N_("Messages you sent to the school: {n}. The last one: {day}."),
    "write.logged": N_("Communications logged in all: {n}."),
    "write.email": N_("A short factual email was marked as sent on {day}."),
    # ---- 4. meeting ------------------------------------------------------------------------------
    "meeting.title": N_("Ask for an IEP meeting, with a concerns letter"),
    "meeting.about": N_(
        "Ask in writing. List your concerns, with dates, and say what you would like the team to do. "
        "Bring your records to the meeting."
    ),
    "meeting.records": N_(
        "It can help to ask for your child's records first, such as the school's own service logs."
    ),
    "meeting.sent": N_("Meeting requested on {day}."),
    "meeting.drafted": N_("A concerns letter is drafted. It is not marked as sent yet."),
    "meeting.records_sent": N_("Records requested on {day}."),
    "meeting.records_due": N_(
        "Under federal law the district must let you see them within 45 days, by {day}, and before any "
        "IEP meeting or hearing that comes sooner (34 CFR 300.613(a)). Some states set a shorter time: "
        "ask your Parent Center or your state's department of education."
    ),
    # ---- 5. advocate -----------------------------------------------------------------------------
    "advocate.title": N_("Bring an advocate"),
    "advocate.about": N_(
        "An advocate knows how IEP meetings work and can speak up with you. It helps to have someone "
        "beside you who is calm when you are tired."
    ),
    "advocate.how": N_(
        "The Protection & Advocacy agency and the Parent Center (the next steps) are good places to ask "
        "about one. Add the advocate to the team on the Overview page, so your case shows it."
    ),
    "advocate.on_team": N_("An advocate is on your team."),
    # ---- 6. Protection & Advocacy ----------------------------------------------------------------
    "pa.title": N_("Ask your state's Protection & Advocacy agency"),
    "pa.about": N_(
        "Every state has a Protection & Advocacy agency. The National Disability Rights Network's "
        "“Find your P&A” lists them."
    ),
    "pa.ask": N_(
        "Ask two things: does it have special education advocates who could help you, and how does the "
        "state complaint process work in your state?"
    ),
    # ---- 7. other parents ------------------------------------------------------------------------
    "parents.title": N_("Connect with other parents"),
    "parents.about": N_(
        "Other parents have been where you are. They know how things work locally and can tell you "
        "what helped them."
    ),
    "parents.center": N_(
        "Every state has at least one Parent Training and Information Center. The Center for Parent "
        "Information and Resources' “Find your Parent Center” lists them."
    ),
    "parents.groups": N_(
        "Disability groups often have parent groups too, such as a local chapter of The Arc, or "
        "Decoding Dyslexia for families of children with dyslexia."
    ),
    # ---- 8. state department of education --------------------------------------------------------
    "doe.title": N_("Ask your state's department of education about your options"),
    "doe.about": N_(
        "Your state's department of education oversees special education. Ask it what options there "
        "are when an IEP is not followed, and how each one works in your state."
    ),
    "doe.where": N_(
        "Rules and forms differ from state to state, so it is the place to ask. It must publish a model "
        "form for a state complaint, but it may not require you to use it (34 CFR 300.509)."
    ),
    # ---- 9. state complaint ----------------------------------------------------------------------
    "complaint.title": N_("File a state complaint"),
    "complaint.about": N_(
        "A state complaint is a signed, written letter to your state's department of education. It says, "
        "with the facts, that the district did not follow the law, for example by not giving the "
        "services in the IEP."
    ),
    "complaint.rules": N_(
        "It must be about something that happened not more than one year before the state receives it "
        "(34 CFR 300.153(c)). Send a copy to the school district at the same time. The state then has "
        "60 days to decide (34 CFR 300.152(a))."
    ),
    "complaint.remedy": N_(
        "The state can order make-up services for what was missed, and that the services are given "
        "properly from now on (34 CFR 300.151(b))."
    ),
    "complaint.conduct": N_(
        "Some states also have a separate complaint about an educator's conduct. It is only for serious "
        "misconduct, not for missed services. Ask your state's department of education whether yours "
        "has one."
    ),
    "complaint.window": N_("For the incident of {start}, the one-year window closes on {due}."),
    "complaint.sent": N_("State complaint marked as sent on {day}."),
    # ---- 10. OCR ---------------------------------------------------------------------------------
    "ocr.title": N_("If it is discrimination: an OCR complaint"),
    "ocr.about": N_(
        "The federal Office for Civil Rights (OCR) handles complaints that a school treated your child "
        "unfairly because of disability."
    ),
    "ocr.rules": N_(
        "File within 180 days of the last act of discrimination. This is federal: it is the same in every "
        "state. OCR also asks for a signed consent form."
    ),
    "ocr.window": N_("For the incident of {start}, the 180-day window closes on {due}."),
    "ocr.sent": N_("OCR complaint marked as sent on {day}."),
    # ---- 11. attorney ----------------------------------------------------------------------------
    "attorney.title": N_("Talk to a special education attorney"),
    "attorney.about": N_(
        "An attorney can tell you whether your child may be owed compensatory education: services that "
        "make up for what was missed. It is not counted hour for hour. It depends on how much the missed "
        "services mattered."
    ),
    "attorney.due_process": N_(
        "An attorney can also explain due process: a formal hearing about your child's education. It is "
        "costly. You usually have to go through it before you can go to court (20 U.S.C. 1415(l))."
    ),
    "attorney.window": N_("For the incident of {start}, the two-year window closes on {due}."),
    "attorney.state": N_(
        "Due process has its own time limit: two years from when you knew or should have known about the "
        "problem, counted here from the incident (34 CFR 300.507(a)(2)). Some states set their own limit. "
        "Ask your state's department of education or an attorney."
    ),
    "attorney.on_team": N_("An attorney is on your team."),
    # ---- shared by the windows -------------------------------------------------------------------
    "window.more": N_("Incidents inside this window: {n}. The last one closes on {due}."),
    "window.none": N_("None of the incidents recorded is inside this window now."),
    "window.nothing": N_("The window counts from an incident. None is recorded yet."),
    # ---- 12. the path of least resistance --------------------------------------------------------
    "other.title": N_("Or take the path of least resistance"),
    "other.about": N_(
        "Some families move to another school, homeschool, choose a private school, or pay privately for "
        "services such as speech therapy or tutoring. That is a real choice. No one should judge it."
    ),
    "other.record": N_("You can stop at any step. Whatever you choose, your record stays yours."),
}

#: What a step's buttons do: write a letter of this kind, or open the IEP page's clarity check.
CLARITY_CHECK = "clarity-check"


@dataclass(frozen=True)
class Line:
    """One text: its key in :data:`TEXTS` and the values that fill it (numbers, dates or other lines)."""

    key: str
    values: Mapping[str, int | dt.date | Line] = field(default_factory=dict)

    def text(self) -> str:
        """The text in the current language, dates written out ("November 27, 2026" / "27 de noviembre
        de 2026")."""
        return _(TEXTS[self.key]).format(**{name: shown(value) for name, value in self.values.items()})


def shown(value: int | dt.date | Line) -> str:
    """A value of a line as its text shows it, in the current language."""
    if isinstance(value, Line):
        return value.text()
    if isinstance(value, dt.date):
        return long_date(value)
    return str(value)


@dataclass(frozen=True)
class Step:
    key: str
    #: True: the case shows it; False: not yet; None: nothing in a case can show this step.
    done: bool | None
    #: What the step means, in a few short paragraphs.
    about: tuple[Line, ...]
    #: What the case shows for this step.
    shows: tuple[Line, ...] = ()
    #: Letter kinds to write, or CLARITY_CHECK.
    actions: tuple[str, ...] = ()

    @property
    def title(self) -> Line:
        return Line(f"{self.key}.title")

    def lines(self) -> tuple[Line, ...]:
        return (self.title, *self.about, *self.shows)


@dataclass(frozen=True)
class Window:
    """One formal route's open windows: the one that closes first, the last, and how many are open."""

    kind: str
    first: deadlines.Deadline
    last: deadlines.Deadline
    open_count: int


@dataclass
class CaseProgress:
    """The counts and dates the steps are marked from."""

    log_entries: int = 0
    incidents: int = 0
    latest_incident: dt.date | None = None
    provisions: int = 0
    unclear_provisions: int = 0
    communications: int = 0
    written_to_school: int = 0
    last_written: dt.date | None = None
    #: kind of letter -> the latest day one was marked as sent.
    sent: dict[str, dt.date] = field(default_factory=dict)
    drafted: set[str] = field(default_factory=set)
    #: 45 days after the latest records request marked as sent.
    records_due: dt.date | None = None
    advocate_on_team: bool = False
    attorney_on_team: bool = False
    windows: dict[str, Window] = field(default_factory=dict)


@dataclass(frozen=True)
class NextSteps:
    intro: Line
    steps: tuple[Step, ...]
    expect_title: Line
    expect: tuple[Line, ...]
    progress: CaseProgress

    def step(self, key: str) -> Step:
        return next(s for s in self.steps if s.key == key)

    def lines(self) -> list[Line]:
        """Every text shown, in order."""
        return [
            self.intro,
            *(line for s in self.steps for line in s.lines()),
            self.expect_title,
            *self.expect,
        ]


#: The steps in the order the page shows them.
STEP_KEYS = (
    "record",
    "wording",
    "write",
    "meeting",
    "advocate",
    "pa",
    "parents",
    "doe",
    "complaint",
    "ocr",
    "attorney",
    "other",
)
#: The formal routes whose windows count from incidents, and the step that shows each.
WINDOW_STEPS = {"state_complaint": "complaint", "ocr_complaint": "ocr", "due_process": "attorney"}


def _day(when: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(when)[:10])
    except ValueError:
        return None


def _count(what: str, n: int) -> Line:
    return Line(f"count.{what}.one") if n == 1 else Line(f"count.{what}.many", {"n": n})


def _on_team(*words: str) -> bool:
    return any(any(w in str(c.role).lower() for w in words) for c in Contact.select(Contact.role))


def case_progress(today: dt.date) -> CaseProgress:
    """Read the counts from the open case."""
    out = CaseProgress()
    out.log_entries = ServiceLogEntry.select().count()
    out.incidents = Incident.select().count()
    latest = Incident.select(Incident.date).order_by(Incident.date.desc()).first()
    out.latest_incident = latest.date if latest is not None else None
    iep = overview(today)
    out.provisions = iep.provisions
    out.unclear_provisions = iep.provisions_with_findings
    out.communications = Communication.select().count()
    to_school = Communication.select(Communication.when).where(
        Communication.direction == Direction.TO_SCHOOL.value
    )
    out.written_to_school = to_school.count()
    last = to_school.order_by(Communication.when.desc()).first()
    out.last_written = _day(last.when) if last is not None else None
    for letter in Letter.select(Letter.kind, Letter.sent_on):
        kind = str(letter.kind)
        out.drafted.add(kind)
        if letter.sent_on is not None and (kind not in out.sent or letter.sent_on > out.sent[kind]):
            out.sent[kind] = letter.sent_on
    if "records-request" in out.sent:
        out.records_due = deadlines.records_response_due(out.sent["records-request"])
    out.advocate_on_team = _on_team("advocate")
    out.attorney_on_team = _on_team("attorney", "lawyer")
    out.windows = open_windows(today)
    return out


def open_windows(today: dt.date) -> dict[str, Window]:
    """For each formal route, the open windows counted from the incidents recorded."""
    by_kind: dict[str, list[deadlines.Deadline]] = {k: [] for k in WINDOW_STEPS}
    for incident in Incident.select():
        for deadline in deadlines.incident_windows(incident):
            if deadline.kind in by_kind and deadline.due >= today:
                by_kind[deadline.kind].append(deadline)
    out = {}
    for kind, found in by_kind.items():
        found.sort(key=lambda d: d.due)
        if found:
            out[kind] = Window(kind, found[0], found[-1], len(found))
    return out


def _window_lines(progress: CaseProgress, kind: str, key: str) -> list[Line]:
    window = progress.windows.get(kind)
    if window is None:
        return [Line("window.none" if progress.incidents else "window.nothing")]
    lines = [Line(key, {"start": window.first.counted_from, "due": window.first.due})]
    if window.open_count > 1:
        lines.append(Line("window.more", {"n": window.open_count, "due": window.last.due}))
    return lines


def _sent(progress: CaseProgress, kind: str, key: str) -> list[Line]:
    return [Line(key, {"day": progress.sent[kind]})] if kind in progress.sent else []


def build(progress: CaseProgress) -> NextSteps:
    """The steps, marked from ``progress`` (no database needed)."""
    p = progress
    record: list[Line] = []
    if p.log_entries or p.incidents:
        record.append(
            Line(
                "record.documented",
                {"entries": _count("entries", p.log_entries), "incidents": _count("incidents", p.incidents)},
            )
        )
        if p.latest_incident is not None:
            record.append(Line("record.latest", {"day": p.latest_incident}))
    else:
        record.append(Line("record.nothing"))

    if not p.provisions:
        wording = [Line("wording.no_iep")]
    elif p.unclear_provisions:
        wording = [
            Line(
                "wording.unclear",
                {"provisions": _count("provisions", p.provisions), "unclear": p.unclear_provisions},
            )
        ]
    else:
        wording = [Line("wording.clear", {"provisions": _count("provisions", p.provisions)})]

    write: list[Line] = []
    if p.written_to_school and p.last_written is not None:
        write.append(Line("write.sent", {"n": p.written_to_school, "day": p.last_written}))
    if p.communications:
        write.append(Line("write.logged", {"n": p.communications}))
    write += _sent(p, "incident-email", "write.email")

    meeting = _sent(p, "concerns-letter", "meeting.sent")
    if not meeting and "concerns-letter" in p.drafted:
        meeting.append(Line("meeting.drafted"))
    meeting += _sent(p, "records-request", "meeting.records_sent")
    if "records-request" in p.sent and p.records_due is not None:
        meeting.append(Line("meeting.records_due", {"day": p.records_due}))

    steps = (
        Step(
            "record",
            p.log_entries > 0 or p.incidents > 0,
            (Line("record.about"), Line("record.how")),
            tuple(record),
        ),
        Step(
            "wording",
            p.provisions > 0 and p.unclear_provisions == 0,
            (Line("wording.about"), Line("wording.how")),
            tuple(wording),
            (CLARITY_CHECK,),
        ),
        Step(
            "write",
            p.written_to_school > 0 or "incident-email" in p.sent,
            (Line("write.about"), Line("write.evidence")),
            tuple(write),
            ("incident-email",),
        ),
        Step(
            "meeting",
            "concerns-letter" in p.sent,
            (Line("meeting.about"), Line("meeting.records")),
            tuple(meeting),
            ("concerns-letter", "records-request"),
        ),
        Step(
            "advocate",
            p.advocate_on_team,
            (Line("advocate.about"), Line("advocate.how")),
            (Line("advocate.on_team"),) if p.advocate_on_team else (),
        ),
        Step("pa", None, (Line("pa.about"), Line("pa.ask"))),
        Step("parents", None, (Line("parents.about"), Line("parents.center"), Line("parents.groups"))),
        Step("doe", None, (Line("doe.about"), Line("doe.where"))),
        Step(
            "complaint",
            "state-complaint" in p.sent,
            (
                Line("complaint.about"),
                Line("complaint.rules"),
                Line("complaint.remedy"),
                Line("complaint.conduct"),
            ),
            (
                *_sent(p, "state-complaint", "complaint.sent"),
                *_window_lines(p, "state_complaint", "complaint.window"),
            ),
            ("state-complaint",),
        ),
        Step(
            "ocr",
            "ocr-complaint" in p.sent,
            (Line("ocr.about"), Line("ocr.rules")),
            (*_sent(p, "ocr-complaint", "ocr.sent"), *_window_lines(p, "ocr_complaint", "ocr.window")),
            ("ocr-complaint",),
        ),
        Step(
            "attorney",
            p.attorney_on_team,
            (Line("attorney.about"), Line("attorney.due_process"), Line("attorney.state")),
            (
                *((Line("attorney.on_team"),) if p.attorney_on_team else ()),
                *_window_lines(p, "due_process", "attorney.window"),
            ),
        ),
        Step("other", None, (Line("other.about"), Line("other.record"))),
    )
    expect = tuple(
        Line(k)
        for k in ("expect.modest", "expect.due_process", "expect.teacher", "expect.media", "expect.advice")
    )
    return NextSteps(Line("intro"), steps, Line("expect.title"), expect, progress)


def next_steps(today: dt.date) -> NextSteps:
    """The steps for the open case."""
    return build(case_progress(today))
