"""Speakers and entities of a fifth round of unseen news: a speaker named after a party and its bracketed
acronym, an inverted speaker followed by where the words were said, replies made by force that are no speech,
parties and regional organisations of the dictionary, a country's embassy in a named city, person names with
a hyphenated particle and Arabic place names. Real pipelines, sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.extract.speech import lexicon
from cronaca.pipeline import Extractor
from cronaca.records import Article, Document


def extract(extractor: Extractor, language: str, text: str) -> Document:
    doc = extractor.process(Article(id="t", text=text, language=language, published="2026-01-10"))
    for q in doc.quotes:
        assert text[q.span.start:q.span.end] == q.text
    for e in doc.entities:
        assert all(m.end <= len(text) for m in e.mentions)
    return doc


def speakers(doc: Document) -> dict[str, str | None]:
    return {q.text: None if q.speaker is None else q.speaker.entity_name for q in doc.quotes}


@pytest.mark.parametrize(("language", "text", "quote", "speaker"), [
    ("it", "Il tribunale ha condannato il cronista Ali Demir. «È una sentenza politica», ha dichiarato il leader "
           "del Partito repubblicano del popolo (Chp), Özgür Özel, presente in aula.",
     "È una sentenza politica", "Özgür Özel"),
    ("en", "The court jailed the reporter Ali Demir. \"This is a political verdict,\" said the leader of the "
           "Republican People's Party (CHP), Özgür Özel, who attended the hearing.",
     "This is a political verdict,", "Özgür Özel"),
    # the 0.3.0 Italian NER tagged "Melia" alone as a place (xfail then); the 0.4.0 NER finds the person
    ("it", "Il parlamento ha approvato la legge. «Le elezioni sono state truccate», ha detto Nika Melia "
           "davanti al parlamento.", "Le elezioni sono state truccate", "Nika Melia"),
    ("en", "The court jailed Mark Stone. \"This is a political verdict,\" said lawyer John Brent outside the "
           "court.", "This is a political verdict,", "John Brent"),
    ("en", "The court jailed Mark Stone. \"We will appeal,\" said his lawyer, John Brent, outside the court.",
     "We will appeal,", "John Brent"),
])
def test_inverted_speaker(extractor: Extractor, language: str, text: str, quote: str, speaker: str) -> None:
    assert speakers(extract(extractor, language, text)).get(quote) == speaker


@pytest.mark.parametrize(("language", "text", "cue", "is_cue"), [
    ("en", "Police responded with tear gas and stun grenades.", "responded", False),
    ("en", "The army replied with artillery fire on the town.", "replied", False),
    ("en", "The ministry responded with a statement denying the claims.", "responded", True),
    ("en", "\"Never,\" he replied with a smile.", "replied", True),
    ("it", "La polizia ha risposto con lacrimogeni e idranti.", "ha risposto", False),
    ("it", "L'esercito ha risposto con l'artiglieria.", "ha risposto", True),
    ("it", "Il ministero ha risposto con una nota.", "ha risposto", True),
    ("it", "Gli agenti hanno risposto con i gas lacrimogeni.", "hanno risposto", False),
])
def test_reply_by_force_is_no_cue(language: str, text: str, cue: str, is_cue: bool) -> None:
    found = [text[c.span.start:c.span.end] for c in lexicon(language).cues(text)]
    assert (cue in found) is is_cue


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("it", "Il Partito repubblicano del popolo (Chp) ha vinto a Istanbul.",
     ("Republican People's Party", "ORG", "TUR")),
    ("en", "The CHP won the mayoral race in Istanbul.", ("Republican People's Party", "ORG", "TUR")),
    ("it", "La Cedeao ha condannato il colpo di Stato.",
     ("Economic Community of West African States", "ORG", "IGO")),
    ("en", "ECOWAS condemned the coup in Bissau.", ("Economic Community of West African States", "ORG", "IGO")),
    ("en", "The Organization of American States sent 60 observers.",
     ("Organization of American States", "ORG", "IGO")),
    ("it", "L'Akp di Erdogan ha perso voti.", ("Justice and Development Party", "ORG", "TUR")),
    ("en", "Russia's embassy in London said the claims were false.", ("Embassy of Russia in London", "ORG", "RUS")),
    ("en", "The Russian embassy in Belgrade issued a statement.", ("Embassy of Russia in Belgrade", "ORG", "RUS")),
    ("en", "The U.S. Embassy in Baghdad urged calm.", ("Embassy of the United States, Baghdad", "ORG", "USA")),
    ("it", "L'ambasciata d'Italia a Dakar è in contatto con i connazionali.",
     ("Embassy of Italy in Dakar", "ORG", "ITA")),
    ("it", "L'ambasciata russa a Londra ha protestato.", ("Embassy of Russia in London", "ORG", "RUS")),
    ("it", "L'ambasciata degli Stati Uniti a Roma ha diffuso una nota.",
     ("Embassy of the United States, Rome", "ORG", "USA")),
    ("en", "A boat capsized near Teknaf, coast guard spokesman Harun-or-Rashid told reporters.",
     ("Harun-or-Rashid", "PER", "BGD")),
    # the 0.3.0 Italian NER missed the name (xfail then); no word around it types it, so the NER must
    ("it", "Colpi di artiglieria hanno raggiunto l'area di Souq al-Juma, a Tripoli.", ("Souq al-Juma", "LOC", None)),
])
def test_entities(extractor: Extractor, language: str, text: str, expected: tuple[str, str, str | None]) -> None:
    found = {(e.entity_name, e.type, e.country) for e in extract(extractor, language, text).entities}
    name, etype, country = expected
    assert (name, etype) in {(n, t) for n, t, _ in found}
    if country is not None:
        assert expected in found


@pytest.mark.parametrize(("language", "text", "country_entity"), [
    ("en", "The U.S. Embassy in Baghdad urged calm.", "United States"),
    ("it", "L'ambasciata russa a Londra ha protestato.", "London"),
])
def test_embassy_keeps_country_and_city(extractor: Extractor, language: str, text: str, country_entity: str) -> None:
    names = {e.entity_name for e in extract(extractor, language, text).entities}
    assert country_entity in names
    assert not any(n in ("U.S. Embassy", "US Embassy") for n in names)


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("en", "Russia's embassy in Belgrade issued a statement expressing \"full support for the authorities.\"",
     "Embassy of Russia in Belgrade"),
    ("it", "«Seguiamo la situazione», ha detto l'ambasciata d'Italia a Dakar.", "Embassy of Italy in Dakar"),
])
def test_embassy_speaks(extractor: Extractor, language: str, text: str, speaker: str) -> None:
    assert speaker in speakers(extract(extractor, language, text)).values()


@pytest.mark.parametrize(("language", "text", "expected", "absent"), [
    ("en", "Former President Jorge \"Tuto\" Quiroga conceded. Quiroga thanked his voters.",
     ("Jorge Quiroga", "PER"), "Tuto"),
    ("it", "L'ex presidente Jorge «Tuto» Quiroga ha riconosciuto la sconfitta.", ("Jorge Quiroga", "PER"), "Tuto"),
    ("en", "Drones struck a field in the Kurdistan Region of Iraq, the region's Ministry of Natural Resources said.",
     ("Ministry of Natural Resources (Kurdistan Region)", "ORG"), "Ministry of Natural Resources"),
    ("en", "Output fell in Chile last year, the country's Ministry of Mining said.",
     ("Ministry of Mining of Chile", "ORG"), "Ministry of Mining"),
    ("it", "Un tribunale di Istanbul ha condannato il giornalista.", ("Istanbul", "GPE"), "Court of Istanbul"),
    ("it", "Il tribunale di Milano ha assolto l'imputato.", ("Court of Milan", "ORG"), "Milan Court"),
])
def test_names_built_from_parts(extractor: Extractor, language: str, text: str, expected: tuple[str, str],
                                absent: str) -> None:
    found = {(e.entity_name, e.type) for e in extract(extractor, language, text).entities}
    assert expected in found
    assert absent not in {n for n, _ in found}
