"""Events, sources and dates in constructions of unseen news prose (fourth round), in Italian and English:
charges made in a speaker's own quoted words, "secondo quanto riferito dal ...", a toll attributed in the next
sentence, bracketed acronyms, prisoner exchanges, ranked events "since the start of the war", charges in
coordinated verbs, possessive dates, titles naming a dialogue, and a doerless mention before its doer's clause.
"""

from __future__ import annotations

import pytest

from cronaca import extract
from cronaca.evaluation.scoring import names_agree
from cronaca.records import Document, Event

PUBLISHED = "2026-05-01"  # a Friday


def _doc(lang: str, text: str) -> Document:
    return extract(text, published=PUBLISHED, language=lang)


def _events(lang: str, text: str, kind: str) -> list[Event]:
    return [e for e in _doc(lang, text).events if e.event == kind]


def _names(parts: tuple) -> list[str]:  # type: ignore[type-arg]
    return [p.entity_name or p.raw_text for p in parts]


# --- a charge made in the speaker's own quoted words -------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", '"These elections were stolen by the ruling party," Venâncio Mondlane told supporters on Friday.',
     "Venâncio Mondlane"),
    ("en", '"This was a reckless attack on our hospitals," Yvette Cooper told parliament.', "Yvette Cooper"),
    ("it", "«È una sentenza politica, scritta nel palazzo presidenziale», ha dichiarato Özgür Özel ai giornalisti.",
     "Özgür Özel"),
    ("it", "«Queste elezioni sono state truccate», ha dichiarato il leader dell'opposizione Nika Melia.", "Nika Melia"),
])
def test_a_charge_in_a_quote_is_an_accusation_by_its_speaker(lang: str, text: str, speaker: str) -> None:
    accusations = _events(lang, text, "ACCUSE")
    assert len(accusations) == 1
    assert any(names_agree(n, speaker) for n in _names(accusations[0].actor))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The minister said the elections had been stolen from the people."),  # no quote: no charge word event
    ("it", "Il ministro ha detto che le elezioni sono state truccate."),
])
def test_a_charge_word_outside_quotes_is_no_event(lang: str, text: str) -> None:
    assert _events(lang, text, "ACCUSE") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", 'Antonio Tajani condemned the raid, calling it "unacceptable".'),
    ("it", "Il ministro Antonio Tajani ha condannato il raid, definendolo «inaccettabile»."),
])
def test_a_quoted_charge_adds_nothing_to_a_condemnation_told_in_its_sentence(lang: str, text: str) -> None:
    assert len(_events(lang, text, "ACCUSE")) == 1


# --- sources --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "source"), [
    ("it", "Almeno quattro persone sono state uccise nella notte in un attacco con droni russi contro il porto di "
           "Izmail, secondo quanto riferito dal governatore regionale Oleh Kiper.", "Oleh Kiper"),
    ("it", "Tre civili sono stati uccisi quando l'esercito russo ha bombardato Kherson, secondo quanto riportato "
           "dal sindaco Ihor Terekhov.", "Ihor Terekhov"),
])
def test_according_to_with_a_fused_article_names_the_source(lang: str, text: str, source: str) -> None:
    assault = _events(lang, text, "ASSAULT")
    assert assault
    assert any(source.lower() in (p.raw_text or p.entity_name).lower() for p in assault[0].reported_by)


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("en", "At least nine people were killed on Thursday when police opened fire on protesters in Maputo. "
           "More than 60 others were injured, according to Plataforma Decide.", "Plataforma Decide"),
    ("it", "Almeno nove persone sono state uccise giovedì quando la polizia ha aperto il fuoco sui manifestanti a "
           "Maputo. Altre sessanta sono rimaste ferite, secondo Plataforma Decide.", "Plataforma Decide"),
])
def test_a_toll_attributed_in_the_next_sentence_takes_that_source(lang: str, text: str, source: str) -> None:
    assault = _events(lang, text, "ASSAULT")
    assert len(assault) == 1
    assert any(names_agree(n, source) for n in _names(assault[0].reported_by))
    assert assault[0].magnitude["injured"].value == 60


# --- bracketed acronyms ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "actor"), [
    ("it", "Le Forze di supporto rapido (Rsf) controllano il Darfur. Lunedì le Rsf hanno bloccato un convoglio di "
           "camion del Programma alimentare mondiale diretto a El Fasher.", "Rapid Support Forces"),
    ("en", "The Rapid Support Forces (RSF) control most of Darfur. On Monday the RSF blocked a convoy of aid "
           "trucks heading to El Fasher.", "Rapid Support Forces"),
])
def test_a_bare_acronym_stands_for_the_name_it_was_defined_after(lang: str, text: str, actor: str) -> None:
    blocked = _events(lang, text, "COERCE")
    assert len(blocked) == 1
    assert any(names_agree(n, actor) for n in _names(blocked[0].actor))


# --- prisoner exchanges and releases ---------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "size"), [
    ("it", "Russia e Ucraina si sono scambiate 150 prigionieri, nel primo scambio dall'inizio della guerra.", 150),
    ("en", "Russia and Ukraine exchanged 390 prisoners each, in the largest swap since the start of the war.", 390),
])
def test_a_prisoner_exchange_is_a_release_by_both_sides_even_when_ranked(lang: str, text: str, size: int) -> None:
    released = _events(lang, text, "RETREAT")
    assert len(released) == 1
    assert released[0].mode == ("release",)
    assert {p.country for p in released[0].actor} == {"RUS", "UKR"}
    assert released[0].magnitude["size"].value == size


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Dall'inizio della guerra la Russia ha lanciato contro l'Ucraina oltre ventimila droni."),
    ("en", "Since the start of the war Russia has launched more than 20,000 drones at Ukraine."),
])
def test_a_running_total_is_still_no_event(lang: str, text: str) -> None:
    assert _events(lang, text, "ASSAULT") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "In serata le autorità russe hanno rilasciato l'equipaggio del mercantile turco."),
    ("en", "Russian authorities released the crew of the Turkish freighter on Monday evening."),
])
def test_releasing_a_crew_is_a_release(lang: str, text: str) -> None:
    assert [e.mode for e in _events(lang, text, "RETREAT")] == [("release",)]


# --- what is not an event --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Un tribunale di Istanbul ha condannato martedì a quattro anni di carcere il sindaco Ekrem İmamoğlu "
           "per aver insultato e minacciato un procuratore."),
    ("en", "A court in Istanbul on Tuesday sentenced mayor Ekrem Imamoglu to four years in prison for insulting "
           "and threatening a prosecutor."),
])
def test_coordinated_charges_of_a_sentence_are_not_events(lang: str, text: str) -> None:
    doc = _doc(lang, text)
    assert [e.event for e in doc.events] == ["SANCTION"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The deal was praised by Mohammed Al Jaber, who has acted as Riyadh's envoy for the intra-Yemeni "
           "dialogue."),
    ("it", "L'accordo è stato lodato da Miroslav Lajčák, inviato dell'Unione europea per il dialogo tra Belgrado e "
           "Pristina."),
])
def test_a_dialogue_named_in_a_title_is_no_meeting(lang: str, text: str) -> None:
    assert _events(lang, text, "CONSULT") == []


def test_a_call_by_someone_is_no_phone_call() -> None:
    text = "Tens of thousands marched through Maputo, answering a call by opposition leader Venâncio Mondlane."
    assert _events("en", text, "CONSULT") == []


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "The Russian embassy firmly opposed the sanctions.", "ACCUSE"),
    ("en", "Hungary opposed the proposal to admit Ukraine.", "REJECT"),
])
def test_opposing_an_act_done_is_disapproval_opposing_a_proposal_a_rejection(lang: str, text: str,
                                                                              kind: str) -> None:
    assert [e.event for e in _doc(lang, text).events] == [kind]


def test_sostenere_di_is_a_claim_not_support() -> None:
    text = "Il ministero della Difesa russo ha sostenuto di aver colpito depositi di carburante dell'esercito."
    assert _events("it", text, "SUPPORT") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Le Forze di supporto rapido hanno bloccato un convoglio di 25 camion di aiuti diretto a El Fasher."),
    ("en", "The Rapid Support Forces blocked a convoy of 25 aid trucks heading to El Fasher."),
])
def test_blocking_an_aid_convoy_restricts(lang: str, text: str) -> None:
    assert [e.mode for e in _events(lang, text, "COERCE")] == [("restrict",)]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "L'Unione europea ha espresso \"profonda preoccupazione\" per la condanna del sindaco."),
    ("en", "The European Union expressed deep concern over the sentence."),
])
def test_expressing_concern_is_disapproval(lang: str, text: str) -> None:
    assert [e.mode for e in _events(lang, text, "ACCUSE")] == [("disapprove",)]


# --- dates -----------------------------------------------------------------------------------------------------

def test_a_possessive_time_dates_its_noun_not_the_clause() -> None:
    text = ("At least nine people were killed on Thursday when police opened fire on supporters protesting against "
            "the results of last week's presidential election.")
    assault = _events("en", text, "ASSAULT")
    assert [e.date for e in assault] == ["2026-04-30"]


def test_a_possessive_time_right_before_the_trigger_is_its_own() -> None:
    text = "Police said on Friday that Boko Haram carried out Tuesday's bombing of the market in Kano."
    bombing = _events("en", text, "ASSAULT")
    assert bombing and bombing[0].date == "2026-04-28"


# --- passives with a named doer --------------------------------------------------------------------------------

def test_a_passive_with_an_unknown_doer_takes_no_earlier_actor() -> None:
    text = ("Yvette Cooper announced sanctions on three officers. Estonia, whose networks were hit by the same "
            "group last year, expressed support for the measures.")
    assert all("Yvette Cooper" not in _names(e.actor) for e in _events("en", text, "ASSAULT"))


# --- a toll told in the next sentence ----------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "dead", "source"), [
    ("en", "A Russian missile struck an apartment block in Kharkiv overnight. At least seven people died and 40 more "
           "were hurt, Mayor Ihor Terekhov said.", 7, "Ihor Terekhov"),
    ("en", "Israeli strikes hit a school in Gaza City on Thursday. The death toll rose to 31, civil defence "
           "spokesman Mahmud Bassal said.", 31, "Mahmud Bassal"),
    ("it", "Un missile russo ha colpito un condominio a Kharkiv nella notte. Il bilancio è di almeno sette morti, "
           "secondo il sindaco Ihor Terekhov.", 7, "Ihor Terekhov"),
])
def test_the_next_sentence_gives_the_toll_and_its_source(lang: str, text: str, dead: int, source: str) -> None:
    assault = _events(lang, text, "ASSAULT")
    assert len(assault) == 1
    assert assault[0].magnitude["dead"].value == dead
    assert any(names_agree(n, source) for n in _names(assault[0].reported_by))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police fired tear gas at protesters in Nairobi. In Mombasa, three people died when a bus overturned."),
    ("en", "Police fired tear gas at protesters in Nairobi. Separately, three soldiers were killed in Mandera."),
])
def test_a_toll_told_of_another_place_is_not_taken(lang: str, text: str) -> None:
    assert all("dead" not in e.magnitude for e in _events(lang, text, "ASSAULT") if e.event_text != "killed")


# --- who a charge in a quote accuses, when it names nobody ----------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "accused"), [
    ("en", 'Russian missiles struck Dnipro overnight, killing 14 people. "This is a war crime," Ukrainian President '
           "Volodymyr Zelensky wrote on Telegram.", "RUS"),
    ("it", "Missili russi hanno colpito Dnipro nella notte, uccidendo 14 persone. «È un crimine di guerra», ha scritto "
           "il presidente ucraino Volodymyr Zelensky.", "RUS"),
])
def test_a_quoted_charge_naming_nobody_accuses_the_doer_of_the_act_just_told(lang: str, text: str,
                                                                            accused: str) -> None:
    accusations = _events(lang, text, "ACCUSE")
    assert len(accusations) == 1
    assert accused in {p.country for p in accusations[0].recipient}


# --- refusals, postposed sources, possessors ---------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", '"We will not accept this fraud," opposition leader Venâncio Mondlane said.'),
    ("it", "«Non accetteremo questo risultato», ha dichiarato il leader dell'opposizione Venâncio Mondlane."),
])
def test_a_refused_acceptance_is_a_rejection(lang: str, text: str) -> None:
    kinds = [e.event for e in _doc(lang, text).events]
    assert "AGREE" not in kinds
    assert "REJECT" in kinds


def test_a_long_postposed_subject_attributes_the_whole_sentence() -> None:
    text = ("Houthi rebels attacked a Greek-owned bulk carrier in the Red Sea on Wednesday, setting it on fire, the "
            "British military's United Kingdom Maritime Trade Operations centre said.")
    assault = _events("en", text, "ASSAULT")
    assert assault and any("Maritime Trade Operations" in n for n in _names(assault[0].reported_by))


def test_a_group_noun_takes_the_country_of_its_possessor_across_modifiers() -> None:
    text = ("Separately, the Houthis and Yemen's internationally recognised government agreed on Wednesday to "
            "exchange more than 300 prisoners.")
    agreements = _events("en", text, "AGREE")
    assert agreements and "YEM" in {p.country for p in agreements[0].actor}


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Migliaia di manifestanti hanno lanciato pietre contro gli agenti, che hanno risposto con lacrimogeni e "
           "idranti."),
    ("en", "Thousands of protesters threw stones at police, who responded with tear gas and water cannon."),
])
def test_a_relative_clause_subject_is_the_party_named_before_it(lang: str, text: str) -> None:
    crackdown = _events(lang, text, "ASSAULT")
    assert len(crackdown) == 1
    assert _names(crackdown[0].actor) == ["security forces"]
    assert "protesters" in _names(crackdown[0].recipient)


def test_a_complementizer_without_comma_is_no_relative_pronoun() -> None:
    text = "Donald Trump ha detto a Volodymyr Zelenskyy che vuole aiutare l'Ucraina con la difesa aerea."
    helped = _events("it", text, "AGREE")
    assert helped and "Volodymyr Zelenskyy" not in _names(helped[0].actor)


def test_a_time_inside_a_relative_clause_is_not_the_main_events() -> None:
    text = ("Estonia and Lithuania, whose government networks were hit by the same group last year, also expressed "
            "support for Britain.")
    support = _events("en", text, "SUPPORT")
    assert support and support[0].date != "2025-01-01" and "historical" not in support[0].auxiliary
