"""Entity and event rules of the fifteenth session.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import Article


def _events(extractor: Extractor, lang: str, text: str, published: str = "2025-06-01"
            ) -> list[tuple[str, list[str], str | None, str]]:
    """(type, actor names, place name, trigger text) of every event found in ``text``."""
    doc = extractor.process(Article(id="s15", text=text, published=published, language=lang))
    return [(e.event, [p.entity_name for p in e.actor], e.event_loc.name if e.event_loc else None, e.event_text)
            for e in doc.events]


@pytest.mark.parametrize("lang,text,event,actor,place", [
    # the next sentence tells where the statement's actor spoke
    ("en", "Defence Minister Rajnath Singh warned Pakistan on Friday that any attack would be answered. "
     "\u201cWe will defend every inch of our land,\u201d Singh told reporters in New Delhi.",
     "THREATEN", "Rajnath Singh", "New Delhi"),
    ("en", "Prime Minister Irakli Kobakhidze accused the opposition of planning riots. \u201cThey will answer for "
     "it,\u201d Kobakhidze told a news briefing in Tbilisi.", "ACCUSE", "Irakli Kobakhidze", "Tbilisi"),
    ("it", "Il ministro degli Esteri Antonio Tajani ha accusato la Russia di sabotare i negoziati. \u00abMosca non "
     "vuole la pace\u00bb, ha detto Tajani ai giornalisti a Bruxelles.", "ACCUSE", "Antonio Tajani", "Brussels"),
])
def test_a_statement_takes_the_place_its_speaker_spoke_from_in_the_next_sentence(
        extractor: Extractor, lang: str, text: str, event: str, actor: str, place: str) -> None:
    found = _events(extractor, lang, text)
    assert any(kind == event and actor in actors and loc == place for kind, actors, loc, _ in found), found


def test_a_venue_of_someone_else_does_not_place_a_statement(extractor: Extractor) -> None:
    text = ("Defence Minister Rajnath Singh warned Pakistan on Friday that any attack would be answered. "
            "U.N. spokesman Stephane Dujarric told reporters in New York that both sides should show restraint.")
    found = _events(extractor, "en", text)
    threats = [loc for kind, actors, loc, _ in found if kind == "THREATEN" and "Rajnath Singh" in actors]
    assert threats and "New York" not in threats, found


def test_a_bare_ministry_belongs_to_the_country_the_sentence_before_was_about(extractor: Extractor) -> None:
    text = ("SYDNEY, Australia \u2014 Australia expelled Iran's ambassador on Tuesday over a series of arson "
            "attacks in Melbourne. Iran rejected the accusations. Foreign Ministry spokesman Esmaeil Baghaei "
            "said in Tehran that the move was driven by Australia's domestic politics.")
    doc = extractor.process(Article(id="m", text=text, published="2025-08-26", language="en"))
    countries = {e.entity_name: e.country for e in doc.entities}
    assert countries.get("Esmaeil Baghaei") == "IRN", countries
    assert any(name.startswith("Ministry of Foreign Affairs") and country == "IRN"
               for name, country in countries.items()), countries
    rejections = [e for e in doc.events if e.event == "REJECT" and any(p.country == "IRN" for p in e.actor)]
    assert rejections and rejections[0].event_loc is not None and rejections[0].event_loc.name == "Tehran", \
        [(e.event, e.event_loc) for e in doc.events]


@pytest.mark.parametrize("lang,text,anchor", [
    ("it", "Almeno sei persone sono morte nell'attacco dei ribelli contro il villaggio di Kamenge. Il portavoce "
     "dei ribelli ha rivendicato l'attacco in un video diffuso ieri sera.", "attacco"),
])
def test_a_claim_of_responsibility_does_not_become_the_attacks_anchor(
        extractor: Extractor, lang: str, text: str, anchor: str) -> None:
    found = _events(extractor, lang, text)
    assaults = [trigger for kind, _, _, trigger in found if kind == "ASSAULT"]
    assert assaults and all(anchor == t for t in assaults), found



def test_a_neighbours_month_is_background_when_the_story_has_a_day(extractor: Extractor) -> None:
    text = ("SEOUL \u2014 North Korea fired a ballistic missile into the sea on Monday, South Korea's military "
            "said. The acting president took office late last month after parliament impeached his predecessor. "
            "Japanese Prime Minister Shigeru Ishiba called the launch \u201cabsolutely unacceptable\u201d.")
    doc = extractor.process(Article(id="d", text=text, published="2025-01-06", language="en"))
    dates = [(e.event, e.date) for e in doc.events if any(p.entity_name == "Shigeru Ishiba" for p in e.actor)]
    assert dates and all(date == "2025-01-06" for _, date in dates), [(e.event, e.date) for e in doc.events]


@pytest.mark.parametrize("lang,text,event,place", [
    ("en", "NAIROBI, Kenya \u2014 Kenyan police fired tear gas at protesters on Tuesday. Police arrested 64 people "
     "on Tuesday in the capital and in the port city of Mombasa, the interior minister said.", "COERCE", "Nairobi"),
    ("it", "Due manifestanti sono stati uccisi ieri negli scontri con la polizia nella capitale del Mozambico, "
     "secondo Amnesty International.", "ASSAULT", "Maputo"),
    ("en", "Opposition supporters rallied in the capital on Saturday, demanding new elections in Georgia.",
     "PROTEST", "Tbilisi"),
])
def test_an_unnamed_capital_is_the_capital_of_the_country_concerned(
        extractor: Extractor, lang: str, text: str, event: str, place: str) -> None:
    found = _events(extractor, lang, text)
    assert any(kind == event and loc == place for kind, _, loc, _ in found), found


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Kenya raised the capital gains tax on Tuesday. Police arrested 12 people in Nairobi.", []),
    # a name follows: that name is the place, found on its own
    ("en", "Police arrested 12 people in the capital, Nairobi, on Tuesday.", []),
    ("it", "Il Kenya ha aumentato il capitale sociale della banca pubblica. Tensioni a Mombasa.", []),
    ("it", "Il Kenya ha scelto Mombasa come capitale economica del Paese.", []),
    ("it", "Migliaia di persone in piazza ieri nella capitale, in Kenya.", ["Nairobi"]),
])
def test_only_the_word_for_a_city_stands_for_a_capital(lang: str, text: str, expected: list[str]) -> None:
    from .test_places import _places

    capitals = [loc.name for loc in _places(lang, text) if loc.raw_text.lower().startswith("capital")]
    assert capitals == expected, capitals


def test_a_statement_takes_no_place_from_the_story_around_it(extractor: Extractor) -> None:
    text = ("Kenyan police fired tear gas at protesters in Nairobi on Tuesday. Officers arrested 30 people. "
            "President William Ruto accused the opposition of planning chaos.")
    found = _events(extractor, "en", text)
    assert any(kind == "COERCE" and loc == "Nairobi" for kind, _, loc, _ in found), found
    assert any(kind == "ACCUSE" and loc is None for kind, _, loc, _ in found), found


@pytest.mark.parametrize("lang,text,event,place", [
    # a place inside the statement's content or inside a party's name
    ("en", "The Pakistani foreign ministry condemned the attack on civilians in Peshawar.", "ACCUSE", None),
    ("en", "The European Union's delegation in Belgrade urged the authorities to respect the right to protest.",
     "REQUEST", None),
    ("it", "Il governo pachistano ha accusato le autorità di Kabul di proteggere i miliziani.", "ACCUSE", None),
    # where it was said
    ("en", "In Beijing, foreign ministry spokesman Lin Jian accused Manila of provocation on Monday.",
     "ACCUSE", "Beijing"),
    ("it", "Da Bruxelles, la Commissione europea ha chiesto il rilascio immediato dei giornalisti.",
     "REQUEST", "Brussels"),
    # a joint act is placed like any act
    ("en", "Armenia and Azerbaijan signed the text of a peace agreement between the two countries in Washington "
     "on Friday.", "SUPPORT", "Washington"),
])
def test_a_statement_is_placed_where_it_was_made_not_where_its_content_is(
        extractor: Extractor, lang: str, text: str, event: str, place: str | None) -> None:
    found = _events(extractor, lang, text)
    assert any(kind == event and loc == place for kind, _, loc, _ in found), found


@pytest.mark.parametrize("lang,text", [
    ("en", "SYDNEY, Australia \u2014 Australia expelled Iran's ambassador on Tuesday over the arson attacks. "
     "Opposition leader Sussan Ley backed the decision but accused the government of acting too late."),
    ("it", "ROMA - L'Italia ha espulso ieri l'ambasciatore dell'Iran. La leader dell'opposizione Elly Schlein ha "
     "sostenuto la decisione ma ha accusato il governo di aver agito troppo tardi."),
])
def test_an_opposition_leaders_government_is_her_own(extractor: Extractor, lang: str, text: str) -> None:
    doc = extractor.process(Article(id="g", text=text, published="2025-08-26", language=lang))
    home = "AUS" if lang == "en" else "ITA"
    accusations = [e for e in doc.events if e.event == "ACCUSE"]
    assert accusations and all(p.country == home for e in accusations for p in e.recipient), \
        [(e.event, [(p.entity_name, p.country) for p in e.recipient]) for e in doc.events]


@pytest.mark.parametrize("lang,text,recipients", [
    ("it", "L'Italia si è impegnata a finanziare la costruzione di tre ospedali in Algeria.", ["Algeria"]),
    ("en", "Japan pledged to fund the reconstruction of two bridges in Mozambique.", ["Mozambique"]),
    # parties agreeing with each other where they met do not agree with their host
    ("en", "Ethiopia and Somalia agreed to restore diplomatic ties after talks in Ankara.", []),
])
def test_a_pledge_goes_to_the_country_it_is_for(extractor: Extractor, lang: str, text: str,
                                                 recipients: list[str]) -> None:
    doc = extractor.process(Article(id="a", text=text, published="2025-06-01", language=lang))
    agreements = [[p.entity_name for p in e.recipient] for e in doc.events if e.event == "AGREE"]
    assert agreements and all(r == recipients for r in agreements), \
        [(e.event, [p.entity_name for p in e.recipient]) for e in doc.events]


def test_a_written_date_of_a_thing_named_is_not_the_acts(extractor: Extractor) -> None:
    text = ("LUSAKA, 8 NOV - È di almeno due morti il bilancio della giornata di ieri a Lusaka, dove la polizia ha "
            "disperso con gas lacrimogeni i manifestanti scesi in piazza contro l'esito delle elezioni del 12 "
            "agosto. Lo ha riferito Amnesty International.\n\nIl capo della polizia ha difeso gli agenti. "
            "Secondo la polizia, 30 persone sono state arrestate.")
    doc = extractor.process(Article(id="t", text=text, published="2024-11-08", language="it"))
    dates = {e.event: e.date for e in doc.events}
    assert dates.get("ASSAULT") == "2024-11-07" and dates.get("COERCE") == "2024-11-07", dates


@pytest.mark.parametrize("lang,text,event", [
    # the place is the name of the party that acts
    ("it", "La decisione di Washington di fermare alcune forniture di armi all'Ucraina ha preoccupato l'Europa.",
     "SANCTION"),
    # agreeing is said, not signed: a place in its content does not place it
    ("it", "Il presidente Volodymyr Zelensky afferma di essere d'accordo con Donald Trump di lavorare per "
     "rafforzare le difese aeree, poiché le preoccupazioni sono cresciute a Kiev.", "AGREE"),
])
def test_no_place_from_the_actors_own_name_or_an_agreements_content(
        extractor: Extractor, lang: str, text: str, event: str) -> None:
    found = _events(extractor, lang, text)
    assert any(kind == event for kind, _, _, _ in found), found
    assert all(loc is None for kind, _, loc, _ in found if kind == event), found


@pytest.mark.parametrize("lang,text,event", [
    ("en", "Estonia on Monday ordered two Russian diplomats to leave the country within five days.", "SANCTION"),
    ("it", "La Lettonia ha ordinato a due diplomatici russi di lasciare il Paese entro cinque giorni.", "SANCTION"),
    # an order to anyone else stays a request
    ("en", "Police ordered protesters to leave the square.", "REQUEST"),
])
def test_ordering_diplomats_to_leave_is_an_expulsion(extractor: Extractor, lang: str, text: str, event: str) -> None:
    found = _events(extractor, lang, text)
    assert found and found[0][0] == event, found


@pytest.mark.parametrize("lang,text,speaker", [
    ("it", "\u00abNon resterà impunita\u00bb, ha dichiarato il primo ministro Alix Didier Fils-Aimé in un messaggio.",
     "Alix Didier Fils-Aimé"),
    ("it", "\u00abServe una tregua\u00bb, ha detto l'alto commissario Volker Türk.", "Volker Türk"),
    ("en", "\u201cIt will not go unpunished,\u201d said the prime minister, Alix Didier Fils-Aimé.",
     "Alix Didier Fils-Aimé"),
])
def test_a_two_word_title_before_an_inverted_speaker_is_no_part_of_the_name(
        extractor: Extractor, lang: str, text: str, speaker: str) -> None:
    doc = extractor.process(Article(id="s", text=text, published="2025-06-01", language=lang))
    assert [q.speaker.entity_name if q.speaker else None for q in doc.quotes] == [speaker], doc.quotes
