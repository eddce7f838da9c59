"""The PLOVER event coder: triggers → roles → flags → records, then duplicates merged.

Reads the language pack's ``events.toml`` (triggers, cues) and the shared ``plover.toml`` (types, modes,
scores).  Other stages' helpers (dates, places, quantities, attribution, entities) are looked up when an
event is built, so this stage works with whichever of them are present.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import PipelineError
from ..lang import load_shared
from ..records import Event, Location, Participant, Quantity, Span
from . import modality
from .arguments import CLIMB_DEPS, RoleFinder, Roles, is_passive, merge_participants
from .event_context import context_dates, date_of, location_of, reported_by
from .event_merge import (
    PLACE_TYPES,
    Draft,
    blamed_actors,
    fold_mediators,
    home_recipients,
    merge_drafts,
    participant_key,
    protest_targets,
    without,
)
from .role_candidates import dominant_country, optional_helper
from .triggers import (
    Cue,
    Lexicon,
    Trigger,
    any_match,
    find_triggers,
    load_lexicon,
    match_phrase,
    norm,
    phrase_near,
    select_triggers,
)

AUTHORITY_SECTORS = frozenset({"GOV", "COP", "JUD", "MIL", "LEG"})
TARGETED_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION", "ASSAULT", "THREATEN"})
PLACE_CARRYOVER = 5  # sentences over which an event's place carries to the same actors' next events
AUTHORITY_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION"})  # agentless passives done by authorities
REFERENCE_TOKENS = 120  # how far back "the attack" may refer
PASSIVE_LOOKBACK_TOKENS = 250  # how far back an agentless passive looks for the same kind of event
CONTINUED_TYPES = frozenset({"SUPPORT"})  # verbal support is addressed to the current partner
REFERRING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})  # "condemned the attack": recipient = attacker
# "welcomed the decision": a generic word for an act never means a mere threat or request
UNDECIDED_TYPES = REFERRING_TYPES | {"REQUEST", "THREATEN"}
MAGNITUDE_FOLLOW = 0  # sentences after the event's own that may add a missing count: 1 gains nothing on dev and
# risks taking the next, separate event's toll, so off (the quantities helper is used when set above 0)
MAGNITUDE_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "AID", "SANCTION", "RETREAT"})


class EventExtractor:
    """spaCy component: sets ``doc._.cronaca_events`` (list of :class:`~cronaca.records.Event`)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.language = nlp.lang
        self.lexicon = load_lexicon(nlp.lang)
        self.ontology = load_shared("plover")

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and not doc.has_annotation("SENT_START"):
            raise PipelineError(
                f"the events stage needs sentence boundaries, but the {self.language!r} pipeline sets none; "
                "add a parser or spaCy's 'sentencizer' before the cronaca components")
        doc._.cronaca_events = extract_events(doc, self.lexicon, self.ontology)
        return doc


def score_of(event: str, modes: tuple[str, ...] | list[str], ontology: dict[str, Any] | None = None) -> float:
    """PLOVER conflict/cooperation score of an event type and its modes (``plover.toml``)."""
    types = (ontology or load_shared("plover")).get("types", {})
    spec = types.get(event, {})
    mode_scores = spec.get("mode_scores", {})
    scores = [float(mode_scores[m]) for m in modes if m in mode_scores]
    return min(scores, key=abs) if scores else float(spec.get("score", 0.0))


def extract_events(doc: Doc, lexicon: Lexicon, ontology: dict[str, Any]) -> list[Event]:
    """Every event the document reports, one record per event."""
    if not lexicon.entries:
        return []
    found = _quoted_only_in_quotes(doc, find_triggers(doc, lexicon))
    triggers = _without_charges(doc, _with_coordinated_verbs(doc, found, select_triggers(doc, lexicon, found)),
                                lexicon)
    inside = frozenset(i for t in found for i in range(t.start, t.end))
    triggers = [(t, a) for t, a in triggers
                if not _in_condition(doc, t, lexicon) and not _content(doc, t, lexicon, inside)
                and not _cumulative(doc, t, lexicon)]
    nouns = frozenset(i for t in found if t.entry.kind == "noun" for i in range(t.start, t.end))
    finder = RoleFinder(doc, lexicon, nouns)
    finder.noun_types = {i: t.event for t in found if t.entry.kind == "noun" or doc[t.start].pos_ == "NOUN"
                         for i in range(t.start, t.end)}
    sents = list(doc.sents)
    index = {s.start: k for k, s in enumerate(sents)}
    drafts: list[Draft] = []
    for trig, absorbed in triggers:
        k = index[trig.sentence.start]
        referred = absorbed + _referred_events(doc, trig, found, lexicon)
        draft = _draft(doc, trig, absorbed, lexicon, ontology, finder, drafts, k, referred)
        if draft is not None:
            if draft.date is None:
                draft.context_dates = context_dates(doc, trig, sents, k, "future" in draft.auxiliary, lexicon)
            drafts.append(draft)
    fold_mediators(drafts)
    blamed_actors(drafts, found)
    merged = merge_drafts(drafts, ontology)
    _add_context_targets(merged, finder, ontology)
    protest_targets(merged, ontology)
    home_recipients(doc, merged, finder.cands, ontology)
    # an actor needs an identity (entity or country), unless it is the clause's explicit subject
    # ("Police arrested three men": the gold codes "police" even without a country)
    coded = [d for d in merged if d.roles.how in ("subject", "speaker", "parse")
             or any(p.entity_id or p.country for p in d.roles.actors)]
    # a city named as a place does not act ("Kharkiv colpita nella notte" is the target); a capital standing
    # for its government is a metonym mention and stays an actor ("Kiev ha chiesto...")
    cities = _place_only_spans(doc)
    coded = [d for d in coded
             if not d.roles.actors or any(p.type != "GPE" or p.span not in cities for p in d.roles.actors)]
    records: list[Event] = []
    last: tuple[int, Location] | None = None
    told = frozenset(t.sentence.start for t in found)  # sentences that tell some event of their own
    for k, d in enumerate(coded):
        record = _record(doc, d, k, ontology)
        # the last counted event of its sentence is the one a next sentence opening "L'operazione ..." goes
        # back to ("accusate di ..." after the arrest is a description, not a later operation)
        last_of_sentence = all(o.sentence_index != d.sentence_index or o.trigger.start <= d.trigger.start
                               or o.event not in MAGNITUDE_TYPES for o in coded)
        record = _anaphoric_magnitudes(doc, d, record, sents, lexicon, last_of_sentence)
        if last_of_sentence:
            record = _toll_in_next_sentence(doc, d, record, sents, told)
        if record.event_loc is None and last is not None and d.sentence_index - last[0] <= PLACE_CARRYOVER \
                and last[1].country in {p.country for p in d.roles.actors}:
            # the story's scene carries over to the home actors' next events ("protests on Monday" in Kathmandu)
            record = replace(record, event_loc=last[1])
        if record.event_loc is not None and not _listed_place(doc, record.event_loc):
            # a place among several ("anche a Milano, Torino e Napoli") is no single scene to carry on
            last = (d.sentence_index, record.event_loc)
        records.append(record)
    return records


TOLL_FIELDS = ("dead", "injured", "missing")  # counts a next sentence may give for the attack just told
TOLL_TYPES = frozenset({"ASSAULT"})


def _toll_in_next_sentence(doc: Doc, d: Draft, record: Event, sents: list[Any], told: frozenset[int]) -> Event:
    """ "A missile struck an apartment block in Kharkiv. At least seven people died and 40 were hurt, the mayor
    said.": a next sentence that tells no event of its own gives the toll of the attack just told, and its
    source is the toll's. (A sentence with a trigger of its own may be a separate event with its own toll.)"""
    helper = optional_helper("quantities", "magnitudes_in")
    if helper is None or d.event not in TOLL_TYPES or all(f in record.magnitude for f in TOLL_FIELDS):
        return record
    end = max(t.sentence.end for t in (d.trigger, *d.others))
    nxt = next((s for s in sents if s.start >= end), None)
    if nxt is None or nxt.start in told or _elsewhere(doc, nxt, record):
        return record
    found = {f: q for f, q in helper(doc, nxt.start_char, nxt.end_char).items()
             if f in TOLL_FIELDS and f not in record.magnitude}
    if not found:
        return record
    sources = list(record.reported_by)
    for part in reported_by(doc, nxt, nxt.start_char):
        if not any(part.entity_name == seen.entity_name for seen in sources):
            sources.append(part)
    return replace(record, magnitude={**record.magnitude, **found}, reported_by=tuple(sources))


def _elsewhere(doc: Doc, sent: Any, record: Event) -> bool:
    """Whether a sentence names a place other than the event's ("In Mombasa, three died when a bus
    overturned"): its toll is of something else."""
    entities = {e.id: e for e in doc._.cronaca_entities or []}
    here = record.event_loc.name if record.event_loc is not None else None
    for m in doc._.cronaca_mentions or []:
        ent = entities.get(m.entity_id)
        if ent is not None and ent.type in ("GPE", "LOC", "FAC") and sent.start_char <= m.span.start < sent.end_char \
                and ent.entity_name != here:
            return True
    return False


def _listed_place(doc: Doc, loc: Location) -> bool:
    """Whether the place is named in a coordination with other names ("Milano, Torino, Napoli e Palermo")."""
    if loc.span is None or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(loc.span.start, loc.span.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    return head.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in head.children)


def _with_coordinated_verbs(doc: Doc, found: list[Trigger], chosen: list[tuple[Trigger, list[Trigger]]]
                            ) -> list[tuple[Trigger, list[Trigger]]]:
    """A verb coordinated with a request or accusation is a second act, not its content: "called on
    supporters to rally ... and accused the government of ...".  The parse says which verb a conjunct
    joins; one joined to the scope verb itself (not to a verb inside its complement) is restored."""
    if not doc.has_annotation("DEP"):
        return chosen
    kept = {t.start for t, absorbed in chosen} | {a.start for _, absorbed in chosen for a in absorbed}
    scoped = {t.start: t for t, _ in chosen if t.entry.scope and t.entry.kind == "verb"}
    if not scoped:
        return chosen
    extra: list[tuple[Trigger, list[Trigger]]] = []
    for trig in found:
        tok = doc[trig.start]
        if trig.start in kept or trig.entry.kind != "verb" or tok.dep_ != "conj" or not tok.pos_ == "VERB":
            continue
        head = scoped.get(tok.head.i)
        if head is None and not _finite(tok.head) and (_finite(tok) or _forms(tok) != _forms(tok.head)):
            # "called on X to rally ... and accused Y": a finite verb cannot share the infinitive's "to";
            # parsers often hang it on the infinitive, but it joins the main verb
            up = tok.head
            for _ in range(5):
                if up.head is up or up.i in scoped or up.dep_ not in CLIMB_DEPS:
                    break
                up = up.head
            head = scoped.get(up.i)
        if head is not None and head.sentence.start == trig.sentence.start and head.end <= trig.start:
            extra.append((trig, []))
            kept.add(trig.start)
    return sorted([*chosen, *extra], key=lambda pair: pair[0].start) if extra else chosen


def _in_condition(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A verb inside an "until" clause is what must happen first, not a reported act ("finché Hamas non avrà
    liberato tutti gli ostaggi", "until Hamas releases all hostages"): ``condition_clause_markers``."""
    markers = lexicon.words("condition_clause_markers")
    if trig.entry.kind != "verb" or not markers or not doc.has_annotation("DEP"):
        return False
    tok = doc[trig.start]
    # (parsers also hang "until" on the clause's subject: "until Hamas released ...")
    return any(ch.dep_ == "mark" and any_match(markers, ch) for ch in tok.children) or (
        tok.dep_ == "advcl" and tok.left_edge.i < tok.i and any_match(markers, tok.left_edge))


CONTENT_TOKENS = 12  # how far before an event noun "che prevede" / "which provides for" may stand


def _content(doc: Doc, trig: Trigger, lexicon: Lexicon, inside: frozenset[int] = frozenset()) -> bool:
    """An event noun that is what a plan or text provides for ("una proposta che prevede un cessate il fuoco
    e il rilascio di dieci ostaggi", "a plan that envisages the withdrawal of troops") is not an event."""
    markers = lexicon.phrases("content_markers")
    if trig.entry.kind != "noun" or not markers:
        return False
    tokens = list(doc)
    lo = max(trig.sentence.start, trig.start - CONTENT_TOKENS)
    for i in range(lo, trig.start):
        end = match_phrase(tokens, i, markers[0]) if len(markers) == 1 else next(
            (e for ph in markers if (e := match_phrase(tokens, i, ph)) is not None), None)
        # (no verb of another clause in between; "cessate il fuoco" is one of the listed event words)
        if end is not None and end <= trig.start and not any(tokens[k].pos_ in ("VERB", "AUX") and k not in inside
                                                               for k in range(end, trig.start)):
            return True
    return False


def _cumulative(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A running total is no event: "dall'inizio della guerra sono state uccise oltre 70mila persone", "since
    the start of the war Russia has launched 20,000 drones" (``cumulative_markers`` before the trigger)."""
    markers = lexicon.phrases("cumulative_markers")
    if not markers:
        return False
    tokens = list(doc)
    lo, hi = max(trig.sentence.start, trig.start - CONTENT_TOKENS), min(trig.end + CONTENT_TOKENS, trig.sentence.end)
    # "nel primo scambio dall'inizio della guerra", "the largest swap since the start of the war": a comparison
    # that places this one event in a series, not a running total
    ranking = lexicon.words("ranking_words")
    return any(match_phrase(tokens, i, ph) is not None
               and not any(any_match(ranking, tokens[k]) for k in range(max(lo, i - 3), i))
               for i in range(lo, hi) for ph in markers)


CHARGING_TYPES = frozenset({"SANCTION", "COERCE", "ACCUSE"})


def _without_charges(doc: Doc, chosen: list[tuple[Trigger, list[Trigger]]], lexicon: Lexicon
                     ) -> list[tuple[Trigger, list[Trigger]]]:
    """"Sentenced to four years for threatening the president", "arrestato per aver minacciato": the act
    after "for"/"per" is what someone is charged with, not an event the article reports."""
    markers = lexicon.phrases("charge_markers")
    if not markers:
        return chosen
    tokens = list(doc)
    out: list[tuple[Trigger, list[Trigger]]] = []
    for trig, absorbed in chosen:
        charged = trig.entry.kind == "verb" and any(
            t.event in CHARGING_TYPES and t.sentence.start == trig.sentence.start and t.end <= trig.start
            for t, _ in out) and any(
            match_phrase(tokens, i, ph) == at
            for at in _charge_heads(doc, trig) for ph in markers for i in range(max(trig.sentence.start, at - 3), at))
        if not charged:
            out.append((trig, absorbed))
    return out


def _charge_heads(doc: Doc, trig: Trigger) -> tuple[int, ...]:
    """Where a charge marker may end for ``trig``: at the trigger, or at the verb it is coordinated with
    ("per aver insultato e minacciato il procuratore", "for insulting and threatening")."""
    tok = doc[trig.start]
    # (the first gerund is often tagged an adjective or noun: "for insulting and threatening")
    if tok.dep_ == "conj" and trig.sentence.start <= tok.head.i < tok.i:
        return (trig.start, tok.head.i)
    return (trig.start,)


def _forms(tok: Any) -> tuple[str, ...]:
    return tuple(tok.morph.get("VerbForm", []))


def _finite(tok: Any) -> bool:
    """A finite verb form: marked so by the tagger, or carrying its own finite auxiliary ("ha accusato", not
    the infinitive "aver violato")."""
    return "Fin" in tok.morph.get("VerbForm", []) or any(c.dep_ == "aux" and "Fin" in c.morph.get("VerbForm", [])
                                                     for c in tok.children)


def _place_only_spans(doc: Doc) -> set[Span | None]:
    """Spans of cities mentioned as places (not as metonyms for their government)."""
    metonyms = {m.span for m in doc._.cronaca_mentions or [] if m.kind == "metonym"}
    return {loc.span for loc in doc._.cronaca_locations or []
            if loc.feature == "city" and loc.span is not None and loc.span not in metonyms}


def _draft(doc: Doc, trig: Trigger, absorbed: list[Trigger], lexicon: Lexicon, ontology: dict[str, Any],
           finder: RoleFinder, earlier: list[Draft], sent_index: int, referred: list[Trigger] | None = None
           ) -> Draft | None:
    if trig.event in ontology.get("agentive_types", ()) and _thing_subject(doc, trig, finder):
        return None  # "the dispute threatens their hopes": a thing that threatens makes no threat
    prep_only = trig.event in ontology.get("roles", {}).get("prep_recipient_only", ())
    roles = _shared_subject(doc, trig, earlier, lexicon, finder) or finder.roles(trig, prep_only)
    roles = _actor_from_object_noun(trig, absorbed, roles, finder)
    roles = _fallback_actor(doc, trig, roles, finder, earlier)
    roles = _quoted_accusation(doc, trig, roles, earlier, sent_index)
    roles = _definite_reference(doc, trig, roles, earlier, lexicon, sent_index)
    roles = _fallback_recipient(doc, trig, absorbed, roles, earlier, finder, lexicon)
    roles = _referred_recipient(doc, trig, referred or [], roles, earlier, lexicon,
                                ontology.get("referred_alike", {}))
    if not roles.actors and trig.entry.default_actor and _concrete(doc, trig, lexicon):
        roles = _default_actor(doc, trig, roles, finder, lexicon)
    roles = _place_roles(doc, trig, roles, finder, ontology)
    roles = _scene_not_recipient(doc, trig, roles, ontology)
    roles = _continued_recipient(trig, roles, earlier, sent_index)
    # a time inside the act judged or asked for is that act's ("condannato l'attacco di lunedì")
    others = frozenset(i for i, kind in finder.noun_types.items() if kind != trig.event)
    date, precision = date_of(doc, trig, lexicon, others)
    aux = modality.flags(doc, trig, lexicon, date, doc._.cronaca_published)
    event = trig.entry.event if trig.entry.fixed else _retype(doc, trig, trig.entry.event, lexicon.retype_cues)
    threat = _conditional_threat(doc, trig, event, aux, lexicon, ontology)
    if threat is not None:
        event, aux = "THREATEN", tuple(a for a in aux if a not in ("future", "hypothetical"))
    if "future" in aux:
        promised = ontology.get("future_types", {}).get(event, event)
        refused = "negated" in aux and promised == "AGREE"  # "will not accept", "non accetteremo"
        event = ontology.get("negated_future_type", promised) if refused else promised
    people = {c.participant.span for c in finder.cands if c.kind == "demonym"}  # "i sudcoreani": people
    if roles.actors and all((p.type in PLACE_TYPES or p.sector == "GOV") and p.span not in people
                            for p in roles.actors):
        event = ontology.get("state_retypes", {}).get(event, event)  # "the Philippines protested..."
    event, sector_modes = _sector_retype(event, roles, ontology, trig.entry.mode)
    verbal = trig.entry.verbal_if_person and _verbal_attack(roles, ontology)
    if verbal:
        event = ontology.get("verbal_attack", {}).get("event", event)
    own = ["visit"] if trig.entry.host_subject and not absorbed else list(trig.entry.mode)  # "hosted Lula"
    own = list(threat) if threat is not None else own
    if verbal:
        own = list(ontology.get("verbal_attack", {}).get("mode", ()))
    mode = own + sector_modes + [m for t in absorbed for m in t.entry.mode]
    mode += _cue_values(doc, trig, event, lexicon.mode_cues)
    valid_modes = ontology.get("types", {}).get(event, {}).get("modes", [])
    mode = [m for m in dict.fromkeys(mode) if m in valid_modes]
    context = list(trig.entry.context) + _cue_values(doc, trig, event, lexicon.context_cues)
    confidence = trig.entry.confidence * {"subject": 1.0, "passive": 1.0, "nominal": 0.95, "parse": 0.95,
                                          "group": 0.9, "speaker": 0.85, "continuity": 0.75,
                                          "default": 0.7}.get(roles.how, 0.6)
    return Draft(trig, event, roles, mode, list(dict.fromkeys(context)), aux, date, precision, sent_index,
                 confidence, absorbed)


CONDITION_TOKENS = 12  # how far after a future act its "if"/"se" clause may open


def _conditional_threat(doc: Doc, trig: Trigger, event: str, aux: tuple[str, ...], lexicon: Lexicon,
                        ontology: dict[str, Any]) -> tuple[str, ...] | None:
    """A future hostile act announced on a condition is a threat ("i sindacati torneranno in piazza se il
    governo non modificherà il testo", "will impose tariffs if ..."): the THREATEN modes of that act
    (``plover.toml`` ``conditional_threats``), or None when it is no such threat."""
    modes = ontology.get("conditional_threats", {}).get(event)
    if modes is None or "future" not in aux or "negated" in aux:
        return None
    markers = lexicon.phrases("condition_markers")
    tokens = list(doc)
    end = min(trig.end + CONDITION_TOKENS, trig.sentence.end)
    if any(match_phrase(tokens, i, ph) is not None for i in range(trig.end, end) for ph in markers):
        return tuple(modes)
    return None


def _thing_subject(doc: Doc, trig: Trigger, finder: RoleFinder) -> bool:
    """The verb's parsed subjects are common nouns that name no party: a thing, not an actor."""
    if trig.entry.kind != "verb" or not doc.has_annotation("DEP"):
        return False
    subjects = [ch for ch in doc[trig.start].children if ch.dep_ in ("nsubj", "csubj")]
    # (taggers sometimes call such a noun an adjective: "la disputa minaccia")
    nominal = [s for s in subjects if s.pos_ == "NOUN" or (s.pos_ == "ADJ" and any(
        ch.dep_ == "det" for ch in s.children))]
    if not subjects or len(nominal) < len(subjects):
        return False
    return not any(s.left_edge.i <= c.start <= s.right_edge.i for s in subjects for c in finder.cands)


def _actor_from_object_noun(trig: Trigger, absorbed: list[Trigger], roles: Roles, finder: RoleFinder) -> Roles:
    """"È stato ucciso in un raid israeliano": an agentless verb takes the actor its event noun names."""
    if roles.actors:
        return roles
    for noun in absorbed:
        if noun.event == trig.event:
            own = finder.nominal_roles(noun).actors[:1]
            if own:
                return Roles(own, without(roles.recipients, own), "nominal")
    return roles


def _sector_retype(event: str, roles: Roles, ontology: dict[str, Any], modes: tuple[str, ...] = ()
                   ) -> tuple[str, list[str]]:
    """Who acts changes what the act is: armed men storming a barracks assault it; unions "mobilise" in
    protest; protesters setting fire to barricades riot (``plover.toml`` ``sector_retypes``; a rule with
    ``modes`` applies to those acts only, and may give the new type its own ``mode``)."""
    for rule in ontology.get("sector_retypes", ()):
        sectors, needed = set(rule.get("sectors", ())), set(rule.get("modes", ()))
        if event == rule.get("from") and roles.actors and all(p.sector in sectors for p in roles.actors) \
                and (not needed or needed & set(modes)):
            return str(rule.get("to", event)), list(rule.get("mode", ()))
    return event, []


def _verbal_attack(roles: Roles, ontology: dict[str, Any]) -> bool:
    """Persons attacking a party that is neither a place nor armed: words, not weapons."""
    armed = set(ontology.get("verbal_attack", {}).get("armed_sectors", ()))
    return bool(roles.actors) and all(p.type == "PER" and p.sector not in armed for p in roles.actors) \
        and all(p.type not in PLACE_TYPES and p.sector not in armed for p in roles.recipients)


def _shared_subject(doc: Doc, trig: Trigger, earlier: list[Draft], lexicon: Lexicon,
                    finder: RoleFinder | None = None) -> Roles | None:
    """"la Russia ha colpito Kiev, uccidendo una persona": a same-type verb later in the clause chain
    shares the subject of the first one (the nearest name before it is the first one's object); so does a
    gerund of any type ("la polizia ha caricato il corteo, fermandone tre") — but not a verb with its own
    subject ("Hamas released three hostages and Israel freed 183 prisoners")."""
    if not earlier or trig.entry.kind != "verb":
        return None
    prev = earlier[-1]
    gerund = norm(doc[trig.start].text).endswith(tuple(lexicon.settings.get("gerund_suffix", ())) or ("\0",))
    if prev.trigger.sentence.start != trig.sentence.start or not prev.roles.actors \
            or (prev.event != trig.event and not gerund):
        return None
    if finder is not None and finder.own_subject(trig):
        return None
    if prev.trigger.entry.kind != "verb" and prev.roles.how != "subject":
        return None  # a noun mention with its own subject counts: "ha risposto con raid aerei ..., uccidendo"
    breaks = lexicon.words("clause_breaks")
    if any(any_match(breaks, doc[i]) for i in range(prev.trigger.end, trig.start)):
        return None
    return Roles(prev.roles.actors, (), prev.roles.how)


def _fallback_actor(doc: Doc, trig: Trigger, roles: Roles, finder: RoleFinder, earlier: list[Draft]) -> Roles:
    """Actors the clause does not name: "i due leader", a quoted "we", a dropped subject.

    A clause with only a partner ("d'accordo con Trump") still needs its subject: it is added first."""
    if roles.how == "partner":
        found = _fallback_actor(doc, trig, Roles((), roles.recipients, "none"), finder, earlier)
        return Roles(merge_participants(found.actors, roles.actors), roles.recipients, found.how) \
            if found.actors else roles
    if roles.actors:
        return roles
    verbal = trig.entry.kind == "verb"
    if finder.group_reference(trig):
        # persons named just before ("Zelenskyy ... con Trump, ... i due"), else the last multi-actor event
        group = finder.recent_persons(trig, 2)
        group = group or next((d.roles.actors for d in reversed(earlier) if len(d.roles.actors) >= 2), ())
        if not group:
            recent = optional_helper("entities", "recent_persons")
            group = _as_participants(doc, recent(doc, doc[trig.start].idx, 2)) if recent else ()
        if group:
            return Roles(tuple(group), without(roles.recipients, group), "group")
    antecedent = _relative_antecedent(doc, trig, finder)
    if antecedent is not None:
        return Roles((antecedent,), without(roles.recipients, (antecedent,)), "subject")
    first = finder.first_person(trig)
    quoted = _quote_speaker(doc, trig)
    # “They attacked us,” the mayor said: inside a quote, a third-person subject is not the speaker
    third = _in_quote(doc, trig) and finder.has_subject_pronoun(trig) and not first
    if quoted is not None and (first or (verbal and finder.clause_is_bare(trig) and not third)):
        return Roles((quoted,), without(roles.recipients, (quoted,)), "speaker")
    if verbal and is_passive(doc, trig, finder.lexicon):
        if _agent_follows(doc, trig, finder.lexicon):
            return roles  # "were hit by the same group": a doer is named, only not as a known party
        # an agentless passive ("sono accusati di..."): the authority acting in the recent events
        latest = [d for d in reversed(earlier) if d.roles.actors][:4]
        pick = next((d for d in reversed(earlier) if d.event == trig.event and d.roles.actors
                     and trig.sentence.start - d.trigger.sentence.start < PASSIVE_LOOKBACK_TOKENS), None)
        if pick is None and trig.event in AUTHORITY_TYPES:  # "sono accusati", "was sentenced": by authorities
            pick = next((d for d in latest if any(p.sector in AUTHORITY_SECTORS for p in d.roles.actors)), None)
        if pick is not None:
            return Roles(pick.roles.actors[:1], roles.recipients, "continuity")
        return roles
    if third:
        return roles  # whom "they" means inside a quote is beyond these rules
    if verbal and (first or finder.clause_is_bare(trig) or finder.reported_pronoun(trig)):
        speaker = finder.speaker_near(trig)
        if speaker is not None:
            return Roles((speaker,), without(roles.recipients, (speaker,)), "speaker")
        prev = next((d for d in reversed(earlier)
                     if 0 <= trig.sentence.start - d.trigger.sentence.start and d.roles.actors
                     and d.trigger.sentence.start >= _previous_sentence_start(doc, trig)), None)
        if prev is not None:
            return Roles(prev.roles.actors[:1], without(roles.recipients, prev.roles.actors[:1]), "continuity")
        antecedent = _pronoun_antecedent(doc, trig, finder)
        if antecedent is not None:
            return Roles((antecedent,), without(roles.recipients, (antecedent,)), "continuity")
    return roles


def _pronoun_antecedent(doc: Doc, trig: Trigger, finder: RoleFinder) -> Participant | None:
    """"He said he would...": the entity stage's most salient earlier subject stands for the pronoun."""
    salient = optional_helper("entities", "salient_entity")
    if salient is None or not finder.has_subject_pronoun(trig):
        return None
    found = salient(doc, doc[trig.start].idx)
    entity = found[0] if isinstance(found, tuple) else found
    if entity is None or not getattr(entity, "mentions", None):
        return None
    before = [m for m in entity.mentions if m.end <= doc[trig.start].idx]
    return entity.participant(before[-1] if before else entity.mentions[0], doc.text)  # type: ignore[no-any-return]


def _previous_sentence_start(doc: Doc, trig: Trigger) -> int:
    start = trig.sentence.start
    return doc[start - 1].sent.start if start > 0 else 0


def _fallback_recipient(doc: Doc, trig: Trigger, absorbed: list[Trigger], roles: Roles, earlier: list[Draft],
                        finder: RoleFinder, lexicon: Lexicon) -> Roles:
    """The object noun names the recipient: "fired on protests" → the protesters; "condemned the attack" →
    whoever carried out that attack."""
    if not absorbed:
        return roles
    first = roles.recipients[0].span if roles.recipients else None
    noun = absorbed[0]
    if noun.entry.default_actor and noun.start - trig.end <= 4 and (first is None or doc[noun.start].idx < first.start):
        generic = _default_actor(doc, noun, Roles((), (), "none"), finder, lexicon).actors
        if generic:
            return Roles(roles.actors, generic, roles.how)
    if roles.recipients or trig.event not in REFERRING_TYPES:
        return roles
    for noun in absorbed:
        if noun.event == trig.event or noun.start - trig.end > 4:
            continue
        own = finder.nominal_roles(noun).actors  # "condannato gli attacchi dei coloni": the settlers
        if own:
            return Roles(roles.actors, without(own, roles.actors), roles.how)
        recent = [d for d in reversed(earlier) if d.event == noun.event and d.roles.actors
                  and trig.sentence.start - d.trigger.sentence.start < REFERENCE_TOKENS]
        # "l'attacco": the act told with that word ("un attacco di droni"), not a later "raid" of another side
        word = norm(doc[noun.start].text)
        prev = next((d for d in recent if any(norm(t.text) == word for t in d.trigger.sentence)),
                    recent[0] if recent else None)
        if prev is not None:
            recips = without(prev.roles.actors, roles.actors)
            if recips:
                return Roles(roles.actors, recips, roles.how)
    return roles


def _definite_reference(doc: Doc, trig: Trigger, roles: Roles, earlier: list[Draft], lexicon: Lexicon,
                        sent_index: int) -> Roles:
    """"They agreed to a ceasefire on Monday. The ceasefire took effect at midnight": a definite noun with
    no doer of its own, said to come into being, is the thing an earlier event of the story named with the
    same word (only then: "the agreement includes provisions" describes, it reports no new act)."""
    if roles.actors or trig.entry.kind != "noun" or trig.start == 0 \
            or not any_match(lexicon.words("definite_markers"), doc[trig.start - 1]):
        return roles
    tokens = list(doc)
    reach = min(trig.end + ONSET_TOKENS, trig.sentence.end)
    if not any(match_phrase(tokens, i, ph) is not None
               for i in range(trig.end, reach) for ph in lexicon.phrases("onset_phrases")):
        return roles
    word = norm(doc[trig.start].text)
    for d in reversed(earlier):
        if sent_index - d.sentence_index > ANAPHORA_WINDOW:
            break
        # the word is that event's object ("agreed to an immediate ceasefire"), not elsewhere in its sentence
        if d.roles.actors and d.sentence_index < sent_index \
                and any(norm(doc[i].text) == word for i in range(d.trigger.end, min(d.trigger.end + OBJECT_TOKENS,
                                                                                    d.trigger.sentence.end))):
            return Roles(d.roles.actors, without(roles.recipients, d.roles.actors), "continuity")
    return roles


OBJECT_TOKENS = 8  # how far after an event's trigger its object noun may stand
ONSET_TOKENS = 3  # "the truce, agreed on Monday, took effect": how far after the noun its onset verb may stand
REFERRED_TOKENS = 3  # "condemned the deadly strike": how far after the verb the act it judges may be named


def _referred_events(doc: Doc, trig: Trigger, found: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """Event words right after a judging verb ("condemned the strike", "denied the accusation"), whether
    or not the trigger selection kept them as events of their own."""
    if trig.event not in REFERRING_TYPES:
        return []
    return [t for t in found if t.event != trig.event and t.sentence.start == trig.sentence.start
            and 0 <= t.start - trig.end <= REFERRED_TOKENS
            and not any(doc[i].is_punct for i in range(trig.end, t.start))]  # ", demanding": a new clause


def _referred_recipient(doc: Doc, trig: Trigger, referred: list[Trigger], roles: Roles, earlier: list[Draft],
                        lexicon: Lexicon, ontology_alike: dict[str, list[str]] | None = None) -> Roles:
    """"Zelenskyy condemned the strike", "the Kremlin condemned the measures", "Cambodia denied the
    accusation": what is judged is an earlier act, whose doer is the recipient."""
    if roles.recipients or trig.event not in REFERRING_TYPES or not roles.actors:
        return roles
    mine = {participant_key(p) for p in roles.actors}
    kinds = {t.event for t in referred}
    # a generic word for an act ("the measures", "le misure", "the move") refers to the latest act of anyone
    nouns = [norm(doc[i].text) for i in range(trig.start + 1, min(trig.end + REFERRED_TOKENS + 1,
                                                                    trig.sentence.end))
             if any_match(lexicon.words("referring_nouns"), doc[i])]  # also inside "blocked ~ package"
    if not kinds and not nouns:
        return roles
    # "the package", "l'attacco": the act whose own sentence used the same word ("its 19th package of
    # sanctions", "in un attacco con droni"), before any later act of the same kind
    words = set(nouns) | {norm(doc[t.start].text) for t in referred}
    for d in reversed(earlier):
        if trig.start - d.trigger.start > REFERENCE_TOKENS * 3:
            break
        fits = d.event in kinds if kinds else d.event not in REFERRING_TYPES
        if fits and d.roles.actors and not d.actor_keys & mine \
                and any(norm(t.text) in words for t in d.trigger.sentence):
            recips = without(d.roles.actors, roles.actors)
            if recips:
                return Roles(roles.actors, recips, roles.how)
    # "ha respinto la richiesta": the latest act of that kind, further back too (an ultimatum is a demand:
    # ``plover.toml`` ``referred_alike``)
    alike = kinds | {k for kind in kinds for k in (ontology_alike or {}).get(kind, ())}
    for d in reversed(earlier):
        reach = REFERENCE_TOKENS * 3 if kinds else REFERENCE_TOKENS
        if trig.start - d.trigger.start > reach:
            break
        if not d.roles.actors or d.actor_keys & mine or (kinds and d.event not in alike) \
                or (not kinds and d.event in UNDECIDED_TYPES):
            continue
        if kinds and d.event not in kinds and trig.start - d.trigger.start > REFERENCE_TOKENS:
            continue
        recips = without(d.roles.actors, roles.actors)
        if recips:
            return Roles(roles.actors, recips, roles.how)
    return roles


def _concrete(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A verb reports an event; a bare noun ("durante le manifestazioni") only with a time or a place."""
    if trig.entry.kind == "verb":
        return True
    return date_of(doc, trig, lexicon)[0] is not None or location_of(doc, trig) is not None


def _continued_recipient(trig: Trigger, roles: Roles, earlier: list[Draft], sent_index: int) -> Roles:
    """Thanks and praise with no one named go to whom the same actor just dealt with ("Siamo pronti per
    progetti con gli Stati Uniti" ... "gli ucraini sono grati per tutto il supporto")."""
    if roles.recipients or not roles.actors or trig.event not in CONTINUED_TYPES:
        return roles
    mine = {p.country for p in roles.actors if p.country}
    for d in reversed(earlier):
        if sent_index - d.sentence_index > 1:
            break
        partners = tuple(p for p in d.roles.recipients if p.country and p.country not in mine)
        if partners and mine & {p.country for p in d.roles.actors if p.country}:
            # only a foreign partner carries over: at home, everyone shares the country
            return Roles(roles.actors, without(partners, roles.actors), roles.how)
    return roles


def _default_actor(doc: Doc, trig: Trigger, roles: Roles, finder: RoleFinder, lexicon: Lexicon) -> Roles:
    groups: dict[str, Any] = lexicon.groups
    group = groups.get(trig.entry.default_actor or "", {})
    if not group:
        return roles
    loc = location_of(doc, trig)
    country = loc.country if loc is not None else None
    span = Span(doc[trig.start].idx, doc[trig.end - 1].idx + len(doc[trig.end - 1].text))
    actor = Participant(raw_text=span.text(doc.text), entity_name=group.get("name", "protesters"), span=span,
                        country=country, sector=group.get("sector"), type="ORG")
    return Roles((actor,), roles.recipients, "default")


def _place_roles(doc: Doc, trig: Trigger, roles: Roles, finder: RoleFinder, ontology: dict[str, Any]) -> Roles:
    """Fill what a place tells: the country of a generic actor ("gunmen ... in northern Nigeria"), and the
    target of one-sided violence ("struck targets in southern Lebanon" → Lebanon)."""
    _, hi, cands = finder.in_clause(trig)
    tail = finder.attribution_tail(trig, hi)
    cands = [c for c in cands if c.end <= tail or c.start < trig.start]
    taken = {participant_key(p) for p in roles.recipients}
    # a demonym ("attacco russo") tells whose, not where
    places = [c.participant for c in cands if c.participant.type in PLACE_TYPES and c.participant.country
              and participant_key(c.participant) not in taken and c.kind != "demonym"]
    after = [c.participant for c in cands if c.start >= trig.end and c.participant.type in PLACE_TYPES
             and c.participant.country]
    loc = location_of(doc, trig)
    local = (loc.country if loc is not None else None) or (places[0].country if places else None)
    # where it happened, even if that place is also the target ("shelled a camp in North Darfur")
    local = local or next((c.participant.country for c in cands if c.participant.type in PLACE_TYPES
                           and c.participant.country and c.participant.type != "GPE"), None)
    nearby = local or finder.previous_place_country(trig)
    # a state named as the recipient is not the home of the unnamed actor ("governo ... sanzioni contro l'Iran")
    others = {p.country for p in roles.recipients if p.country and p.type in PLACE_TYPES}
    domestic = trig.event in ontology.get("domestic_types", ())
    actors = tuple(_with_home(p, local, nearby, doc, others, finder.lexicon, domestic) for p in roles.actors)
    recips = tuple(_with_home(p, local, nearby, doc, set(), finder.lexicon) for p in roles.recipients)
    recips = tuple(p for p in recips if p.entity_id or p.country)
    if loc is not None and loc.span is not None and loc.feature != "country" \
            and trig.event not in ontology.get("place_targets", ()) and not trig.entry.host \
            and not (loc.feature == "capital" and trig.event in ontology.get("capital_recipient_types", ())):
        # "a curfew in central Kathmandu": the town is where it happened, not who it was done to
        recips = tuple(p for p in recips if p.entity_name != loc.name
                       or p.span is None or not p.span.overlaps(loc.span))
    if not recips and trig.event in ontology.get("place_targets", ()) and after:
        target = after[0]
        if target.country not in {p.country for p in actors} or all(p.entity_id is None for p in actors):
            recips = (target,)  # a generic home actor ("paramilitary forces") strikes its own country
    elif not recips and trig.event in ontology.get("place_targets", ()) and actors:
        # "In the Russian region of Belgorod, a Ukrainian drone strike injured two": a foreign actor's
        # violence in a place named before it targets that place's country
        mine = {p.country for p in actors}
        foreign = [p for p in places if p.country not in mine and p.span is not None
                   and p.span.start < doc[trig.start].idx]
        if foreign and all(p.country for p in actors):
            recips = (foreign[-1],)
    return Roles(actors, recips, roles.how)


def _scene_not_recipient(doc: Doc, trig: Trigger, roles: Roles, ontology: dict[str, Any]) -> Roles:
    """Streets, squares and towns where a protest took place are its scene, not its target."""
    if trig.event not in ontology.get("scene_not_recipient", ()) or not roles.recipients:
        return roles
    cities = _place_only_spans(doc)
    kept = tuple(p for p in roles.recipients
                 if p.type not in ("LOC", "FAC") and not (p.type == "GPE" and p.span in cities))
    return roles if len(kept) == len(roles.recipients) else Roles(roles.actors, kept, roles.how)


def _with_home(p: Participant, local: str | None, nearby: str | None, doc: Doc, others: set[str],
               lexicon: Lexicon, domestic: bool = False) -> Participant:
    """A generic actor's country: where the event happened; else, for police, protesters, government (not
    troops, which are often foreign), the place of the previous sentence or the article's main country."""
    if p.entity_id is not None or p.country is not None:
        return p
    group: dict[str, Any] = next((g for g in lexicon.groups.values() if g.get("name") == p.entity_name), {})
    home = local
    if home is None and (group.get("home", True) or domestic):  # troops searching homes are the state's
        home = nearby or dominant_country(doc, others)
    return replace(p, country=home) if home else p


def _as_participants(doc: Doc, found: Any) -> tuple[Participant, ...]:
    """Whatever an entity helper returned (entities, participants, mentions) as participants."""
    out: list[Participant] = []
    for item in found or ():
        if isinstance(item, Participant):
            out.append(item)
        elif hasattr(item, "participant") and getattr(item, "mentions", None):
            out.append(item.participant(item.mentions[0], doc.text))
    return tuple(out)


def _relative_antecedent(doc: Doc, trig: Trigger, finder: RoleFinder) -> Participant | None:
    """ "... contro gli agenti, che hanno risposto con lacrimogeni": a relative pronoun subject stands for the
    party named right before it (parsers often hang such a clause on the main verb, losing the antecedent)."""
    rel = next((ch for ch in doc[trig.start].children if ch.dep_ == "nsubj"
                and "Rel" in ch.morph.get("PronType", [])), None)
    if rel is None or trig.entry.host_subject:  # "la Croce Rossa, che ha mediato": the host, not a party
        return None
    if is_passive(doc, trig, finder.lexicon):
        return None  # "Neri, che è stato ucciso": the antecedent suffered the act
    j = rel.i - 1
    while j >= trig.sentence.start and doc[j].is_punct:
        j -= 1
    found = [c for c in finder.cands if c.end == j + 1]
    # only after a comma: without one the word may be a complementizer tagged as a pronoun ("ha detto a
    # Zelenskyy che vuole aiutare"), which parsers then hang on the name as well
    if not found or j == rel.i - 1:
        return None
    return max(found, key=lambda c: c.end - c.start).participant


AGENT_GAP = 2  # tokens between a passive verb and its "by"/"da" ("were hit hard by", "colpiti ieri da")


def _agent_follows(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    preps = lexicon.words("agent_preps")
    end = min(trig.end + AGENT_GAP + 1, trig.sentence.end)
    return any(any_match(preps, doc[i]) for i in range(trig.end, end))


def _quoted_only_in_quotes(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """Entries marked ``quoted`` (a charge in the speaker's own words: "These elections were stolen", "È una
    sentenza politica") count only inside a quote with a known speaker, once per quote, and not where the
    sentences of the quote already tell a verb of the same kind ("ha condannato ..., definendolo «un crimine»")."""
    quotes = [q for q in doc._.cronaca_quotes or [] if q.speaker is not None and q.speaker.entity_name]
    out: list[Trigger] = []
    used: set[str] = set()
    for t in found:
        if not t.entry.quoted:
            out.append(t)
            continue
        offset = doc[t.start].idx
        quote = next((q for q in quotes if q.span.start <= offset < q.span.end), None)
        if quote is None or quote.id in used:
            continue
        lo = min(quote.span.start, quote.cue_span.start if quote.cue_span else quote.span.start)
        hi = max(quote.span.end, quote.cue_span.end if quote.cue_span else quote.span.end)
        told = any(not o.entry.quoted and o.event == t.event and o.sentence.start_char < hi
                   and o.sentence.end_char > lo for o in found)
        if not told:
            used.add(quote.id)
            out.append(t)
    return out


QUOTED_CHARGE_REACH = 3  # sentences back in which a quoted charge naming nobody finds the act it judges
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


def _quoted_accusation(doc: Doc, trig: Trigger, roles: Roles, earlier: list[Draft], sent_index: int) -> Roles:
    """A charge made in a quote is the speaker's; whoever the quoted clause names as doer or target ("stolen
    by Frelimo") is the accused, else the doer of the hostile act just told ("Russia struck Dnipro ... «È un
    crimine di guerra», ha scritto Zelensky")."""
    speaker = _quote_speaker(doc, trig) if trig.entry.quoted else None
    if speaker is None:
        return roles
    accused = without(merge_participants(roles.actors, roles.recipients), (speaker,))
    if not accused:
        accused = _judged_doers(speaker, earlier, sent_index)
    return Roles((speaker,), accused, "speaker")


def _judged_doers(speaker: Participant, earlier: list[Draft], sent_index: int) -> tuple[Participant, ...]:
    """The actors of the latest hostile act shortly before that the speaker did not do: not the speaker,
    nor the speaker's own government acting abroad (a minister does not charge her own sanctions); an
    authority of the speaker's country may be charged by someone outside government (an opposition leader
    calling a sentence political)."""
    for d in reversed(earlier):
        if sent_index - d.sentence_index > QUOTED_CHARGE_REACH:
            break
        if d.event not in HOSTILE_TYPES or not d.roles.actors or "historical" in d.auxiliary:
            continue
        if any(participant_key(p) == participant_key(speaker) for p in d.roles.actors):
            continue
        own_side = speaker.country is not None and any(p.country == speaker.country for p in d.roles.actors)
        if own_side and speaker.sector == "GOV":
            continue
        return tuple(d.roles.actors)
    return ()


def _in_quote(doc: Doc, trig: Trigger) -> bool:
    offset = doc[trig.start].idx
    return any(q.span.start <= offset < q.span.end for q in doc._.cronaca_quotes or [])


def _quote_speaker(doc: Doc, trig: Trigger) -> Participant | None:
    offset = doc[trig.start].idx
    for q in doc._.cronaca_quotes or []:
        if q.span.start <= offset < q.span.end and q.speaker is not None and q.speaker.entity_name:
            return q.speaker  # type: ignore[no-any-return]
    return None


def _retype(doc: Doc, trig: Trigger, event: str, cues: tuple[Cue, ...]) -> str:
    for cue in cues:
        if event in cue.events and phrase_near(trig.sentence, trig.start - cue.window, trig.end + cue.window,
                                               cue.patterns) is not None:
            return cue.value
    return event


def _cue_values(doc: Doc, trig: Trigger, event: str, cues: tuple[Cue, ...]) -> list[str]:
    return [c.value for c in cues
            if (not c.events or event in c.events)
            and phrase_near(trig.sentence, trig.start - c.window, trig.end + c.window, c.patterns) is not None]


def _add_context_targets(drafts: list[Draft], finder: RoleFinder, ontology: dict[str, Any]) -> None:
    """Recipients implied by the context: the criminal group of a crime story for arrests and probes."""
    targets: dict[str, list[str]] = ontology.get("context_targets", {})
    for d in drafts:
        if d.roles.recipients or d.event not in TARGETED_TYPES:
            continue
        sectors = {s for c in d.context for s in targets.get(c, ())}
        if not sectors:
            continue
        pool = [c for c in finder.cands if c.participant.sector in sectors and c.kind != "generic"]
        if pool:
            here = d.trigger.start
            best = min(pool, key=lambda c: abs(c.start - here))
            d.roles = Roles(d.roles.actors, (best.participant,), d.roles.how)


ANAPHORA_WINDOW = 4  # sentences after an event in which "the operation" / "l'operazione" still refers to it


def _anaphoric_magnitudes(doc: Doc, d: Draft, record: Event, sents: list[Any], lexicon: Lexicon,
                          last_of_sentence: bool = False) -> Event:
    """Counts from a later sentence that refers back to the event with a definite noun its own sentence used:
    "Nel corso di una maxi-operazione ... arresti ... Nell'operazione sono impegnati 1.200 Carabinieri";
    or, for the last event of its sentence, from the very next sentence when it opens with a definite
    operation noun ("Hanno arrestato 27 persone. All'operazione hanno partecipato 200 agenti")."""
    helper = optional_helper("quantities", "magnitudes_in")
    nouns, definite = lexicon.words("anaphoric_nouns"), lexicon.words("definite_markers")
    if helper is None or d.event not in MAGNITUDE_TYPES or not nouns or not definite:
        return record
    last = max(t.sentence.end for t in (d.trigger, *d.others))
    later = [s for s in sents if s.start >= last][:ANAPHORA_WINDOW]
    if last_of_sentence:
        following = [s for s in sents if s.start >= d.trigger.sentence.end][:1]
        record = _opening_mention_magnitudes(doc, record, following, lexicon, helper)
    own = [t for t in d.trigger.sentence if any_match(nouns, t)]
    if not own:
        return record
    magnitude = dict(record.magnitude)
    own_words = [norm(o.text) for o in own]
    for sent in later:
        tokens = list(sent)
        # the same noun (by its stem: "maxi-operazione" ... "l'operazione") after a definite article
        refers = any(k > 0 and any_match(nouns, t) and any_match(definite, tokens[k - 1])
                     and any(norm(t.text)[:6] in w for w in own_words) for k, t in enumerate(tokens))
        if refers:
            for name, q in helper(doc, sent.start_char, sent.end_char).items():
                magnitude.setdefault(name, q)
    return record if magnitude == record.magnitude else replace(record, magnitude=magnitude)


def _opening_mention_magnitudes(doc: Doc, record: Event, following: list[Any], lexicon: Lexicon,
                                helper: Any) -> Event:
    """Counts of a next sentence that opens with a definite operation noun ("The operation involved 300
    officers"): only operation nouns, which can only mean the police or army action just told."""
    nouns, definite = lexicon.words("operation_nouns"), lexicon.words("definite_markers")
    if not following or not nouns:
        return record
    tokens = list(following[0])
    if len(tokens) < 2 or not any_match(definite, tokens[0]) or not any_match(nouns, tokens[1]):
        return record
    magnitude = dict(record.magnitude)
    for name, q in helper(doc, following[0].start_char, following[0].end_char).items():
        magnitude.setdefault(name, q)
    return record if magnitude == record.magnitude else replace(record, magnitude=magnitude)


def _record(doc: Doc, d: Draft, index: int, ontology: dict[str, Any]) -> Event:
    sent, trig = d.trigger.sentence, d.trigger
    date, precision = d.best_date()
    if date is None:
        date, precision = _story_date(doc, d)
    start_char, end_char = doc[trig.start].idx, doc[trig.end - 1].idx + len(doc[trig.end - 1].text)
    magnitude: dict[str, Quantity] = {}
    if d.event in MAGNITUDE_TYPES:
        # every sentence that tells of the event may add a count ("539 droni" after "ha colpito Kiev")
        sentences = [(s.start_char, s.end_char) for s in dict.fromkeys(t.sentence for t in (trig, *d.others))]
        told = optional_helper("quantities", "event_magnitudes")
        helper = optional_helper("quantities", "magnitudes_in")
        if told is not None and MAGNITUDE_FOLLOW:
            magnitude = dict(told(doc, sentences, follow=MAGNITUDE_FOLLOW))
        elif helper is not None:
            for start, end in sentences:
                for name, q in helper(doc, start, end).items():
                    magnitude.setdefault(name, q)
    location = _finest_location(doc, trig, d.others)
    reported = _reported_by_mentions(doc, trig, d.others)
    return Event(
        id=f"ev{index + 1}", event=d.event, text=sent.text, sentence=Span(sent.start_char, sent.end_char),
        trigger=Span(start_char, end_char), event_text=doc.text[start_char:end_char], mode=tuple(d.mode),
        context=tuple(d.context), auxiliary=d.auxiliary, actor=d.roles.actors,
        recipient=without(d.roles.recipients, d.roles.actors),
        date=date, date_precision=precision if date else None, event_loc=location,
        magnitude=magnitude, reported_by=reported, confidence=d.confidence, coder=_coder(),
        score=score_of(d.event, tuple(d.mode)),
    )


def _reported_by_mentions(doc: Doc, trig: Trigger, others: list[Trigger]) -> tuple[Participant, ...]:
    """The sources of every sentence that tells the event, in text order: a toll is often told in the lead
    and attributed in the next sentence ("At least nine were killed. More than 60 were injured, according to
    X"), or attributed in the lead and detailed later by another source."""
    out: list[Participant] = []
    for t in sorted((trig, *others), key=lambda t: t.start):
        for part in reported_by(doc, t.sentence, doc[t.start].idx):
            if not any(part.entity_name == seen.entity_name for seen in out):
                out.append(part)
    return tuple(out)


def _finest_location(doc: Doc, trig: Trigger, others: list[Trigger]) -> Location | None:
    """The anchor mention's place, unless another mention names a place inside it: "launched 476 drones at
    Ukraine" is better told by the first report's "the city of Ternopil"."""
    own = location_of(doc, trig)
    found = [loc for t in others if (loc := location_of(doc, t)) is not None]
    if own is None:
        return found[0] if found else None
    if own.feature == "country":
        inside = [loc for loc in found if loc.country == own.country and loc.feature not in (None, "country")]
        if inside:
            return inside[0]
    return own


def _story_date(doc: Doc, d: Draft) -> tuple[str | None, str | None]:
    """An event with no date of its own nor from its neighbours takes the story's (the dates stage's
    ``event_date``: the day named up to two sentences before, else publication); a time the sentence names
    in another event's clause was already refused by ``date_of``."""
    helper = optional_helper("dates", "event_date")
    sent = d.trigger.sentence
    found = helper(doc, sent.start_char, sent.end_char, doc[d.trigger.start].idx) if helper else None
    inside = found is not None and found.raw_text and sent.start_char <= found.span.start < sent.end_char
    if found is None or not found.date or inside:
        return None, None
    return found.date, found.precision


def _coder() -> str:
    from ..pipeline import CODER  # imported late: the pipeline module imports the registry, which imports us
    return CODER
