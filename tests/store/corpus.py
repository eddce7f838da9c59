"""A small hand-made corpus of Documents (Italian and English) for store, query and export tests.

Records are built directly, so these tests do not depend on the extractors' quality.
"""

from __future__ import annotations

from cronaca.records import (
    Article,
    Document,
    Entity,
    Event,
    Location,
    Participant,
    Quantity,
    Quote,
    Span,
    TimeExpression,
)


def sp(text: str, sub: str) -> Span:
    start = text.index(sub)
    return Span(start, start + len(sub))


def who(text: str, sub: str, name: str, country: str | None, sector: str | None = None,
        entity_id: str | None = None) -> Participant:
    return Participant(raw_text=sub, entity_name=name, span=sp(text, sub), entity_id=entity_id,
                       country=country, sector=sector)


def sentence(text: str, sub: str) -> tuple[str, Span]:
    return sub, sp(text, sub)


IT1 = ("Le forze russe hanno lanciato ieri quaranta droni contro Kiev, uccidendo almeno 5 civili nel quartiere "
       "di Obolon. Il presidente ucraino ha condannato duramente l'attacco notturno contro la capitale.")
EN1 = ("Thousands of farmers protested in Brussels on Monday against the new European Union trade rules, "
       "blocking the main roads around the parliament with their tractors for the whole day. "
       "\"We will not stop until the rules change,\" said union leader Anna Berg.")
EN1_COPY = EN1 + " Reporting by the regional desk; editing by the night team."
IT2 = ("Il governo italiano ha inviato aiuti umanitari in Libia dopo l'alluvione. Il ministro Tajani ha detto: "
       "«Continueremo a sostenere la popolazione di Derna».")


def doc_it1() -> Document:
    t = IT1
    s1, span1 = sentence(t, t.split(". ")[0] + ".")
    s2, span2 = sentence(t, "Il presidente ucraino ha condannato duramente l'attacco notturno contro la capitale.")
    russia = who(t, "forze russe", "Russia", "RUS", "MIL", "n1")
    assault = Event(
        id="e1", event="ASSAULT", text=s1, sentence=span1, trigger=sp(t, "lanciato"), event_text="lanciato",
        mode=("drone",), context=("military",), actor=(russia,),
        recipient=(who(t, "civili", "civilians", "UKR", "CVL"),), date="2025-03-03", date_precision="day",
        event_loc=Location("Kiev", "Kyiv", sp(t, "Kiev"), "UKR", 50.45, 30.52, 703448, "city"),
        magnitude={"dead": Quantity(5, "at_least", "almeno 5", sp(t, "almeno 5")),
                   "drones": Quantity(40, "exact", "quaranta", sp(t, "quaranta"), unit="droni")},
        confidence=0.8)
    accuse = Event(
        id="e2", event="ACCUSE", text=s2, sentence=span2, trigger=sp(t, "condannato"), event_text="condannato",
        mode=("disapprove",), actor=(who(t, "presidente ucraino", "Volodymyr Zelensky", "UKR", "GOV", "n2"),),
        recipient=(russia,), confidence=0.7)
    return Document(
        article=Article("it-1", t, "2025-03-04", "it", "Droni su Kiev", "https://esempio.it/kiev", "Esempio"),
        entities=(Entity("n1", "Russia", "GPE", (sp(t, "forze russe"),), "Q159", "RUS"),
                  Entity("n2", "Volodymyr Zelensky", "PER", (sp(t, "presidente ucraino"),), "Q3874799", "UKR",
                         "GOV")),
        events=(assault, accuse),
        dates=(TimeExpression("ieri", sp(t, "ieri"), "2025-03-03"),),
        quantities=(Quantity(5, "at_least", "almeno 5", sp(t, "almeno 5")),))


def _doc_en(article_id: str, text: str, outlet: str) -> Document:
    t = text
    s1, span1 = sentence(t, t.split(". ")[0] + ".")
    berg = who(t, "Anna Berg", "Anna Berg", "BEL", "CVL", "n2")
    protest = Event(
        id="e1", event="PROTEST", text=s1, sentence=span1, trigger=sp(t, "protested"), event_text="protested",
        mode=("demo",), context=("economic",), actor=(who(t, "farmers", "farmers", "BEL", "CVL", "n1"),),
        recipient=(who(t, "European Union", "European Union", "EUR", "GOV", "n3"),), date="2025-03-10",
        event_loc=Location("Brussels", "Brussels", sp(t, "Brussels"), "BEL", 50.85, 4.35, 2800866, "city"),
        magnitude={"size": Quantity(1000, "about", "Thousands", sp(t, "Thousands"), unit="farmers")},
        reported_by=(berg,), confidence=0.9)
    quote_text = "We will not stop until the rules change,"
    quote = Quote("q1", quote_text, sp(t, quote_text), "direct", speaker=berg, cue="said", cue_span=sp(t, "said"))
    return Document(
        article=Article(article_id, t, "2025-03-10", "en", "Farmers block Brussels", None, outlet),
        entities=(Entity("n1", "farmers", "NORP", (sp(t, "farmers"),)),
                  Entity("n2", "Anna Berg", "PER", (sp(t, "Anna Berg"),), None, "BEL", "CVL"),
                  Entity("n3", "European Union", "ORG", (sp(t, "European Union"),), "Q458", "EUR")),
        quotes=(quote,), events=(protest,))


def doc_en1() -> Document:
    return _doc_en("en-1", EN1, "Daily Example")


def doc_en1_copy() -> Document:
    """The same wire story on another site: a near-duplicate of :func:`doc_en1`."""
    return _doc_en("en-1-copy", EN1_COPY, "Other Example")


def doc_it2() -> Document:
    t = IT2
    s1, span1 = sentence(t, "Il governo italiano ha inviato aiuti umanitari in Libia dopo l'alluvione.")
    tajani = who(t, "ministro Tajani", "Antonio Tajani", "ITA", "GOV", "n3")
    aid = Event(
        id="e1", event="AID", text=s1, sentence=span1, trigger=sp(t, "inviato"), event_text="inviato aiuti",
        context=("humanitarian",), actor=(who(t, "governo italiano", "Italy", "ITA", "GOV", "n1"),),
        recipient=(who(t, "Libia", "Libya", "LBY", None, "n2"),),
        event_loc=Location("Libia", "Libya", sp(t, "Libia"), "LBY", None, None, 2215636, "country"))
    qt = "Continueremo a sostenere la popolazione di Derna"
    quote = Quote("q1", qt, sp(t, qt), "direct", speaker=tajani, cue="ha detto", cue_span=sp(t, "ha detto"))
    return Document(
        article=Article("it-2", t, "2025-04-01", "it", "Aiuti alla Libia", "https://esempio.it/libia", "Esempio"),
        entities=(Entity("n1", "Italy", "GPE", (sp(t, "governo italiano"),), "Q38", "ITA", "GOV"),
                  Entity("n2", "Libya", "GPE", (sp(t, "Libia"),), "Q1016", "LBY"),
                  Entity("n3", "Antonio Tajani", "PER", (sp(t, "ministro Tajani"),), None, "ITA", "GOV")),
        quotes=(quote,), events=(aid,))


def corpus() -> list[Document]:
    """In ingest order: the English copy comes after its original."""
    return [doc_it1(), doc_en1(), doc_en1_copy(), doc_it2()]
