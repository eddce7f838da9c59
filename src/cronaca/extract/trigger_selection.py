"""Which of the triggers found in a sentence become events: a noun trigger close after a verb trigger
names that verb's object and is absorbed by it; triggers inside a phrase, a topic, a reduced relative or a
nominalization are dropped.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..records import QUAD_CLASS
from .coref import SUBJECT_DEPS, entities_by_id
from .docext import Mention
from .trigger_lexicon import Lexicon, Trigger
from .trigger_patterns import any_match, first_word_at, is_finite, norm, phrase_near
from .triggers import clause_end

# --- choosing the triggers that code events -------------------------------------------------------------

ABSORB_WINDOW = 12  # a noun trigger this close after a verb trigger names that verb's object
REPRESSION_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts a protest they break up is no part of


def _mention_tokens(doc: Doc) -> set[int]:
    out: set[int] = set()
    for m in doc._.cronaca_mentions or []:
        sp = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if sp is not None and m.kind in ("name", "metonym"):
            out.update(range(sp.start, sp.end))
    return out


def select_triggers(doc: Doc, lexicon: Lexicon, found: list[Trigger]) -> list[tuple[Trigger, list[Trigger]]]:
    """Drop triggers inside names and inside the content of a request/accusation; attach object nouns."""
    names = _mention_tokens(doc)
    out: list[tuple[Trigger, list[Trigger]]] = []
    scope_until, topic_end = -1, -10
    for trig in found:
        if trig.start in names:
            continue  # "Congo River Alliance" names a group, it is not an alliance event
        if trig.start < scope_until:
            continue
        if trig.entry.kind == "noun" and trig.start > trig.sentence.start \
                and any_match(lexicon.words("verbalizers"), doc[trig.start - 1]):
            trig = replace(trig, entry=replace(trig.entry, kind="verb"))  # "attempted to march on"
        if trig.entry.kind == "noun" and out:
            prev, absorbed = out[-1]
            same_clause = prev.sentence.start == trig.sentence.start and \
                clause_end(doc, prev, lexicon) >= trig.end
            conjunct = _coordination_between(doc, prev.end, trig.start, lexicon) and not _in_phrase(doc, trig, lexicon)
            # (a phrase in the speaker's own words is a clause of its own: "... set fire to party offices will
            # answer for it")
            # (a protest that a force breaks up is an event of its own: "dispersed thousands of protesters")
            repressed = trig.event == "PROTEST" and prev.event in REPRESSION_TYPES
            if prev.entry.kind == "verb" and same_clause and trig.start - prev.end <= ABSORB_WINDOW and not conjunct \
                    and not trig.entry.quoted and not repressed:
                absorbed.append(trig)
                continue
        if trig.entry.kind == "noun" and (_topic(doc, trig, lexicon) or trig.start - topic_end <= 2):
            topic_end = trig.end
            continue  # "le preoccupazioni sulle consegne di aiuto": a topic, not a reported event
        if trig.entry.kind == "noun" and _verb_follows(trig, found):
            continue  # "Talks hosted by Qatar": the verb carries the event
        if out and _reduced_relative(doc, out[-1][0], trig, lexicon):
            if trig.entry.scope:  # "protesters demanding the president's resignation": still its content
                scope_until = _scope_end(doc, trig, lexicon)
            continue  # "expelled two diplomats accused of spying": the participle describes the object
        if _nominalized(doc, trig, lexicon):
            trig = replace(trig, entry=replace(trig.entry, kind="noun"))
        if trig.event == "ASSAULT" and _natural_cause(doc, trig, lexicon):
            continue  # "An earthquake struck Kunar, killing 800", "Le alluvioni hanno ucciso 40 persone": no one's act
        if _simulated(doc, trig, lexicon):
            continue  # "drills to rehearse a blockade and strikes": what an exercise simulates did not happen
        if _orders_own_act(doc, trig, found, lexicon):
            continue  # "ordered the deployment of units", "ordered security chiefs to deploy troops": the act
        if _orders_own_deployment(doc, trig, lexicon):
            # "ordered the navy to send two patrol ships", "ordered soldiers onto the streets": the orderer deploys
            trig = replace(trig, entry=replace(trig.entry, event="MOBILIZE", mode=(), context=()))

        out.append((trig, []))
        if trig.entry.scope:
            scope_until = _scope_end(doc, trig, lexicon)
    return out


def _natural_cause(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """The violence of a natural force (``natural_causes``): the subject of the trigger's clause, or of the verb
    a gerund or participle hangs from ("... struck Kunar, killing 800"), is an earthquake, a flood, a storm."""
    causes = lexicon.words("natural_causes")
    if not causes or not doc.has_annotation("DEP"):
        return False
    head = doc[trig.start]
    for _ in range(3):
        # a subject, or a noun the parser hung on the verb before it ("A magnitude 6.0 earthquake struck":
        # "earthquake" parsed as the verb's compound)
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS or (c.dep_ == "compound" and c.i < head.i)]
        if head.dep_ == "acl:relcl" and any("PronType=Rel" in str(c.morph) for c in subjects):
            # "l'ondata di criminalità che colpisce il Paese": the noun phrase the clause is on, up to the clause
            clause_start = min(t.i for t in head.subtree)
            return any(any_match(causes, t) for t in head.head.subtree if t.i < clause_start)
        if subjects:
            return any(any_match(causes, t) for s in subjects for t in s.subtree)
        if head.dep_ not in ("advcl", "xcomp", "conj", "acl", "ccomp") or head.head is head:
            return False
        head = head.head
    return False


def _simulated(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A trigger in the object of a verb of rehearsal (``simulation_verbs``: "to rehearse a blockade", "per
    simulare un attacco") in the same clause."""
    verbs = lexicon.words("simulation_verbs")
    if not verbs:
        return False
    breaks = lexicon.words("scope_breaks") + lexicon.words("clause_breaks")
    for i in range(trig.start - 1, trig.sentence.start - 1, -1):
        if any_match(verbs, doc[i]):
            return True
        if any_match(breaks, doc[i]):
            return False
    return False


MATERIAL_QUADS = frozenset({2, 4})
ORDERED_WINDOW = 3  # tokens between an order verb and the one ordered ("ordered the army", "ha ordinato all'esercito")


def _orders_own_act(doc: Doc, trig: Trigger, found: list[Trigger], lexicon: Lexicon) -> bool:
    """An order (``order_verbs``) whose content is a material act (a deployment, an arrest, a release) given to
    no named party: the orderer's own forces carry it out, so the act is the event, not a request. "Putin
    ordered Ukraine to withdraw" names the one ordered and stays a request; an army or a police force named
    as the one ordered is the orderer's own."""
    if trig.event != "REQUEST" or not any_match(lexicon.words("order_verbs"), doc[trig.start]):
        return False
    end = _scope_end(doc, trig, lexicon)
    act = next((t for t in found if trig.end <= t.start < end), None)
    if act is None or QUAD_CLASS.get(act.event) not in MATERIAL_QUADS:
        # "ha ordinato alle forze di sicurezza di intensificare le operazioni", "ordered the army and police to
        # mobilise all available forces to evacuate residents": an order with no material act in it is a request,
        # even to one's own forces
        return False
    return all(_own_forces(doc, m) for m in doc._.cronaca_mentions or []
               if m.kind in ("name", "metonym") and doc[trig.end].idx <= m.span.start < doc[act.start].idx)


OWN_FORCES_SECTORS = frozenset({"MIL", "COP"})


def _orders_own_deployment(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """An order to one's own army, navy or police (the first party named after the order) whose content moves or
    readies them (``deployment_words``: "to send two patrol ships", "onto the streets", "to maintain a firm
    readiness posture"): a deployment by the orderer, not a request between two parties."""
    words = lexicon.phrases("deployment_words")
    if trig.event != "REQUEST" or not words or not any_match(lexicon.words("order_verbs"), doc[trig.start]):
        return False
    stop = min(trig.end + ORDERED_WINDOW, trig.sentence.end)
    first = next((m for m in doc._.cronaca_mentions or [] if m.kind in ("name", "metonym")
                  and doc[trig.end].idx <= m.span.start <= doc[stop - 1].idx), None)
    own = _own_forces(doc, first) if first is not None else \
        any(norm(doc[k].text) in _own_forces_words(lexicon) for k in range(trig.end, stop))
    return own and phrase_near(trig.sentence, trig.end, _scope_end(doc, trig, lexicon), words) is not None


def _own_forces_words(lexicon: Lexicon) -> frozenset[str]:
    """First words of the language's generic armies and police forces ("esercito", "police")."""
    return frozenset(spec.split()[0].lower() for g in lexicon.groups.values() if g.get("sector") in OWN_FORCES_SECTORS
                     for spec in g.get("match", ()) if spec.split())


def _own_forces(doc: Doc, mention: Mention) -> bool:
    """An army or a police force, the kind of party that carries out its own government's orders ("Netanyahu
    ha ordinato all'esercito di ...")."""
    entity = entities_by_id(doc).get(mention.entity_id)
    return entity is not None and entity.sector in OWN_FORCES_SECTORS


def _in_phrase(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A noun right after a preposition ("e degli investimenti", "on protests") is still an argument."""
    preps = [p for key in ("recipient_preps", "partner_preps", "agent_preps", "genitive_preps", "other_preps",
                           "topic_preps") for p in lexicon.words(key)]
    i = trig.start - 1
    while i >= trig.sentence.start and any_match(lexicon.words("determiners"), doc[i]):
        i -= 1
    return i >= trig.sentence.start and any_match(preps, doc[i])


def _coordination_between(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """A comma or "and" between a verb and a later noun: the noun starts a new conjunct, not the object."""
    conj = lexicon.words("coordinators")
    return any(doc[i].text == "," or (doc[i].is_alpha and any_match(conj, doc[i])) for i in range(start, end))


def _scope_end(doc: Doc, trig: Trigger, lexicon: Lexicon) -> int:
    """Where the content of a request or threat ends: the sentence end, or a new clause ("after Ottawa
    refused...") — a complement clause ("that it had supplied drones") stays inside."""
    found = first_word_at(doc, range(trig.end, trig.sentence.end), lexicon.words("scope_breaks"))
    end = trig.sentence.end if found is None else found
    # a finite verb coordinated with the trigger is the subject's next act, not the content: "accused Manila of
    # colluding ... and urged it to stop", «ha accusato la polizia di ... e ha chiesto il ritiro dei blindati»
    # (or with a verb of the content, where the parser hung it: "di aver pianificato disordini e ha detto")
    for verb in doc[trig.end:end]:
        if verb.dep_ == "conj" and trig.start <= verb.head.i < verb.i and verb.pos_ in ("VERB", "AUX") \
                and is_finite(verb) and not any(ch.dep_ in SUBJECT_DEPS for ch in verb.children):
            cc = [ch.i for ch in verb.children if ch.dep_ == "cc" and ch.i < verb.i]
            return cc[0] if cc else verb.i
    return end



def _reduced_relative(doc: Doc, prev: Trigger, trig: Trigger, lexicon: Lexicon) -> bool:
    """A participle right after the object of another verb trigger, with no conjunction or auxiliary."""
    if prev.entry.kind != "verb" or trig.entry.kind != "verb" or prev.sentence.start != trig.sentence.start:
        return False
    gap = [doc[i] for i in range(prev.end, trig.start)]
    if not gap:
        return prev.end - prev.start > 1  # "expelled ~ diplomats" already took the object in
    if len(gap) > 4:
        return False
    stops = lexicon.words("coordinators") + lexicon.words("clause_breaks") + lexicon.words("function_words") \
        + lexicon.words("passive_aux") + lexicon.words("passive_copula")
    return not any(any_match(stops, t) or t.is_punct for t in gap)


def _verb_follows(trig: Trigger, found: list[Trigger]) -> bool:
    return any(t.entry.kind == "verb" and t.event == trig.event and 0 <= t.start - trig.end <= 1 for t in found)


def _topic(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A noun trigger governed by a topic preposition ("sulle consegne di aiuto", "concerns over aid")."""
    skip, genitive = lexicon.words("determiners"), lexicon.words("genitive_preps")
    floor = trig.sentence.start
    i = trig.start - 1
    for hop in range(2):  # one "of"-step up: "sulle consegne di aiuto"
        while i >= floor and any_match(skip, doc[i]):
            i -= 1
        if i < floor:
            return False
        if any_match(lexicon.words("topic_preps"), doc[i]):
            return True
        if hop == 0 and any_match(genitive, doc[i]) and i - 2 >= floor:
            i -= 2
        else:
            return False
    return False


def _nominalized(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A verb form used as a noun or adjective: "gli arrestati", "the injured", "Congo's proposed deal"."""
    if trig.entry.kind != "verb" or trig.start == trig.sentence.start:
        return False
    prev = doc[trig.start - 1]
    if any_match(lexicon.words("determiners"), prev) or any_match(lexicon.words("possessives"), prev):
        return True
    # fighting after a preposition with no subject or object of its own ("engulfed in fighting", "because of
    # fighting on the roads"): a state the clause's subject is in or suffers, not its act
    tok = doc[trig.start]
    if trig.event != "ASSAULT" or trig.end - trig.start != 1 or not doc.has_annotation("DEP"):
        return False
    if tok.pos_ == "NOUN":
        return any(ch.dep_ == "case" for ch in tok.children)
    return prev.pos_ == "ADP" and not any(ch.dep_ in ("nsubj", "nsubj:pass", "obj", "dobj") for ch in tok.children)
