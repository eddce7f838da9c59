"""Generalisation of the Italian event coder: single news sentences in agency style, coded PLOVER-style.

Sentences are written for this table; each row says the event type expected, the actor (a country code, or
a word of the actor's name) and the recipient country when the sentence makes it clear.  Passives ("è stato
arrestato dai carabinieri"), impersonal and pronominal verbs, nominal events and dropped subjects included.
"""

from __future__ import annotations

from typing import Any

import pytest

from cronaca.pipeline import Extractor

from .test_events_general_en import NONE, check_event, check_no_event, coded

LANG = "it"

# (sentence, event type, actor country or name word, recipient country or None = not checked)
SENTENCES: list[Any] = [
    # ASSAULT
    ("Almeno 20 persone sono state uccise in un raid israeliano su Gaza.", "ASSAULT", "ISR", None),
    ("L'esercito israeliano ha ucciso tre palestinesi durante un raid a Jenin.", "ASSAULT", "ISR", "PSE"),
    ("Missili russi hanno colpito la città ucraina di Odessa nella notte.", "ASSAULT", "RUS", "UKR"),
    ("Uomini armati hanno rapito venti studenti in una scuola nel nord della Nigeria.", "ASSAULT", "NGA", None),
    ("La Turchia ha lanciato raid aerei contro le milizie curde nel nord dell'Iraq.", "ASSAULT", "TUR", None),
    ("L'Ucraina ha attaccato con i droni una raffineria russa.", "ASSAULT", "UKR", "RUS"),
    ("Gli Houthi hanno lanciato un missile contro una nave mercantile nel Mar Rosso.", "ASSAULT", "YEM", None),
    ("Israele ha bombardato il sud del Libano.", "ASSAULT", "ISR", "LBN"),
    ("Due soldati sono stati uccisi da un attacco russo nella regione di Kharkiv.", "ASSAULT", "RUS", "UKR"),
    ("Le forze russe hanno distrutto un deposito di carburante a Leopoli.", "ASSAULT", "RUS", "UKR"),
    # COERCE
    ("Il leader dell'opposizione è stato arrestato dalla polizia turca.", "COERCE", "TUR", None),
    ("La polizia iraniana ha arrestato una giornalista italiana a Teheran.", "COERCE", "IRN", "ITA"),
    ("I carabinieri hanno arrestato cinque persone a Napoli.", "COERCE", "ITA", None),
    ("L'arresto di dodici attivisti da parte della polizia russa ha suscitato proteste.", "COERCE", "RUS", None),
    ("Il governo del Nepal ha imposto il coprifuoco nella capitale.", "COERCE", "NPL", None),
    ("L'Egitto ha espulso centinaia di migranti sudanesi.", "COERCE", "EGY", None),
    ("Le autorità cinesi hanno censurato i social media dopo le proteste.", "COERCE", "CHN", None),
    # SANCTION
    ("La Cina ha imposto controlli sulle esportazioni di terre rare.", "SANCTION", "CHN", None),
    ("Washington ha alzato i dazi sulle merci cinesi al 145%.", "SANCTION", "USA", "CHN"),
    ("L'Unione europea ha imposto nuove sanzioni all'Iran per la fornitura di droni.", "SANCTION", "EUR", "IRN"),
    ("Il Pakistan ha espulso diplomatici afghani.", "SANCTION", "PAK", "AFG"),
    ("Il Niger ha sospeso la cooperazione militare con la Francia.", "SANCTION", "NER", "FRA"),
    ("L'Algeria ha richiamato il proprio ambasciatore da Parigi.", "SANCTION", "DZA", None),
    ("Gli Stati Uniti hanno congelato i beni di tre banche russe.", "SANCTION", "USA", "RUS"),
    ("Il tribunale di Milano ha condannato l'ex sindaco a quattro anni.", "SANCTION", "ITA", None),
    # THREATEN
    ("La Corea del Nord ha minacciato di colpire gli Stati Uniti con armi nucleari.", "THREATEN", "PRK", "USA"),
    ("Trump ha minacciato nuovi dazi contro il Canada.", "THREATEN", "Trump", "CAN"),
    ("L'Iran ha avvertito Israele di una risposta durissima.", "THREATEN", "IRN", "ISR"),
    # PROTEST
    ("Migliaia di persone hanno manifestato a Roma contro la guerra.", "PROTEST", "ITA", None),
    ("A Parigi i manifestanti sono scesi in piazza contro la riforma delle pensioni.", "PROTEST", "FRA", None),
    ("Gli agricoltori hanno bloccato le strade in tutto il Belgio.", "PROTEST", "BEL", None),
    ("I medici sudcoreani sono in sciopero da una settimana.", "PROTEST", "KOR", None),
    ("Gli studenti hanno occupato l'università di Belgrado.", "PROTEST", "SRB", None),
    # MOBILIZE
    ("Il leader nordcoreano Kim Jong Un ha assistito al test di un nuovo missile ipersonico.", "MOBILIZE", "PRK", None),
    ("La Corea del Nord ha lanciato un missile balistico nel Mar del Giappone.", "MOBILIZE", "PRK", None),
    ("La Russia ha schierato migliaia di soldati al confine con la Finlandia.", "MOBILIZE", "RUS", None),
    ("La Cina ha avviato esercitazioni militari intorno a Taiwan.", "MOBILIZE", "CHN", "TWN"),
    ("Israele ha richiamato 300.000 riservisti.", "MOBILIZE", "ISR", None),
    # AID
    ("La Germania ha inviato 50 tonnellate di aiuti umanitari a Gaza.", "AID", "DEU", "PSE"),
    ("Il Giappone ha donato materiale medico alla Turchia dopo il terremoto.", "AID", "JPN", "TUR"),
    ("Gli Stati Uniti hanno fornito all'Ucraina nuovi missili Patriot.", "AID", "USA", "UKR"),
    ("La Banca mondiale ha approvato un prestito di 500 milioni di dollari al Kenya.", "AID", "Banca mondiale", "KEN"),
    ("Il Fondo monetario internazionale ha approvato un prestito da 7 miliardi di dollari per il Pakistan.",
     "AID", "IGO", "PAK"),
    # RETREAT
    ("Le truppe russe si sono ritirate dalla città di Kherson.", "RETREAT", "RUS", None),
    ("Hamas ha liberato quattro ostaggi israeliani.", "RETREAT", "PSE", "ISR"),
    ("La Bielorussia ha scarcerato decine di prigionieri politici.", "RETREAT", "BLR", None),
    # nobody in the office dictionary holds this office: the unnamed holder acts, coded by country
    ("Il primo ministro del Perù si è dimesso dopo le proteste.", "RETREAT", "PER", None),
    ("Il premier giapponese si è dimesso dopo la sconfitta elettorale.", "RETREAT", "JPN", None),
    ("La Francia ha ritirato le sue truppe dal Niger.", "RETREAT", "FRA", None),
    # REQUEST
    ("Zelensky ha chiesto agli alleati occidentali di inviare più sistemi di difesa aerea.", "REQUEST", "UKR", None),
    ("Il Libano ha chiesto aiuto alla Francia per ricostruire il porto.", "REQUEST", "LBN", "FRA"),
    ("La Polonia ha sollecitato la Germania a pagare le riparazioni di guerra.", "REQUEST", "POL", "DEU"),
    ("Il Kenya ha lanciato un appello ai donatori per gli aiuti alimentari.", "REQUEST", "KEN", None),
    # ACCUSE
    ("La Cina ha accusato gli Stati Uniti di interferire nei suoi affari interni.", "ACCUSE", "CHN", "USA"),
    ("L'Ucraina ha attribuito alla Russia l'attacco alla diga.", "ACCUSE", "UKR", "RUS"),
    ("La Commissione europea ha criticato l'Ungheria per la legge sui media.", "ACCUSE", "EUR", "HUN"),
    ("Amnesty International ha condannato le esecuzioni in Iran.", "ACCUSE", "Amnesty", None),
    ("La procura di Roma ha aperto un'indagine sul ministro.", "ACCUSE", "ITA", None),
    # REJECT
    ("Israele ha respinto la proposta di cessate il fuoco.", "REJECT", "ISR", None),
    ("L'Iran si è rifiutato di far entrare gli ispettori.", "REJECT", "IRN", None),
    ("Il Cremlino ha smentito che le forze russe abbiano colpito l'ospedale.", "REJECT", "RUS", None),
    # CONSULT
    ("Meloni ha avuto un colloquio telefonico con Zelensky.", "CONSULT", "ITA", None),
    ("I ministri degli Esteri di India e Cina si sono incontrati a Pechino.", "CONSULT", "IND", None),
    ("Blinken è arrivato al Cairo per colloqui con le autorità egiziane.", "CONSULT", "USA", None),
    # a reception is a visit (RECORDS.md): the visitor acts, the host receives
    ("Putin ha ricevuto al Cremlino il primo ministro ungherese.", "CONSULT", "HUN", "RUS"),
    # SUPPORT
    ("La Spagna ha riconosciuto lo Stato di Palestina.", "SUPPORT", "ESP", "PSE"),
    ("Il Giappone ha accolto con favore l'accordo tra Armenia e Azerbaigian.", "SUPPORT", "JPN", None),
    ("Il Canada ha ringraziato il Messico per il suo aiuto.", "SUPPORT", "CAN", "MEX"),
    # COOPERATE
    ("Spagna e Marocco hanno ristabilito le relazioni diplomatiche.", "COOPERATE", "ESP", None),
    ("India e Giappone hanno svolto esercitazioni navali congiunte.", "COOPERATE", "IND", None),
    # AGREE
    ("Armenia e Azerbaigian hanno raggiunto un accordo di pace.", "AGREE", "ARM", None),
    ("La Germania ha promesso di inviare altri carri armati all'Ucraina.", "AGREE", "DEU", "UKR"),
    ("L'Iran si è detto pronto a riprendere i negoziati con l'Aiea.", "AGREE", "IRN", None),
    # CONCEDE
    ("La Germania ha chiesto scusa alla Namibia per il genocidio coloniale.", "CONCEDE", "DEU", "NAM"),
    ("Il governo del Bangladesh ha ceduto alle richieste degli studenti.", "CONCEDE", "BGD", None),
    # multiword acts, generic armed actors, agentless passives, trade bans
    ("Israele e Hezbollah si sono scambiati colpi di artiglieria lungo il confine.", "ASSAULT", "ISR", None),
    ("Uomini armati hanno assaltato una caserma in Daghestan, uccidendo sei agenti.", "ASSAULT", "RUS", None),
    ("Il ministero degli Esteri russo ha convocato l'ambasciatore tedesco.", "ACCUSE", "RUS", "DEU"),
    ("Il Sudafrica ha denunciato Israele alla Corte internazionale di giustizia.", "ACCUSE", "ZAF", "ISR"),
    ("Sono stati arrestati tre sospetti per l'attentato di Mosca.", "COERCE", "RUS", None),
    ("La Cina ha vietato le importazioni di pesce giapponese.", "SANCTION", "CHN", "JPN"),
    ("Il presidente francese ha telefonato al premier israeliano.", "CONSULT", "FRA", None),
    ("La guardia costiera cinese ha usato gli idranti contro una nave filippina.", "ASSAULT", "CHN", None),
    # clitic objects and postverbal subjects
    ("Lo hanno arrestato ieri sera i carabinieri di Palermo.", "COERCE", "ITA", None),
    ("La polizia lo ha fermato a Milano.", "COERCE", "ITA", None),
    ("Scholz si è rifiutato di inviare i missili Taurus a Kiev.", "REJECT", "DEU", "UKR"),
    ("Il premier ungherese ha bloccato la decisione dell'Ue sull'Ucraina.", "REJECT", "HUN", None),
    ("Mosca ha espulso due diplomatici britannici accusati di spionaggio.", "SANCTION", "RUS", "GBR"),
    ("Giuseppe Conte ha attaccato il governo sulla manovra.", "ACCUSE", "ITA", None),
    ("È stato ucciso in un raid israeliano il leader di Hamas.", "ASSAULT", "ISR", None),
    ("Sono stati espulsi tre diplomatici russi dalla Polonia.", "SANCTION", "POL", "RUS"),
    ("Tre diplomatici russi sono stati espulsi dalla Polonia.", "SANCTION", "POL", "RUS"),
    ("Israele ha ordinato l'evacuazione di Rafah.", "COERCE", "ISR", "PSE"),
    ("Teheran ha giustiziato un uomo accusato di spionaggio.", "ASSAULT", "IRN", None),
    ("Si è dimesso il ministro della Difesa israeliano.", "RETREAT", "ISR", None),
    # reported speech: the actor is the one who did it
    ("Secondo le autorità ucraine, la Russia ha lanciato 40 droni nella notte.", "ASSAULT", "RUS", None),
    ("Kiev ha riferito che le forze russe hanno bombardato il villaggio.", "ASSAULT", "RUS", None),
    # nominal
    ("I raid israeliani sul Libano hanno causato decine di morti.", "ASSAULT", "ISR", "LBN"),
]

NON_EVENTS: list[tuple[str, str]] = [
    ("L'hotspot di contrada Imbriacola ospita 1.800 persone a fronte di 400 posti.", "CONSULT"),
    ("Le misure colpiranno le esportazioni di gas russo, ha detto von der Leyen.", "ASSAULT"),
    ("L'esercitazione antincendio si è svolta nella scuola.", "ASSAULT"),
    ("La giustizia farà il suo corso, ha detto il ministro.", NONE),
    ("Secondo il Pentagono, le forze americane hanno colpito milizie filo-iraniane in Siria.", "SUPPORT"),
    ("Il Milan ha battuto la Roma 3-1 nella partita di Serie A di domenica.", NONE),
    ("L'esercito ha acquistato due nuovi elicotteri d'attacco.", "ASSAULT"),
    ("Il processo di pace è fermo da decenni.", NONE),
    ("L'attaccante ha segnato due gol e la Juventus ha vinto il derby.", NONE),
]

NEGATED = [
    ("La Russia non ha attaccato Kharkiv domenica.", "ASSAULT"),
    ("L'Ungheria non bloccherà il pacchetto di sanzioni.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), SENTENCES)
def test_sentence_is_coded(extractor: Extractor, text: str, event: str, actor: str, recipient: str | None) -> None:
    check_event(extractor, LANG, text, event, actor, recipient)


@pytest.mark.parametrize(("text", "event"), NON_EVENTS)
def test_non_event_is_not_coded(extractor: Extractor, text: str, event: str) -> None:
    check_no_event(extractor, LANG, text, event)


@pytest.mark.parametrize(("text", "event"), NEGATED)
def test_negated_event_is_flagged_or_absent(extractor: Extractor, text: str, event: str) -> None:
    found = [e for e in coded(extractor, LANG, text) if e.event == event]
    assert all("negated" in e.auxiliary for e in found), [(e.event, e.auxiliary) for e in found]


def test_table_covers_every_type() -> None:
    from cronaca.records import EVENT_TYPES

    assert {(row.values if hasattr(row, "values") else row)[1] for row in SENTENCES} == set(EVENT_TYPES)
    assert len(SENTENCES) >= 60


def test_dateline_is_not_an_actor(extractor: Extractor) -> None:
    # (until the tenth session this read "I leader dell'Unione europea", and passed only because Russia, the
    # target of the sanctions, was taken for the other side of the agreement: see the xfail below)
    text = ("BRUXELLES - I ministri degli Esteri dell'Unione europea hanno raggiunto un accordo sulle sanzioni "
            "contro la Russia.")
    found = coded(extractor, LANG, text)
    assert found, "the agreement is coded"
    assert all(p.raw_text != "BRUXELLES" for e in found for p in e.actor), [e.actor for e in found]
    assert all(p.entity_name != "Russia" for e in found for p in e.actor), [e.actor for e in found]


def test_leaders_of_an_organisation_act_for_it(extractor: Extractor) -> None:
    text = "BRUXELLES - I leader dell'Unione europea hanno raggiunto un accordo sulle sanzioni contro la Russia."
    found = coded(extractor, LANG, text)
    assert any(p.entity_name == "European Union" for e in found for p in e.actor), [e.actor for e in found]
