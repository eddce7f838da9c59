"""The event lexicons and flags on their own: trigger words, data integrity, modality cues, scores."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from cronaca.errors import PipelineError
from cronaca.extract.docext import register_extensions
from cronaca.extract.events import EventExtractor, score_of
from cronaca.extract.modality import flags
from cronaca.extract.trigger_lexicon import load_lexicon
from cronaca.extract.trigger_selection import select_triggers
from cronaca.extract.triggers import find_triggers
from cronaca.lang import load_shared
from cronaca.nlp.models import blank_pipeline
from cronaca.records import EVENT_TYPES


def triggers(language: str, text: str) -> list[tuple[str, str]]:
    register_extensions()
    doc = blank_pipeline(language)(text)
    lex = load_lexicon(language)
    return [(t.event, doc[t.start:t.end].text) for t, _ in select_triggers(doc, lex, find_triggers(doc, lex))]


# (language, sentence, event type, trigger words): inflected forms must match without a lemmatizer
WORDS = [
    ("it", "Le truppe hanno colpito il villaggio.", "ASSAULT", "colpito"),
    ("it", "Nella notte c'è stato un attacco di droni.", "ASSAULT", "attacco di droni"),
    ("en", "The army shelled the town.", "ASSAULT", "shelled"),
    ("en", "Gunmen opened fire on the crowd.", "ASSAULT", "opened fire"),
    ("it", "I ministri hanno avuto un colloquio telefonico.", "CONSULT", "colloquio telefonico"),
    ("en", "The two ministers held talks in Geneva.", "CONSULT", "held talks"),
    ("it", "Le parti hanno raggiunto un accordo.", "AGREE", "raggiunto un accordo"),
    ("en", "The rebels pledged to lay down their arms.", "AGREE", "pledged"),
    ("it", "Il governo ha elogiato la decisione.", "SUPPORT", "elogiato"),
    ("en", "The minister welcomed the decision.", "SUPPORT", "welcomed"),
    ("it", "Il presidente ha graziato il giornalista.", "CONCEDE", "graziato"),
    ("en", "The president pardoned the journalist.", "CONCEDE", "pardoned"),
    ("it", "Le due polizie hanno avviato una cooperazione.", "COOPERATE", "cooperazione"),
    ("en", "The two countries extradited the suspect.", "COOPERATE", "extradited"),
    ("it", "Sono arrivati i primi aiuti umanitari.", "AID", "aiuti umanitari"),
    ("en", "The agency delivered food supplies.", "AID", "delivered"),
    ("it", "Il ministro si è dimesso ieri.", "RETREAT", "dimesso"),
    ("en", "The minister resigned on Monday.", "RETREAT", "resigned"),
    ("it", "Il sindaco ha esortato il governo a intervenire.", "REQUEST", "esortato"),
    ("en", "The mayor urged the government to act.", "REQUEST", "urged"),
    ("it", "La procura ha aperto un'inchiesta.", "ACCUSE", "inchiesta"),
    ("en", "Prosecutors opened an investigation.", "ACCUSE", "investigation"),
    ("it", "Il parlamento ha bocciato la proposta.", "REJECT", "bocciato"),
    ("en", "Parliament rejected the proposal.", "REJECT", "rejected"),
    ("it", "Il gruppo ha minacciato nuove azioni.", "THREATEN", "minacciato"),
    ("en", "The group threatened new actions.", "THREATEN", "threatened"),
    ("it", "I lavoratori hanno proclamato uno sciopero.", "PROTEST", "sciopero"),
    ("en", "Students staged a sit-in at the university.", "PROTEST", "sit-in"),
    ("it", "Il paese è stato colpito da nuove sanzioni.", "SANCTION", "sanzioni"),
    ("en", "The country faces an embargo.", "SANCTION", "embargo"),
    ("it", "L'esercito ha schierato i carri armati.", "MOBILIZE", "schierato"),
    ("en", "The army mobilized reservists.", "MOBILIZE", "mobilized"),
    ("it", "Le autorità hanno imposto il coprifuoco.", "COERCE", "coprifuoco"),
    ("en", "Police detained the activists.", "COERCE", "detained"),
]


@pytest.mark.parametrize(("language", "text", "event", "words"), WORDS)
def test_trigger_words(language: str, text: str, event: str, words: str) -> None:
    assert (event, words) in triggers(language, text)


def test_lexicon_rows_cover_every_type_in_both_languages() -> None:
    for language in ("it", "en"):
        assert {row[2] for row in WORDS if row[0] == language} == set(EVENT_TYPES)


@pytest.mark.parametrize("language", ["it", "en"])
def test_lexicon_uses_only_plover_types_modes_and_contexts(language: str) -> None:
    ontology = load_shared("plover")
    contexts = set(ontology["contexts"])
    lex = load_lexicon(language)
    assert {e.event for e in lex.entries} == set(EVENT_TYPES)
    for entry in lex.entries:
        assert set(entry.mode) <= set(ontology["types"][entry.event]["modes"]), entry
        assert set(entry.context) <= contexts, entry
    for cue in lex.mode_cues:
        assert all(cue.value in ontology["types"][t]["modes"] for t in cue.events), cue
    assert {c.value for c in lex.context_cues} <= contexts
    assert {c.value for c in lex.retype_cues} <= set(EVENT_TYPES)


# the content of a request, an accusation or a charge list is not an event of its own
SCOPE = [
    ("it", "L'Ucraina ha chiesto alla Germania di inviare armi.", ["REQUEST"]),
    ("en", "Congo accused Rwanda of backing the rebels.", ["ACCUSE"]),
    ("it", "Gli arrestati sono accusati di tentato omicidio e rapina.", ["COERCE", "ACCUSE"]),
    ("en", "The agency urged the minister to resign.", ["REQUEST"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SCOPE)
def test_scope_words_are_not_events(language: str, text: str, expected: list[str]) -> None:
    assert [event for event, _ in triggers(language, text)] == expected


# words that name events only with the right company ("hit a record", "le consegne" of what?)
NOT_EVENTS = [
    ("en", "Oil prices hit a record high."),
    ("en", "The shipments were described in a report."),
    ("en", "According to the ministry, the figures are final."),
    ("it", "Le consegne dei pacchi sono in ritardo."),
    ("it", "Secondo il ministero, i dati sono definitivi."),
    ("it", "I rifiuti sono stati raccolti in piazza."),
    ("it", "L'attacco della Juventus ha colpito due pali nel primo tempo."),
    ("en", "Their attack hit the post twice in the first half."),
]


@pytest.mark.parametrize(("language", "text"), NOT_EVENTS)
def test_words_without_their_cues_are_not_triggers(language: str, text: str) -> None:
    assert triggers(language, text) == []


# (language, sentence, flag)
FLAGS = [
    ("it", "Il governo non ha firmato l'accordo.", "negated"),
    ("en", "The government has never signed the agreement.", "negated"),
    ("it", "Il governo firmerà l'accordo.", "future"),
    ("en", "The government will sign the agreement.", "future"),
    ("it", "Il governo potrebbe firmare l'accordo.", "hypothetical"),
    ("en", "The government could sign the agreement.", "hypothetical"),
]


@pytest.mark.parametrize(("language", "text", "flag"), FLAGS)
def test_modality_cues(language: str, text: str, flag: str) -> None:
    register_extensions()
    doc = blank_pipeline(language)(text)
    lex = load_lexicon(language)
    found = find_triggers(doc, lex)
    assert found and found[0].event == "SUPPORT"
    assert flag in flags(doc, found[0], lex)


def test_plain_statement_has_no_flags() -> None:
    register_extensions()
    doc = blank_pipeline("en")("The government signed the agreement.")
    lex = load_lexicon("en")
    assert flags(doc, find_triggers(doc, lex)[0], lex) == ()


def test_historical_by_date() -> None:
    register_extensions()
    doc = blank_pipeline("en")("The rebels seized the city.")
    lex = load_lexicon("en")
    trig = find_triggers(doc, lex)[0]
    assert "historical" in flags(doc, trig, lex, "2025-01-10", dt.date(2025, 6, 19))
    assert "historical" not in flags(doc, trig, lex, "2025-06-18", dt.date(2025, 6, 19))
    assert "future" in flags(doc, trig, lex, "2025-06-25", dt.date(2025, 6, 19))


@pytest.mark.parametrize(("event", "modes", "sign"), [
    ("ASSAULT", ("aerial",), -1), ("AID", (), 1), ("AGREE", (), 1), ("PROTEST", ("demo",), -1),
    ("REQUEST", ("assist",), 1), ("REQUEST", ("yield",), -1),
])
def test_conflict_cooperation_score(event: str, modes: tuple[str, ...], sign: int) -> None:
    score = score_of(event, modes)
    assert -10 <= score <= 10 and score * sign > 0


def test_ontology_tables_name_real_types() -> None:
    ontology = load_shared("plover")
    types = set(EVENT_TYPES)
    assert set(ontology["types"]) == types
    for table in ("future_types", "state_retypes"):
        assert set(ontology[table]) <= types and set(ontology[table].values()) <= types
    for key in ("distinct_modes", "statement_types", "place_targets"):
        assert set(ontology[key]) <= types
    assert ontology["refusal_type"] in types
    assert {ontology["types"][t]["quad"] for t in types} == {1, 2, 3, 4}


@pytest.mark.parametrize("language", ["it", "en"])
def test_generic_actor_groups_are_complete(language: str) -> None:
    lex = load_lexicon(language)
    assert {"protesters", "police", "military", "government"} <= set(lex.groups)
    for group in lex.groups.values():
        assert group["name"] and group["sector"] and group["match"]
    defaults = {e.default_actor for e in lex.entries if e.default_actor}
    assert defaults <= set(lex.groups)


def test_component_says_what_is_missing_without_sentences() -> None:
    register_extensions()
    nlp = spacy.blank("en")
    component = EventExtractor(nlp, "cronaca_events")
    with pytest.raises(PipelineError, match="sentencizer"):
        component(nlp("Russia attacked Kyiv."))
    assert component(blank_pipeline("en")("Russia attacked Kyiv."))._.cronaca_events is not None
