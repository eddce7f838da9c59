"""Completing an event's roles when the clause leaves them empty: a subject shared with an earlier verb, a
pronoun's or relative pronoun's antecedent, the actor of an agentless passive done by an authority, the
recipient of a definite reference ("the attack") or of a judged act ("condemned the strike"), a partner
carried over from the previous event, a default group actor, the place a recipient stands for, and the
sector-based retyping of verbal attacks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token

from ..records import Participant, Span
from .argument_parties import Roles, prep_before
from .argument_subjects import is_passive
from .arguments import RoleFinder, merge_participants
from .entity_lexicon import INTERNATIONAL
from .event_context import location_of
from .event_filters import agent_follows
from .event_merge import (
    PLACE_TYPES,
    Draft,
    participant_key,
    without,
)
from .event_quotes import in_quote, quote_speaker
from .gazetteer import SETTLEMENTS
from .role_candidates import country_mentions, dominant_country, optional_helper, people_noun
from .trigger_lexicon import Lexicon, Trigger
from .trigger_patterns import any_match, match_phrase, norm

AUTHORITY_SECTORS = frozenset({"GOV", "COP", "JUD", "MIL", "LEG"})
TARGETED_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION", "ASSAULT", "THREATEN"})
AUTHORITY_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION"})  # agentless passives done by authorities
REFERENCE_TOKENS = 120  # how far back "the attack" may refer
PASSIVE_LOOKBACK_TOKENS = 250  # how far back an agentless passive looks for the same kind of event
CONTINUED_TYPES = frozenset({"SUPPORT"})  # verbal support is addressed to the current partner
REFERRING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})  # "condemned the attack": recipient = attacker
ANAPHORA_WINDOW = 4  # sentences after an event in which "the operation" / "l'operazione" still refers to it
# "welcomed the decision": a generic word for an act never means a mere threat or request
UNDECIDED_TYPES = REFERRING_TYPES | {"REQUEST", "THREATEN"}


def place_only_spans(doc: Doc) -> set[Span | None]:
    """Spans of cities mentioned as places (not as metonyms for their government)."""
    metonyms = {m.span for m in doc._.cronaca_mentions or [] if m.kind == "metonym"}
    return {loc.span for loc in doc._.cronaca_locations or []
            if loc.feature in SETTLEMENTS and loc.span is not None and loc.span not in metonyms
            and not _verb_subject(doc, loc.span)}


def _verb_subject(doc: Doc, span: Span) -> bool:
    """The city is the subject of an active verb ("Dhaka summoned the envoy"): it stands for its government."""
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return found is not None and any(t.dep_ == "nsubj" and t.head.pos_ == "VERB" for t in found)


def actor_from_object_noun(trig: Trigger, absorbed: list[Trigger], roles: Roles, finder: RoleFinder) -> Roles:
    """"È stato ucciso in un raid israeliano": an agentless verb takes the actor its event noun names."""
    if roles.actors:
        return roles
    for noun in absorbed:
        if noun.event == trig.event:
            own = finder.nominal_roles(noun).actors[:1]
            if own:
                return Roles(own, without(roles.recipients, own), "nominal")
    return roles


def sector_retype(event: str, roles: Roles, ontology: dict[str, Any], modes: tuple[str, ...] = ()
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


def is_verbal_attack(roles: Roles, ontology: dict[str, Any]) -> bool:
    """Persons attacking a party that is neither a place nor armed: words, not weapons."""
    armed = set(ontology.get("verbal_attack", {}).get("armed_sectors", ()))
    return bool(roles.actors) and all(p.type == "PER" and p.sector not in armed for p in roles.actors) \
        and all(p.type not in PLACE_TYPES and p.sector not in armed for p in roles.recipients)


def shared_subject(doc: Doc, trig: Trigger, earlier: list[Draft], lexicon: Lexicon,
                    finder: RoleFinder | None = None) -> Roles | None:
    """"la Russia ha colpito Kiev, uccidendo una persona": a same-type verb later in the clause chain
    shares the subject of the first one (the nearest name before it is the first one's object); so does a
    gerund or an infinitive of purpose of any type ("la polizia ha caricato il corteo, fermandone tre") —
    but not a verb with its own subject ("Hamas released three hostages and Israel freed 183 prisoners")."""
    if not earlier or trig.entry.kind != "verb":
        return None
    prev = earlier[-1]
    gerund = norm(doc[trig.start].text).endswith(tuple(lexicon.settings.get("gerund_suffix", ())) or ("\0",))
    # an infinitive of purpose ("summoned India's envoy to protest the strikes", "per protestare") too
    head = doc[trig.start]
    purpose = head.morph.get("VerbForm", []) == ["Inf"] and trig.start > 0 and doc[trig.start - 1].dep_ == "mark"
    if prev.trigger.sentence.start != trig.sentence.start or not prev.roles.actors \
            or (prev.event != trig.event and not gerund and not purpose):
        return None
    if finder is not None and finder.own_subject(trig):
        return None
    if prev.trigger.entry.kind != "verb" and prev.roles.how != "subject":
        return None  # a noun mention with its own subject counts: "ha risposto con raid aerei ..., uccidendo"
    breaks = lexicon.words("clause_breaks")
    if any(any_match(breaks, doc[i]) for i in range(prev.trigger.end, trig.start)):
        return None
    return Roles(prev.roles.actors, (), prev.roles.how)


def fallback_actor(doc: Doc, trig: Trigger, roles: Roles, finder: RoleFinder, earlier: list[Draft]) -> Roles:
    """Actors the clause does not name: "i due leader", a quoted "we", a dropped subject.

    A clause with only a partner ("d'accordo con Trump") still needs its subject: it is added first."""
    if roles.how == "partner":
        found = fallback_actor(doc, trig, Roles((), roles.recipients, "none"), finder, earlier)
        return Roles(merge_participants(found.actors, roles.actors), roles.recipients, found.how) \
            if found.actors else roles
    if roles.actors and any(p.entity_id for p in roles.actors):
        return roles
    named = _organisation_reference(doc, trig, finder)
    if named is not None:  # "the group accused ...": not a generic group, the organisation just named
        return Roles((named,), without(roles.recipients, (named,)), "subject")
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
    if finder.has_parse and _indefinite_doers(doc[trig.start]):
        return roles  # "Those who attacked police officers will answer for it," Vucic said: not Vucic
    first = finder.first_person(trig)
    # "X said he was appalled by the attack": a feeling an event caused, no passive with a doer
    felt = verbal and finder.reported_pronoun(trig) and any(
        ch.dep_ in ("obl:agent", "agent") and ch.i in finder.noun_types for ch in doc[trig.start].children)
    quoted = quote_speaker(doc, trig)
    # “They attacked us,” the mayor said: inside a quote, a third-person subject is not the speaker
    third = in_quote(doc, trig) and finder.has_subject_pronoun(trig) and not first and not felt
    # (not an agentless passive: "Internet access was restricted, NetBlocks said" is not NetBlocks' act)
    if quoted is not None and (first or (verbal and finder.clause_is_bare(trig) and not third
                                         and not is_passive(doc, trig, finder.lexicon))):
        return Roles((quoted,), without(roles.recipients, (quoted,)), "speaker")
    if verbal and not felt and is_passive(doc, trig, finder.lexicon):
        if agent_follows(doc, trig, finder.lexicon):
            return roles  # "were hit by the same group": a doer is named, only not as a known party
        # an agentless passive ("sono accusati di..."): the authority acting in the recent events
        latest = [d for d in reversed(earlier) if d.roles.actors][:4]
        pick = next((d for d in reversed(earlier) if d.event == trig.event and d.roles.actors
                     and trig.sentence.start - d.trigger.sentence.start < PASSIVE_LOOKBACK_TOKENS), None)
        if pick is None and trig.event in AUTHORITY_TYPES:  # "sono accusati", "was sentenced": by authorities
            # (a state's: an EU or UN official who spoke last arrests no one)
            pick = next((d for d in latest if any(p.sector in AUTHORITY_SECTORS and p.country not in INTERNATIONAL
                                                  for p in d.roles.actors)), None)
        if pick is not None:
            return Roles(pick.roles.actors[:1], roles.recipients, "continuity")
        return roles
    if third:
        return roles  # whom "they" means inside a quote is beyond these rules
    if not first and _reported_pronoun_clause(doc, trig, finder):
        # "The EU said it would impose new sanctions", "UNAMA said it had received reports ... and called for an
        # inquiry": the pronoun of a clause reported by a speech verb, or of the clause a verb is coordinated
        # with, is the speaker
        speaker = finder.speaker_near(trig)
        if speaker is not None:
            return Roles((speaker,), without(roles.recipients, (speaker,)), "speaker")
    if verbal and (first or finder.clause_is_bare(trig) or finder.reported_pronoun(trig)):
        head = doc[trig.start]
        if not first and finder.has_parse and (head.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                                               or (finder.named_nonparty_subject(head)
                                                   and not finder.has_subject_pronoun(trig))):
            return roles  # "Shelling hit the market, killing 12 people, the network said"
        speaker = finder.speaker_near(trig)
        if speaker is not None:
            return Roles((speaker,), without(roles.recipients, (speaker,)), "speaker")
        acted = [d for d in reversed(earlier)
                  if 0 <= trig.sentence.start - d.trigger.sentence.start and d.roles.actors
                  and d.trigger.sentence.start >= _previous_sentence_start(doc, trig)]
        if finder.has_person_pronoun(trig):
            # "He also accused Moscow": the person who acted last, not the country a nominal mention named
            acted = [d for d in acted if d.roles.actors[0].type == "PER"]
        prev = acted[0] if acted else None
        if prev is not None:
            return Roles(prev.roles.actors[:1], without(roles.recipients, prev.roles.actors[:1]), "continuity")
        antecedent = _pronoun_antecedent(doc, trig, finder)
        if antecedent is not None:
            return Roles((antecedent,), without(roles.recipients, (antecedent,)), "continuity")
    return roles


def _own_subject(verb: Token) -> Token | None:
    return next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)


NOUN_ARGUMENT_DEPS = frozenset({"obj", "dobj", "obl", "nsubj:pass", "nsubjpass"})


def _reported_pronoun_clause(doc: Doc, trig: Trigger, finder: RoleFinder) -> bool:
    """Whether the trigger's verb (a noun trigger's governing verb: "impose new sanctions"), or the verb it is
    coordinated with, has a pronoun or a dropped subject and is the complement of a speech verb ("X said it
    would ...", «X ha detto che imporrà ...»)."""
    if not finder.has_parse:
        return False
    # (the verb of a phrase trigger: "non resterà senza risposta")
    verb = next((t for t in doc[trig.start:trig.end] if t.pos_ == "VERB"), doc[trig.start])
    if verb.pos_ not in ("VERB", "AUX"):
        if verb.dep_ not in NOUN_ARGUMENT_DEPS or verb.head.pos_ != "VERB":
            return False
        verb = verb.head
    subject = _own_subject(verb)
    if subject is None and verb.dep_ == "conj":
        verb = verb.head
        subject = _own_subject(verb)
    lex = finder.lexicon
    # (a finite verb with no subject at all: a dropped one, «ha detto che imporrà nuove sanzioni»)
    # (not an imperative: “Stand down and send these soldiers back,” Arce told Zúñiga)
    dropped = subject is None and "Fin" in verb.morph.get("VerbForm", []) and "Imp" not in verb.morph.get("Mood", [])
    pronoun = subject is not None and subject.pos_ == "PRON" and any_match(lex.words("subject_pronouns"), subject)
    # (a threat told of the act it answers: «ha detto che l'attacco non resterà senza risposta»)
    answered = subject is not None and subject.pos_ == "NOUN" and trig.event == "THREATEN"
    # (the speaker's own part: "said his office had documented ...", «ha detto che il suo ufficio ha ...»)
    owned = subject is not None and subject.pos_ == "NOUN" and any_match(lex.words("subject_parts"), subject) \
        and any(ch.dep_ in ("det:poss", "nmod:poss", "poss") for ch in subject.children)
    return (dropped or pronoun or answered or owned) and verb.dep_ == "ccomp" \
        and any_match(lex.words("speech_verbs"), verb.head)


def _organisation_reference(doc: Doc, trig: Trigger, finder: RoleFinder) -> Participant | None:
    """"The group blamed the RSF", "l'organizzazione ha denunciato": a definite organisation noun as the
    subject stands for the organisation that was the subject just before (this sentence or the two before)."""
    if not finder.has_parse or trig.entry.kind != "verb":
        return None
    nouns, definite = finder.lexicon.words("organisation_references"), finder.lexicon.words("definite_markers")
    verb = doc[trig.start]
    subject = _own_subject(verb)
    if subject is None and verb.dep_ == "conj":  # "the group said ... and accused the military"
        subject = _own_subject(verb.head)
    if subject is None or subject.pos_ != "NOUN" or not any_match(nouns, subject) or finder.parties_at(subject) \
            or not any(ch.dep_ == "det" and any_match(definite, ch) for ch in subject.children) \
            or any(ch.dep_ in ("nmod", "amod", "acl", "acl:relcl") for ch in subject.children):
        return None  # "the group of protesters", "the armed group", "a group": not one named before
    salient = optional_helper("entities", "salient_entity")
    if salient is None:
        return None
    found = salient(doc, subject.idx, ("ORG",))
    entity = found[0] if isinstance(found, tuple) else found
    floor = doc[max(0, doc[trig.sentence.start - 1].sent.start - 1)].sent.start if trig.sentence.start else 0
    before = [m for m in getattr(entity, "mentions", None) or [] if doc[floor].idx <= m.start and m.end <= subject.idx]
    return entity.participant(before[-1], doc.text) if before else None


def _indefinite_doers(head: Token) -> bool:
    """A relative clause on a pronoun, or a relative pronoun with no antecedent, as the doer: "those who
    attacked", "quelli che hanno attaccato", "chi ha attaccato"."""
    if head.dep_ == "acl:relcl" and head.head.pos_ == "PRON":
        return True
    return any(ch.dep_ == "nsubj" and ch.pos_ == "PRON" and "Rel" in ch.morph.get("PronType", [])
               and ch.head.dep_ not in ("acl:relcl", "acl") for ch in head.children)


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


def fallback_recipient(doc: Doc, trig: Trigger, absorbed: list[Trigger], roles: Roles, earlier: list[Draft],
                        finder: RoleFinder, lexicon: Lexicon) -> Roles:
    """The object noun names the recipient: "fired on protests" → the protesters; "condemned the attack" →
    whoever carried out that attack."""
    if not absorbed:
        return roles
    first = roles.recipients[0].span if roles.recipients else None
    noun = absorbed[0]
    if noun.entry.default_actor and noun.start - trig.end <= 4 and (first is None or doc[noun.start].idx < first.start):
        generic = default_group_actor(doc, noun, Roles((), (), "none"), finder, lexicon).actors
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


def definite_reference(doc: Doc, trig: Trigger, roles: Roles, earlier: list[Draft], lexicon: Lexicon,
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


def referred_events(doc: Doc, trig: Trigger, found: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """Event words right after a judging verb ("condemned the strike", "denied the accusation"), whether
    or not the trigger selection kept them as events of their own."""
    if trig.event not in REFERRING_TYPES:
        return []
    return [t for t in found if t.event != trig.event and t.sentence.start == trig.sentence.start
            and 0 <= t.start - trig.end <= REFERRED_TOKENS
            and not any(doc[i].is_punct for i in range(trig.end, t.start))]  # ", demanding": a new clause


def _judged_noun(doc: Doc, trig: Trigger, finder: RoleFinder) -> Token | None:
    """The common noun a judging verb takes as its object ("condemned the launch", "called the expulsions
    a hostile step"), when it names no party ("condemned the government")."""
    if not finder.has_parse or trig.entry.kind != "verb":
        return None
    head = doc[trig.start]
    for ch in head.children:
        if ch.dep_ in ("obj", "dobj") and ch.pos_ == "NOUN" and ch.i < trig.end + REFERRED_TOKENS + 2 \
                and not finder.parties_at(ch):
            return ch
    return None


def _earlier_owner(doc: Doc, trig: Trigger, lemma: str, finder: RoleFinder, lexicon: Lexicon
                   ) -> Participant | None:
    """The party that owned the same noun when the story named it before ("North Korea's launch", "il lancio
    della Corea del Nord"; not "the attack on Kyiv")."""
    owner_preps = lexicon.words("owner_preps")
    for tok in reversed(doc[max(0, trig.start - REFERENCE_TOKENS * 3):trig.sentence.start]):
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
            continue
        for ch in tok.children:
            if ch.dep_ in ("nmod:poss", "poss") or (ch.dep_ == "nmod" and ch.pos_ == "PROPN" and any(
                    c.dep_ == "case" and any_match(owner_preps, c) for c in ch.children)):
                found = [c for c in finder.parties_at(ch) if c.kind != "generic"]
                if found:
                    return found[0].participant
    return None


def referred_recipient(doc: Doc, trig: Trigger, referred: list[Trigger], roles: Roles, earlier: list[Draft],
                        lexicon: Lexicon, finder: RoleFinder,
                        ontology_alike: dict[str, list[str]] | None = None) -> Roles:
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
    judged = _judged_noun(doc, trig, finder)  # "condemned the launch": told before with that word
    if not kinds and not nouns and judged is None:
        return roles
    # "the package", "l'attacco": the act whose own sentence used the same word ("its 19th package of
    # sanctions", "in un attacco con droni"), before any later act of the same kind
    words = set(nouns) | {norm(doc[t.start].text) for t in referred}
    lemma = judged.lemma_.lower() if judged is not None else None
    if lemma is not None:
        owner = _earlier_owner(doc, trig, lemma, finder, lexicon)  # "North Korea's launch", "il lancio di Pyongyang"
        if owner is not None and participant_key(owner) not in mine:
            return Roles(roles.actors, (owner,), roles.how)
    for d in reversed(earlier):
        if trig.start - d.trigger.start > REFERENCE_TOKENS * 3:
            break
        fits = d.event in kinds if kinds else d.event not in REFERRING_TYPES
        if fits and d.roles.actors and not d.actor_keys & mine and (
                any(norm(t.text) in words for t in d.trigger.sentence)
                or (lemma is not None and d.event not in UNDECIDED_TYPES
                    and any(t.lemma_.lower() == lemma for t in d.trigger.sentence))):
            recips = without(d.roles.actors, roles.actors)
            if recips:
                return Roles(roles.actors, recips, roles.how)
    if not kinds and not nouns:
        return roles  # a word of its own that no earlier act used is no reference to the latest act
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


def continued_recipient(trig: Trigger, roles: Roles, earlier: list[Draft], sent_index: int) -> Roles:
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


def default_group_actor(doc: Doc, trig: Trigger, roles: Roles, finder: RoleFinder, lexicon: Lexicon) -> Roles:
    """The lexicon's default group actor of the trigger ("protesters" for a protest) as the actor."""
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


def place_roles(doc: Doc, trig: Trigger, roles: Roles, finder: RoleFinder, ontology: dict[str, Any]) -> Roles:
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
             and c.participant.country and not finder.in_modifying_clause(c, trig)]
    loc = location_of(doc, trig)
    local = (loc.country if loc is not None else None) or (places[0].country if places else None)
    # where it happened, even if that place is also the target ("shelled a camp in North Darfur")
    local = local or next((c.participant.country for c in cands if c.participant.type in PLACE_TYPES
                           and c.participant.country and c.participant.type != "GPE"), None)
    nearby = local or finder.previous_place_country(trig)
    # a state named as the recipient is not the home of the unnamed actor ("governo ... sanzioni contro l'Iran")
    others = {p.country for p in roles.recipients if p.country and p.type in PLACE_TYPES}
    domestic = trig.event in ontology.get("domestic_types", ())
    # troops are often foreign; not in a story that has named only one country so far
    homeless = any(p.entity_id is None and p.country is None for p in roles.actors)
    sole = local or (_sole_country(doc, trig.sentence.end_char) if homeless else None)
    actors = tuple(_with_home(p, local, nearby, doc, others, finder.lexicon, domestic, sole) for p in roles.actors)
    # "la segretaria del Pd ha accusato il governo ... in Algeria": a party politician's "government" is her own
    own = next((p.country for p in actors if p.sector in DOMESTIC_SECTORS and p.country), None)
    recips = tuple(_with_home(p, own if own and p.entity_id is None and p.sector == "GOV" else local, nearby, doc,
                              set(), finder.lexicon) for p in roles.recipients)
    home = {p.country for p in actors if p.country and p.country not in INTERNATIONAL}
    if local is None and nearby is None and len(home) == 1:
        # "Vucic accused the opposition", "accusing protesters of ...": with no place named, a society's
        # own groups are those of the country whose leader or office acts
        recips = tuple(replace(p, country=next(iter(home))) if not p.country and not p.entity_id
                       and p.sector in SOCIETY_SECTORS else p for p in recips)
    recips = tuple(p for p in recips if p.entity_id or p.country)
    if loc is not None and loc.span is not None and loc.feature != "country" \
            and trig.event not in ontology.get("place_targets", ()) and not trig.entry.host \
            and not (loc.feature == "capital" and trig.event in ontology.get("capital_recipient_types", ())):
        # "a curfew in central Kathmandu": the town is where it happened, not who it was done to
        recips = tuple(p for p in recips if p.entity_name != loc.name
                       or p.span is None or not p.span.overlaps(loc.span))
    people = _people_before(doc, trig, after[0], finder.lexicon) if after else None
    if not recips and trig.event in ontology.get("place_targets", ()) and people is not None:
        recips = (people,)  # "ha ucciso dodici civili a Port-au-Prince": the people, of the place's country
    elif not recips and trig.event in ontology.get("place_targets", ()) and after:
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


def _people_before(doc: Doc, trig: Trigger, place: Participant, lexicon: Lexicon) -> Participant | None:
    """People the act fell on (``people_objects``) between it and a place ("ha ucciso dodici civili a
    Port-au-Prince", "rapiti, in gran parte donne e bambini, ... nello Stato di Zamfara"): the place is where it
    happened and the people, of its country, are the recipients."""
    table = lexicon.settings.get("people_objects", {})
    if not table or place.span is None or not place.country:
        return None
    for t in doc[trig.end:]:
        if t.idx >= place.span.start:
            break
        name = people_noun(t, table)
        if name is not None:
            return Participant(raw_text=t.text, entity_name=name, span=Span(t.idx, t.idx + len(t.text)),
                               country=place.country, sector="CVL")
    return None


def scene_not_recipient(doc: Doc, trig: Trigger, roles: Roles, ontology: dict[str, Any]) -> Roles:
    """Streets, squares and towns where a protest took place are its scene, not its target."""
    if trig.event not in ontology.get("scene_not_recipient", ()) or not roles.recipients:
        return roles
    cities = place_only_spans(doc)
    kept = tuple(p for p in roles.recipients
                 if p.type not in ("LOC", "FAC") and not (p.type == "GPE" and p.span in cities))
    return roles if len(kept) == len(roles.recipients) else Roles(roles.actors, kept, roles.how)


SOCIETY_SECTORS = frozenset({"CVL", "PTY", "LAB", "MED", "BUS", "CRM", "REB"})  # a country's own groups
DOMESTIC_SECTORS = frozenset({"PTY", "LEG"})  # parties and parliaments: their "government" is their own


def _sole_country(doc: Doc, end: int) -> str | None:
    """The one country the places, states and nationalities named before character ``end`` belong to."""
    seen = set(country_mentions(doc, end)) - INTERNATIONAL
    return next(iter(seen)) if len(seen) == 1 else None


def goods_not_recipients(doc: Doc, trig: Trigger, roles: Roles, finder: RoleFinder) -> Roles:
    """"India sent a field hospital with 118 doctors to Myanmar": what a verb of giving moves (its unnamed
    object after the verb: doctors, rescuers) is not whom it helps; "to Myanmar" is. A named object stays
    ("provided Ukraine with weapons")."""
    if trig.event != "AID" or not trig.entry.needs or not roles.recipients:
        return roles
    kept = []
    for p in roles.recipients:
        cand = next((c for c in finder.cands if c.participant.span == p.span), None)
        if p.entity_id is None and cand is not None and cand.start >= trig.end \
                and prep_before(doc, cand, finder.lexicon, trig.end) != "recipient_preps":
            continue
        kept.append(p)
    return roles if len(kept) == len(roles.recipients) else Roles(roles.actors, tuple(kept), roles.how)


def _with_home(p: Participant, local: str | None, nearby: str | None, doc: Doc, others: set[str],
               lexicon: Lexicon, domestic: bool = False, sole: str | None = None) -> Participant:
    """A generic actor's country: where the event happened; else, for police, protesters, government, the
    place of the previous sentence or the article's main country; troops, which are often foreign, only
    when the story has named no other country (``sole``)."""
    if p.entity_id is not None or p.country is not None:
        return p
    group: dict[str, Any] = next((g for g in lexicon.groups.values() if g.get("name") == p.entity_name), {})
    home = local
    if home is None and (group.get("home", True) or domestic):  # troops searching homes are the state's
        home = nearby or dominant_country(doc, others)
    elif home is None and sole is not None and sole not in others:
        home = sole  # troops in a story that has named no other country
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


def add_context_targets(drafts: list[Draft], finder: RoleFinder, ontology: dict[str, Any]) -> None:
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

