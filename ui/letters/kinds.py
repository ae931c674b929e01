"""What each kind of letter is for, what it can cite, and the few details the case does not hold."""

from __future__ import annotations

from dataclasses import dataclass

from iepdesk.letters import choices
from ui.i18n import translate


def purpose(kind: str) -> str:
    """One plain sentence (or two): what the letter is for and when to use it."""
    texts = {
        "concerns-letter": translate(
            "Letters",
            "Tells the school in writing what the IEP promises and what has happened instead, and asks "
            "for an IEP meeting. Use it when talking has not fixed a problem.",
        ),
        "records-request": translate(
            "Letters",
            "Asks to see and get copies of your child's education records. Use it before a meeting, or "
            "when you need the school's logs and reports; the district must answer before any IEP "
            "meeting and in no case more than 45 days after your request (34 CFR 300.613(a)).",
        ),
        "pwn-request": translate(
            "Letters",
            "Asks the district to put a decision in writing. Use it when the school proposes or refuses "
            "a change to your child's evaluation, placement or services and you have nothing in writing "
            "(34 CFR 300.503).",
        ),
        "state-complaint": translate(
            "Letters",
            "A signed, written complaint to your state's education department that the district is not "
            "following the law, for example not providing the IEP. Use it when letters and meetings have "
            "not fixed the problem; it covers the past year (34 CFR 300.153).",
        ),
        "ocr-complaint": translate(
            "Letters",
            "A complaint to the Office for Civil Rights when you believe your child was treated unfairly "
            "because of disability. OCR asks for it within 180 days of the last act.",
        ),
        "incident-email": translate(
            "Letters",
            "A short, factual email about one thing that happened, to the teacher or case manager. Use it "
            "soon after, while the details are fresh.",
        ),
    }
    return texts.get(kind, "")


def kind_label(kind: str) -> str:
    labels = {
        "concerns-letter": translate("Letters", "Concerns letter and request for an IEP meeting"),
        "records-request": translate("Letters", "Request for records"),
        "pwn-request": translate("Letters", "Request for prior written notice"),
        "state-complaint": translate("Letters", "State complaint (draft)"),
        "ocr-complaint": translate("Letters", "OCR complaint (draft)"),
        "incident-email": translate("Letters", "Short factual email about one incident"),
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
        translate("Letters", "Writing to"),
        translate("Letters", "Leave empty to use the case manager from your team."),
        "recipient",
    )
    by_kind = {
        "concerns-letter": [recipient],
        "records-request": [recipient],
        "pwn-request": [
            recipient,
            Detail(
                "decision",
                translate("Letters", "The refusal or change it is about"),
                translate(
                    "Letters",
                    "The decision, and who told you. For example: the school refused to make up the missed "
                    "speech sessions.",
                ),
                "text",
            ),
            Detail("decision_date", translate("Letters", "When you were told"), "", "date"),
        ],
        "state-complaint": [
            Detail(
                "staff_unaware",
                translate("Letters", "Staff did not seem to know what the IEP says"),
                translate(
                    "Letters",
                    "Adds that each teacher and provider must be told their part (34 CFR 300.323(d)).",
                ),
                "check",
            ),
            Detail(
                "homeless",
                translate("Letters", "My child is homeless"),
                translate(
                    "Letters",
                    "Then the complaint gives the contact information you have instead of a home address.",
                ),
                "check",
            ),
            Detail(
                "homeless_contact",
                translate("Letters", "Contact information for your child (if homeless)"),
                translate(
                    "Letters",
                    "For example a shelter's address, or a phone number where your child can be reached.",
                ),
                "text",
            ),
            Detail(
                "state_agency",
                translate("Letters", "Sent to"),
                translate("Letters", "Your state's education department, as it names its complaints office."),
                "line",
            ),
            Detail(
                "resolution",
                translate("Letters", "What you ask for"),
                translate(
                    "Letters",
                    "To the extent you know it. For example: make-up sessions for the missed minutes.",
                ),
                "text",
            ),
        ],
        "ocr-complaint": [
            Detail(
                "relationship",
                translate("Letters", "Your relationship to the child"),
                translate("Letters", "For example: parent."),
                "line",
            ),
            Detail(
                "school_address",
                translate("Letters", "The school's or district's address"),
                translate("Letters", "The institution the complaint is about."),
                "text",
            ),
            Detail(
                "remedy",
                translate("Letters", "What you ask for"),
                translate(
                    "Letters",
                    "For example: that the school provides the accommodation and makes up what was missed.",
                ),
                "text",
            ),
            Detail(
                "disability_basis",
                translate("Letters", "Why you believe it was because of disability"),
                translate("Letters", "In your own words."),
                "text",
            ),
            Detail(
                "other_filings",
                translate("Letters", "Other complaints about this"),
                translate(
                    "Letters", "Any other complaint you have filed about the same thing, or \u201cnone\u201d."
                ),
                "line",
            ),
        ],
        "incident-email": [
            recipient,
            Detail(
                "request",
                translate("Letters", "What you are asking for"),
                translate(
                    "Letters", "For example: that the accommodation is given on every test from now on."
                ),
                "text",
            ),
            Detail(
                "by_date",
                translate("Letters", "By when"),
                translate("Letters", "Leave unset for one week from today."),
                "date",
            ),
        ],
    }
    return by_kind.get(kind, [])
