"""The Spanish clarity rules (resources/clarity/rules.es.json): each rule with wording that should
and should not trigger it, like the English ones; Spanish rewrites for a Spanish IEP, English rewrites
for an English one, and the explanation in the parent's language whichever language matched."""

from __future__ import annotations

import json
import re
import string
from types import SimpleNamespace

import pytest

from iepdesk.i18n import use_language
from iepdesk.iep import clarity
from iepdesk.paths import resource_path

COMPLETE = {
    "service": dict(
        title="Terapia del habla y lenguaje",
        minutes_per_session=30,
        sessions_per_period=2,
        period="week",
        delivery="individual",
        location="la sala de terapia",
        provider_role="terapeuta del habla",
    ),
    "accommodation": dict(
        title="Tiempo adicional (1.5x)",
        applies_when="exámenes y pruebas cortas",
        provider_role="maestra de educación general",
        how_given="prompted",
        location="",
    ),
    "goal": dict(
        title="Fluidez lectora",
        area="Lectura",
        baseline="60 palabras por minuto",
        target="90 palabras por minuto",
        measurement="pruebas basadas en el currículo",
        reporting_schedule="cada trimestre, con las calificaciones",
    ),
}


def provision(kind: str = "accommodation", wording: str = "", **fields: object) -> SimpleNamespace:
    return SimpleNamespace(kind=kind, iep_wording=wording, **{**COMPLETE[kind], **fields})


def vague_ids(p: SimpleNamespace) -> set[str]:
    return {f.rule_id for f in clarity.check(p, "Jacob Smith") if f.category == "vague"}


SPANISH = clarity.default_rules("es")

VAGUE_EXAMPLES: dict[str, tuple[list[str], list[str]]] = {
    # rule id: (wording that triggers it, wording that must not)
    "access-to-place": (
        ["Jacob tendrá acceso al salón de recursos para los exámenes.", "Acceso a una sala tranquila."],
        ["La maestra enviará a Jacob al salón de recursos para cada examen."],
    ),
    "access-to": (
        ["Jacob tendrá acceso a una calculadora durante matemáticas.", "Con acceso a los apuntes."],
        ["La maestra le dará a Jacob una copia de los apuntes al comienzo de cada clase."],
    ),
    "as-needed": (
        ["Descansos según sea necesario.", "Descansos segun sea necesario.", "Apoyo cuando lo necesite."],
        ["Un descanso de cinco minutos después de cada 20 minutos de trabajo.", "Es necesario traer lápiz."],
    ),
    "when-appropriate": (
        ["Asiento preferencial cuando sea apropiado.", "Uso de un escriba según corresponda."],
        ["Sentado en la primera fila, a dos asientos de la maestra, en todas las clases."],
    ),
    "opportunities-to": (
        [
            "Jacob tendrá oportunidades para practicar habilidades sociales.",
            "Se le darán oportunidades de moverse.",
        ],
        ["Jacob practicará saludos con un compañero 10 minutos cada día."],
    ),
    "offered": (
        ["Se le ofrecerá tutoría después de clases.", "Se ofrecerán descansos."],
        ["Recibirá tutoría después de clases los martes y jueves."],
    ),
    "may": (
        ["Jacob podrá usar una calculadora.", "Se le podrá dar tiempo adicional.", "Puede usar audífonos."],
        ["Jacob usará una calculadora en mayo y junio.", "Su mamá puso la fecha."],
    ),
    "upon-request": (
        ["Apuntes a petición del estudiante.", "Un escriba cuando lo solicite.", "Tiempo extra si lo pide."],
        ["Apuntes entregados a Jacob al comienzo de cada clase sin que tenga que pedirlos."],
    ),
    "consult": (
        ["La terapeuta ocupacional consultará con la maestra.", "Consulta entre el terapeuta y el personal."],
        ["La terapeuta ocupacional trabajará con Jacob en la escritura a mano."],
    ),
    "as-determined-by": (
        ["Apoyo según lo determine el coordinador del caso.", "Tarea reducida a discreción del maestro."],
        ["Tarea reducida a los primeros 10 problemas de cada tarea."],
    ),
    "periodic": (
        ["Reuniones periódicas con el consejero.", "Monitoreado regularmente.", "Descansos frecuentes."],
        [
            "Jacob asiste al salón de educación regular para matemáticas.",
            "Una reunión cada lunes a las 8:30.",
        ],
    ),
    "ongoing": (
        ["Apoyo continuo en lectura.", "Seguimiento constante del personal."],
        ["Instrucción de lectura 45 minutos al día en el salón de recursos."],
    ),
    "when-possible": (
        ["Exámenes en grupo pequeño de ser posible.", "Horario visual en la medida de lo posible."],
        ["Exámenes en grupo pequeño para cada examen de unidad.", "Es posible que llueva."],
    ),
    "encourage": (
        ["Se animará a Jacob a usar su agenda.", "El personal fomentará la participación."],
        ["La maestra revisará la agenda de Jacob al final de cada día y la firmará."],
    ),
    "available": (
        ["Habrá un espacio tranquilo disponible.", "Los audiolibros estarán disponibles."],
        ["La bibliotecaria le dará a Jacob el audiolibro de cada novela asignada."],
    ),
    "should-might": (
        ["Jacob debería recibir los apuntes.", "Se pueden dar descansos.", "Podría usar un lector."],
        ["Jacob recibirá una copia impresa de los apuntes."],
    ),
}


def test_every_spanish_vague_rule_has_examples() -> None:
    assert {rule.id for rule in SPANISH.vague} == set(VAGUE_EXAMPLES)


@pytest.mark.parametrize(
    ("rule_id", "text"), [(rule, text) for rule, (yes, _no) in VAGUE_EXAMPLES.items() for text in yes]
)
def test_spanish_vague_rule_triggers(rule_id: str, text: str) -> None:
    assert rule_id in vague_ids(provision(wording=text))


@pytest.mark.parametrize(
    ("rule_id", "text"), [(rule, text) for rule, (_yes, no) in VAGUE_EXAMPLES.items() for text in no]
)
def test_spanish_vague_rule_stays_quiet(rule_id: str, text: str) -> None:
    assert vague_ids(provision(wording=text)) == set(), f"{rule_id}: false alarm on {text!r}"


@pytest.mark.parametrize("language", ["en", "es"])
def test_one_languages_patterns_stay_quiet_on_the_others_examples(language: str) -> None:
    """The languages do not collide: the Spanish rules find nothing in the English examples, and the
    English rules nothing in the Spanish ones."""
    from .test_clarity import VAGUE_EXAMPLES as ENGLISH_EXAMPLES

    rules = clarity.default_rules(language)
    other = VAGUE_EXAMPLES if language == "en" else ENGLISH_EXAMPLES
    for yes, no in other.values():
        for text in yes + no:
            hits = [r.id for r in rules.vague if r.regex.search(text.replace("PRN", ""))]  # shared
            assert hits == [], (language, text, hits)


def test_a_spanish_iep_gets_a_spanish_rewrite_with_the_childs_name() -> None:
    seed = SimpleNamespace(
        kind="accommodation",
        title="Salón de recursos para exámenes",
        applies_when="",
        provider_role="",
        how_given=None,
        location="",
        iep_wording="Jacob tendrá acceso al salón de recursos para los exámenes.",
    )
    (finding,) = [f for f in clarity.check(seed, "Jacob Smith") if f.category == "vague"]
    assert finding.rule_id == "access-to-place"
    assert finding.words == "acceso al salón de recursos"
    assert seed.iep_wording[finding.start : finding.end] == finding.words
    assert finding.suggestion == (
        "El maestro enviará a Jacob al salón de recursos para los exámenes, sin que Jacob tenga que pedirlo."
    )
    # the parent reads English here (the default): the explanation is English, the rewrite Spanish
    assert finding.risk == (
        "'acceso al salón de recursos' does not say that anyone must take Jacob there; "
        "Jacob may never be sent."
    )
    with use_language("es"):
        (spanish,) = [f for f in clarity.check(seed, "Jacob Smith") if f.category == "vague"]
    assert spanish.risk == (
        "“acceso al salón de recursos” no dice que alguien deba llevar a Jacob allí; "
        "es posible que nunca lleven a Jacob."
    )
    assert spanish.suggestion == finding.suggestion


def test_an_english_iep_read_by_a_spanish_speaking_parent() -> None:
    p = SimpleNamespace(
        kind="accommodation",
        title="Breaks",
        iep_wording="Breaks as needed.",
        applies_when="all day",
        provider_role="teacher",
        how_given="prompted",
        location="",
    )
    english = next(f for f in clarity.check(p, "Jacob Smith") if f.rule_id == "as-needed")
    with use_language("es"):
        spanish = next(f for f in clarity.check(p, "Jacob Smith") if f.rule_id == "as-needed")
    assert (
        spanish.suggestion
        == english.suggestion
        == ("The teacher will give Jacob breaks all day, without Jacob having to ask.")
    )
    assert spanish.risk == (
        "“as needed” deja a criterio de alguien si Jacob lo recibe o no, y después nadie podrá demostrar "
        "que se le debía."
    )


def test_a_spanish_service_rewrite_uses_the_provisions_own_fields() -> None:
    p = provision("service", wording="Terapia del habla según sea necesario", location="")
    finding = next(f for f in clarity.check(p, "Jacob Smith") if f.rule_id == "as-needed")
    assert finding.suggestion == (
        "Jacob recibirá 30 minutos de terapia del habla y lenguaje, 2 veces por semana, de forma individual, "
        "en [dónde], con el terapeuta del habla."
    )


def test_spanish_contractions_and_articles_in_a_rewrite() -> None:
    p = provision(wording="Tiempo adicional cuando sea apropiado.")
    finding = next(f for f in clarity.check(p, "") if f.rule_id == "when-appropriate")
    assert finding.suggestion == (
        "La maestra de educación general le dará al niño tiempo adicional (1.5x) durante exámenes y "
        "pruebas cortas, sin que el niño tenga que pedirlo."
    )


def test_a_missing_field_in_a_spanish_iep_is_explained_and_rewritten_in_spanish() -> None:
    p = provision(
        "service", wording="Jacob recibirá terapia del habla en la sala de terapia.", minutes_per_session=None
    )
    with use_language("es"):
        (finding,) = [f for f in clarity.check(p, "Jacob") if f.rule_id == "service-how-much"]
    assert finding.risk.startswith("No dice cuántos minutos dura cada sesión")
    assert finding.suggestion.startswith("Jacob recibirá [cuántos minutos] minutos de terapia")
    english = SimpleNamespace(
        kind="service",
        iep_wording="Jacob will receive speech therapy in the therapy room.",
        title="Speech therapy",
        sessions_per_period=2,
        period="week",
        delivery="individual",
        location="therapy room",
        provider_role="speech-language pathologist",
        minutes_per_session=None,
    )
    with use_language("es"):
        (finding,) = [f for f in clarity.check(english, "Jacob") if f.rule_id == "service-how-much"]
    assert finding.risk.startswith("No dice cuántos minutos")  # the parent's language
    assert finding.suggestion.startswith("Jacob will receive [how many minutes] minutes")  # the IEP's


def test_a_well_written_spanish_accommodation_has_no_findings() -> None:
    wording = (
        "La maestra de educación general le dará a Jacob una vez y media el tiempo habitual en cada examen "
        "y prueba corta, sin que Jacob tenga que pedirlo."
    )
    assert clarity.check(provision(wording=wording), "Jacob Smith") == []


def test_every_rule_of_every_language_is_explained_in_every_language() -> None:
    sets = clarity.all_rules()
    assert [r.language for r in sets] == ["en", "es"]
    ids = {rule.id for rules in sets for rule in (*rules.vague, *rules.missing)}
    for rules in sets:
        for rule_id in ids:
            assert rules.explanation(rule_id), (rules.language, rule_id)


def test_explanations_only_use_what_every_language_can_fill() -> None:
    """An explanation of one language shown for another language's rule fills its {names} from that
    rule's match: each name is a group of every rule with the id, or a value of the provision."""
    sets = clarity.all_rules()
    context = {
        "child",
        "who",
        "provider",
        "staff",
        "what",
        "when",
        "where",
        "minutes",
        "sessions",
        "period",
        "delivery",
        "how",
        "baseline",
        "target",
        "measurement",
        "schedule",
        "words",
    }
    for rules in sets:
        for rule in rules.vague:
            for other in sets:
                text = other.explanation(rule.id) or ""
                names = {n.lower() for _, n, _, _ in string.Formatter().parse(text) if n}
                assert names <= context | set(rule.regex.groupindex), (other.language, rule.id, names)


def test_missing_rules_are_the_same_in_every_language() -> None:
    shape = {
        r.language: {(m.id, m.kinds, m.fields, m.aspect) for m in r.missing} for r in clarity.all_rules()
    }
    assert shape["es"] == shape["en"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_rule_files_have_the_english_format(language: str) -> None:
    english = json.loads(resource_path("clarity", "rules.en.json").read_text("utf-8"))
    data = json.loads(resource_path("clarity", f"rules.{language}.json").read_text("utf-8"))
    assert (data["format"], data["version"], data["language"]) == (
        english["format"],
        english["version"],
        language,
    )
    assert set(data) == set(english)
    assert set(data["words"]) == set(english["words"])
    assert set(data["words"]["placeholders"]) >= set(english["words"]["placeholders"])
    assert set(data["rewrites"]) == set(english["rewrites"])
    assert set(data["period_words"]) == set(english["period_words"])
    for rule in data["vague"]:
        assert set(rule) <= {"id", "pattern", "risk", "rewrite", "skip_if_fields", "case_sensitive"}
        re.compile(rule["pattern"])


HOSTILE_PIECES = (
    "acceso a ",
    "access to ",
    "a ",
    "de ",
    "según ",
    "1.5",
    "se le ",
    "acceso a la sala de ",
    ", ",
    "é",
)


@pytest.mark.timeout(120)
def test_no_clarity_pattern_of_any_language_backtracks_on_long_hostile_text() -> None:
    """Every clarity pattern of every language over 5,000-character texts. Not a timing assertion:
    it passes in about a second and fails only by hanging past the timeout."""
    texts = [piece * (5000 // len(piece)) for piece in HOSTILE_PIECES]
    for rules in clarity.all_rules():
        for rule in rules.vague:
            for text in texts:
                for _ in rule.regex.finditer(text):
                    pass
