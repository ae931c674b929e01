"""Each clarity rule with wording that should and should not trigger it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from iepdesk.iep import clarity

# A provision with every structured field filled, so only the wording can raise a finding.
COMPLETE = {
    "service": dict(
        title="Speech-language therapy",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        delivery="individual",
        location="therapy room",
        provider_role="speech-language pathologist",
    ),
    "accommodation": dict(
        title="Extended time (1.5x)",
        applies_when="tests and quizzes",
        provider_role="general education teacher",
        how_given="prompted",
        location="",
    ),
    "goal": dict(
        title="Reading fluency",
        area="Reading",
        baseline="60 words per minute",
        target="90 words per minute",
        measurement="curriculum-based probes",
        reporting_schedule="quarterly, with report cards",
    ),
}


def provision(kind: str = "accommodation", wording: str = "", **fields: object) -> SimpleNamespace:
    values = {**COMPLETE[kind], **fields}
    return SimpleNamespace(kind=kind, iep_wording=wording, **values)


def vague_ids(p: SimpleNamespace) -> set[str]:
    return {f.rule_id for f in clarity.check(p, "Jacob Smith") if f.category == "vague"}


VAGUE_EXAMPLES: dict[str, tuple[list[str], list[str]]] = {
    # rule id: (wording that triggers it, wording that must not)
    "access-to-place": (
        ["Jacob will have access to the resource room for testing.", "Access to a quiet testing room."],
        ["The teacher will send Jacob to the resource room for every test."],
    ),
    "access-to": (
        ["Jacob will have access to a calculator during math.", "Given access to notes."],
        ["The teacher will hand Jacob a copy of the class notes at the start of each lesson."],
    ),
    "as-needed": (
        ["Breaks as needed.", "Check-ins when necessary.", "Nurse visits PRN."],
        ["A five-minute break after every 20 minutes of seat work."],
    ),
    "when-appropriate": (
        ["Preferential seating when appropriate.", "Use of a scribe as appropriate."],
        ["Seated in the front row, within two seats of the teacher, in every class."],
    ),
    "opportunities-to": (
        ["Jacob will be given opportunities to practice social skills.", "Opportunity for movement breaks."],
        ["Jacob will practice greetings with a peer for 10 minutes each day."],
    ),
    "may": (
        ["Jacob may use a calculator.", "May be given extra time."],
        [
            "Testing in May 2026 will be in the small-group room.",
            "Jacob will use a calculator in May and June.",
        ],
    ),
    "upon-request": (
        ["Notes provided upon request.", "A scribe when requested.", "Extra time at the student's request."],
        ["Notes handed to Jacob at the start of each lesson without his asking."],
    ),
    "consult": (
        ["OT will consult with the teacher.", "Consultation between SLP and staff."],
        ["The occupational therapist will work with Jacob on handwriting."],
    ),
    "as-determined-by": (
        ["Support as determined by the case manager.", "Reduced homework at teacher discretion."],
        ["Homework reduced to the first 10 problems of each assignment."],
    ),
    "periodic": (
        ["Periodic check-ins with the counselor.", "Regularly monitored.", "Frequent breaks."],
        ["Jacob attends the regular education classroom for math.", "A check-in every Monday at 8:30."],
    ),
    "ongoing": (
        ["Ongoing support in reading.", "Continued support from staff."],
        ["Reading instruction 45 minutes daily in the resource room."],
    ),
    "when-possible": (
        ["Small-group testing when possible.", "Visual schedule as much as possible.", "If time permits."],
        ["Small-group testing for every unit test."],
    ),
    "encourage": (
        ["Jacob will be encouraged to use his planner.", "Staff will encourage participation."],
        ["The teacher will check Jacob's planner at the end of each day and initial it."],
    ),
    "available": (
        ["A quiet space will be available.", "Audio books are available."],
        ["The librarian will give Jacob the audio book of each assigned novel."],
    ),
    "should-might": (
        ["Jacob should receive notes.", "Breaks can be given."],
        ["Jacob will receive a printed copy of the notes."],
    ),
}


def test_every_vague_rule_has_examples() -> None:
    ids = {rule.id for rule in clarity.default_rules().vague}
    assert ids == set(VAGUE_EXAMPLES)


@pytest.mark.parametrize(
    ("rule_id", "text"), [(rule, text) for rule, (yes, _no) in VAGUE_EXAMPLES.items() for text in yes]
)
def test_vague_rule_triggers(rule_id: str, text: str) -> None:
    assert rule_id in vague_ids(provision(wording=text))


@pytest.mark.parametrize(
    ("rule_id", "text"), [(rule, text) for rule, (_yes, no) in VAGUE_EXAMPLES.items() for text in no]
)
def test_vague_rule_stays_quiet(rule_id: str, text: str) -> None:
    assert vague_ids(provision(wording=text)) == set(), f"{rule_id}: false alarm on {text!r}"


def test_seed_example_flagged_with_prompted_rewrite() -> None:
    seed = SimpleNamespace(
        kind="accommodation",
        title="Resource room for testing",
        applies_when="",
        provider_role="",
        how_given=None,
        location="",
        iep_wording="Jacob will have access to the resource room for testing.",
    )
    findings = clarity.check(seed, "Jacob Smith")
    vague = [f for f in findings if f.category == "vague"]
    assert len(vague) == 1
    finding = vague[0]
    assert finding.words == "access to the resource room"
    assert seed.iep_wording[finding.start : finding.end] == finding.words
    assert "Jacob" in finding.risk
    assert "send Jacob to the resource room for testing" in finding.suggestion
    assert "without Jacob having to ask" in finding.suggestion


MISSING_CASES = [
    ("service", "service-what", "title"),
    ("service", "service-how-much", "minutes_per_session"),
    ("service", "service-how-often", "sessions_per_period"),
    ("service", "service-how-often", "period"),
    ("service", "service-where", "location"),
    ("service", "service-who", "provider_role"),
    ("service", "service-group", "delivery"),
    ("accommodation", "support-what", "title"),
    ("accommodation", "support-when", "applies_when"),
    ("accommodation", "support-who", "provider_role"),
    ("accommodation", "support-how", "how_given"),
    ("goal", "goal-area", "area"),
    ("goal", "goal-baseline", "baseline"),
    ("goal", "goal-target", "target"),
    ("goal", "goal-measured", "measurement"),
    ("goal", "goal-reported", "reporting_schedule"),
]


def test_every_missing_rule_has_a_case() -> None:
    assert {rule.id for rule in clarity.default_rules().missing} == {rule for _, rule, _ in MISSING_CASES}


@pytest.mark.parametrize(("kind", "rule_id", "field"), MISSING_CASES)
def test_missing_field_rule(kind: str, rule_id: str, field: str) -> None:
    complete = provision(kind)
    assert rule_id not in {f.rule_id for f in clarity.check(complete, "Jacob")}
    empty_value = (
        None
        if field in {"minutes_per_session", "sessions_per_period", "period", "delivery", "how_given"}
        else ""
    )
    gap = provision(kind, **{field: empty_value})
    findings = [f for f in clarity.check(gap, "Jacob") if f.rule_id == rule_id]
    assert len(findings) == 1
    assert findings[0].field == field
    assert findings[0].risk and findings[0].suggestion


@pytest.mark.parametrize("kind", ["service", "accommodation", "goal"])
def test_well_written_provision_has_no_findings(kind: str) -> None:
    wording = {
        "service": "Jacob will receive 30 minutes of individual speech-language therapy twice each week "
        "in the therapy room from the speech-language pathologist.",
        "accommodation": "The general education teacher will give Jacob one and a half times the usual time "
        "on every test and quiz, without Jacob having to ask.",
        "goal": "By June 2027, reading a grade-level passage, Jacob will read 90 words per minute with 95% "
        "accuracy, measured by curriculum-based probes every two weeks and reported with each report card.",
    }[kind]
    assert clarity.check(provision(kind, wording=wording), "Jacob Smith") == []


def test_service_rewrite_uses_the_provisions_own_fields() -> None:
    p = provision("service", wording="Speech therapy as needed", location="")
    finding = next(f for f in clarity.check(p, "Jacob Smith") if f.rule_id == "as-needed")
    assert finding.suggestion == (
        "Jacob will receive 30 minutes of speech-language therapy, 2 times per week, individually, "
        "in [where], from the speech-language pathologist."
    )


def test_one_finding_per_stretch_of_words() -> None:
    p = provision(wording="Jacob will have access to the resource room.")
    assert [f.rule_id for f in clarity.check(p, "Jacob")] == ["access-to-place"]


def test_a_broken_rules_file_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "rules.xx.json"
    bad.write_text(
        '{"format": "iepdesk-clarity-rules", "vague": [{"id": "x", "pattern": "("}], "missing": []}'
    )
    with pytest.raises(clarity.RuleFileError):
        clarity.load_rules(bad)


def test_a_goal_with_nothing_filled_names_each_open_question_once() -> None:
    empty = SimpleNamespace(kind="goal", title="Reading fluency")
    findings = clarity.check(empty, "Jacob")
    assert clarity.open_questions(findings) == ["what", "when", "how much", "baseline", "how measured"]


@pytest.mark.parametrize(
    ("kind", "fields", "expected"),
    [
        # every structured field of the kind filled
        ("service", COMPLETE["service"], ["who", "what", "where", "how much", "how often", "how"]),
        # an accommodation with Where left empty does not claim to say where
        ("accommodation", COMPLETE["accommodation"], ["who", "what", "when", "how"]),
        (
            "accommodation",
            {**COMPLETE["accommodation"], "location": "the test room"},
            ["who", "what", "where", "when", "how"],
        ),
        ("goal", COMPLETE["goal"], ["what", "when", "how much", "baseline", "how measured"]),
        ("goal", {**COMPLETE["goal"], "baseline": ""}, ["what", "when", "how much", "how measured"]),
        ("service", {"title": "Speech", "minutes_per_session": 30}, ["what", "how much"]),
    ],
)
def test_answered_names_only_what_is_written(
    kind: str, fields: dict[str, object], expected: list[str]
) -> None:
    assert clarity.answered(SimpleNamespace(kind=kind, **fields)) == expected
