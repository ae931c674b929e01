"""The words of Next steps, translatable: the same keys as iepdesk.next_steps.TEXTS, each a literal.

The core marks the steps and says which text each line is (a key and its values); the window shows the
text through this table, so it can be translated. tests/ui/test_ui_next_steps.py checks that the keys and
the English agree with the core's.
"""

from __future__ import annotations

import datetime as dt

from iepdesk.next_steps import TEXTS, Line
from ui.i18n import translate
from ui.letters.letters_ctl import day_text


def table() -> dict[str, str]:
    """Every text of the steps by key, translated."""
    return {
        "intro": translate(
            "NextSteps",
            "The steps parents usually take, roughly in this order. Go at your own pace. A ✓ marks what "
            "your case already shows.",
        ),
        "expect.title": translate("NextSteps", "What to expect"),
        "expect.modest": translate(
            "NextSteps",
            "Remedies are usually modest. They aim to get the services delivered: the school fixes what "
            "it does, sometimes gives make-up services, sometimes trains its staff. They are not meant to "
            "punish anyone.",
        ),
        "expect.due_process": translate(
            "NextSteps",
            "Due process is costly and takes a lot of effort. It comes before any court case about the IEP.",
        ),
        "expect.teacher": translate(
            "NextSteps",
            "Suing a teacher rarely works. The routes above are about what the school district must do.",
        ),
        "expect.media": translate(
            "NextSteps",
            "Be careful about going to the media. Your child's story becomes public, and it can make "
            "talks with the school harder. Talk it over with an advocate or an attorney first.",
        ),
        "expect.advice": translate("NextSteps", "This is information, not legal advice."),
        "record.title": translate("NextSteps", "Keep a dated record"),
        "record.about": translate(
            "NextSteps",
            "Write down what happens, on the day it happens. A short dated note is enough: what was to "
            "happen, and what did.",
        ),
        "record.how": translate(
            "NextSteps",
            "Log each service session on the Calendar & log page. Record an incident on the Incidents "
            "page whenever a service or support is not given.",
        ),
        "record.documented": translate("NextSteps", "Documented: {entries}, {incidents}."),
        "record.latest": translate("NextSteps", "The latest incident is from {day}."),
        "record.nothing": translate("NextSteps", "Nothing is recorded yet."),
        "count.entries.one": translate("NextSteps", "1 service log entry"),
        "count.entries.many": translate("NextSteps", "{n} service log entries"),
        "count.incidents.one": translate("NextSteps", "1 incident"),
        "count.incidents.many": translate("NextSteps", "{n} incidents"),
        "wording.title": translate("NextSteps", "Make the IEP's wording precise"),
        "wording.about": translate(
            "NextSteps",
            "Vague words make a promise hard to check. For each service, the IEP should say how many "
            "minutes, how often, where, and who gives it. For each support, it should say when it "
            "applies, and whether staff must offer it or your child has to ask for it.",
        ),
        "wording.how": translate(
            "NextSteps",
            "The clarity check on the IEP page points out vague words and missing details. Ask the team "
            "to fix them in writing.",
        ),
        "wording.no_iep": translate(
            "NextSteps", "No IEP in effect today is entered yet. Type it in on the IEP page."
        ),
        "wording.unclear": translate(
            "NextSteps", "The IEP in effect: {provisions}. With wording to check: {unclear}."
        ),
        "wording.clear": translate(
            "NextSteps", "The IEP in effect: {provisions}. The clarity check found nothing to ask about."
        ),
        "count.provisions.one": translate("NextSteps", "1 provision"),
        "count.provisions.many": translate("NextSteps", "{n} provisions"),
        "write.title": translate("NextSteps", "Write to the school, calmly and with facts"),
        "write.about": translate(
            "NextSteps",
            "Say what your child was to get, what happened instead, and what you ask for. Keep it short. "
            "Leave out blame and guesses.",
        ),
        "write.evidence": translate(
            "NextSteps",
            "Emails become part of the record. Write each one as if a hearing officer will read it one "
            "day. After a talk in person or by phone, send a short email that sums up what was said.",
        ),
        "write.sent": translate("NextSteps", "Messages you sent to the school: {n}. The last one: {day}."),
        "write.logged": translate("NextSteps", "Communications logged in all: {n}."),
        "write.email": translate("NextSteps", "A short factual email was marked as sent on {day}."),
        "meeting.title": translate("NextSteps", "Ask for an IEP meeting, with a concerns letter"),
        "meeting.about": translate(
            "NextSteps",
            "Ask in writing. List your concerns, with dates, and say what you would like the team to do. "
            "Bring your records to the meeting.",
        ),
        "meeting.records": translate(
            "NextSteps",
            "It can help to ask for your child's records first, such as the school's own service logs.",
        ),
        "meeting.sent": translate("NextSteps", "Meeting requested on {day}."),
        "meeting.drafted": translate(
            "NextSteps", "A concerns letter is drafted. It is not marked as sent yet."
        ),
        "meeting.records_sent": translate("NextSteps", "Records requested on {day}."),
        "meeting.records_due": translate(
            "NextSteps",
            "Under federal law the district must let you see them within 45 days, by {day}, and before "
            "any IEP meeting or hearing that comes sooner (34 CFR 300.613(a)). Some states set a shorter "
            "time: ask your Parent Center or your state's department of education.",
        ),
        "advocate.title": translate("NextSteps", "Bring an advocate"),
        "advocate.about": translate(
            "NextSteps",
            "An advocate knows how IEP meetings work and can speak up with you. It helps to have someone "
            "beside you who is calm when you are tired.",
        ),
        "advocate.how": translate(
            "NextSteps",
            "The Protection & Advocacy agency and the Parent Center (the next steps) are good places to "
            "ask about one. Add the advocate to the team on the Overview page, so your case shows it.",
        ),
        "advocate.on_team": translate("NextSteps", "An advocate is on your team."),
        "pa.title": translate("NextSteps", "Ask your state's Protection & Advocacy agency"),
        "pa.about": translate(
            "NextSteps",
            "Every state has a Protection & Advocacy agency. The National Disability Rights Network's "
            "“Find your P&A” lists them.",
        ),
        "pa.ask": translate(
            "NextSteps",
            "Ask two things: does it have special education advocates who could help you, and how does "
            "the state complaint process work in your state?",
        ),
        "parents.title": translate("NextSteps", "Connect with other parents"),
        "parents.about": translate(
            "NextSteps",
            "Other parents have been where you are. They know how things work locally and can tell you "
            "what helped them.",
        ),
        "parents.center": translate(
            "NextSteps",
            "Every state has at least one Parent Training and Information Center. The Center for Parent "
            "Information and Resources' “Find your Parent Center” lists them.",
        ),
        "parents.groups": translate(
            "NextSteps",
            "Disability groups often have parent groups too, such as a local chapter of The Arc, or "
            "Decoding Dyslexia for families of children with dyslexia.",
        ),
        "doe.title": translate("NextSteps", "Ask your state's department of education about your options"),
        "doe.about": translate(
            "NextSteps",
            "Your state's department of education oversees special education. Ask it what options there "
            "are when an IEP is not followed, and how each one works in your state.",
        ),
        "doe.where": translate(
            "NextSteps",
            "Rules and forms differ from state to state, so it is the place to ask. It must publish a "
            "model form for a state complaint, but it may not require you to use it (34 CFR 300.509).",
        ),
        "complaint.title": translate("NextSteps", "File a state complaint"),
        "complaint.about": translate(
            "NextSteps",
            "A state complaint is a signed, written letter to your state's department of education. It "
            "says, with the facts, that the district did not follow the law, for example by not giving "
            "the services in the IEP.",
        ),
        "complaint.rules": translate(
            "NextSteps",
            "It must be about something that happened not more than one year before the state receives it "
            "(34 CFR 300.153(c)). Send a copy to the school district at the same time. The state then has "
            "60 days to decide (34 CFR 300.152(a)).",
        ),
        "complaint.remedy": translate(
            "NextSteps",
            "The state can order make-up services for what was missed, and that the services are given "
            "properly from now on (34 CFR 300.151(b)).",
        ),
        "complaint.conduct": translate(
            "NextSteps",
            "Some states also have a separate complaint about an educator's conduct. It is only for "
            "serious misconduct, not for missed services. Ask your state's department of education "
            "whether yours has one.",
        ),
        "complaint.window": translate(
            "NextSteps", "For the incident of {start}, the one-year window closes on {due}."
        ),
        "complaint.sent": translate("NextSteps", "State complaint marked as sent on {day}."),
        "ocr.title": translate("NextSteps", "If it is discrimination: an OCR complaint"),
        "ocr.about": translate(
            "NextSteps",
            "The federal Office for Civil Rights (OCR) handles complaints that a school treated your "
            "child unfairly because of disability.",
        ),
        "ocr.rules": translate(
            "NextSteps",
            "File within 180 days of the last act of discrimination. This is federal: it is the same in "
            "every state. OCR also asks for a signed consent form.",
        ),
        "ocr.window": translate(
            "NextSteps", "For the incident of {start}, the 180-day window closes on {due}."
        ),
        "ocr.sent": translate("NextSteps", "OCR complaint marked as sent on {day}."),
        "attorney.title": translate("NextSteps", "Talk to a special education attorney"),
        "attorney.about": translate(
            "NextSteps",
            "An attorney can tell you whether your child may be owed compensatory education: services "
            "that make up for what was missed. It is not counted hour for hour. It depends on how much "
            "the missed services mattered.",
        ),
        "attorney.due_process": translate(
            "NextSteps",
            "An attorney can also explain due process: a formal hearing about your child's education. It "
            "is costly. You usually have to go through it before you can go to court (20 U.S.C. 1415(l)).",
        ),
        "attorney.window": translate(
            "NextSteps", "For the incident of {start}, the two-year window closes on {due}."
        ),
        "attorney.state": translate(
            "NextSteps",
            "Due process has its own time limit: two years from when you knew or should have known about "
            "the problem, counted here from the incident (34 CFR 300.507(a)(2)). Some states set their "
            "own limit. Ask your state's department of education or an attorney.",
        ),
        "attorney.on_team": translate("NextSteps", "An attorney is on your team."),
        "window.more": translate(
            "NextSteps", "Incidents inside this window: {n}. The last one closes on {due}."
        ),
        "window.none": translate("NextSteps", "None of the incidents recorded is inside this window now."),
        "window.nothing": translate("NextSteps", "The window counts from an incident. None is recorded yet."),
        "other.title": translate("NextSteps", "Or take the path of least resistance"),
        "other.about": translate(
            "NextSteps",
            "Some families move to another school, homeschool, choose a private school, or pay privately "
            "for services such as speech therapy or tutoring. That is a real choice. No one should judge "
            "it.",
        ),
        "other.record": translate(
            "NextSteps", "You can stop at any step. Whatever you choose, your record stays yours."
        ),
    }


def value_text(value: int | dt.date | Line, texts: dict[str, str]) -> str:
    if isinstance(value, Line):
        return line_text(value, texts)
    if isinstance(value, dt.date):
        return day_text(value)
    return str(value)


def line_text(line: Line, texts: dict[str, str] | None = None) -> str:
    """One line of the core, translated and filled; a key this table lacks is shown in the core's English."""
    texts = table() if texts is None else texts
    template = texts.get(line.key, TEXTS[line.key])
    return template.format(**{name: value_text(v, texts) for name, v in line.values.items()})
