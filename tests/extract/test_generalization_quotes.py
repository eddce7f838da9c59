"""Quotes and speakers on hand-written articles in both languages (not the dev set), and the speaker forms
they exercise: inverted subjects after elided determiners, colon-introduced quotes without a speech verb,
gerunds, title-only subjects, unnamed common-noun speakers.  Articles: :mod:`generalization_articles`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from spacy.language import Language

from cronaca.evaluation.scoring import names_agree
from cronaca.nlp.models import blank_pipeline
from cronaca.nlp.segmentation import add_paragraph_boundaries
from cronaca.records import Quote
from cronaca.registry import add_components

from .generalization_articles import ARTICLES, ArticleCase

STAGES = ("cronaca_dates", "cronaca_entities", "cronaca_places", "cronaca_quantities", "cronaca_quotes",
          "cronaca_attribution")

KNOWN_WRONG = {
    ("it_election", "È una vittoria di squadra"):
        "'il neo governatore' needs the winner of the election, not the last-named person",
    ("it_migrants", "L'Italia non può essere lasciata sola"):
        "'Il governo ha replicato con una nota di Palazzo Chigi' gives the plain words 'governo'",
    ("en_nato", "pay twice as much"):
        "'who threatened to make the country \"pay ...\"': threaten is not a speech cue (it would make the "
        "threatener the source of his own THREATEN event)",
    ("en_gaza_aid", "Our colleagues are wasting away"):
        "'the groups said' is kept as the plain words 'groups', not resolved to the 'aid organizations' before",
    ("it_alluvione_emilia", "Le risorse ci sono"):
        "the speaker 'Nello Musumeci' is not recognised without NER ('Nello' is also a preposition)",
}


@pytest.fixture(scope="module")
def pipelines() -> dict[str, Language]:
    return {lang: add_components(add_paragraph_boundaries(blank_pipeline(lang)), STAGES) for lang in ("it", "en")}


def quotes_of(pipelines: dict[str, Language], lang: str, text: str, published: str = "2025-10-10") -> list[Quote]:
    nlp = pipelines[lang]
    doc = nlp.make_doc(text)
    doc._.cronaca_published = dt.date.fromisoformat(published)
    doc = nlp(doc)
    quotes: list[Quote] = doc._.cronaca_quotes
    for q in quotes:
        assert text[q.span.start:q.span.end] == q.text
    return quotes


def speaker_is(q: Quote, expected: str) -> bool:
    return q.speaker is not None and (names_agree(q.speaker.entity_name, expected)
                                      or names_agree(q.speaker.raw_text, expected))


def _cases() -> list[Any]:
    cases = []
    for a in ARTICLES:
        for fragment, speaker in a["quotes"]:
            reason = KNOWN_WRONG.get((a["id"], fragment))
            marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
            cases.append(pytest.param(a, fragment, speaker, id=f"{a['id']}-{fragment[:20]}", marks=marks))
    return cases


@pytest.mark.parametrize(("article", "fragment", "speaker"), _cases())
def test_article_quote_speaker(pipelines: dict[str, Language], article: ArticleCase, fragment: str,
                               speaker: str) -> None:
    quotes = quotes_of(pipelines, article["lang"], article["text"], article["published"])
    quote = next((q for q in quotes if fragment in q.text), None)
    assert quote is not None, f"no quote holds {fragment!r}"
    assert speaker_is(quote, speaker), quote.speaker


@pytest.mark.parametrize(("language", "text", "fragment", "speaker"), [
    # inverted subject after an elided determiner and a title, with an apposition after it
    ("it", "«Sono innocente», ha affermato l'avvocato Carla Neri, difensore dell'imputato.", "Sono innocente",
     "Carla Neri"),
    ("it", "«Il contratto è firmato», ha dichiarato l'ingegnere Paolo Gatti.", "contratto", "Paolo Gatti"),
    # a clause without a speech verb introducing the quote with a colon
    ("it", "Il sindacalista Marco Bruni ha criticato la riforma: «È un passo indietro per tutti i lavoratori».",
     "passo indietro", "Marco Bruni"),
    ("it", "Netta la risposta del portavoce Luca Ferri: «Non ci sarà alcun rimpasto di governo».", "rimpasto",
     "Luca Ferri"),
    ("en", "Senator Jane Porter attacked the bill: \"This law will hurt every small business in the state.\"",
     "small business", "Jane Porter"),
    # a gerund shares the subject of its clause
    ("it", "La deputata Sara Conti ha lasciato l'Aula, parlando di «una pagina nera per il Parlamento».",
     "pagina nera", "Sara Conti"),
    ("en", "Mayor Tom Reyes criticised the plan, calling it \"a betrayal of the city.\"", "betrayal",
     "Tom Reyes"),
    # new speech verbs
    ("it", "«Ricostruiremo tutto», ha promesso il sindaco Anna Galli.", "Ricostruiremo", "Anna Galli"),
    ("en", "\"We will rebuild,\" vowed Governor Maria Lopez.", "rebuild", "Maria Lopez"),
    # a title-only inverted subject stands for the person named before
    ("it", "Il ministro dell'Interno Matteo Piantedosi ha visitato la città. «Lo Stato è qui», ha scritto su X "
           "il titolare del Viminale.", "Lo Stato è qui", "Matteo Piantedosi"),
    # a dative outlet before the inverted subject; a clause opened by an adverb has no subject of its own
    ("it", "«La rotta è letale», ha detto all'ANSA il portavoce dell'Oim Flavio Di Giacomo.", "rotta",
     "Flavio Di Giacomo"),
    ("it", "Il ministro Guido Crosetto ha parlato ai giornalisti. Poi ha aggiunto: «Serve più difesa comune».",
     "difesa comune", "Guido Crosetto"),
    # a description of the office between the outlet spoken to and the name
    ("it", "«Il vento non aiuta», ha spiegato a Sky TG24 il comandante provinciale dei vigili del fuoco "
           "Giuseppe Merendino.", "vento", "Giuseppe Merendino"),
    # a possessive after an inverted name qualifies it
    ("it", "«Il governo deve agire», ha dichiarato Angelo Bonelli di Alleanza Verdi e Sinistra.", "governo deve",
     "Angelo Bonelli"),
    # an unnamed subject with a relative clause before the cue
    ("en", "A senior European diplomat, who asked not to be named, told Reuters the plan was \"dead on arrival.\"",
     "dead on arrival", "senior European diplomat"),
    # a name set off by a comma after the inverted subject's description
    ("it", "«Le celle sono piene», ha denunciato il garante dei detenuti del Piemonte, Bruno Mellano.", "celle",
     "Bruno Mellano"),
    # a colon clause: its subject, not a name after a possessive
    ("it", "Il sindacato di polizia penitenziaria Sappe ha chiesto più personale: «Gli agenti sono allo stremo».",
     "allo stremo", "Sappe"),
    # a colon clause with no name goes on with the previous speaker
    ("it", "«Non possiamo rassegnarci», ha affermato il presidente Luigi Neri. Poi un passaggio sul voto: "
           "«Il voto è la forza della democrazia».", "Il voto", "Luigi Neri"),
    # an unnamed speaker named by common nouns
    ("en", "\"The verdict is unjust,\" the defense team said in a statement.", "verdict", "defense team"),
])
def test_speaker_forms(pipelines: dict[str, Language], language: str, text: str, fragment: str,
                       speaker: str) -> None:
    quote = next(q for q in quotes_of(pipelines, language, text) if fragment in q.text)
    assert speaker_is(quote, speaker), quote.speaker


@pytest.mark.parametrize(("language", "text", "fragment"), [
    # a colon after a list or a scare-quoted name is no speech
    ("it", "Tre i punti dell'accordo: «corridoi umanitari», scambio di prigionieri e tregua.", "corridoi"),
    ("en", "The operation had a code name: \"Midnight Hammer\".", "Midnight Hammer"),
])
def test_no_speaker_without_a_person(pipelines: dict[str, Language], language: str, text: str,
                                     fragment: str) -> None:
    quote = next((q for q in quotes_of(pipelines, language, text) if fragment in q.text), None)
    assert quote is None or quote.speaker is None or quote.speaker.entity_name in ("", None)
