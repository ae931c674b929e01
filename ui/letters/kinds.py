"""What each kind of letter is for, what it can cite, and the few details the case does not hold."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from iepdesk.letters import choices


def _t(text: str) -> str:
    return QCoreApplication.translate("Letters", text)


def purpose(kind: str) -> str:
    """One plain sentence (or two): what the letter is for and when to use it."""
    texts = {
        "concerns-letter": _t(
            "Tells the school in writing what the IEP promises and what has happened instead, and asks "
            "for an IEP meeting. Use it when talking has not fixed a problem."
        ),
        "records-request": _t(
            "Asks to see and get copies of your child's education records. Use it before a meeting, or "
            "when you need the school's logs and reports; the district must answer before any IEP "
            "meeting and in no case more than 45 days after your request (34 CFR 300.613(a))."
        ),
        "pwn-request": _t(
            "Asks the district to put a decision in writing. Use it when the school proposes or refuses "
            "a change to your child's evaluation, placement or services and you have nothing in writing "
            "(34 CFR 300.503)."
        ),
        "state-complaint": _t(
            "A signed, written complaint to your state's education department that the district is not "
            "following the law, for example not providing the IEP. Use it when letters and meetings have "
            "not fixed the problem; it covers the past year (34 CFR 300.153)."
        ),
        "ocr-complaint": _t(
            "A complaint to the Office for Civil Rights when you believe your child was treated unfairly "
            "because of disability. OCR asks for it within 180 days of the last act."
        ),
        "incident-email": _t(
            "A short, factual email about one thing that happened, to the teacher or case manager. Use it "
            "soon after, while the details are fresh."
        ),
    }
    return texts.get(kind, "")


def kind_label(kind: str) -> str:
    labels = {
        "concerns-letter": _t("Concerns letter and request for an IEP meeting"),
        "records-request": _t("Request for records"),
        "pwn-request": _t("Request for prior written notice"),
        "state-complaint": _t("State complaint (draft)"),
        "ocr-complaint": _t("OCR complaint (draft)"),
        "incident-email": _t("Short factual email about one incident"),
    }
    return labels.get(kind, kind)


#: What each kind can cite: "incidents", "provisions", "communications", "ledger" (the CLI's too).
CITES: dict[str, tuple[str, ...]] = choices.CITES
#: Kinds that cite the service minutes of the past 90 days unless the parent unticks it (as the CLI).
LEDGER_BY_DEFAULT = choices.LEDGER_BY_DEFAULT


@dataclass(frozen=True)
class Detail:
    key: str
    label: str
    hint: str
    #: "line", "text" (several lines), "date", "recipient" (a team member or any name) or "check"
    #: (a yes / no the parent ticks; "yes" when ticked).
    widget: str


def details_of(kind: str) -> list[Detail]:
    recipient = Detail(
        "recipient",
        _t("Writing to"),
        _t("Leave empty to use the case manager from your team."),
        "recipient",
    )
    by_kind = {
        "concerns-letter": [recipient],
        "records-request": [recipient],
        "pwn-request": [
            recipient,
            Detail(
                "decision",
                _t("The refusal or change it is about"),
                _t(
                    "The decision, and who told you. For example: the school refused to make up the missed "
                    "speech sessions."
                ),
                "text",
            ),
            Detail("decision_date", _t("When you were told"), "", "date"),
        ],
        "state-complaint": [
            Detail(
                "staff_unaware",
                _t("Staff did not seem to know what the IEP says"),
                _t("Adds that each teacher and provider must be told their part (34 CFR 300.323(d))."),
                "check",
            ),
            Detail(
                "homeless",
                _t("My child is homeless"),
                _t("Then the complaint gives the contact information you have instead of a home address."),
                "check",
            ),
            Detail(
                "homeless_contact",
                _t("Contact information for your child (if homeless)"),
                _t("For example a shelter's address, or a phone number where your child can be reached."),
                "text",
            ),
            Detail(
                "state_agency",
                _t("Sent to"),
                _t("Your state's education department, as it names its complaints office."),
                "line",
            ),
            Detail(
                "resolution",
                _t("What you ask for"),
                _t("To the extent you know it. For example: make-up sessions for the missed minutes."),
                "text",
            ),
        ],
        "ocr-complaint": [
            Detail("relationship", _t("Your relationship to the child"), _t("For example: parent."), "line"),
            Detail(
                "school_address",
                _t("The school's or district's address"),
                _t("The institution the complaint is about."),
                "text",
            ),
            Detail(
                "remedy",
                _t("What you ask for"),
                _t("For example: that the school provides the accommodation and makes up what was missed."),
                "text",
            ),
            Detail(
                "disability_basis",
                _t("Why you believe it was because of disability"),
                _t("In your own words."),
                "text",
            ),
            Detail(
                "other_filings",
                _t("Other complaints about this"),
                _t("Any other complaint you have filed about the same thing, or \u201cnone\u201d."),
                "line",
            ),
        ],
        "incident-email": [
            recipient,
            Detail(
                "request",
                _t("What you are asking for"),
                _t("For example: that the accommodation is given on every test from now on."),
                "text",
            ),
            Detail("by_date", _t("By when"), _t("Leave unset for one week from today."), "date"),
        ],
    }
    return by_kind.get(kind, [])
