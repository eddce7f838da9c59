"""Quotes: marks, kinds, cues, speakers and channels, in Italian and English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from cronaca.evaluation.scoring import names_agree
from cronaca.nlp.models import blank_pipeline
from cronaca.pipeline import Extractor
from cronaca.records import Article, Quote
from cronaca.registry import add_components

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "dev"
STAGES = ("cronaca_entities", "cronaca_quotes", "cronaca_attribution")


@pytest.fixture(scope="module")
def pipelines() -> dict[str, Language]:
    return {lang: add_components(blank_pipeline(lang), STAGES) for lang in ("it", "en")}


def quotes_of(pipelines: dict[str, Language], lang: str, text: str) -> list[Quote]:
    doc = pipelines[lang](text)
    quotes: list[Quote] = doc._.cronaca_quotes
    for q in quotes:
        assert text[q.span.start:q.span.end] == q.text
    return quotes


def speaker_name(q: Quote) -> str | None:
    return None if q.speaker is None else q.speaker.entity_name


def speaker_is(q: Quote, expected: str) -> bool:
    """The speaker's canonical or written name agrees with ``expected``."""
    return q.speaker is not None and (names_agree(q.speaker.entity_name, expected)
                                      or names_agree(q.speaker.raw_text, expected))


# (language, text, [(quoted text, speaker or None, kind)])
QUOTE_FORMS = [
    # curly marks, cue and inverted subject after the quote
    ("it", "“Il governo non cadrà”, ha detto Mario Rossi ai giornalisti.",
     [("Il governo non cadrà", "Mario Rossi", "direct")]),
    ("en", "“The government will not fall,” said John Smith on Monday.",
     [("The government will not fall,", "John Smith", "direct")]),
    # guillemets and ASCII marks, subject before the cue
    ("it", "«Siamo pronti a trattare», la ministra Giulia Bianchi ha dichiarato ieri.",
     [("Siamo pronti a trattare", "Giulia Bianchi", "direct")]),
    ("en", "\"We are ready to talk,\" Jane Doe told reporters.",
     [("We are ready to talk,", "Jane Doe", "direct")]),
    ("it", "\"La situazione è grave\", ha spiegato Luca Verdi.",
     [("La situazione è grave", "Luca Verdi", "direct")]),
    # a quote split by its cue: two quotes, same speaker
    ("it", "“Non firmeremo”, ha detto Anna Neri, “finché le truppe resteranno lì”.",
     [("Non firmeremo", "Anna Neri", "direct"), ("finché le truppe resteranno lì", "Anna Neri", "partial")]),
    ("en", "“We will not sign,” said Anna Black, “until the troops leave.”",
     [("We will not sign,", "Anna Black", "direct"), ("until the troops leave.", "Anna Black", "partial")]),
    # a quote running over two sentences
    ("it", "“Abbiamo perso tutto. Ricostruiremo la città”, ha affermato il sindaco Paolo Gialli.",
     [("Abbiamo perso tutto. Ricostruiremo la città", "Paolo Gialli", "direct")]),
    ("en", "“We lost everything. We will rebuild,” Mayor Paul Grey said.",
     [("We lost everything. We will rebuild,", "Paul Grey", "direct")]),
    # nested quotes: one quote, the inner marks kept in its text
    ("it", "«Ci hanno detto “aspettate” per mesi», ha raccontato Sara Blu.",
     [("Ci hanno detto “aspettate” per mesi", "Sara Blu", "direct")]),
    ("en", "“They told us ‘wait’ for months,” said Sarah Blue.",
     [("They told us ‘wait’ for months,", "Sarah Blue", "direct")]),
    # pronoun and missing subject: the speaker named in an earlier sentence
    ("en", "Mark White spoke for an hour. “The plan is ready,” he said.",
     [("The plan is ready,", "Mark White", "direct")]),
    ("it", "Marco Viola ha parlato a lungo. “Il piano è pronto”, ha aggiunto.",
     [("Il piano è pronto", "Marco Viola", "direct")]),
    # a title standing for the speaker named before
    ("it", "Il presidente Carlo Rosa ha visitato Napoli. Il presidente ha detto: “Torneremo presto”.",
     [("Torneremo presto", "Carlo Rosa", "direct")]),
    ("en", "President Carl Rose visited Naples on Friday. The president said: “We will be back soon.”",
     [("We will be back soon.", "Carl Rose", "direct")]),
    # continuation: a quote without a cue right after a quote of the same speaker
    ("en", "“The talks failed,” said Tom Green. “We will try again next week.”",
     [("The talks failed,", "Tom Green", "direct"), ("We will try again next week.", "Tom Green", "direct")]),
    ("it", "“I negoziati sono falliti”, ha detto Tommaso Verde. “Riproveremo la settimana prossima.”",
     [("I negoziati sono falliti", "Tommaso Verde", "direct"),
      ("Riproveremo la settimana prossima.", "Tommaso Verde", "direct")]),
    # the person talked about inside the quote is not the speaker
    ("it", "“Ho avuto una lunga telefonata con il presidente Biden”, ha detto Giorgia Meloni.",
     [("Ho avuto una lunga telefonata con il presidente Biden", "Giorgia Meloni", "direct")]),
    ("en", "“I had a long call with President Macron,” said Olaf Brown.",
     [("I had a long call with President Macron,", "Olaf Brown", "direct")]),
    # partial quotes inside a sentence, cue before or after
    ("it", "Carlo Rossi ha definito la proposta “inaccettabile e pericolosa”.",
     [("inaccettabile e pericolosa", "Carlo Rossi", "partial")]),
    ("en", "Jack Smith described the proposal as “dangerous and unacceptable”.",
     [("dangerous and unacceptable", "Jack Smith", "partial")]),
    ("it", "Le due parti hanno avuto un “dialogo franco” a Roma, ha riferito Lucia Bassi.",
     [("dialogo franco", "Lucia Bassi", "partial")]),
    # speech introduced by a colon
    ("en", "Maria Lopez said: “We are leaving tomorrow.”",
     [("We are leaving tomorrow.", "Maria Lopez", "direct")]),
    # a cue inserted between dashes, its subject after it
    ("it", "«Non ci fermeremo» - ha commentato il ministro ucraino Ivan Kovalenko - «mai».",
     [("Non ci fermeremo", "Ivan Kovalenko", "direct"), ("mai", "Ivan Kovalenko", "partial")]),
    # a pronoun after a comma is the subject, not the name before the comma
    ("en", "In remarks carried by the agency Tass, she said Moscow was “ready”.",
     [("ready", None, "partial")]),
    # a coordinated cue shares the subject of the first verb
    ("en", "Maria Ruiz criticised the plan and warned of “grave consequences”.",
     [("grave consequences", "Maria Ruiz", "partial")]),
    # a relative clause between the subject and the cue
    ("en", "Paul Adams, who met Olena Shevchuk in Kyiv on Monday, said the visit was “very productive”.",
     [("very productive", "Paul Adams", "partial")]),
    # after a dateline's dash the quotation opens the sentence
    ("it", "ROMA - «Non cederemo mai», ha detto il ministro Paolo Gialli.",
     [("Non cederemo mai", "Paolo Gialli", "direct")]),
    ("en", "KYIV — “We will not yield,” Mayor Anna Smith said.", [("We will not yield,", "Anna Smith", "direct")]),
    # headline style: a name and a colon
    ("it", "Zelensky: «Vinceremo questa guerra»", [("Vinceremo questa guerra", "Zelensky", "direct")]),
    ("en", "Macron: “Europe must defend itself”", [("Europe must defend itself", "Macron", "direct")]),
    # a quote running over paragraphs: the unclosed one ends with its paragraph, the next continues it
    ("en", "“We will rebuild,” Mayor Anna Smith said. “It will take years.\n\n“But we will do it.”",
     [("We will rebuild,", "Anna Smith", "direct"), ("It will take years.", "Anna Smith", "direct"),
      ("But we will do it.", "Anna Smith", "direct")]),
    # British single marks around an apostrophe
    ("en", "‘We won’t give up,’ Sarah Moss said.", [("We won’t give up,", "Sarah Moss", "direct")]),
    # scare quotes and nicknames: no speaker
    ("it", "I cosiddetti “furbetti del cartellino” sono stati sospesi.",
     [("furbetti del cartellino", None, "partial")]),
    ("en", "Thousands joined the “No Kings” marches across the country.",
     [("No Kings", None, "partial")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUOTE_FORMS)
def test_quotes_text_speaker_and_kind(pipelines: dict[str, Language], lang: str, text: str,
                                      expected: list[tuple[str, str | None, str]]) -> None:
    quotes = quotes_of(pipelines, lang, text)
    assert [q.text for q in quotes] == [e[0] for e in expected]
    for q, (_, speaker, kind) in zip(quotes, expected, strict=True):
        if speaker is None:
            assert q.speaker is None
        else:
            assert speaker_is(q, speaker), (q.text, q.speaker)
        assert q.kind == kind, q.text


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "L’attacco all’ospedale è stato condannato dall’Onu e un’altra nave è partita."),
    ("en", "Ukraine’s president didn’t comment on the students’ union or the workers' pay."),
    ("it", "Dell'accordo si parlerà all'inizio dell'anno, ha detto l'ambasciatore."),
])
def test_quotes_apostrophes_are_not_quotes(pipelines: dict[str, Language], lang: str, text: str) -> None:
    assert quotes_of(pipelines, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "“Non ci arrenderemo mai, ha detto Rossi.\nNuovo paragrafo.", "Non ci arrenderemo mai, ha detto Rossi."),
    ("en", "He said: “We will never surrender\nAnother paragraph.", "We will never surrender"),
])
def test_quotes_unclosed_runs_to_paragraph_end(pipelines: dict[str, Language], lang: str, text: str,
                                               expected: str) -> None:
    assert [q.text for q in quotes_of(pipelines, lang, text)] == [expected]


@pytest.mark.parametrize(("lang", "text", "channel", "cue"), [
    ("it", "“Siamo con voi”, ha scritto Maria Rossi su X.", "X", "ha scritto"),
    ("it", "“La difesa aerea è la priorità”, ha detto Andrea Bruni nel suo discorso serale.", "video address",
     "ha detto"),
    ("it", "“Nessuna tregua”, ha affermato Paola Neri su Telegram.", "Telegram", "ha affermato"),
    ("en", "“We stand with you,” Anna Kovalenko wrote on Telegram.", "Telegram", "wrote"),
    ("en", "“Air defence comes first,” Peter Brown said in his nightly video address.", "video address", "said"),
    ("en", "“No truce,” Paula Black said in a post on X.", "X", "said"),
    ("en", "“We are open to talks,” Ivan Petrov said in an interview with a local radio.", "interview", "said"),
])
def test_quotes_channel_and_cue(pipelines: dict[str, Language], lang: str, text: str, channel: str,
                                cue: str) -> None:
    (quote,) = quotes_of(pipelines, lang, text)
    assert quote.channel == channel
    assert quote.cue == cue
    assert quote.cue_span is not None and text[quote.cue_span.start:quote.cue_span.end] == cue


@pytest.mark.parametrize(("lang", "text", "speaker", "reporter"), [
    ("en", "“We are ready,” John Smith told NBC News.", "John Smith", "NBC News"),
    ("en", "“The talks have stalled,” Axios reported, citing a Ukrainian official.", "officials", "Axios"),
    ("it", "“Siamo pronti”, ha detto Mario Rossi al Corriere della Sera.", "Mario Rossi", "Corriere della Sera"),
])
def test_quotes_reported_by_outlet(pipelines: dict[str, Language], lang: str, text: str, speaker: str,
                                   reporter: str) -> None:
    (quote,) = quotes_of(pipelines, lang, text)
    assert speaker_is(quote, speaker)
    assert any(names_agree(p.entity_name, reporter) or names_agree(p.raw_text, reporter) for p in quote.reported_by)


def test_quotes_organisation_speaks_through_statement(pipelines: dict[str, Language]) -> None:
    text = "“The deal is done,” said the statement posted on the Foreign Ministry’s website."
    (quote,) = quotes_of(pipelines, "en", text)
    assert speaker_is(quote, "Foreign Ministry")
    assert quote.channel == "statement"


def test_quotes_statement_of_organisation_named_in_sentence(pipelines: dict[str, Language]) -> None:
    text = "After the meeting at the European Commission, “we reached a deal,” said the statement."
    (quote,) = quotes_of(pipelines, "en", text)
    assert speaker_is(quote, "European Commission")


def test_quotes_ids_are_sequential(pipelines: dict[str, Language]) -> None:
    text = "Il 12° Reggimento \"Sicilia\" è partito. “Siamo pronti”, ha detto Anna Neri. “Andiamo”, ha aggiunto."
    quotes = quotes_of(pipelines, "it", text)
    assert [q.id for q in quotes] == ["q1", "q2"]
    assert all(speaker_is(q, "Anna Neri") for q in quotes)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("it", "Olena Bondar ha parlato con Sergio Marchi. “Abbiamo trovato un accordo”, ha aggiunto in un post "
           "sulla piattaforma di social media X.", "Olena Bondar"),
    ("en", "Olena Bondar spoke with Sergio Marchi. “We found a deal,” she added in a post on X.", "Olena Bondar"),
])
def test_quotes_channel_name_never_speaks(pipelines: dict[str, Language], lang: str, text: str,
                                          speaker: str) -> None:
    (quote,) = quotes_of(pipelines, lang, text)
    assert speaker_is(quote, speaker) and quote.channel == "X"


def test_quotes_seed_all_required_speakers(pipelines: dict[str, Language]) -> None:
    """The seed article: every required quote found with the gold speaker."""
    path = DEV / "it-seed.json"
    if not path.exists():
        pytest.skip(f"{path} is absent: the annotated articles live in ../shared next to the repository")
    article = json.loads(path.read_text(encoding="utf-8"))
    quotes = quotes_of(pipelines, "it", article["text"])
    required = [g for g in article["gold"]["quotes"] if not g["optional"]]
    assert len(required) == 8
    for gold in required:
        match = [q for q in quotes if q.text.strip(" ,.") == gold["text"].strip(" ,.")]
        assert match and speaker_is(match[0], gold["speaker"]), gold


def test_quotes_dev_gate(pipelines: dict[str, Language]) -> None:
    """Quality gate on the annotated articles: every required quote found, speakers right (>= 0.9)."""
    files = sorted(DEV.glob("*.json")) if DEV.is_dir() else []
    if not files:
        pytest.skip(f"{DEV} is absent: the annotated articles live in ../shared next to the repository")
    found = right = required = 0
    for path in files:
        article = json.loads(path.read_text(encoding="utf-8"))
        quotes = quotes_of(pipelines, article["language"], article["text"])
        for gold in article["gold"]["quotes"]:
            if gold["optional"]:
                continue
            required += 1
            match = [q for q in quotes if q.text.strip(" ,.") == gold["text"].strip(" ,.")]
            if match:
                found += 1
                speaker = match[0].speaker
                right += speaker is not None and (names_agree(speaker.entity_name, gold["speaker"])
                                                  or names_agree(speaker.raw_text, gold["speaker"]))
    assert found == required
    assert right >= 0.9 * required


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The governor said on Telegram that two people died. President Anna Berg thanked the rescuers. "
           "\u201cThey saved many lives,\u201d she said.", "Anna Berg"),
    ("it", "Il sindaco ha scritto su Telegram che due persone sono morte. La presidente Anna Berg ha ringraziato "
           "i soccorritori. \u00abHanno salvato molte vite\u00bb, ha detto.", "Anna Berg"),
])
def test_pronoun_speaker_is_the_newer_subject_not_the_last_speaker(lang: str, text: str, expected: str) -> None:
    doc = Extractor().process(Article(id="t", text=text, published="2025-08-15", language=lang))
    assert doc.quotes and doc.quotes[-1].speaker is not None
    assert expected in doc.quotes[-1].speaker.entity_name
