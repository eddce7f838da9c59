"""Which triggers are not events of their own, and what cue words change: a second verb coordinated with a
first, an act under a condition ("if they attack"), the content of a document ("a plan that provides for
strikes"), cumulative tallies, charges named with an arrest, threats conditional on another's act, subjects
that are things, acts that need a concrete subject, and the retyping and mode/context cues of the lexicon.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .argument_subjects import CLIMB_DEPS
from .arguments import RoleFinder
from .event_context import date_of, location_of
from .trigger_lexicon import Cue, Lexicon, Trigger
from .trigger_patterns import Phrase, any_match, is_finite, match_phrase, phrase_near


def with_coordinated_verbs(doc: Doc, found: list[Trigger], chosen: list[tuple[Trigger, list[Trigger]]]
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
        if head is None and not is_finite(tok.head) and (is_finite(tok) or _forms(tok) != _forms(tok.head)):
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


def in_condition(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A verb inside an "until" clause is what must happen first, not a reported act ("finché Hamas non avrà
    liberato tutti gli ostaggi", "until Hamas releases all hostages"): ``condition_clause_markers``."""
    markers = lexicon.words("condition_clause_markers")
    if trig.entry.kind != "verb" or not markers or not doc.has_annotation("DEP"):
        return False
    tok = doc[trig.start]
    # (parsers also hang "until" on the clause's subject: "until Hamas released ...")
    if any(ch.dep_ == "mark" and any_match(markers, ch) for ch in tok.children) or (
            tok.dep_ == "advcl" and tok.left_edge.i < tok.i and any_match(markers, tok.left_edge)):
        return True
    # "aumentare la pressione su Mosca perché accetti un cessate il fuoco", "so that Moscow accepts": what a
    # purpose clause wants done (an ambiguous marker, "perché", only with a subjunctive verb)
    purpose, subjunctive_only = lexicon.words("purpose_markers"), lexicon.words("purpose_markers_subjunctive")
    # ("accetti": the tagger often reads a third-person subjunctive as the second-person indicative it spells)
    subjunctive = "Sub" in tok.morph.get("Mood", []) or "2" in tok.morph.get("Person", []) or any(
        "Sub" in ch.morph.get("Mood", []) for ch in tok.children if ch.dep_ in ("aux", "aux:pass"))
    return any(ch.dep_ == "mark" and (any_match(purpose, ch) or (subjunctive and any_match(subjunctive_only, ch)))
               for ch in tok.children)


CONTENT_TOKENS = 12  # how far before an event noun "che prevede" / "which provides for" may stand


def is_content(doc: Doc, trig: Trigger, lexicon: Lexicon, inside: frozenset[int] = frozenset()) -> bool:
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


def is_cumulative(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
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


def is_right(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A right or freedom is no event: "we respect the right to protest", «il diritto di manifestare», "freedom
    of assembly" (a ``right_phrases`` phrase ends right before the trigger, a determiner may stand between)."""
    phrases = lexicon.phrases("right_phrases")
    if not phrases:
        return False
    tokens = list(doc)
    start = trig.start - 1 if trig.start > 0 and any_match(lexicon.words("determiners"), tokens[trig.start - 1]) \
        else trig.start
    return any(match_phrase(tokens, i, ph) == start for ph in phrases
               for i in range(max(trig.sentence.start, start - len(ph)), start))


def is_backing_description(doc: Doc, trig: Trigger) -> bool:
    """"Haitian police, backed by a Kenyan-led mission, retook ...", «gli agenti, appoggiati da una squadra
    ...»: support told as a participle describing a noun, with its agent, is how a party stands, not an act
    of support the story reports."""
    tok = doc[trig.start]
    return trig.event == "SUPPORT" and tok.dep_ in ("acl", "amod", "advcl") and not is_finite(tok) \
        and "Part" in tok.morph.get("VerbForm", []) and any(ch.dep_ in ("obl:agent", "agent") for ch in tok.children)


CHARGING_TYPES = frozenset({"SANCTION", "COERCE", "ACCUSE"})
CHARGE_NOUN_REACH = 5  # how far before a charged noun its "per"/"for" may stand


def without_charges(doc: Doc, chosen: list[tuple[Trigger, list[Trigger]]], lexicon: Lexicon
                     ) -> list[tuple[Trigger, list[Trigger]]]:
    """"Sentenced to four years for threatening the president", "arrestato per aver minacciato": the act
    after "for"/"per" is what someone is charged with, not an event the article reports."""
    markers = lexicon.phrases("charge_markers")
    if not markers:
        return chosen
    tokens = list(doc)
    out: list[tuple[Trigger, list[Trigger]]] = []
    for trig, absorbed in chosen:
        after_charging = any(t.event in CHARGING_TYPES and t.sentence.start == trig.sentence.start
                             and t.end <= trig.start for t, _ in out)
        if not (after_charging and _charge_marked(doc, tokens, trig, markers)):
            out.append((trig, absorbed))
    return out


def _charge_marked(doc: Doc, tokens: list[Any], trig: Trigger, markers: tuple[Phrase, ...]) -> bool:
    """A charge marker ("per", "for") right before the trigger, or before the verb it is coordinated with; a
    noun may stand after its adjective or another charge ("un'inchiesta per naufragio colposo e omicidio
    plurimo"), so its marker may come a few words earlier, in the same clause."""
    if trig.entry.kind == "noun":
        return any(match_phrase(tokens, i, ph) is not None and not any(tokens[k].is_punct for k in range(i, trig.start))
                   for ph in markers for i in range(max(trig.sentence.start, trig.start - CHARGE_NOUN_REACH),
                                                    trig.start))
    return any(match_phrase(tokens, i, ph) == at for at in _charge_heads(doc, trig) for ph in markers
               for i in range(max(trig.sentence.start, at - 3), at))


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


PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})  # a purpose or manner clause hanging on the protest's word
PURPOSE_FORMS = frozenset({"Inf", "Ger", "Part"})


def protest_purpose(doc: Doc, trig: Trigger, found: list[Trigger]) -> bool:
    """A demand told as what a protest is for, "marched to demand the release", "manifestato per chiedere le
    dimissioni", "rallied ..., demanding": the protest's aim, part of that protest, not a request of its own
    (a coordinated finite "and demanded", or "they are demanding" in a clause of its own, stays one)."""
    if trig.event != "REQUEST" or not doc.has_annotation("DEP"):
        return False
    tok = doc[trig.start]
    if tok.dep_ not in PURPOSE_DEPS or is_finite(tok) or not set(_forms(tok)) & PURPOSE_FORMS:
        return False
    protests = {i for t in found if t.event == "PROTEST" for i in range(t.start, t.end)}
    return tok.head.i in protests


CONDITION_TOKENS = 12  # how far after a future act its "if"/"se" clause may open


def conditional_threat(doc: Doc, trig: Trigger, event: str, aux: tuple[str, ...], lexicon: Lexicon,
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


def thing_subject(doc: Doc, trig: Trigger, finder: RoleFinder) -> bool:
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


def is_concrete(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """A verb reports an event; a bare noun ("durante le manifestazioni") only with a time or a place."""
    if trig.entry.kind == "verb":
        return True
    return date_of(doc, trig, lexicon)[0] is not None or location_of(doc, trig) is not None


AGENT_GAP = 2  # tokens between a passive verb and its "by"/"da" ("were hit hard by", "colpiti ieri da")


def agent_follows(doc: Doc, trig: Trigger, lexicon: Lexicon) -> bool:
    """Whether a "by"/"da" agent phrase opens right after the trigger (a passive with its agent)."""
    preps = lexicon.words("agent_preps")
    end = min(trig.end + AGENT_GAP + 1, trig.sentence.end)
    return any(any_match(preps, doc[i]) for i in range(trig.end, end))


def retype_by_cues(doc: Doc, trig: Trigger, event: str, cues: tuple[Cue, ...]) -> str:
    """The event type a retyping cue near the trigger gives, else ``event`` unchanged."""
    for cue in cues:
        if event in cue.events and phrase_near(trig.sentence, trig.start - cue.window, trig.end + cue.window,
                                               cue.patterns) is not None:
            return cue.value
    return event


def cue_values(doc: Doc, trig: Trigger, event: str, cues: tuple[Cue, ...]) -> list[str]:
    """The values (modes, contexts) of the cues for ``event`` found near the trigger."""
    return [c.value for c in cues
            if (not c.events or event in c.events)
            and phrase_near(trig.sentence, trig.start - c.window, trig.end + c.window, c.patterns) is not None]


PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})


def judged_subjects(doc: Doc, chosen: list[tuple[Trigger, list[Trigger]]], lexicon: Lexicon,
                    statements: frozenset[str]) -> frozenset[int]:
    """Start tokens of definite event nouns that are the passive subject of a statement verb: "The deal was
    welcomed by the UN", "l'intesa è stata criticata dall'opposizione" name the act judged, told before; its
    judge did not make it."""
    verbs = {t.start for t, _ in chosen if t.entry.kind == "verb" and t.event in statements}
    definite = lexicon.words("definite_markers")
    out: set[int] = set()
    for trig, _ in chosen:
        if trig.entry.kind != "noun" or not verbs:
            continue
        subject = next((doc[i] for i in range(trig.start, trig.end) if doc[i].dep_ in PASSIVE_SUBJECT_DEPS), None)
        if subject is None or subject.head.i not in verbs:
            continue
        if any(c.dep_ == "det" and any_match(definite, c) for c in subject.children) \
                or (trig.start > trig.sentence.start and any_match(definite, doc[trig.start - 1])):
            out.add(trig.start)
    return frozenset(out)
