"""Quotes, speakers, sources, counts and dates in constructions of unseen news prose, in Italian and English.

Counts and dates run the dates + quantities stages on a blank pipeline (published 2025-07-05, a Saturday);
speakers and sources run the full pipeline on short sentences written for the test.
"""

from __future__ import annotations

import pytest

from cronaca.evaluation.scoring import names_agree
from cronaca.extract.attribution import sources_for
from cronaca.extract.quantities import find_quantities, magnitudes_in
from cronaca.extract.quantity_lexicon import lexicon
from cronaca.pipeline import Extractor
from cronaca.records import Document, Quote

from .test_quantities import _doc  # the dates + quantities stages on a blank pipeline, published 2025-07-05
from .test_quotes_fresh import quote_with, run

PUBLISHED = "2026-03-04"  # a Wednesday


def _counts(lang: str, text: str) -> list[tuple[str | None, int, str, str]]:
    return [(f, q.value, q.qualifier, q.raw_text) for f, q in find_quantities(text, lexicon(lang))]


# --- ranges -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "Da inizio anno sono morte tra le 60 e le 70 persone.", ("dead", 60, "at_least", "tra le 60 e le 70")),
    ("it", "Negli scontri da 40 a 50 feriti.", ("injured", 40, "at_least", "da 40 a 50")),
    ("it", "Il bilancio è di 40-50 vittime.", ("dead", 40, "at_least", "40-50")),
    ("en", "The attack killed between 40 and 50 people.", ("dead", 40, "at_least", "between 40 and 50")),
    ("en", "Officials said 5 to 10 people were wounded.", ("injured", 5, "at_least", "5 to 10")),
    ("en", "Some 40-50 protesters were detained.", ("arrested", 40, "at_least", "40-50")),
    # the scale of the upper bound applies to a bare lower bound
    ("en", "Two to three thousand people rallied.", ("size", 2000, "at_least", "Two to three thousand")),
    ("it", "Tra 2 e 3 milioni di sfollati.", ("displaced", 2000000, "at_least", "Tra 2 e 3 milioni")),
])
def test_a_range_is_one_count_at_its_lower_bound(lang: str, text: str,
                                                 expected: tuple[str, int, str, str]) -> None:
    assert _counts(lang, text) == [expected]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("it", "Dal 2023 al 2025 sono morti 30 soldati.", 30),
    ("it", "Tra il 2023 e il 2025 sono morti 30 soldati.", 30),
    ("en", "From 2023 to 2025, 30 soldiers died.", 30),
    ("en", "Since 2023 killed were 30 soldiers.", 30),
    ("en", "The score went from 3 to 1 for the visitors; 30 soldiers died.", 30),
])
def test_no_range_between_years_or_falling_numbers(lang: str, text: str, value: int) -> None:
    assert [v for f, v, _, _ in _counts(lang, text) if f == "dead"] == [value]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "Oltre un migliaio di persone hanno sfilato.", ("size", 1000, "at_least", "Oltre un migliaio")),
    ("it", "Circa una decina di feriti.", ("injured", 10, "about", "Circa una decina")),
    ("en", "More than a dozen people were injured.", ("injured", 12, "at_least", "More than a dozen")),
    # a vague lower bound keeps its own qualifier
    ("it", "Almeno decine di morti.", ("dead", 20, "at_least", "decine")),
])
def test_a_round_vague_amount_takes_a_qualifier(lang: str, text: str,
                                                 expected: tuple[str, int, str, str]) -> None:
    assert _counts(lang, text) == [expected]


# --- revised counts ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "field", "value"), [
    ("it", "Almeno dodici persone sono morte nell'attacco. Tra le vittime ci sono due bambini. In serata il "
           "bilancio è salito: i morti sono almeno 14.", "dead", 14),
    ("it", "Sono stati recuperati i corpi di tre donne. In serata sono stati trovati altri due corpi, portando a "
           "cinque il numero delle vittime.", "dead", 5),
    ("it", "Una ventina di persone sono rimaste ferite. Il bilancio aggiornato parla di 27 feriti.", "injured", 27),
    ("en", "At least 27 people were killed. By Sunday evening the death toll had risen to 31.", "dead", 31),
    ("en", "Nine people were killed. Among the dead were two children. He later raised the death toll to 11.",
     "dead", 11),
    ("en", "Dozens were wounded. The number of wounded later rose to 70.", "injured", 70),
])
def test_a_later_revision_replaces_the_count(lang: str, text: str, field: str, value: int) -> None:
    doc = _doc(lang, text)
    first_sentence = text.index(".") + 1
    assert magnitudes_in(doc, 0, first_sentence)[field].value == value


@pytest.mark.parametrize(("lang", "text", "field", "value"), [
    # a new count of the same field in between starts another tally: the revision is its own
    ("it", "A Kiev tre persone sono morte. A Kharkiv sono morte due persone. Il bilancio è salito a quattro morti.",
     "dead", 3),
    ("en", "Three people were killed in Kyiv. In Kharkiv two people were killed. The toll there rose to four.",
     "dead", 3),
    # no revision cue: a later count of the same field is another event's
    ("en", "Three people were killed in Kyiv. Later, 12 people were killed in Odesa.", "dead", 3),
])
def test_a_revision_revises_only_the_nearest_tally(lang: str, text: str, field: str, value: int) -> None:
    doc = _doc(lang, text)
    assert magnitudes_in(doc, 0, text.index(".") + 1)[field].value == value


def test_unrevised_magnitudes_stay_in_range() -> None:
    text = "At least 27 people were killed. The death toll later rose to 31."
    doc = _doc("en", text)
    assert magnitudes_in(doc, 0, text.index(".") + 1, revised=False)["dead"].value == 27


# --- fields -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an arrest verb before the number tells more than a crowd noun after it
    ("en", "Police arrested fourteen people after protesters set fires.", ("arrested", 14)),
    ("it", "La polizia ha arrestato quattordici persone dopo che i manifestanti hanno appiccato incendi.",
     ("arrested", 14)),
    # a counted thing is not the crowd a nearby group noun would give
    ("en", "Some 2,000 farmers drove hundreds of tractors into the city.", ("tractors", 200)),
    ("it", "Circa duemila agricoltori hanno portato centinaia di trattori in città.", ("trattori", 200)),
    # people treated for wounds are injured
    ("en", "More than 70 people were being treated for burns.", ("injured", 70)),
])
def test_the_field_of_a_count(lang: str, text: str, expected: tuple[str, int]) -> None:
    assert expected in [(f, v) for f, v, _, _ in _counts(lang, text)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Some 2,000 farmers blocked the roads.", ("size", 2000, "about")),
    ("it", "Circa duemila agricoltori hanno bloccato le strade.", ("size", 2000, "about")),
])
def test_a_protesting_group_gives_the_size(lang: str, text: str, expected: tuple[str, int, str]) -> None:
    assert expected in [(f, v, q) for f, v, q, _ in _counts(lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Sono stati sequestrati beni per circa 4,5 milioni di euro."),
    ("en", "Police seized assets worth 3 million of dollars."),
])
def test_an_amount_of_money_after_a_link_word_is_no_count(lang: str, text: str) -> None:
    assert _counts(lang, text) == []


# --- dates counted back from publication ------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "raw", "date", "precision"), [
    ("it", "E due giorni fa un commando ha aperto il fuoco a Caserta.", "due giorni fa", "2025-07-03", "day"),
    ("it", "Una settimana fa la polizia ha arrestato tre persone.", "Una settimana fa", "2025-06-28", "week"),
    ("it", "Tre mesi fa era iniziato lo sciopero.", "Tre mesi fa", "2025-04-01", "month"),
    ("en", "Two days ago, the rebels moved artillery near the city.", "Two days ago", "2025-07-03", "day"),
    ("en", "A week ago police arrested two men.", "A week ago", "2025-06-28", "week"),
    ("en", "The strike began three months ago.", "three months ago", "2025-04-01", "month"),
])
def test_a_distance_ago_counts_back_from_publication(lang: str, text: str, raw: str, date: str,
                                                     precision: str) -> None:
    found = [t for t in _doc(lang, text)._.cronaca_times if t.raw_text == raw]
    assert found, [t.raw_text for t in _doc(lang, text)._.cronaca_times]
    assert (found[0].date, found[0].precision) == (date, precision)


@pytest.mark.parametrize(("lang", "text", "raw", "date"), [
    ("en", "Troops shelled the town on the night of March 3 and left.", "March 3", "2025-03-03"),
    ("en", "Aid was cut at the end of June 2024.", "June 2024", "2024-06-01"),
])
def test_a_full_date_after_a_month_cue_word(lang: str, text: str, raw: str, date: str) -> None:
    found = [t for t in _doc(lang, text)._.cronaca_times if t.raw_text == raw]
    assert found and found[0].date == date, [(t.raw_text, t.date) for t in _doc(lang, text)._.cronaca_times]


# --- speakers ---------------------------------------------------------------------------------------------

def _run(lang: str, text: str) -> Document:
    return run(lang, text, PUBLISHED)


def _speaks(q: Quote, expected: str) -> bool:
    return q.speaker is not None and (names_agree(q.speaker.entity_name, expected)
                                      or names_agree(q.speaker.raw_text, expected))


SPEAKERS = [
    # the next sentence names the speaker of a quote standing alone
    ("it", "Il sindaco Giuseppe Sala ha parlato in piazza. «Non accetteremo violenze in questa città.» Così il "
           "segretario del sindacato, Mario Bianchi, ha commentato gli scontri.", "Non accetteremo", "Mario Bianchi"),
    ("it", "«Lo Stato c'è e risponde colpo su colpo.» È il commento del ministro dell'Interno Matteo Piantedosi.",
     "Lo Stato c'è", "Matteo Piantedosi"),
    ("en", "The mayor spoke first. \"We will not back down.\" That was the message from union leader Sarah "
           "Collins on Friday.", "We will not back down", "Sarah Collins"),
    # a pronoun after a sentence whose subject is a person with an owner before the title
    ("en", "\"This is a strong signal,\" Kaja Kallas told reporters. Hungary's foreign minister Peter Szijjarto "
           "was less enthusiastic. He said Budapest had voted in favor only \"to protect Hungarian interests\".",
     "to protect Hungarian", "Peter Szijjarto"),
    # the subject of a relative clause is the name before its comma
    ("it", "È il commento del ministro Matteo Piantedosi, che ha ringraziato i carabinieri per \"il lavoro "
           "straordinario\" svolto.", "il lavoro straordinario", "Matteo Piantedosi"),
    # an outlet named after a dative and its noun is spoken to; the apposed name speaks
    ("it", "\"Molti non sapevano nuotare\", ha detto all'agenzia Adnkronos il portavoce dell'Oim, Flavio Di "
           "Giacomo.", "Molti non sapevano", "Flavio Di Giacomo"),
    # an organisation noun before the name of an inverted subject
    ("it", "\"L'Europa resta a guardare\", ha scritto su X la ong Sea-Watch.", "L'Europa resta", "Sea-Watch"),
    ("en", "\"Europe is looking away,\" said the rights group Amnesty International.", "Europe is looking",
     "Amnesty International"),
    # a definite description refers to the organisation named before; a document to who issued it
    ("en", "At least 27 people were killed, according to the Sudan Doctors Network. The medical group said the "
           "militia had launched \"at least six suicide drones\". \"Women were burned alive,\" the statement said.",
     "six suicide drones", "Sudan Doctors Network"),
    ("en", "At least 27 people were killed, according to the Sudan Doctors Network. The medical group said the "
           "militia had launched \"at least six suicide drones\". \"Women were burned alive,\" the statement said.",
     "Women were burned", "Sudan Doctors Network"),
    # the outlet of the dateline is no organisation a description refers to
    ("en", "KHARTOUM (Reuters) - Nine people were killed in a drone strike. “The hospital is full,” the medical "
           "group said.", "hospital is full", "medical group"),
    # a spokesman for the group named before, after an inserted participle clause
    ("en", "The Rapid Support Forces denied responsibility. A spokesman for the group, speaking on condition of "
           "anonymity, said the army was \"inventing massacres\".", "inventing massacres", "Rapid Support Forces"),
    # a title or a document owned by an organisation noun: the organisation named before, else the noun
    ("en", "“We will find those responsible,” said a spokeswoman for the ministry.", "find those", "ministry"),
    ("it", "La Farnesina ha convocato l'ambasciatore. «Un atto inaccettabile», si legge nella nota del ministero.",
     "Un atto inaccettabile", "Ministry of Foreign Affairs"),
    # "it" stands for the organisation or group that spoke before
    ("en", "The army said it had killed 12 militants. “The operation continues,” it said.", "operation continues",
     "military"),
    # a title after "according to" with the person's name in apposition
    ("en", "According to the spokeswoman, Anna Berg, “the talks were productive”.", "talks were productive",
     "Anna Berg"),
    # a gerund of writing or saying shares the subject of the clause it hangs on
    ("en", "Hungarian Prime Minister Viktor Orbán praised the result, writing on X that “the truth has won”.",
     "the truth has won", "Viktor Orbán"),
    ("it", "Il premier ungherese Viktor Orbán ha elogiato il risultato, scrivendo su X che «la verità ha vinto».",
     "la verità ha vinto", "Viktor Orbán"),
    ("en", "Senator Ann Cole left the meeting early, telling reporters that it was “a waste of time”.",
     "a waste of time", "Ann Cole"),
    # a title standing for the person named before, with an adverb inside the verb
    ("it", "\"Chi aggredisce gli agenti non è un lavoratore\", ha dichiarato il ministro Matteo Piantedosi. Il "
           "ministro ha poi espresso \"piena solidarietà\" agli agenti feriti.", "piena solidarietà",
     "Matteo Piantedosi"),
]


@pytest.mark.parametrize(("lang", "text", "fragment", "speaker"), SPEAKERS)
def test_speaker_ofquote_with(lang: str, text: str, fragment: str, speaker: str) -> None:
    q = quote_with(_run(lang, text), fragment)
    assert _speaks(q, speaker), q.speaker


@pytest.mark.parametrize(("lang", "text", "first", "last", "speaker"), [
    ("it", "Poi ha chiesto aiuto agli alleati.\n\n«Le parole non fermano i missili. Ogni ritardo costa vite.\n\n"
           "«Chiediamo ai partner di mantenere gli impegni», ha proseguito il presidente Volodymyr Zelensky.",
     "Le parole", "mantenere gli impegni", "Volodymyr Zelensky"),
    ("en", "\"Many were beaten,\" said Davit Kirtadze, an opposition leader. \"This government has declared war.\n\n"
           "\"We will be back on the streets tonight.\"", "This government", "back on the streets", "Davit Kirtadze"),
])
def test_a_quote_running_over_paragraphs_keeps_one_speaker(lang: str, text: str, first: str, last: str,
                                                           speaker: str) -> None:
    """Each paragraph's part is a quote of its own (its marks delimit it); both parts have the speaker that
    either part's cue names, also when only the last part has a cue."""
    doc = _run(lang, text)
    for fragment in (first, last):
        q = quote_with(doc, fragment)
        assert _speaks(q, speaker), (fragment, q.speaker)


def test_a_closed_quote_does_not_run_into_the_next_paragraph() -> None:
    text = ("\"We are ready,\" said Davit Kirtadze.\n\n\"Nothing will change,\" said Irakli Kobakhidze.")
    doc = _run("en", text)
    assert [q.text for q in doc.quotes] == ["We are ready,", "Nothing will change,"]


# --- sources ----------------------------------------------------------------------------------------------

def _sources_at(lang: str, text: str, word: str) -> list[str]:
    extractor = Extractor()
    nlp = extractor.pipeline(lang)
    doc = nlp(text)
    at = text.index(word)
    return [p.entity_name for p in sources_for(doc, at, at + len(word), trigger=at)]


@pytest.mark.parametrize(("lang", "text", "word", "source"), [
    # "Lo ha riferito X" closes a paragraph and attributes its claims
    ("it", "Ventitré persone sono state arrestate all'alba dai carabinieri. Altre nove sono indagate. Lo ha "
           "riferito l'agenzia Ansa.", "arrestate", "ANSA"),
    # an office named by its noun and its place, after the verb
    ("it", "La Guardia costiera ha soccorso 64 migranti. Lo ha reso noto la prefettura di Agrigento.", "soccorso",
     "Prefecture of Agrigento"),
    # an organisation described by common nouns, or the issuer of a document
    ("en", "Police arrested 30 protesters, according to a statement from the interior ministry.", "arrested",
     "interior ministry"),
    ("it", "Secondo una nota del ministero, la polizia ha arrestato trenta manifestanti.", "arrestato", "ministero"),
    # a framing verb whose subject speaks in a quote of the sentence: the sentence is their claim
    ("it", "Il presidente Volodymyr Zelensky ha condannato quello che ha definito «un attacco deliberato contro i "
           "civili».", "condannato", "Volodymyr Zelenskyy"),
])
def test_source_of_a_claim(lang: str, text: str, word: str, source: str) -> None:
    found = _sources_at(lang, text, word)
    assert any(names_agree(name, source) for name in found), found


@pytest.mark.parametrize(("lang", "text", "word"), [
    # a framing verb with no quote attributes nothing
    ("it", "Il presidente Sergio Mattarella ha condannato l'attacco contro i civili.", "condannato"),
    ("en", "Local media outlets have since urged the prime minister to resign.", "urged"),
])
def test_framing_without_quote_is_no_source(lang: str, text: str, word: str) -> None:
    assert _sources_at(lang, text, word) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Armenia's Defence Ministry reported shelling near Goris on Monday. The Azerbaijani army denied it. "
           "\"Our positions were attacked first,\" the army said. \"The attack was repelled,\" the ministry said."),
    ("it", "Il ministero della Difesa armeno ha denunciato colpi di artiglieria vicino a Goris lunedì. "
           "L'esercito azero ha smentito. «Le nostre posizioni sono state attaccate per prime», ha detto "
           "l'esercito. «L'attacco è stato respinto», ha detto il ministero."),
])
def test_the_ministry_said_is_the_ministry_named_before(lang: str, text: str) -> None:
    # a later unnamed group ("the army") does not take the ministry's words
    q = quote_with(_run(lang, text), "respin" if lang == "it" else "repelled")
    assert q.speaker is not None and "Ministry" in (q.speaker.entity_name or ""), q.speaker
