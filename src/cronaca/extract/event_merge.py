"""Merging the mentions of one event: the same call told in two sentences becomes one record.

An event under construction is a :class:`Draft`; later mentions fold into an earlier one when they are no
more specific (same type, compatible dates, participants among the earlier one's).  Story-level passes
over the drafts (an accusation naming an attack's doer, the police's targets in a protest story) live here
too: they read several drafts at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc

from ..records import Participant, Span
from .argument_parties import Roles
from .arguments import merge_participants
from .entity_lexicon import INTERNATIONAL
from .event_context import location_of
from .role_candidates import Candidate, people_noun, state_participant
from .trigger_lexicon import Trigger
from .trigger_patterns import Phrase, TokenPattern, any_match, phrase_near

MERGE_SENTENCE_DISTANCE = 8  # how far apart two mentions of one event may be (sentences)


PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


@dataclass


class Draft:
    """An event under construction (mutable until merged and frozen into an Event)."""

    trigger: Trigger
    event: str
    roles: Roles
    mode: list[str]
    context: list[str]
    auxiliary: tuple[str, ...]
    date: str | None
    precision: str | None
    sentence_index: int
    confidence: float
    absorbed: list[Trigger] = field(default_factory=list)
    others: list[Trigger] = field(default_factory=list)  # the other mentions folded into this one
    # dates the sentence itself does not give, from its neighbours: (strength, date, precision)
    context_dates: list[tuple[float, str, str]] = field(default_factory=list)

    def best_date(self) -> tuple[str | None, str | None]:
        """The sentence's own date, else the strongest date from the context of any of its mentions."""
        if self.date:
            return self.date, self.precision
        if not self.context_dates:
            return None, None
        _, date, precision = max(self.context_dates, key=lambda c: c[0])
        return date, precision

    @property
    def actor_keys(self) -> set[str]:
        return {participant_key(p) for p in self.roles.actors}

    @property
    def all_keys(self) -> set[str]:
        return self.actor_keys | {participant_key(p) for p in self.roles.recipients}


def participant_key(p: Participant) -> str:
    """Identity of a participant across mentions: its entity, else its name and country."""
    return p.entity_id or f"{p.entity_name}|{p.country}"


def without(items: tuple[Participant, ...] | list[Participant], drop: tuple[Participant, ...] | list[Participant]
             ) -> tuple[Participant, ...]:
    """``items`` minus the participants of ``drop``, and minus places of ``drop``'s own countries (the
    United States is not the recipient of Trump's statement; Kathmandu not of Nepal's curfew)."""
    keys = {participant_key(p) for p in drop}
    countries = {p.country for p in drop if p.country and (p.type in PLACE_TYPES or p.sector in STATE_SECTORS)}
    return tuple(p for p in items if participant_key(p) not in keys
                 and not (p.type in PLACE_TYPES and p.country in countries))


def _dates_compatible(a: Draft, b: Draft) -> bool:
    return a.date is None or b.date is None or a.date == b.date


def _same_time(a: Draft, b: Draft) -> bool:
    """Two mentions that may tell of one moment: compatible dates (the earlier one's context date when it
    has none of its own) and both background or both not ("a gennaio un missile aveva distrutto ...")."""
    if ("historical" in a.auxiliary) != ("historical" in b.auxiliary):
        return False
    known = a.date or a.best_date()[0]
    return known is None or b.date is None or known == b.date


def covers(known: tuple[Participant, ...], parts: tuple[Participant, ...]) -> bool:
    """Every participant of ``parts`` is one of ``known``: the same entity, or the same country
    ("il presidente degli Stati Uniti" read as the United States, later "Trump")."""
    keys = {participant_key(p) for p in known}
    countries = {p.country for p in known if p.country}
    return all(participant_key(p) in keys
               or (p.entity_id is not None and p.country is not None and p.country in countries) for p in parts)


def _sectors(parts: tuple[Participant, ...]) -> set[str]:
    return {p.sector for p in parts if p.sector}


def _countries(parts: tuple[Participant, ...]) -> set[str]:
    return {p.country for p in parts if p.country}


def same_event(a: Draft, b: Draft, distinct: frozenset[str] = frozenset(),
               statements: frozenset[str] = frozenset()) -> bool:
    """Is ``b`` (later) another mention of ``a``? Same type and compatible dates, and the later mention is
    no more specific: its participants are among the earlier one's ("the call with Putin", "the two leaders")."""
    if a.event != b.event:
        return False
    distance = b.sentence_index - a.sentence_index
    if b.roles.how == "group" and b.actor_keys == a.actor_keys and distance <= 1:
        return True  # "I due leader hanno discusso..." right after the call it elaborates
    if not _dates_compatible(a, b) or ("historical" in a.auxiliary) != ("historical" in b.auxiliary):
        return False  # background ("since Russia invaded in 2022") is not today's attack
    own_subject = EXPLICIT.get(b.roles.how, False) or b.roles.how == "continuity"
    if a.event in statements and distance >= 1 and own_subject and a.roles.recipients and b.roles.recipients \
            and not covers(a.roles.recipients, b.roles.recipients):
        return False  # the same speaker turning on someone else ("He also accused Moscow ...")
    if (a.actor_keys == b.actor_keys and len(a.actor_keys) >= 2) or (
            a.date and a.date == b.date and b.actor_keys <= a.actor_keys):
        return True  # the same participants (on the same day), however far apart the mentions
    if distance > MERGE_SENTENCE_DISTANCE:
        return False
    if a.event in distinct and a.mode and b.mode and not set(a.mode) & set(b.mode) and distance > 1:
        return False  # an investigation and a charge are two events, even by the same actor
    if a.event in statements and distance >= 1 and (EXPLICIT.get(b.roles.how, False) or (
            b.roles.how == "speaker" and not b.actor_keys & a.actor_keys)):
        return False  # a new sentence with its own subject or speaker makes a new statement ("è pronta a inviare")
    if EXPLICIT.get(b.roles.how, False) and _sectors(a.roles.actors) and _sectors(b.roles.actors) \
            and not _sectors(a.roles.actors) & _sectors(b.roles.actors):
        return False  # one country, two sides: the army striking back at paramilitaries is a new event
    recips_ok = {participant_key(p) for p in b.roles.recipients} <= a.all_keys or (
        not a.roles.recipients and (a.roles.how == "nominal" or distance <= 2))
    # an actor of the later mention must have acted in the earlier one too (a recipient who strikes back
    # is a new event: Ukraine's air force shooting down Russia's drones)
    if covers(a.roles.actors, b.roles.actors) and recips_ok:
        return True
    if a.roles.how == "nominal" and covers(b.roles.actors + b.roles.recipients, a.roles.actors) \
            and not a.roles.recipients:
        return True  # a passing nominal mention ("attacks by Russia") before the full report
    same_country = _countries(b.roles.actors) <= _countries(a.roles.actors) and bool(_countries(b.roles.actors))
    return distance <= (0 if a.roles.recipients or b.roles.recipients else 1) and same_country


EXPLICIT = {"subject": True, "passive": True, "parse": True}  # mentions that name their own actor
RANK = {"subject": 3, "passive": 3, "parse": 3, "partner": 2, "group": 2, "speaker": 2, "nominal": 1}


def merge_drafts(drafts: list[Draft], ontology: dict[str, Any] | None = None) -> list[Draft]:
    """Fold repeated mentions of an event into one record, anchored on its most explicit mention."""
    distinct = frozenset((ontology or {}).get("distinct_modes", ()))
    statements = frozenset((ontology or {}).get("statement_types", ()))
    kept: list[Draft] = []
    waiting: list[Draft] = []  # doerless mentions not yet folded into a coded one
    for d in drafts:
        if not d.roles.actors:
            # nobody to code it for; but "the air raid sirens ... 539 drones" still tells of the last attack
            last = next((k for k in reversed(kept) if k.event == d.event), None)
            if last is not None and d.sentence_index - last.sentence_index <= 1 and _same_time(last, d):
                last.others.append(d.trigger)
            else:
                waiting.append(d)
            continue
        _fold_waiting(d, waiting)
        target = next((k for k in reversed(kept) if same_event(k, d, distinct, statements)), None)
        if target is None:
            kept.append(d)
            continue
        actors = merge_participants(target.roles.actors, without(d.roles.actors, target.roles.recipients))
        recips = without(merge_participants(target.roles.recipients, d.roles.recipients), actors)
        if target.roles.how == "nominal" and RANK.get(d.roles.how, 0) > 1 and not d.trigger.entry.claim:
            # the explicit mention becomes the record's anchor, its own names first (spans in its sentence);
            # not a claim of responsibility, which goes back to the attack told before
            actors = merge_participants(d.roles.actors, actors)
            recips = without(merge_participants(d.roles.recipients, recips), actors)
            target.others.append(target.trigger)
            target.trigger, target.sentence_index, target.auxiliary = d.trigger, d.sentence_index, d.auxiliary
            target.event = d.event
        target.roles = Roles(actors, recips, max(target.roles.how, d.roles.how, key=lambda h: RANK.get(h, 0)))
        target.mode = list(dict.fromkeys(target.mode + d.mode))
        target.context = list(dict.fromkeys(target.context + d.context))
        target.date = target.date or d.date
        target.context_dates.extend(d.context_dates)
        target.precision = target.precision or d.precision
        target.confidence = min(0.99, max(target.confidence, d.confidence) + 0.05)
        target.others.extend([t for t in (d.trigger, *d.others) if t is not target.trigger])
    return kept


def _fold_waiting(d: Draft, waiting: list[Draft]) -> None:
    """ "Nine people were killed on Thursday when police opened fire": a doerless mention earlier in the same
    sentence tells the same event as the coded one after it; it lends its mention and its own date."""
    for w in [w for w in waiting if w.event == d.event and w.sentence_index == d.sentence_index]:
        waiting.remove(w)
        d.others.append(w.trigger)
        if d.date is None and w.date is not None:
            d.date, d.precision = w.date, w.precision


BLAME_OBJECT_TOKENS = 3  # "blamed the deadly attack": how far after the verb its event noun may stand
BLAME_DISTANCE = 1  # sentences after an agentless event in which "blamed the attack on X" names its doer
BLAMED_TYPES = frozenset({"ASSAULT"})  # acts whose doer a bare "blamed X" names


def blamed_actors(drafts: list[Draft], found: list[Trigger], blame_verbs: tuple[TokenPattern, ...] = ()) -> None:
    """"75 people were killed in a drone attack. Doctors blamed the attack on the RSF": an event told
    without its doer takes the party an accusation about that same kind of event names; so does a violent
    act a bare blame verb follows ("11 drones launched at the city ..., and blamed the RSF")."""
    for k, d in enumerate(drafts):
        if d.roles.actors:
            continue
        for a in drafts[k + 1:]:
            if a.sentence_index - d.sentence_index > BLAME_DISTANCE:
                break
            # the accusation's object is an event noun of the same type ("blamed the attack on")
            objects = [t for t in found if t.event == d.event and 0 <= t.start - a.trigger.end <= BLAME_OBJECT_TOKENS]
            sent = a.trigger.sentence
            named = tuple(p for p in a.roles.recipients  # named there, not inferred from the act itself
                          if p.span is not None and sent.start_char <= p.span.start < sent.end_char)
            bare_blame = d.event in BLAMED_TYPES and any_match(blame_verbs, sent.doc[a.trigger.start])
            if a.event == "ACCUSE" and named and (objects or bare_blame):
                d.roles = Roles(named, without(d.roles.recipients, named), "continuity")
                break


PROTEST_SCENE_SENTENCES = 3  # how long after a protest "police detained 37 people" still means protesters


def protest_targets(drafts: list[Draft], ontology: dict[str, Any], sentence_of: dict[int, int] | None = None
                    ) -> None:
    """"Thousands marched in Santiago ... Police said 37 people were arrested": the police's unnamed targets
    in a protest story are the protesters (types and sectors: ``plover.toml`` ``protest_response``)."""
    rule = ontology.get("protest_response", {})
    types, sectors = set(rule.get("types", ())), set(rule.get("sectors", ()))
    protests = [d for d in drafts if d.event == "PROTEST" and d.roles.actors]
    sentence_of = sentence_of or {}  # sentence start token -> sentence number
    for d in drafts:
        # (a recipient that is the actor itself, as a misread patient can be, counts as none)
        if without(d.roles.recipients, d.roles.actors) or d.event not in types \
                or not d.roles.actors or not all(p.sector in sectors for p in d.roles.actors):
            continue
        # the latest protest told before, or in the same sentence ("detained 14 people after protesters
        # tried to block the entrance")
        # (any mention of the protest counts: "manifestanti hanno lanciato pietre" folded into the first report)
        scene = [(k, t, p) for p in protests for t in (p.trigger, *p.others)
                 for k in [sentence_of.get(t.sentence.start, p.sentence_index)]
                 if 0 <= d.sentence_index - k <= PROTEST_SCENE_SENTENCES
                 and (t.start < d.trigger.start or k == d.sentence_index)]
        if scene:
            _, _, last = max(scene, key=lambda s: (s[0], -abs(s[1].start - d.trigger.start)))
            d.roles = Roles(d.roles.actors, without(last.roles.actors, d.roles.actors), d.roles.how)


ADVERSARY_AFTER = 1  # sentences after a threat told in the lead in which the conflict it answers may come


def _side_of(party: Participant, parts: tuple[Participant, ...]) -> bool:
    """``party`` is one of ``parts``, or of its state: the same country, ``party`` and one of them an organ of
    the state (a president and his army, a minister and the soldiers killed)."""
    key = participant_key(party)
    if any(participant_key(p) == key for p in parts):
        return True
    return party.country is not None and party.country not in NON_STATE_CODES and any(
        p.country == party.country and (p.sector in STATE_SECTORS or p.type in PLACE_TYPES)
        for p in parts) and (party.sector in STATE_SECTORS or party.type in PLACE_TYPES)


def adversary_targets(drafts: list[Draft], ontology: dict[str, Any]) -> None:
    """"Militants killed eight soldiers ... Sharif said those who spill innocent blood will be hunted down": a
    threat, charge or rejection that names no target is against the other side of the conflict the article
    tells (``plover.toml`` ``adversary_targets``: each type with the acts that make sides): the latest such act
    told before it, or in its sentence, where the speaker's side (itself, or an organ of its state) is one of
    the two sides."""
    rule: dict[str, list[str]] = ontology.get("adversary_targets", {})
    for d in drafts:
        conflicts = set(rule.get(d.event, ()))
        if not conflicts or not d.roles.actors or without(d.roles.recipients, d.roles.actors):
            continue
        sides = [c for c in drafts if c is not d and c.event in conflicts and c.roles.actors
                 and without(c.roles.recipients, c.roles.actors)]
        before = [c for c in sides if c.sentence_index <= d.sentence_index]
        after = [c for c in sides if 0 < c.sentence_index - d.sentence_index <= ADVERSARY_AFTER]
        told = sorted(before, key=lambda c: -c.sentence_index) or sorted(after, key=lambda c: c.sentence_index)
        # (only a party whose side can be told: a sector or a place)
        mine = [a for a in d.roles.actors if a.sector is not None or a.type in PLACE_TYPES]
        for c in told if mine else ():
            recipients = without(c.roles.recipients, c.roles.actors)
            if any(_side_of(a, c.roles.actors) for a in mine) and not any(_side_of(a, recipients) for a in mine):
                other = recipients
            elif any(_side_of(a, recipients) for a in mine) and not any(_side_of(a, c.roles.actors) for a in mine):
                other = c.roles.actors
            else:
                continue
            d.roles = Roles(d.roles.actors, tuple(other), d.roles.how)
            break


PEOPLE_TYPES = frozenset({"COERCE", "ASSAULT"})  # acts whose unnamed people are their recipients
TOLL_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "conj"})  # how a gerund telling an attack's toll hangs on it


def people_objects(doc: Doc, drafts: list[Draft], table: dict[str, str]) -> None:
    """"Police arrested nine suspects", "killing 14 spectators", "sono stati fermati tre sospetti": an
    arrest or attack with no recipient falls on the people its object noun names (``people_objects``): of the
    arresting state's country, or of the country where the attack happened."""
    if not table:
        return
    for d in drafts:
        if d.event not in PEOPLE_TYPES or not d.roles.actors or without(d.roles.recipients, d.roles.actors):
            continue
        tok = doc[d.trigger.start]
        heads = [tok]
        if d.event == "ASSAULT":
            # the toll clause of an attack: "attacked a village, killing 38 people", "uccidendo 17 persone"
            heads += [c for c in tok.children if c.dep_ in TOLL_CLAUSE_DEPS
                      and set(c.morph.get("VerbForm", [])) & {"Ger", "Part"}]
        objects = [c for h in heads for c in h.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
        # a count word the parser took for the object keeps its noun as a modifier ("dodici ← civili")
        objects += [ch for o in objects for ch in o.children if ch.dep_ == "amod" and ch.i == o.i + 1]
        named = [(o, n) for o in objects if (n := people_noun(o, table))]
        if not named:
            continue
        word, name = named[0]
        if d.event == "COERCE":
            country = next((p.country for p in d.roles.actors if p.country and p.country not in INTERNATIONAL), None)
        else:
            loc = location_of(doc, d.trigger)
            country = loc.country if loc is not None else None
        if country is None:
            continue
        people = Participant(raw_text=word.text, entity_name=name, span=Span(word.idx, word.idx + len(word.text)),
                             country=country, sector="CVL")
        d.roles = Roles(d.roles.actors, (people,), d.roles.how)


def fold_mediators(drafts: list[Draft]) -> None:
    """"Talks between Israel and Hamas ..., mediated by Egypt and Qatar": a mediation phrase with no actor of
    its own names the third parties of the talks of its sentence (their recipients, mode third-party)."""
    for d in drafts:
        if not d.trigger.entry.host_agent or d.roles.actors or not d.roles.recipients:
            continue
        talks = next((t for t in drafts if t.event == d.event and t is not d and t.roles.actors
                      and t.trigger.sentence.start == d.trigger.sentence.start), None)
        if talks is not None:
            talks.roles = Roles(talks.roles.actors, merge_participants(talks.roles.recipients, d.roles.recipients),
                                talks.roles.how)
            talks.mode = list(dict.fromkeys(talks.mode + list(d.trigger.entry.mode)))


NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "MNC"})  # country codes that are no state


def home_recipients(doc: Doc, drafts: list[Draft], cands: list[Candidate], ontology: dict[str, Any]) -> None:
    """A protest that names no target is aimed at the authorities of its own country ("Gen Z protests" in
    Kathmandu → Nepal; "sciopero contro la manovra" → Italy): its home state receives it
    (``plover.toml`` ``home_recipient_types``).  A protest abroad (actors of another country) is left alone."""
    types = set(ontology.get("home_recipient_types", ()))
    for d in drafts:
        if d.event not in types or d.roles.recipients or not d.roles.actors:
            continue
        home = _home_country(doc, d)
        state = _state_participant(home, cands, d.trigger) if home else None
        if state is not None:
            d.roles = Roles(d.roles.actors, (state,), d.roles.how)


def scene_recipients(doc: Doc, drafts: list[Draft], cands: list[Candidate], ontology: dict[str, Any]) -> None:
    """Aid, or a pledge of it, that names no recipient goes to the country it is delivered in, when every actor
    with a country is foreign to it ("the UN and India sent tents and food to Herat" → Afghanistan; ``plover.toml``
    ``scene_recipient_types``).  Aid at home (the army helping its own flood victims) is left alone."""
    types = set(ontology.get("scene_recipient_types", ()))
    for d in drafts:
        if d.event not in types or d.roles.recipients or not d.roles.actors or d.trigger.entry.reciprocal:
            continue  # (parties agreeing with each other where they met do not agree with their host)
        loc = next((x for t in (d.trigger, *d.others) if (x := location_of(doc, t)) is not None and x.country), None)
        mine = {p.country for p in d.roles.actors if p.country}
        if loc is None or loc.country is None or not mine or loc.country in mine:
            continue
        state = _state_participant(loc.country, cands, d.trigger)
        if state is not None:
            d.roles = Roles(d.roles.actors, (state,), d.roles.how)


def places_as_states(drafts: list[Draft], ontology: dict[str, Any]) -> None:
    """A town or a region a recipient of an attack or a protest stands for its state ("Russian drones attacked
    Odesa" → Ukraine; ``plover.toml`` ``place_recipient_states``): the state takes the place's words."""
    types = set(ontology.get("place_recipient_states", ()))
    for d in drafts:
        if d.event not in types or not d.roles.recipients:
            continue
        out: list[Participant] = []
        for p in d.roles.recipients:
            state = state_participant(p.country, p.raw_text, p.span) \
                if p.type in ("GPE", "LOC") and p.country and p.country not in NON_STATE_CODES else None
            if state is not None and state.entity_name != p.entity_name:
                p = state
            if not any(q.entity_name == p.entity_name for q in out):
                out.append(p)
        if out != list(d.roles.recipients):
            d.roles = Roles(d.roles.actors, tuple(out), d.roles.how)


STORY_LEAD = 2  # the story's country is named at least this many times as often as any other


VICTIM_SIDING = frozenset({"ACCUSE"})  # an outsider's criticism after an attack on the country is for it


def story_recipients(drafts: list[Draft], cands: list[Candidate], ontology: dict[str, Any]) -> None:
    """Support or criticism that names no one, by an outsider (another state, an international body), goes to
    the country the story is about: the country named most often before it (``plover.toml``
    ``story_recipient_types``)."""
    types = set(ontology.get("story_recipient_types", ()))
    for d in drafts:
        if d.event not in types or d.roles.recipients or not d.roles.actors:
            continue
        mine = {p.country for p in d.roles.actors if p.country}
        story = _story_country(cands, d.trigger.start, mine) if mine else None
        if story is None or (d.event in VICTIM_SIDING and _struck(drafts, d, story)):
            continue  # "Militants killed eight Pakistani soldiers ... Macron condemned the violence": not Pakistan
        state = _state_participant(story, cands, d.trigger)
        if state is not None:
            d.roles = Roles(d.roles.actors, (state,), d.roles.how)


def _struck(drafts: list[Draft], d: Draft, country: str) -> bool:
    """An attack told before ``d`` fell on ``country`` (its recipients are of it), by someone not of it."""
    return any(o.event == "ASSAULT" and o.sentence_index <= d.sentence_index
               and any(p.country == country for p in o.roles.recipients)
               and not any(p.country == country for p in o.roles.actors) for o in drafts)


def _story_country(cands: list[Candidate], before: int, outsiders: set[str]) -> str | None:
    """The country named most often (as a place, a state or one of its organs) before token ``before``, other
    than the ``outsiders``' own, if one leads."""
    counts: dict[str, int] = {}
    for c in cands:
        p = c.participant
        if c.start < before and c.kind != "generic" and p.country and p.country not in NON_STATE_CODES \
                and p.country not in outsiders:
            counts[p.country] = counts.get(p.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] * STORY_LEAD > ranked[0][1]):
        return None  # two countries told about alike: a story of two sides, where support goes to one
    return ranked[0][0]


def _home_country(doc: Doc, d: Draft) -> str | None:
    """The country a civilian act happens in and its actors belong to, when the two agree."""
    mine = {p.country for p in d.roles.actors if p.country}
    if any(p.sector in STATE_SECTORS for p in d.roles.actors) or mine & NON_STATE_CODES:
        return None
    loc = next((x for t in (d.trigger, *d.others) if (x := location_of(doc, t)) is not None and x.country), None)
    if loc is not None:
        return loc.country if not mine or mine == {loc.country} else None
    return next(iter(mine)) if len(mine) == 1 else None


def _state_participant(country: str, cands: list[Candidate], trig: Trigger) -> Participant | None:
    """The country as a participant: its nearest mention in the article, else its dictionary entry."""
    state = state_participant(country)
    if state is None:
        return None
    mentions = [c for c in cands
                if c.participant.entity_name == state.entity_name and c.participant.type in PLACE_TYPES]
    if mentions:
        return min(mentions, key=lambda c: abs(c.start - trig.start)).participant
    return state


MUTUAL_WINDOW = 6  # "accused each other on Sunday", "si sono accusati a vicenda": the marker follows the verb


def mutual_drafts(drafts: list[Draft], markers: tuple[Phrase, ...], shared_types: frozenset[str]) -> list[Draft]:
    """ "Thailand and Cambodia accused each other": a directed act done by every party to every other is one
    event per doer, the others its recipients.  Acts shared by nature (meetings, agreements) and entries
    coded as reciprocal keep all the parties as actors."""
    out: list[Draft] = []
    for d in drafts:
        trig, actors = d.trigger, d.roles.actors
        mutual = len(actors) >= 2 and not d.roles.recipients and not trig.entry.reciprocal \
            and d.event not in shared_types and markers \
            and phrase_near(trig.sentence, trig.end, trig.end + MUTUAL_WINDOW, markers) is not None
        if not mutual:
            out.append(d)
            continue
        for actor in actors:
            others = tuple(a for a in actors if a is not actor)
            out.append(replace(d, roles=replace(d.roles, actors=(actor,), recipients=others)))
    return out
