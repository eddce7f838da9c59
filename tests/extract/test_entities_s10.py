"""Entity-stage rules of the tenth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from cronaca.extract.entity_lexicon import Cand, lexicon
from cronaca.extract.entity_ner import _joined_persons, merge_candidates
from cronaca.pipeline import Extractor
from cronaca.records import Article

from .helpers import entity_set


def doc_with(words: list[str], ents: list[str], spaces: list[bool] | None = None) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)


def test_touching_persons_are_one_name() -> None:
    doc = doc_with(["Osman", "Mohamed", "Hamid", "and", "Ali", "Gibril"],
                   ["B-PER", "B-PER", "I-PER", "O", "B-PER", "I-PER"])
    assert [(e.text, e.label_) for e in _joined_persons(doc)] == [("Osman Mohamed Hamid", "PER"),
                                                                  ("Ali Gibril", "PER")]


@pytest.mark.parametrize("words,ents,spaces", [
    (["Anna", ",", "Marco"], ["B-PER", "O", "B-PER"], None),  # a comma between them: two people
    (["Rome", "Anna"], ["B-LOC", "B-PER"], None),  # not two persons
    (["Anna", "Maria", "Rossi", "Bianchi", "Verdi"], ["B-PER", "I-PER", "I-PER", "B-PER", "I-PER"], None),  # too long
    (["Anna", "Marco"], ["B-PER", "B-PER"], [False, False]),  # no space between them
])
def test_persons_apart_stay_apart(words: list[str], ents: list[str], spaces: list[bool] | None) -> None:
    doc = doc_with(words, ents, spaces)
    assert len(_joined_persons(doc)) == len(doc.ents)


def test_a_long_name_the_ner_cuts_in_two_is_one_person(extractor: Extractor) -> None:
    found = entity_set(extractor, "en", "Treasury said the two commanders, Osman Mohamed Hamid and Ali Yagoub "
                                      "Gibril, had directed attacks on civilians in El Fasher.")
    assert ("Osman Mohamed Hamid", "PER") in found, found
    assert ("Mohamed Hamid", "PER") not in found


def test_an_institution_named_after_a_known_one_is_its_own_name(extractor: Extractor) -> None:
    found = entity_set(extractor, "en", '"Europe is still reluctant," said Ellie Geranmayeh of the European Council '
                                      "on Foreign Relations.")
    assert ("European Council on Foreign Relations", "ORG") in found, found
    assert ("European Council", "ORG") not in found
    assert not any(t == "PER" and n != "Ellie Geranmayeh" for n, t in found), found


@pytest.mark.parametrize("text,ner_end", [
    ("The European Council on Monday agreed.", len("The European Council on Monday")),  # a weekday is no name
    ("The European Council and Italy agreed.", len("The European Council and Italy")),  # a conjunction: two
    ("The European Council of the", len("The European Council of the")),  # no capitalised word after
])
def test_a_known_organisation_keeps_its_name_when_the_rest_is_no_name(text: str, ner_end: int) -> None:
    known = Cand(4, len("The European Council"), "Q8886", "European Council", "ORG")
    ner = Cand(4, ner_end, "new:x", text[4:ner_end], "ORG", source="ner")
    assert [c.name for c in merge_candidates([known], [ner], text, lexicon("en"))] == ["European Council"]


def test_a_known_organisation_run_on_by_a_connector_gives_way() -> None:
    text = "The European Council on Foreign Relations said."
    known = Cand(4, len("The European Council"), "Q8886", "European Council", "ORG")
    ner = Cand(4, len("The European Council on Foreign Relations"), "new:x",
               "European Council on Foreign Relations", "ORG", source="ner")
    assert [c.name for c in merge_candidates([known], [ner], text, lexicon("en"))] == [ner.name]


def test_a_name_the_article_calls_a_party_is_the_party_everywhere(extractor: Extractor) -> None:
    text = ('"The vote was stolen by Frelimo," Mondlane told supporters. The commission declared Daniel Chapo of '
            "the ruling Frelimo party the winner. Frelimo has governed Mozambique since 1975.")
    found = entity_set(extractor, "en", text)
    assert ("Frelimo", "ORG") in found, found
    assert ("Frelimo", "PER") not in found


def test_an_administration_named_after_a_person_leaves_the_person(extractor: Extractor) -> None:
    found = entity_set(extractor, "en", "Officials of the Trump administration met on Monday. Trump said the talks "
                                      "went well.")
    assert ("Donald Trump", "PER") in found, found


@pytest.mark.parametrize("lang,text,expected", [
    ("it", "Le forniture di petrolio passano attraverso l'oleodotto Druzhba.", ("Druzhba Pipeline", "FAC")),
    ("en", "Oil flows through the Druzhba pipeline to Hungary.", ("Druzhba Pipeline", "FAC")),
    ("it", "Il pacchetto colpisce tre banche russe, tra cui Gazprombank.", ("Gazprombank", "ORG")),
    ("it", "Gli assalitori hanno aperto il fuoco sugli abitanti di Darul Jamal.", ("Darul Jamal", "GPE")),
    ("en", "Gunmen opened fire on residents of Darul Jamal on Sunday.", ("Darul Jamal", "GPE")),
])
def test_words_around_a_name_type_it(extractor: Extractor, lang: str, text: str,
                                     expected: tuple[str, str]) -> None:
    found = entity_set(extractor, lang, text)
    assert expected in found, found


def test_the_first_word_of_a_title_is_no_place(extractor: Extractor) -> None:
    text = "Lo ha annunciato l'Alta rappresentante Ue per la politica estera, Kaja Kallas."
    found = entity_set(extractor, "it", text)
    assert not any(n == "Alta" for n, _ in found), found
    assert ("Kaja Kallas", "PER") in found


def test_an_organisation_name_runs_on_over_two_connectors(extractor: Extractor) -> None:
    found = entity_set(extractor, "en", "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War "
                                      "said 84 people had come home.")
    assert ("Coordination Headquarters for the Treatment of Prisoners of War", "ORG") in found, found


def test_two_connectors_do_not_carry_a_name_into_a_date(extractor: Extractor) -> None:
    found = entity_set(extractor, "en", "The Defence Council of the Monday meeting was cancelled.")
    assert not any("Monday" in n for n, _ in found), found


def test_a_regions_demonym_names_no_country(extractor: Extractor) -> None:
    text = "Venezuela expelled the ambassadors of seven Latin American countries."
    doc = extractor.process(Article(id="d", text=text, published="2025-02-01", language="en"))
    recipients = [p.entity_name for e in doc.events for p in e.recipient]
    assert "United States" not in recipients, recipients


@pytest.mark.parametrize("text,expected", [
    ("Le forze armate libanesi si schiereranno nel sud del Paese.", ("Lebanese Armed Forces", "ORG")),
    ("Roma finanzierà l'addestramento delle forze armate siriane.", ("Syrian Armed Forces", "ORG")),
])
def test_italian_armed_forces_named_by_their_demonym(extractor: Extractor, text: str,
                                                     expected: tuple[str, str]) -> None:
    assert expected in entity_set(extractor, "it", text)
