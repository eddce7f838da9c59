"""Speakers, sources and entities in constructions met in fresh news prose, in Italian and English.

Each table row is a short sentence written for the test and the speaker, source or entity a careful reader
gives it; the full pipeline (NER, parser, every stage) runs on it.
"""

from __future__ import annotations

import pytest

from cronaca import extract
from cronaca.evaluation.scoring import names_agree
from cronaca.pipeline import Extractor
from cronaca.records import Document, Entity, Quote

PUBLISHED = "2026-11-20"


def run(lang: str, text: str, published: str = PUBLISHED) -> Document:
    """Extract ``text``, checking that every quote's span holds its text."""
    doc = extract(text, published=published, language=lang)
    for q in doc.quotes:
        assert text[q.span.start:q.span.end] == q.text
    return doc


def quote_with(doc: Document, fragment: str) -> Quote:
    found = [q for q in doc.quotes if fragment in q.text]
    assert found, f"no quote holds {fragment!r}: {[q.text for q in doc.quotes]}"
    return found[0]


def speaker_of(doc: Document, fragment: str) -> str | None:
    q = quote_with(doc, fragment)
    return None if q.speaker is None else q.speaker.entity_name


def entity(doc: Document, name: str) -> Entity | None:
    return next((e for e in doc.entities if names_agree(e.entity_name, name)), None)


# ---- quotes interrupted by a dashed speech clause ---------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "first", "second", "speaker"), [
    ("it", "Il prefetto Enrico Gullotti ha chiuso le scuole. «Nessuno deve avvicinarsi agli argini – ha "
           "avvertito – perché i terreni sono saturi».", "Nessuno deve avvicinarsi agli argini",
     "perché i terreni sono saturi", "Enrico Gullotti"),
    ("it", "«Il governo non ci ascolta – ha detto Maurizio Landini durante un'assemblea – e noi andremo "
           "avanti».", "Il governo non ci ascolta", "e noi andremo avanti", "Maurizio Landini"),
    ("en", "“We are ready — Foreign Minister Rosa Villavicencio said on Monday — to talk to everyone.”",
     "We are ready", "to talk to everyone", "Rosa Villavicencio"),
])
def test_dashed_cue_splits_quote(lang: str, text: str, first: str, second: str, speaker: str) -> None:
    doc = run(lang, text)
    head, tail = quote_with(doc, first), quote_with(doc, second)
    assert head is not tail
    assert "–" not in head.text and "—" not in head.text  # the reporter's clause is no part of the quote
    assert names_agree(speaker_of(doc, first), speaker) and names_agree(speaker_of(doc, second), speaker)


@pytest.mark.parametrize(("lang", "text", "whole"), [
    ("it", "«Il ministro – che ha detto di non sapere nulla – mente», ha dichiarato Elly Schlein.",
     "Il ministro – che ha detto di non sapere nulla – mente"),
    ("en", "“The plan — which critics said was rushed — will work,” the mayor said.",
     "The plan — which critics said was rushed — will work"),
])
def test_dashed_relative_clause_stays_in_quote(lang: str, text: str, whole: str) -> None:
    """A dashed clause of the speaker's own (a relative clause) is part of what they said."""
    assert quote_with(run(lang, text), whole).text.rstrip(",") == whole


# ---- who speaks ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "fragment", "speaker"), [
    # a coordinated verb shares the subject of the first one, not the object's name before "and"
    ("en", "Venezuela's foreign minister Yván Gil accused Washington of \"blackmail\" and said the men had "
           "been arrested.", "blackmail", "Yván Gil"),
    ("it", "Il ministro degli Esteri iraniano Abbas Araghchi ha accusato Washington di «pirateria» e ha detto "
           "che la nave sarà liberata.", "pirateria", "Abbas Araghchi"),
    # a rank abbreviation does not end the sentence or hide the name
    ("en", "\"This is a war crime,\" army spokesperson Brig. Gen. Nabil Abdallah said in a statement.",
     "This is a war crime", "Nabil Abdallah"),
    # a verb framing a quoted fragment gives the quote its speaker
    ("en", "Senator Tim Kaine urged the administration to \"exhaust every diplomatic avenue\" first.",
     "exhaust every diplomatic avenue", "Tim Kaine"),
    ("en", "Foreign ministry spokesperson Mao Ning spoke in Beijing. She urged Washington to stop \"sending "
           "wrong signals\".", "sending wrong signals", "Mao Ning"),
    ("it", "La Commissione europea ha espresso «seri dubbi» sul piano del governo.", "seri dubbi",
     "European Commission"),
    # "Per X, ..." opening a sentence names the source of the quote in it
    ("it", "Per il deputato di Avs Angelo Bonelli, il governo deve «chiudere subito quei centri».",
     "chiudere subito quei centri", "Angelo Bonelli"),
    ("it", "Per la premier Giorgia Meloni la vicenda va risolta «con il dialogo».", "con il dialogo",
     "Giorgia Meloni"),
    ("it", "Mosca ha reagito: per il portavoce del Cremlino Dmitrij Peskov, si tratta di «un errore».",
     "un errore", "Dmitry Peskov"),
    # a title standing for the person just named
    ("it", "Il sindaco di Carcare, Salvatore Quinci, ha chiesto aiuto al governo. «Le famiglie sono "
           "disperate», ha affermato il primo cittadino.", "Le famiglie sono disperate", "Salvatore Quinci"),
    ("it", "«Il governo non ascolta», ha detto Maurizio Landini. Secondo il leader sindacale, la manovra "
           "«scarica i costi sulle famiglie».", "scarica i costi", "Maurizio Landini"),
    ("en", "Labour MP Jane Porter criticised the budget. According to the lawmaker, the cuts are \"a "
           "betrayal of working families\".", "a betrayal", "Jane Porter"),
    # a dateline opening the article never speaks
    ("en", "ISLAMABAD, Nov 10 (Reuters) - Pakistan's military said it shot down four drones, a claim New "
           "Delhi rejected as \"baseless propaganda\".", "baseless propaganda", "India"),
    # the platform a statement was posted on is not its author
    ("en", "Senior Colonel Shi Yi, a spokesman for the command, said in a statement posted on WeChat that "
           "the drills were a \"stern warning\".", "stern warning", "Shi Yi"),
    # a name after a title and a nationality adjective is a person, and speaks
    ("it", "Il primo ministro albanese Edi Rama ha difeso l'intesa. «L'Albania mantiene la parola data», ha "
           "scritto su X.", "L'Albania mantiene", "Edi Rama"),
    ("it", "«L'occupazione vuole far saltare la tregua», ha dichiarato il portavoce del movimento, Hazem "
           "Qassem, in un comunicato.", "far saltare la tregua", "Hazem Qassem"),
    # a place phrase between the cue and an inverted subject with a long description
    ("it", "«Non siamo impiegati», ha gridato dal palco la segretaria della Fimmg di Milano, Paola Ferri, tra "
           "gli applausi.", "Non siamo impiegati", "Paola Ferri"),
    ("en", "\"We cannot wait any longer,\" shouted Kostas Tzelas, a cotton grower from Larissa.",
     "We cannot wait", "Kostas Tzelas"),
    # a lone surname after a full name with a generational suffix
    ("en", "President Ferdinand Marcos Jr. met the crew. \"We will assert our rights,\" Marcos said.",
     "assert our rights", "Ferdinand Marcos Jr."),
    # an organisation named by a nationality and a common noun
    ("en", "The Chinese coast guard said it had \"expelled\" the boat from its waters.", "expelled",
     "China Coast Guard"),
])
def test_quote_speaker(lang: str, text: str, fragment: str, speaker: str) -> None:
    assert names_agree(speaker_of(run(lang, text), fragment), speaker)


@pytest.mark.parametrize(("lang", "text", "fragment", "not_speaker"), [
    # a former holder or a party/union leader is not whoever holds the office now
    ("it", "Giuseppe Conte ha chiesto al governo di riferire in Parlamento. «Non si può continuare così», "
           "ha dichiarato l'ex premier.", "Non si può continuare", "Giorgia Meloni"),
    ("en", "Former prime minister Boris Johnson spoke in London. \"We must stand firm,\" the former prime "
           "minister said.", "We must stand firm", "Keir Starmer"),
])
def test_other_holder_is_not_current_office_holder(lang: str, text: str, fragment: str,
                                                   not_speaker: str) -> None:
    doc = run(lang, text)
    assert not names_agree(speaker_of(doc, fragment), not_speaker)
    assert entity(doc, not_speaker) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Senator Tim Kaine urged the administration to reopen the embassy."),
    ("it", "Il sindaco ha invitato i cittadini a restare in casa."),
    # "per" inside a clause is "for", not "according to"
    ("it", "Il governo ha stanziato dieci milioni per la Protezione civile."),
])
def test_no_source_without_reporting(lang: str, text: str) -> None:
    """ "urged X to do Y" frames quotes, but reports no claim; "per X" mid-clause is no source either."""
    doc = Extractor().pipeline(lang)(text)
    assert doc._.cronaca_sources == []


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("en", "Senator Tim Kaine said the administration should reopen the embassy.", "Tim Kaine"),
    ("it", "Il sindaco Mario Rossi ha detto che i cittadini devono restare in casa.", "Mario Rossi"),
])
def test_reporting_verb_is_a_source(lang: str, text: str, source: str) -> None:
    doc = Extractor().pipeline(lang)(text)
    assert any(names_agree(p.entity_name, source) for _, p in doc._.cronaca_sources)


# ---- entities ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "name", "etype"), [
    ("it", "Il primo ministro albanese Edi Rama ha difeso l'intesa con Roma.", "Edi Rama", "PER"),
    ("it", "Ha parlato il portavoce del movimento, Hazem Qassem, in un comunicato.", "Hazem Qassem", "PER"),
    ("en", "President Lai Ching-te stopped in Hawaii. \"We will not be bullied,\" Lai said.", "Lai Ching-te",
     "PER"),
    ("en", "Protest organiser Wanjiru Kamau said the crowd was peaceful. \"Nobody threw stones,\" Kamau said.",
     "Wanjiru Kamau", "PER"),
    ("en", "Police arrested 40 people in the western city of Nakuru on Monday.", "Nakuru", "GPE"),
    ("it", "«Abbiamo visto l'acqua salire», ha raccontato la sindaca di Carcare, Elena Borfiga.", "Carcare",
     "GPE"),
    ("it", "Oltre trecento persone sono state evacuate dopo l'esondazione del fiume Bormida.", "Bormida", "LOC"),
    ("en", "A fisherman from the outlying Penghu islands said boats stayed in port.", "Penghu", "LOC"),
    ("it", "Il sindaco di Mazara del Vallo ha chiesto l'intervento del governo.", "Mazara del Vallo", "GPE"),
    ("en", "Liberty, a civil liberties group, warned that the policy would break up families.", "Liberty",
     "ORG"),
    ("it", "Nova Terra, un'associazione di volontari, ha denunciato i ritardi.", "Nova Terra", "ORG"),
    ("en", "\"The police must stop,\" said Irungu Houghton, the group's executive director.", "Irungu Houghton",
     "PER"),
    ("en", "The Sudanese army blamed the paramilitary Rapid Support Forces for the strike.",
     "Sudanese Armed Forces", "ORG"),
    ("it", "Un portavoce dell'Esercito nazionale libico ha parlato di sconfinamento.", "Libyan National Army",
     "ORG"),
    ("en", "India's External Affairs Ministry dismissed the report.", "Ministry of External Affairs (India)",
     "ORG"),
    ("en", "Senator Tim Kaine, who represents Virginia, spoke in Texas.", "Virginia", "GPE"),
    ("en", "Police diverted traffic on the main road linking Athens and Thessaloniki.", "Thessaloniki", "GPE"),
    ("it", "Migliaia di medici hanno manifestato davanti al ministero della Salute.", "Ministry of Health (Italy)",
     "ORG"),
    # a facility word next to an unknown name makes it that facility, named in English
    ("it", "I feriti sono stati portati all'ospedale Nasser di Khan Younis.", "Nasser Hospital", "FAC"),
    ("en", "Doctors at the Kamal Adwan hospital said the wounded kept arriving.", "Kamal Adwan Hospital", "FAC"),
])
def test_entity_found_with_type(lang: str, text: str, name: str, etype: str) -> None:
    found = entity(run(lang, text), name)
    assert found is not None, name
    assert found.type == etype


@pytest.mark.parametrize(("lang", "text", "not_a_name"), [
    ("it", "Dure le opposizioni. La segretaria del Pd Elly Schlein ha parlato di fallimento.", "Dure"),
    ("en", "President Lai Ching-te stopped in Hawaii on his way to the Pacific.", "Lai Ching"),
    ("en", "\"Nobody threw stones,\" said Wanjiru Kamau. \"They fired first,\" Kamau said.", "Cà Mau"),
    ("it", "Il leader di Azione Carlo Calenda ha criticato la manovra.", "Azione Carlo Calenda"),
    ("en", "In Caracas, Venezuela's foreign minister Yván Gil accused Washington of \"blackmail\".", "In Caracas"),
])
def test_no_entity_for_fragment(lang: str, text: str, not_a_name: str) -> None:
    doc = run(lang, text)
    assert all(e.entity_name != not_a_name for e in doc.entities), [e.entity_name for e in doc.entities]


@pytest.mark.parametrize(("lang", "text", "name", "country"), [
    # a nationality word or a country's possessive before an office's description
    ("en", "In Beijing, Chinese foreign ministry spokesperson Mao Ning said the visit was a provocation.",
     "Mao Ning", "CHN"),
    ("it", "La portavoce del ministero degli Esteri russo, Maria Zakharova, ha definito la visita una "
           "provocazione.", "Maria Zakharova", "RUS"),
    # local news: the country of nearly every place in the article
    ("it", "SAVONA – A Carcare il torrente è esondato. Il titolare di una falegnameria di Savona, Luca "
           "Ferraris, ha perso tutto.", "Luca Ferraris", "ITA"),
    # no evidence: news spread over several countries gives an unknown spokesman no country
    ("it", "Israele ha colpito Khan Younis. L'Egitto e il Qatar mediano al Cairo. Ha parlato il portavoce "
           "del movimento, Hazem Qassem.", "Hazem Qassem", None),
])
def test_person_country_needs_evidence(lang: str, text: str, name: str, country: str | None) -> None:
    found = entity(run(lang, text), name)
    assert found is not None, name
    assert found.country == country


# ---- outlets a speaker talked to ----------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "outlet", "speaker"), [
    ("en", "A senior official, speaking to Reuters on condition of anonymity, said the army had shelled the "
           "village.", "Reuters", "senior official"),
    ("it", "Un funzionario israeliano, parlando con l'agenzia Reuters a condizione di anonimato, ha detto che "
           "l'esercito ha bombardato il villaggio.", "Reuters", "funzionario israeliano"),
])
def test_outlet_of_inserted_gerund_relays_the_claim(lang: str, text: str, outlet: str, speaker: str) -> None:
    sources = [p.entity_name for _, p in Extractor().pipeline(lang)(text)._.cronaca_sources]
    assert any(names_agree(s, outlet) for s in sources), sources
    assert any(names_agree(s, speaker) for s in sources), sources


@pytest.mark.parametrize(("lang", "text", "fragment", "outlet"), [
    ("en", "\"We are running out of blood,\" said Mohamed Osman, a nurse at the main clinic, who spoke to The "
           "Associated Press by phone.", "running out of blood", "Associated Press"),
    ("en", "\"Any violation will be met with a firm response,\" Defence Minister Khawaja Asif told Reuters.",
     "Any violation", "Reuters"),
])
def test_quote_relayed_by_outlet(lang: str, text: str, fragment: str, outlet: str) -> None:
    q = quote_with(run(lang, text), fragment)
    assert any(names_agree(p.entity_name, outlet) for p in q.reported_by), q.reported_by
