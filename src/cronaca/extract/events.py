"""The PLOVER event coder: triggers → roles → flags → records, then duplicates merged.

Reads the language pack's ``events.toml`` (triggers, cues) and the shared ``plover.toml`` (types, modes,
scores).  Other stages' helpers (dates, places, quantities, attribution, entities) are looked up when an
event is built, so this stage works with whichever of them are present.

Where the parts live: :mod:`.event_filters` (triggers that are no event of their own, cue words),
:mod:`.event_roles` (roles the clause leaves empty), :mod:`.event_quotes` (events and accusations inside
quotations), :mod:`.event_merge` (duplicates, mediators, blamed actors), :mod:`.event_context` (date,
place and source of an event); this module is the spaCy component that drafts and records the events.
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
from .argument_parties import Roles
from .argument_subjects import SPOKEN_TYPES
from .arguments import RoleFinder
from .event_context import context_dates, date_of, location_of, reported_by
from .event_filters import (
    conditional_threat,
    cue_values,
    in_condition,
    is_backing_description,
    is_concrete,
    is_content,
    is_cumulative,
    is_right,
    judged_subjects,
    protest_purpose,
    retype_by_cues,
    thing_subject,
    with_coordinated_verbs,
    without_charges,
)
from .event_merge import (
    PLACE_TYPES,
    Draft,
    adversary_targets,
    blamed_actors,
    fold_mediators,
    home_recipients,
    merge_drafts,
    mutual_drafts,
    people_objects,
    places_as_states,
    protest_targets,
    scene_recipients,
    story_recipients,
    without,
)
from .event_quotes import quoted_accusation, quoted_only_in_quotes
from .event_roles import (
    ANAPHORA_WINDOW,
    actor_from_object_noun,
    add_context_targets,
    continued_recipient,
    default_group_actor,
    definite_reference,
    fallback_actor,
    fallback_recipient,
    goods_not_recipients,
    is_verbal_attack,
    place_only_spans,
    place_roles,
    referred_events,
    referred_recipient,
    scene_not_recipient,
    sector_retype,
    shared_subject,
)
from .role_candidates import optional_helper
from .trigger_lexicon import Lexicon, Trigger, load_lexicon
from .trigger_patterns import any_match, norm
from .trigger_selection import select_triggers
from .triggers import find_triggers

PLACE_CARRYOVER = 5  # sentences over which an event's place carries to the same actors' next events
LEGAL_MODES = frozenset({"investigate"})  # an inquiry is an act of the law, placed like one
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
    found = quoted_only_in_quotes(doc, find_triggers(doc, lexicon))
    triggers = without_charges(doc, with_coordinated_verbs(doc, found, select_triggers(doc, lexicon, found)),
                                lexicon)
    inside = frozenset(i for t in found for i in range(t.start, t.end))
    triggers = [(t, a) for t, a in triggers
                if not in_condition(doc, t, lexicon) and not is_content(doc, t, lexicon, inside)
                and not is_cumulative(doc, t, lexicon) and not is_right(doc, t, lexicon)
                and not is_backing_description(doc, t)]
    # a protest's aim ("marched to demand ...") is drafted like any request, so that its place still tells
    # the story's scene to the events after it, but it is no record of its own
    aims = frozenset(t.start for t, _ in triggers if protest_purpose(doc, t, found))
    judged = judged_subjects(doc, triggers, lexicon, frozenset(ontology.get("statement_types", ())))
    triggers = [(t, a) for t, a in triggers if t.start not in judged]
    nouns = frozenset(i for t in found if t.entry.kind == "noun" for i in range(t.start, t.end))
    finder = RoleFinder(doc, lexicon, nouns)
    finder.noun_types = {i: t.event for t in found if t.entry.kind == "noun" or doc[t.start].pos_ == "NOUN"
                         for i in range(t.start, t.end)}
    sents = list(doc.sents)
    index = {s.start: k for k, s in enumerate(sents)}
    drafts: list[Draft] = []
    for trig, absorbed in triggers:
        k = index[trig.sentence.start]
        referred = absorbed + referred_events(doc, trig, found, lexicon)
        draft = _draft(doc, trig, absorbed, lexicon, ontology, finder, drafts, k, referred)
        if draft is not None:
            if draft.date is None:
                draft.context_dates = context_dates(doc, trig, sents, k, "future" in draft.auxiliary, lexicon)
            drafts.append(draft)
    fold_mediators(drafts)
    blamed_actors(drafts, found, lexicon.words("blame_verbs"))
    merged = merge_drafts(drafts, ontology)
    merged = mutual_drafts(merged, lexicon.phrases("mutual_markers"), frozenset(ontology.get("shared_types", ())))
    add_context_targets(merged, finder, ontology)
    protest_targets(merged, ontology, index)
    adversary_targets(merged, ontology)
    home_recipients(doc, merged, finder.cands, ontology)
    scene_recipients(doc, merged, finder.cands, ontology)
    story_recipients(merged, finder.cands, ontology)
    places_as_states(merged, ontology)
    people_objects(doc, merged, lexicon.settings.get("people_objects", {}))
    # an actor needs an identity (entity or country), unless it is the clause's explicit subject
    # ("Police arrested three men": the gold codes "police" even without a country)
    coded = [d for d in merged if d.roles.how in ("subject", "speaker", "parse")
             or any(p.entity_id or p.country for p in d.roles.actors)]
    # a city named as a place does not act ("Kharkiv colpita nella notte" is the target); a capital standing
    # for its government is a metonym mention and stays an actor ("Kiev ha chiesto...")
    cities = place_only_spans(doc)
    coded = [d for d in coded
             if not d.roles.actors or any(p.type != "GPE" or p.span not in cities for p in d.roles.actors)]
    coded = [d for d in coded if not _press_interview(d)]
    records: list[Event] = []
    text = doc.text  # (spaCy builds it anew at each access)
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
        call = "phone" in record.mode  # a call has no one scene, nor one from the sentences around it
        content = _content_place(doc, d, record, text)
        if content is not None:
            # a place in the statement's content or in a party's name is not where it was made; it still
            # tells the story's scene to the events after it
            if not _listed_place(doc, content):
                last = (d.sentence_index, content)
            records.append(replace(record, event_loc=_speech_venue(doc, sents, d) if not call else None))
            continue
        if record.event_loc is None and d.event in SPOKEN_TYPES and not call:
            venue = _speech_venue(doc, sents, d)
            if venue is not None:
                records.append(replace(record, event_loc=venue))
                continue
        scene = _scene_opener(doc, sents, d.sentence_index, last[0] if last is not None else -1) \
            if record.event_loc is None and not call else None
        placed = record
        if scene is not None and scene.country in {p.country for p in d.roles.actors} | {None}:
            # "A Milano il corteo ... è degenerato. Gli agenti hanno risposto con cariche": the place opening
            # an earlier sentence of the paragraph is the scene of what follows (in its paragraph only)
            placed = replace(record, event_loc=scene)
        elif record.event_loc is None and last is not None and d.sentence_index - last[0] <= PLACE_CARRYOVER \
                and last[1].country in {p.country for p in d.roles.actors} and not call:
            # the story's scene carries over to the home actors' next events ("protests on Monday" in Kathmandu)
            placed = replace(record, event_loc=last[1])
        if placed.event_loc is not None and scene is None and not _listed_place(doc, placed.event_loc):
            # a place among several ("anche a Milano, Torino e Napoli") is no single scene to carry on
            last = (d.sentence_index, placed.event_loc)
        if d.event not in SPOKEN_TYPES or placed is record or set(record.mode) & LEGAL_MODES:
            # (a statement takes no place from the sentences around it: what is said while the story happens
            # somewhere is not said there; only the speaker's own venue, above, places it)
            record = placed
        records.append(record)
    return [r for r, d in zip(records, coded, strict=True) if d.trigger.start not in aims]


def _content_place(doc: Doc, d: Draft, record: Event, text: str) -> Location | None:
    """The place of a statement found in its own sentence when it is no scene of the statement (the places
    stage's ``statement_scene``); None when it is one, or for acts of the law ("opened an inquiry in ...")."""
    loc = record.event_loc
    if loc is None or loc.span is None or d.event not in SPOKEN_TYPES or set(d.mode) & LEGAL_MODES \
            or (d.trigger.entry.reciprocal and d.trigger.entry.fixed):
        return None  # (a joint act, "signed the agreement ... in Washington", is placed like any act)
    sent = d.trigger.sentence
    if not sent.start_char <= loc.span.start < sent.end_char:
        return None
    scene = optional_helper("places", "statement_scene")
    if scene is None or scene(doc, sent, loc, range(d.trigger.start, d.trigger.end), text):
        return None
    return loc


def _speech_venue(doc: Doc, sents: list[Any], d: Draft) -> Location | None:
    """Where the actor of a statement spoke, told in its sentence or the next ("Singh warned Pakistan ...
    "India wants peace ...," Singh told reporters in New Delhi."): the venue's speaker must be one of the
    actors, or of an actor's country, or a pronoun going back to them."""
    helper = optional_helper("places", "speech_venue")
    if helper is None:
        return None
    ids = {p.entity_id for p in d.roles.actors if p.entity_id}
    countries = {p.country for p in d.roles.actors if p.country}
    entities = {e.id: e for e in doc._.cronaca_entities or []}
    here = d.sentence_index
    # the next sentence may name the actor's side (its spokesperson); the one before, only the actor
    # ("“People are starving,” Fletcher told reporters in Geneva. “We need access now.”")
    for k in (here, here + 1, here - 1):
        # (the text between two adjacent sentences is the whitespace after the first one's last token)
        if not 0 <= k < len(sents) or (k != here and "\n" in doc[sents[min(k, here)].end - 1].whitespace_):
            continue
        found = helper(doc, sents[k])
        if not isinstance(found, tuple):
            continue
        venue, speakers = found
        same_side = k >= here and any((e := entities.get(s)) is not None and e.country in countries
                                      for s in speakers)
        if (speakers & ids or same_side) and isinstance(venue, Location):
            return venue
    return None


def _scene_opener(doc: Doc, sents: list[Any], index: int, after: int) -> Location | None:
    """The place an earlier sentence of the same paragraph opens with, after a locative ("A Milano il
    corteo ...", "In Kisumu, police ..."), later than ``after`` (the sentence of the last place carried)."""
    helper = optional_helper("places", "opening_place")
    if helper is None:
        return None
    here = sents[index].start_char
    for k in range(index - 1, max(after, index - PLACE_CARRYOVER - 1), -1):
        if "\n" in doc.text[sents[k].start_char:here]:
            return None  # the paragraph began after it
        found = helper(doc, sents[k])
        if isinstance(found, Location):
            return found
    return None


TOLL_FIELDS = ("dead", "injured", "missing")  # counts a next sentence may give for the attack just told
TOLL_TYPES = frozenset({"ASSAULT"})


PRESS_SECTORS = frozenset({"MED", "JRN"})  # PLOVER's sectors of the news media and journalists


def _press_interview(d: Draft) -> bool:
    """A consultation whose only other party is a newspaper, an agency or a broadcaster ("spoke to The
    Associated Press", "told the Nation newspaper"): an interview, no political event."""
    if d.event != "CONSULT":
        return False
    parties = [*d.roles.actors, *d.roles.recipients]
    press = [p for p in parties if p.sector in PRESS_SECTORS]
    return bool(press) and len(parties) - len(press) <= 1


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


def _filed_from(doc: Doc, loc: Location) -> bool:
    """The place is the dateline the story is filed from (the places stage's test)."""
    helper = optional_helper("places", "dateline_place")
    return loc.span is not None and helper is not None and bool(helper(doc.text, loc))


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


UNVISITING_SECTORS = frozenset({"REB", "CRM", "CVL", "MIL", "COP", "LAB"})  # groups whose arrival is no visit


def _draft(doc: Doc, trig: Trigger, absorbed: list[Trigger], lexicon: Lexicon, ontology: dict[str, Any],
           finder: RoleFinder, earlier: list[Draft], sent_index: int, referred: list[Trigger] | None = None
           ) -> Draft | None:
    if trig.event in ontology.get("agentive_types", ()) and thing_subject(doc, trig, finder):
        return None  # "the dispute threatens their hopes": a thing that threatens makes no threat
    prep_only = trig.event in ontology.get("roles", {}).get("prep_recipient_only", ())
    shared = shared_subject(doc, trig, earlier, lexicon, finder)
    roles = finder.roles(trig, prep_only)
    if shared is not None:
        # the subject of the first verb, the objects of this one ("ha definito il provvedimento ... e ha
        # accusato il ministro": the minister is accused)
        roles = Roles(shared.actors, without(roles.recipients, shared.actors), shared.how)
    roles = actor_from_object_noun(trig, absorbed, roles, finder)
    roles = fallback_actor(doc, trig, roles, finder, earlier)
    roles = quoted_accusation(doc, trig, roles, earlier, sent_index)
    roles = definite_reference(doc, trig, roles, earlier, lexicon, sent_index)
    roles = fallback_recipient(doc, trig, absorbed, roles, earlier, finder, lexicon)
    roles = referred_recipient(doc, trig, referred or [], roles, earlier, lexicon, finder,
                                ontology.get("referred_alike", {}))
    if not roles.actors and trig.entry.default_actor and is_concrete(doc, trig, lexicon):
        roles = default_group_actor(doc, trig, roles, finder, lexicon)
    roles = place_roles(doc, trig, roles, finder, ontology)
    roles = scene_not_recipient(doc, trig, roles, ontology)
    roles = goods_not_recipients(doc, trig, roles, finder)
    roles = continued_recipient(trig, roles, earlier, sent_index)
    if trig.event == "CONSULT" and trig.entry.host and roles.actors and all(
            p.entity_id is None and p.sector in UNVISITING_SECTORS for p in roles.actors):
        return None  # "gunmen arrived in the village", "troops arrived": no visit to a host
    # a time inside the act judged or asked for is that act's ("condannato l'attacco di lunedì")
    others = frozenset(i for i, kind in finder.noun_types.items() if kind != trig.event)
    date, precision = date_of(doc, trig, lexicon, others)
    aux = modality.flags(doc, trig, lexicon, date, doc._.cronaca_published)
    event = trig.entry.event if trig.entry.fixed else retype_by_cues(doc, trig, trig.entry.event, lexicon.retype_cues)
    threat = conditional_threat(doc, trig, event, aux, lexicon, ontology)
    if threat is not None:
        event, aux = "THREATEN", tuple(a for a in aux if a not in ("future", "hypothetical"))
    if "future" in aux:
        event = ontology.get("future_types", {}).get(event, event)
    if "negated" in aux and event in ontology.get("refusable_types", ("AGREE",)):
        # a refusal: "will not accept", "non accetteremo", "did not accept the proposal", "non accetta lezioni"
        event = ontology.get("refusal_type", event)
        aux = tuple(a for a in aux if a != "negated")  # the refusal is what happened, not a negated refusal
    people = {c.participant.span for c in finder.cands if c.kind == "demonym"}  # "i sudcoreani": people
    if roles.actors and all((p.type in PLACE_TYPES or p.sector == "GOV") and p.span not in people
                            for p in roles.actors):
        event = ontology.get("state_retypes", {}).get(event, event)  # "the Philippines protested..."
    event, sector_modes = sector_retype(event, roles, ontology, trig.entry.mode)
    verbal = trig.entry.verbal_if_person and is_verbal_attack(roles, ontology)
    if verbal:
        event = ontology.get("verbal_attack", {}).get("event", event)
    own = ["visit"] if trig.entry.host_subject and not absorbed else list(trig.entry.mode)  # "hosted Lula"
    own = list(threat) if threat is not None else own
    if verbal:
        own = list(ontology.get("verbal_attack", {}).get("mode", ()))
    mode = own + sector_modes + [m for t in absorbed for m in t.entry.mode]
    mode += cue_values(doc, trig, event, lexicon.mode_cues)
    valid_modes = ontology.get("types", {}).get(event, {}).get("modes", [])
    mode = [m for m in dict.fromkeys(mode) if m in valid_modes]
    context = list(trig.entry.context) + cue_values(doc, trig, event, lexicon.context_cues)
    confidence = trig.entry.confidence * {"subject": 1.0, "passive": 1.0, "nominal": 0.95, "parse": 0.95,
                                          "group": 0.9, "speaker": 0.85, "continuity": 0.75,
                                          "default": 0.7}.get(roles.how, 0.6)
    return Draft(trig, event, roles, mode, list(dict.fromkeys(context)), aux, date, precision, sent_index,
                 confidence, absorbed)


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
    if location is not None and d.event in TOLL_TYPES and _filed_from(doc, location) and d.roles.recipients \
            and all(p.country and p.country != location.country for p in d.roles.recipients):
        location = None  # "MOSCOW (Reuters) - Russia launched ... on Ukraine": filed from, not struck
    if location is not None and location.span is not None and any(
            p.span is not None and location.span.start <= p.span.start and p.span.end <= location.span.end
            for p in d.roles.actors):
        # the place is the name of the party that acts ("la decisione di Washington di fermare ..."); a seat
        # inside a longer name still places it ("la Procura di Palermo")
        location = None
    if location is not None and location.span is not None and d.event in SPOKEN_TYPES \
            and any(p.span is not None and p.span.overlaps(location.span) for p in d.roles.recipients):
        # what is said to a capital is addressed to its government, not done there ("ha chiesto ad Ankara di
        # garantire", "urged Ankara")
        location = None
    counted = [q.span.start for q in magnitude.values() if q.span is not None]
    reported = _reported_by_mentions(doc, trig, d.others, counted)
    if not reported and d.event in SPOKEN_TYPES and trig.entry.kind == "verb":
        # "Sharif condemned the attack", "Mujahid rejected the accusation": told by no one else, a statement
        # comes from the named party that makes it
        reported = tuple(p for p in d.roles.actors if p.entity_id is not None)
    return Event(
        id=f"ev{index + 1}", event=d.event, text=sent.text, sentence=Span(sent.start_char, sent.end_char),
        trigger=Span(start_char, end_char), event_text=doc.text[start_char:end_char], mode=tuple(d.mode),
        context=tuple(d.context), auxiliary=d.auxiliary, actor=d.roles.actors,
        recipient=without(d.roles.recipients, d.roles.actors),
        date=date, date_precision=precision if date else None, event_loc=location,
        magnitude=magnitude, reported_by=reported, confidence=d.confidence, coder=_coder(),
        score=score_of(d.event, tuple(d.mode)),
    )


def _reported_by_mentions(doc: Doc, trig: Trigger, others: list[Trigger], counted: list[int]
                          ) -> tuple[Participant, ...]:
    """The sources of every sentence that tells the event, in text order: a toll is often told in the lead
    and attributed in the next sentence ("At least nine were killed. More than 60 were injured, according to
    X"), or attributed in the lead and detailed later by another source. A noun mention before the anchor's
    sentence is an allusion ("Trump wants to help after stepped-up Russian attacks, Axios said"): its source
    tells that claim, not this event."""
    out: list[Participant] = []
    # in a later sentence, the counts it adds have their own source: "Le sirene del raid ... mentre la Russia
    # ha lanciato ciò che ha detto l'Aeronautica dell'Ucraina un totale di 539 droni"
    later = [o for o in others if o.sentence.start > trig.sentence.start]
    points = [(t.sentence, doc[t.start].idx) for t in (trig, *others)
              if t.sentence.start >= trig.sentence.start or t.entry.kind == "verb"]
    points += [(t.sentence, q) for t in later for q in counted if t.sentence.start_char <= q < t.sentence.end_char]
    for sentence, at in sorted(points, key=lambda p: p[1]):
        for part in reported_by(doc, sentence, at):
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
    cued = optional_helper("places", "cued_place")
    named = [loc for loc in found if not _filed_from(doc, loc) and cued is not None and cued(doc.text, loc, doc.lang_)]
    if named and _filed_from(doc, own):
        return named[0]  # "PESHAWAR — Militants stormed ... The assault began in Lakki Marwat": told where it was
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
