"""The PLOVER event coder: each of the 16 types in Italian and English, roles, flags and merging.

The sentences are written for these tests; the whole pipeline runs on them (blank or trained spaCy
pipeline, whichever is configured), so the tables check what users get.
"""

from __future__ import annotations

import pytest

from cronaca.pipeline import Extractor
from cronaca.records import EVENT_TYPES, Article, Event

PUBLISHED = "2025-07-05"


def events(extractor: Extractor, language: str, text: str) -> list[Event]:
    doc = extractor.process(Article(id="t", text=text, published=PUBLISHED, language=language))
    for e in doc.events:  # every span points back at the text
        assert text[e.trigger.start:e.trigger.end] == e.event_text
        assert text[e.sentence.start:e.sentence.end] == e.text
        for p in (*e.actor, *e.recipient):
            assert p.span is None or text[p.span.start:p.span.end] == p.raw_text
    return list(doc.events)


def countries(parts: tuple[object, ...]) -> set[str]:
    return {p.country for p in parts if getattr(p, "country", None)}  # type: ignore[attr-defined]


def find(found: list[Event], event: str) -> Event:
    hits = [e for e in found if e.event == event]
    assert hits, f"no {event} among {[(e.event, e.event_text) for e in found]}"
    return hits[0]


# (language, sentence, event type, actor country, recipient country or None)
TYPES: list[tuple[str, str, str, str, str | None]] = [
    ("it", "La Russia ha bombardato Kiev con decine di droni.", "ASSAULT", "RUS", "UKR"),
    ("en", "Russia shelled Kharkiv overnight with artillery.", "ASSAULT", "RUS", "UKR"),
    ("it", "Trump ha parlato al telefono con Putin.", "CONSULT", "USA", None),
    ("en", "Macron met Olaf Scholz in Berlin on Monday.", "CONSULT", "FRA", None),
    ("it", "L'Iran ha promesso di collaborare con l'Agenzia atomica.", "AGREE", "IRN", None),
    ("en", "Israel agreed to a ceasefire with Hamas.", "AGREE", "ISR", None),
    ("it", "La Germania ha ringraziato la Francia per il sostegno.", "SUPPORT", "DEU", "FRA"),
    ("en", "Japan praised South Korea for its help after the earthquake.", "SUPPORT", "JPN", "KOR"),
    ("it", "Israele si è scusato con l'Egitto per l'incidente al confine.", "CONCEDE", "ISR", "EGY"),
    ("en", "Canada apologized to India for the remarks.", "CONCEDE", "CAN", "IND"),
    ("it", "La Russia e la Cina hanno avviato esercitazioni militari congiunte.", "COOPERATE", "RUS", None),
    ("en", "India and France held joint military exercises in the Indian Ocean.", "COOPERATE", "IND", None),
    ("it", "Gli Stati Uniti hanno inviato nuove armi all'Ucraina.", "AID", "USA", "UKR"),
    ("en", "Germany delivered air defence systems to Ukraine.", "AID", "DEU", "UKR"),
    ("it", "La Russia ha ritirato le truppe dal confine con la Finlandia.", "RETREAT", "RUS", None),
    ("en", "Hamas released three hostages to Israel on Saturday.", "RETREAT", "PSE", "ISR"),
    ("it", "L'Ucraina ha chiesto alla Germania di fornire più missili.", "REQUEST", "UKR", "DEU"),
    ("en", "Poland urged the United States to send more troops.", "REQUEST", "POL", "USA"),
    ("it", "La Cina ha condannato gli Stati Uniti per le nuove sanzioni.", "ACCUSE", "CHN", "USA"),
    ("en", "Turkey accused Greece of violating its airspace.", "ACCUSE", "TUR", "GRC"),
    ("it", "L'Iran ha respinto la proposta della Francia.", "REJECT", "IRN", None),
    ("en", "Venezuela rejected the demands of the United States.", "REJECT", "VEN", None),
    ("it", "La Corea del Nord ha minacciato il Giappone con nuovi test.", "THREATEN", "PRK", "JPN"),
    ("en", "China threatened Taiwan with a blockade.", "THREATEN", "CHN", "TWN"),
    ("it", "In Serbia migliaia di manifestanti hanno protestato contro il governo.", "PROTEST", "SRB", None),
    ("en", "Thousands of demonstrators protested in Georgia against the government.", "PROTEST", "GEO", None),
    ("it", "L'Unione europea ha imposto nuove sanzioni alla Russia.", "SANCTION", "EUR", "RUS"),
    ("en", "The United States imposed sanctions on Iran.", "SANCTION", "USA", "IRN"),
    ("it", "La Russia ha schierato migliaia di soldati al confine con l'Ucraina.", "MOBILIZE", "RUS", None),
    ("en", "China deployed warships near Taiwan.", "MOBILIZE", "CHN", None),
    ("it", "La polizia turca ha arrestato decine di giornalisti a Istanbul.", "COERCE", "TUR", None),
    ("en", "Iranian authorities arrested two French citizens in Tehran.", "COERCE", "IRN", None),
]


@pytest.mark.parametrize(("language", "text", "event", "actor", "recipient"), TYPES)
def test_event_types_both_languages(extractor: Extractor, language: str, text: str, event: str, actor: str,
                                    recipient: str | None) -> None:
    found = find(events(extractor, language, text), event)
    assert actor in countries(found.actor)
    if recipient is not None:
        assert recipient in countries(found.recipient)
    assert found.quad_code in (1, 2, 3, 4)


def test_every_plover_type_has_a_row_in_each_language() -> None:
    for language in ("it", "en"):
        assert {row[2] for row in TYPES if row[0] == language} == set(EVENT_TYPES)


# (language, sentence, event type, flag expected in auxiliary)
FLAGS = [
    ("it", "La Russia non ha attaccato Kiev ieri.", "ASSAULT", "negated"),
    ("en", "Russia did not attack Kyiv yesterday.", "ASSAULT", "negated"),
    ("it", "La Germania vuole aiutare l'Ucraina con nuovi sistemi di difesa.", "AGREE", "future"),
    ("en", "The United States will send weapons to Ukraine.", "AGREE", "future"),
    ("it", "Se la Russia attaccherà la Polonia, la Nato risponderà.", "ASSAULT", "hypothetical"),
    ("en", "If Russia attacks Poland, NATO will respond.", "ASSAULT", "hypothetical"),
]


@pytest.mark.parametrize(("language", "text", "event", "flag"), FLAGS)
def test_modality_flags(extractor: Extractor, language: str, text: str, event: str, flag: str) -> None:
    assert flag in find(events(extractor, language, text), event).auxiliary


# PLOVER rules: halting aid is a sanction, a call to end a war is an agreement
RULES = [
    ("it", "Washington ha sospeso le consegne di armi all'Ucraina.", "SANCTION", "USA", "UKR"),
    ("en", "Washington halted weapons shipments to Ukraine.", "SANCTION", "USA", "UKR"),
    ("it", "La Francia ha chiesto un cessate il fuoco tra Israele e Iran.", "AGREE", "FRA", None),
    ("en", "France called for a ceasefire between Israel and Iran.", "AGREE", "FRA", None),
    ("it", "Il Brasile ha accusato l'Argentina di aver violato l'accordo.", "ACCUSE", "BRA", "ARG"),
    ("en", "Brazil accused Argentina of violating the agreement.", "ACCUSE", "BRA", "ARG"),
]


@pytest.mark.parametrize(("language", "text", "event", "actor", "recipient"), RULES)
def test_plover_coding_rules(extractor: Extractor, language: str, text: str, event: str, actor: str,
                             recipient: str | None) -> None:
    found = events(extractor, language, text)
    hit = find(found, event)
    assert actor in countries(hit.actor)
    if recipient is not None:
        assert recipient in countries(hit.recipient)
    # the content of an accusation is not coded as an event of its own
    assert not [e for e in found if e.event in ("REJECT", "AID") and e is not hit]


def test_halting_aid_is_not_reject(extractor: Extractor) -> None:
    types = {e.event for e in events(extractor, "en", "The United States paused military aid to Ukraine.")}
    assert "SANCTION" in types and "REJECT" not in types


# coordination and reciprocal events: every participant is an actor, no recipient
RECIPROCAL = [
    ("it", "Trump e Putin hanno avuto una lunga telefonata.", {"USA", "RUS"}),
    ("en", "Congo and Rwanda signed a peace agreement in Washington.", {"COD", "RWA"}),
    ("it", "Macron ha incontrato Scholz a Parigi.", {"FRA", "DEU"}),
    ("en", "Putin spoke with Xi Jinping on Tuesday.", {"RUS", "CHN"}),
]


@pytest.mark.parametrize(("language", "text", "actors"), RECIPROCAL)
def test_reciprocal_events_put_all_participants_in_actor(extractor: Extractor, language: str, text: str,
                                                        actors: set[str]) -> None:
    found = events(extractor, language, text)
    assert found, "no event"
    assert actors <= countries(found[0].actor)
    assert not found[0].recipient


# "the two leaders" / a quoted "we": the actors come from the context
COREFERENCE = [
    ("it", "Trump ha parlato con Zelensky venerdì. I due leader hanno discusso della difesa aerea.",
     "CONSULT", {"USA", "UKR"}),
    ("en", "Biden met Netanyahu on Monday. The two leaders discussed the hostages.", "CONSULT", {"USA", "ISR"}),
    ("it", "“Siamo pronti a collaborare con la Polonia”, ha detto Zelensky.", "AGREE", {"UKR"}),
    ("en", "“We are ready to work with Poland,” Zelensky said.", "AGREE", {"UKR"}),
    ("en", "Putin met Xi in Beijing on Monday. Later, he threatened Ukraine with new strikes.", "THREATEN",
     {"RUS"}),
    ("it", "Erdogan ha incontrato Putin a Sochi. Poi ha minacciato la Grecia.", "THREATEN", {"TUR"}),
]


@pytest.mark.parametrize(("language", "text", "event", "actors"), COREFERENCE)
def test_actors_resolved_from_context(extractor: Extractor, language: str, text: str, event: str,
                                     actors: set[str]) -> None:
    hits = [e for e in events(extractor, language, text) if e.event == event]
    assert len(hits) == 1, "two mentions of one event must give one record"
    assert actors <= countries(hits[0].actor)


def test_distinct_calls_on_different_days_stay_distinct(extractor: Extractor) -> None:
    text = "Trump spoke with Putin on Thursday. On Friday, Trump spoke with Zelensky."
    calls = [e for e in events(extractor, "en", text) if e.event == "CONSULT"]
    assert len(calls) == 2
    assert calls[0].date != calls[1].date


def test_repeated_mention_merges_into_first_sentence(extractor: Extractor) -> None:
    text = ("La Russia ha colpito Kiev con missili e droni giovedì. "
            "Secondo le autorità, la Russia ha lanciato 40 droni sulla capitale.")
    assaults = [e for e in events(extractor, "it", text) if e.event == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].sentence.start == 0
    assert {"drone", "heavy-weapons"} <= set(assaults[0].mode)


def test_event_record_fields(extractor: Extractor) -> None:
    text = "Russia attacked Kyiv with drones on Friday, killing two people."
    hit = find(events(extractor, "en", text), "ASSAULT")
    assert hit.date == "2025-07-04"
    assert hit.quad_code == 4
    assert hit.coder.startswith("cronaca")
    assert 0 < hit.confidence <= 1
    assert hit.event_text in ("attacked", "attack")


# grammar the coder must read: passives with "by/da", trailing attributions, reduced relatives, new clauses
# (language, sentence, event, actor country, recipient country or None, event types that must NOT appear)
GRAMMAR = [
    ("en", "Kyiv was hit by a wave of Russian missiles overnight.", "ASSAULT", "RUS", "UKR", []),
    ("it", "Kiev è stata colpita da missili russi nella notte.", "ASSAULT", "RUS", "UKR", []),
    ("en", "North Korea fired two missiles into the sea, South Korea's military said.", "MOBILIZE", "PRK", None,
     []),
    ("en", "Russia expelled two British diplomats accused of spying.", "SANCTION", "RUS", None, ["ACCUSE"]),
    ("en", "Trump threatened new tariffs on Canada after Ottawa refused to drop the tax.", "THREATEN", "USA",
     "CAN", []),
    ("en", "Iran denied reports that it had supplied drones to Russia.", "REJECT", "IRN", None, ["AID"]),
    ("it", "L'Iran ha negato di aver fornito droni alla Russia.", "REJECT", "IRN", None, ["AID"]),
    ("en", "Serbian police fired tear gas at protesters in Belgrade.", "ASSAULT", "SRB", None, []),
    ("it", "La polizia serba ha disperso i manifestanti con gli idranti a Belgrado.", "ASSAULT", "SRB", None,
     []),
]


@pytest.mark.parametrize(("language", "text", "event", "actor", "recipient", "absent"), GRAMMAR)
def test_grammar_of_roles(extractor: Extractor, language: str, text: str, event: str, actor: str,
                          recipient: str | None, absent: list[str]) -> None:
    found = events(extractor, language, text)
    hit = find(found, event)
    assert actor in countries(hit.actor)
    if recipient is not None:
        assert recipient in countries(hit.recipient)
    assert not [e.event for e in found if e.event in absent]


def test_attribution_tail_is_not_a_recipient(extractor: Extractor) -> None:
    text = "North Korea fired two missiles into the sea, South Korea's military said."
    hit = find(events(extractor, "en", text), "MOBILIZE")  # a launch into the sea is a weapons test
    assert "KOR" not in countries(hit.recipient)


def test_counts_from_every_sentence_of_the_event(extractor: Extractor) -> None:
    text = ("La Russia ha colpito Odessa giovedì, uccidendo due persone. "
            "Nella notte le sirene hanno suonato mentre la Russia lanciava 40 droni sulla città.")
    hit = find(events(extractor, "it", text), "ASSAULT")
    assert hit.magnitude["dead"].value == 2
    assert hit.magnitude["drones"].value == 40


# the type depends on who acts and how the act is framed
FRAMING = [
    ("en", "The Philippines protested the presence of Chinese vessels.", "ACCUSE", "PHL"),
    ("it", "Il governo italiano ha protestato contro la decisione della Francia.", "ACCUSE", "ITA"),
    ("it", "Salvini ha attaccato duramente il governo francese.", "ACCUSE", "ITA"),
    ("en", "The president lashed out at Germany over the pipeline.", "ACCUSE", "DEU"),
    ("en", "Ukraine will not negotiate with Russia.", "REJECT", "UKR"),
    ("it", "L'Ucraina non tratterà con la Russia.", "REJECT", "UKR"),
    ("en", "The Pentagon said it would withdraw troops from Syria.", "CONCEDE", "USA"),
    ("en", "The European Commission fined Google 2 billion euros.", "SANCTION", "EUR"),
]


@pytest.mark.parametrize(("language", "text", "event", "country"), FRAMING)
def test_framing_decides_the_type(extractor: Extractor, language: str, text: str, event: str,
                                  country: str) -> None:
    hit = find(events(extractor, language, text), event)
    assert country in countries(hit.actor) | countries(hit.recipient)


# unnamed but identifiable actors: NGOs (coded "NGO"), police of the place, subjects across adverbs
UNNAMED = [
    ("it", "Le ong hanno criticato duramente il governo italiano.", "ACCUSE", "NGO"),
    ("en", "Human rights groups condemned the arrests in Tehran.", "ACCUSE", "NGO"),
    ("it", "A Tunisi la polizia ha sgomberato un accampamento, arrestando venti persone.", "COERCE", "TUN"),
    ("en", "Police in Lagos arrested 20 protesters on Sunday.", "COERCE", "NGA"),
    ("it", "Il presidente tunisino Kais Saied ha però respinto la proposta.", "REJECT", "TUN"),
    ("en", "Thousands of farmers protested in Brussels on Monday.", "PROTEST", "BEL"),
]


@pytest.mark.parametrize(("language", "text", "event", "country"), UNNAMED)
def test_unnamed_actors_get_a_country(extractor: Extractor, language: str, text: str, event: str,
                                      country: str) -> None:
    assert country in countries(find(events(extractor, language, text), event).actor)


@pytest.mark.parametrize(("language", "text", "event", "actor"), [
    ("it", "Macron, che ha incontrato Zelensky a Parigi, ha promesso nuovi aiuti.", "AGREE", "FRA"),
    ("en", "Putin, who met Xi in Beijing, threatened Ukraine with new strikes.", "THREATEN", "RUS"),
    ("en", "EU sanctions on Russia took effect on Friday.", "SANCTION", "EUR"),
    ("it", "Il Cremlino ha detto che la Russia ha colpito Odessa con droni.", "ASSAULT", "RUS"),
])
def test_subject_across_relative_and_complement_clauses(extractor: Extractor, language: str, text: str,
                                                        event: str, actor: str) -> None:
    assert countries(find(events(extractor, language, text), event).actor) == {actor}


def test_date_of_another_clause_is_not_borrowed(extractor: Extractor) -> None:
    text = "The EU has provided 85 billion euros in aid to Ukraine since Russia invaded in February 2022."
    found = events(extractor, "en", text)
    aid = find(found, "AID")
    assault = find(found, "ASSAULT")
    assert aid.date != "2022-02-01"
    assert assault.date == "2022-02-01" and "historical" in assault.auxiliary
    assert "RUS" in countries(assault.actor)


def test_undated_lead_event_takes_the_next_sentence_date(extractor: Extractor) -> None:
    text = ("Il governo ha approvato il decreto e l'Italia ha firmato l'accordo con la Francia. "
            "La firma è avvenuta venerdì a Roma.")
    hit = find(events(extractor, "it", text), "SUPPORT")
    assert hit.date == "2025-07-04"


def test_quoted_they_is_not_the_speaker(extractor: Extractor) -> None:
    text = "“They attacked our village at night,” the mayor of Kharkiv said."
    assert not [e for e in events(extractor, "en", text) if e.event == "ASSAULT" and "UKR" in countries(e.actor)]


def test_reported_they_is_the_speaker(extractor: Extractor) -> None:
    hit = find(events(extractor, "en", "Police said they had arrested a suspect."), "COERCE")
    assert [p.raw_text for p in hit.actor] == ["Police"]
