"""Speaker rules of the tenth session.  Sentences written for these tests."""

from __future__ import annotations

from cronaca.pipeline import Extractor
from cronaca.records import Article


def test_he_after_a_titled_name_is_that_person_not_the_last_group_quoted(extractor: Extractor) -> None:
    text = ("A Red Cross convoy came under fire near Mandalay on Tuesday, the group said, and the convoy turned "
            "back.\n\nMilitary spokesman Maj. Gen. Zaw Min Tun denied that troops had targeted aid workers. He said "
            'the convoy had not informed the authorities of its route. "Everyone must follow the rules," he said.')
    doc = extractor.process(Article(id="s", text=text, published="2025-04-02", language="en"))
    speakers = {q.text[:8]: q.speaker.entity_name if q.speaker else None for q in doc.quotes}
    assert speakers == {"Everyone": "Zaw Min Tun"}, speakers


def test_a_gerund_speaks_for_the_speaker_of_its_sentence(extractor: Extractor) -> None:
    text = ("«Questa non è giustizia», ha dichiarato il leader del Partito popolare repubblicano (Chp), Özgür Özel, "
            "davanti al tribunale, annunciando che i legali presenteranno ricorso. «Non ci fermeremo», ha aggiunto.")
    doc = extractor.process(Article(id="g", text=text, published="2025-07-17", language="it"))
    assert [q.speaker.entity_name if q.speaker else None for q in doc.quotes] == ["Özgür Özel", "Özgür Özel"]


def test_an_unnamed_spokesperson_speaks_for_the_organisation(extractor: Extractor) -> None:
    text = "Da Bruxelles, un portavoce della Commissione europea ha espresso «profonda preoccupazione» per la sentenza."
    doc = extractor.process(Article(id="v", text=text, published="2025-07-17", language="it"))
    assert [q.speaker.entity_name if q.speaker else None for q in doc.quotes] == ["European Commission"]


def test_a_named_spokesperson_stays_the_person(extractor: Extractor) -> None:
    text = "Il portavoce del Cremlino Dmitry Peskov ha detto: «Non è accettabile»."
    doc = extractor.process(Article(id="p", text=text, published="2025-07-17", language="it"))
    assert [q.speaker.entity_name if q.speaker else None for q in doc.quotes] == ["Dmitry Peskov"]


def test_a_spokesperson_for_an_organisation_before_the_cue(extractor: Extractor) -> None:
    text = 'A spokesperson for the European Commission said: "We are deeply concerned."'
    doc = extractor.process(Article(id="w", text=text, published="2025-07-17", language="en"))
    assert [q.speaker.entity_name if q.speaker else None for q in doc.quotes] == ["European Commission"]
