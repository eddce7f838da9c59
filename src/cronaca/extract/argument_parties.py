"""The parties of an event: the :class:`Roles` a trigger gets, and :class:`PartyContext`, the document's
candidates (entity mentions and generic group nouns) with what the event stage asks about them around a
trigger: the clause's candidates, the preposition before each, coordinated names, recent persons, a speaker
nearby, pronoun and person cues.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc, Token

from ..records import Participant
from .gazetteer import SETTLEMENTS
from .role_candidates import Candidate, build_candidates
from .trigger_lexicon import Lexicon, Trigger
from .trigger_patterns import TokenPattern, any_match, match_phrase, norm
from .triggers import clause_end, clause_start


@dataclass(frozen=True, slots=True)
class Roles:
    """The participants found for one trigger; ``how`` says which rule found the actor (for confidence)."""

    actors: tuple[Participant, ...]
    recipients: tuple[Participant, ...]
    how: str = "none"


PREP_KEYS = ("source_preps", "recipient_preps", "partner_preps", "agent_preps", "genitive_preps", "other_preps")
MODIFIER_POS = frozenset({"ADJ", "DET", "NUM", "ADV"})
PLACE_TYPES = frozenset({"LOC", "FAC"})


def is_modifier(tok: Token) -> bool:
    """A word that may stand between a preposition and its noun ("con la sua controparte statunitense")."""
    if tok.pos_:
        return tok.pos_ in MODIFIER_POS
    return (tok.is_alpha and tok.is_lower) or tok.like_num


def prep_before(doc: Doc, cand: Candidate, lexicon: Lexicon, floor: int) -> str | None:
    """The preposition governing a candidate, looking back over determiners and up to two modifiers."""
    dets = lexicon.words("determiners")
    quantities = lexicon.words("quantity_nouns")
    i, skipped = cand.start - 1, 0
    while i >= floor:
        tok = doc[i]
        # "at thousands of protesters": the "of" after a quantity word is not the candidate's preposition
        if i - 1 >= floor and any_match(lexicon.words("genitive_preps"), tok) \
                and (any_match(quantities, doc[i - 1]) or doc[i - 1].like_num):
            i, skipped = i - 2, skipped + 1
            while i >= floor and any_match(dets, doc[i]):
                i -= 1
            continue
        for key in PREP_KEYS:
            if any_match(lexicon.words(key), tok):
                return key
        if any_match(dets, tok):
            i -= 1
        elif skipped < 2 and is_modifier(tok):
            i, skipped = i - 1, skipped + 1
        else:
            return None
    return None


def prep_floor(trigger: Trigger, cand: Candidate, clause_lo: int) -> int:
    """How far back a candidate's preposition may be sought: not into the trigger's own words."""
    if cand.start >= trigger.end:
        return trigger.end
    return trigger.start + 1 if cand.start > trigger.start else clause_lo


def coordinated_with(doc: Doc, cands: Sequence[Candidate], chosen: Candidate, lexicon: Lexicon,
                     lo: int, hi: int) -> list[Candidate]:
    """``chosen`` plus the candidates joined to it by "e"/"and"/","/"-" (both directions, within bounds)."""
    coord = lexicon.words("coordinators") + lexicon.words("determiners")
    group = [chosen]
    idx = cands.index(chosen)

    conj = lexicon.words("coordinators")
    titles = _title_words(doc.lang_)

    def joined(a: Candidate, b: Candidate) -> bool:
        gap = [doc[i] for i in range(a.end, b.start)]
        if a.end > b.start:  # two mentions inside one token: "Trump-Putin"
            return True
        # at least one real conjunction: "la Russia e la Cina", not just "la"; after it, the title of the next
        # name may stand ("X and Cambodian Prime Minister Hun Manet", "Thailand's acting Prime Minister")
        after = next((k for k, t in enumerate(gap) if any_match(conj, t)), len(gap))
        return bool(gap) and all(any_match(coord, t) or t.text in "-–" or (k > after and t.lower_ in titles)
                                 for k, t in enumerate(gap)) and \
            any(any_match(conj, t) or t.text in "-–," for t in gap)

    j = idx
    while j > 0 and cands[j - 1].start >= lo and joined(cands[j - 1], cands[j]):
        group.insert(0, cands[j - 1])
        j -= 1
    j = idx
    while j + 1 < len(cands) and cands[j + 1].end <= hi and joined(cands[j], cands[j + 1]):
        group.append(cands[j + 1])
        j += 1
    if len(group) > 1 and not any(conjoined(doc, a, b, conj) for a, b in pairwise(group)):
        return [chosen]  # commas alone: "Secondo le autorità, la Russia..." is no list
    return group


@lru_cache(maxsize=8)
def _title_words(language: str) -> frozenset[str]:
    """Title and office words of the language (``entities.toml``), and the nationality words of the actor
    dictionary: what may stand between a conjunction and a name."""
    from .actors import load_dictionary
    from .entity_lexicon import lexicon as entity_lexicon

    lex = entity_lexicon(language)
    demonyms = {a.text.lower() for a in load_dictionary().aliases(language) if a.demonym}
    roles = {w for phrase in lex.roles for w in phrase.split()}  # "primo ministro", "capo dello stato"
    return frozenset(lex.words("titles") | lex.words("office_words") | lex.words("role_modifiers")) | demonyms | roles


def conjoined(doc: Doc, a: Candidate, b: Candidate, conj: tuple[TokenPattern, ...]) -> bool:
    """Joined by a conjunction or a hyphen ("Trump-Putin"), not only by a comma."""
    if a.end > b.start:
        return True
    return any(t.text != "," and (any_match(conj, t) or t.text in "-–") for t in doc[a.end:b.start])


def party_key(p: Participant) -> str:
    """What tells two participants apart: the entity id, else name and country."""
    return p.entity_id or f"{p.entity_name}|{p.country}"


def is_party(p: Participant) -> bool:
    """A side that can be one of "both sides": a named party or a group of a known country ("Indian troops"),
    no person, no place."""
    return bool(p.entity_id or p.country) and p.type not in PLACE_TYPES and p.type != "PER"


def dedupe(cands: Sequence[Candidate]) -> tuple[Participant, ...]:
    """The candidates' participants, each once, in order."""
    seen: set[str] = set()
    out: list[Participant] = []
    for c in cands:
        if c.key not in seen:
            seen.add(c.key)
            out.append(c.participant)
    return tuple(out)


class PartyContext:
    """The candidates of one document and what the event stage asks about them around a trigger: the
    clause's candidates, the main parties, recent persons, a speaker nearby, pronoun and person cues."""

    def __init__(self, doc: Doc, lexicon: Lexicon, event_nouns: frozenset[int] = frozenset()) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.event_nouns = event_nouns  # tokens of noun triggers: a subject that names an event
        self.noun_types: dict[int, str] = {}  # the event type of each of those tokens
        self.cands = build_candidates(doc, lexicon)
        self.has_parse = doc.has_annotation("DEP")
        # (trigger start, actor, recipient) of conflict events already read: what "both sides" refers to
        self.sides: list[tuple[int, Participant, Participant]] = []

    def in_clause(self, trigger: Trigger) -> tuple[int, int, list[Candidate]]:
        lo, hi = clause_start(self.doc, trigger, self.lexicon), clause_end(self.doc, trigger, self.lexicon)
        # overlap, not containment: a name the sentence splitter cut ("K. P. | Sharma Oli") still counts
        # a name inside a gapped trigger is an argument ("summoned the Japanese ambassador"), not its head
        # but a group noun inside it is part of the trigger ("pulled its troops out")
        inside = [c for c in self.cands if c.end > lo and c.start < hi
                  and not (c.start <= trigger.start < c.end)
                  and not (c.kind == "generic" and trigger.start <= c.start and c.end <= trigger.end)]
        return lo, hi, inside

    def _main_parties(self, trigger: Trigger) -> tuple[Participant, ...]:
        """The two parties named most often before the trigger's sentence (no cities), when both recur."""
        cities = {loc.span for loc in self.doc._.cronaca_locations or [] if loc.feature in SETTLEMENTS}
        counts: Counter[str] = Counter()
        first: dict[str, Participant] = {}
        for c in self.cands:
            p = c.participant
            if c.end > trigger.sentence.start or c.kind == "generic" or not is_party(p) or p.span in cities:
                continue
            counts[c.key] += 1
            first.setdefault(c.key, p)
        top = counts.most_common(3)
        if len(top) < 2 or top[1][1] < 2 or (len(top) == 3 and top[2][1] == top[1][1]):
            return ()  # no clear pair of sides
        return first[top[0][0]], first[top[1][0]]

    def _cands_at(self, tok: Token) -> list[Candidate]:
        out: list[Candidate] = []
        for t in [tok, *[c for c in tok.children if c.dep_ == "conj"]]:
            out += [c for c in self.cands if c.start <= t.i < c.end]
        return out

    def parties_at(self, tok: Token) -> list[Candidate]:
        """The named or generic parties a token belongs to (with its conjuncts)."""
        return self._cands_at(tok)

    def named_nonparty_subject(self, tok: Token, steps: int = 2) -> bool:
        """The clause names its doer, and that doer is an event, no party: "An air strike hit a school, killing 12,
        the ministry said" (the strike killed them, not the ministry that told it). The subject of a
        gerund or a coordinated verb is the one of the verb it hangs on."""
        for _ in range(steps):
            subjects = [ch for ch in tok.children if ch.dep_ == "nsubj"]
            if subjects:
                # an event noun ("strike", "bombardamento"), not a party the lists miss ("the Coalition")
                subject = subjects[0]
                return (subject.i in self.noun_types or any_match(self.lexicon.words("weapon_subjects"), subject)) \
                    and not self._cands_at(subject)
            if tok.dep_ not in ("advcl", "conj", "xcomp") or tok.head is tok:
                return False
            tok = tok.head
        return False

    def previous_place_country(self, trigger: Trigger) -> str | None:
        """Country of the last place named in the previous sentence ("A Roma migliaia... La polizia ...")."""
        start = trigger.sentence.start
        if start == 0:
            return None
        prev = self.doc[start - 1].sent
        # a state that acts there ("The United States said ...") or owns something ("expelled Iran's
        # ambassador") is a party, not the scene
        places = [c for c in self.cands if prev.start <= c.start < prev.end and c.kind in ("name", "metonym")
                  and c.participant.type in ("GPE", "LOC", "FAC") and c.participant.country
                  and self.doc[c.end - 1].dep_ not in ("nsubj", "nsubj:pass", "nsubjpass", "nmod:poss")]
        return places[0].participant.country if places else None

    def recent_persons(self, trigger: Trigger, n: int) -> tuple[Participant, ...]:
        """The last ``n`` distinct persons named in this or the previous sentence before the trigger."""
        sent = trigger.sentence
        floor = self.doc[sent.start - 1].sent.start if sent.start > 0 else 0
        seen: dict[str, Participant] = {}
        for c in reversed(self.cands):
            if c.start < floor:
                break
            if c.end <= trigger.start and c.participant.type == "PER" and c.key not in seen:
                seen[c.key] = c.participant
                if len(seen) == n:
                    break
        return tuple(reversed(seen.values())) if len(seen) == n else ()

    def speaker_near(self, trigger: Trigger) -> Participant | None:
        """The attributed speaker of the sentence: a mention next to a speech verb ("ha detto X", "X said")."""
        doc, speech = self.doc, self.lexicon.words("speech_verbs")
        sent = trigger.sentence
        cues = [i for i in range(sent.start, sent.end) if any_match(speech, doc[i])]
        # the nearest cue before the trigger that has a name next to it ("X said on Sunday it would ...",
        # "X said it was concerned and announced it was ..."), else the one after it ("..., X said"); not
        # a cue of another clause ("which the commission says was won")
        ordered = [i for i in reversed(cues) if i < trigger.start] + [i for i in cues if i >= trigger.end][:1]
        for i in ordered:
            best: tuple[int, Candidate] | None = None
            for c in self.cands:
                if c.start < sent.start or c.end > sent.end:
                    continue
                if prep_before(doc, c, self.lexicon, sent.start) in ("recipient_preps", "partner_preps"):
                    continue
                dist = c.start - i - 1 if c.start > i else i - c.end
                if 0 <= dist <= 2 and (best is None or dist < best[0]):
                    best = (dist, c)
            if best is not None:
                return best[1].participant
            found = self._cue_subject(doc[i])
            if found is not None:
                return found
        return None

    def _cue_subject(self, cue: Token) -> Participant | None:
        """The parsed subject of a speech verb, or the name in apposition to it: "Tom Fletcher, the UN's
        humanitarian chief, said", "Il capo dell'Onu, Tom Fletcher, si è detto"."""
        if not self.has_parse:
            return None
        for ch in cue.children:
            if ch.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass"):
                continue
            for tok in (ch, *[a for a in ch.children if a.dep_ == "appos"]):
                found = [c for c in self._cands_at(tok) if c.kind != "generic"]
                if found:
                    return found[0].participant
        return None

    def clause_is_bare(self, trigger: Trigger) -> bool:
        """Nothing but function words before the trigger in its clause: a dropped or pronoun subject."""
        lo = clause_start(self.doc, trigger, self.lexicon)
        fw = self.lexicon.words("function_words") + self.lexicon.words("subject_pronouns")
        # a time in between leaves it bare: "said on Sunday it would not recognise"
        times = [t.span for t in self.doc._.cronaca_times or [] if t.span is not None]
        return all(any_match(fw, self.doc[i]) or self.doc[i].is_punct
                   or any(sp.start <= self.doc[i].idx < sp.end for sp in times)
                   or (self.doc[i].pos_ == "ADP" and i + 1 < trigger.start
                       and any(sp.start <= self.doc[i + 1].idx < sp.end for sp in times))
                   for i in range(lo, trigger.start))

    def reported_pronoun(self, trigger: Trigger) -> bool:
        """A pronoun subject right after a speech verb: "X said it was deeply concerned and announced it was
        suspending ...": the pronoun is the speaker, whatever comes earlier in the clause."""
        doc, lex = self.doc, self.lexicon
        fw, pronouns = lex.words("function_words"), lex.words("subject_pronouns")
        i = trigger.start - 1
        while i >= trigger.sentence.start and (any_match(fw, doc[i]) or doc[i].is_quote) \
                and not any_match(pronouns, doc[i]):  # (a quoted word: he was “appalled”)
            i -= 1
        if i <= trigger.sentence.start or not any_match(pronouns, doc[i]):
            return False
        before = doc[i - 1]
        if any_match(lex.words("complementizers"), before) and i - 2 >= trigger.sentence.start:
            before = doc[i - 2]
        return any_match(lex.words("speech_verbs"), before)

    def has_subject_pronoun(self, trigger: Trigger) -> bool:
        lo = clause_start(self.doc, trigger, self.lexicon)
        pronouns = self.lexicon.words("subject_pronouns")
        return any(any_match(pronouns, self.doc[i]) for i in range(lo, trigger.start))

    def has_person_pronoun(self, trigger: Trigger) -> bool:
        """A pronoun that can only stand for a person ("he", "lei") opens the trigger's clause."""
        lo = clause_start(self.doc, trigger, self.lexicon)
        pronouns = self.lexicon.words("person_pronouns")
        return any(any_match(pronouns, self.doc[i]) for i in range(lo, trigger.start))

    def group_reference(self, trigger: Trigger) -> bool:
        """A "the two leaders" / "i due leader" subject right before the trigger."""
        lo = clause_start(self.doc, trigger, self.lexicon)
        phrases = self.lexicon.phrases("group_refs")
        tokens = list(self.doc)
        return any(match_phrase(tokens, i, ph) is not None for i in range(lo, trigger.start) for ph in phrases)

    def first_person(self, trigger: Trigger) -> bool:
        lo = clause_start(self.doc, trigger, self.lexicon)
        fp = self.lexicon.words("first_person")
        suffixes = tuple(self.lexicon.settings.get("first_person_suffix", ()))
        for i in range(lo, trigger.end):
            tok = self.doc[i]
            if any_match(fp, tok) or "1" in tok.morph.get("Person", []):
                return True
            if suffixes and norm(tok.text).endswith(suffixes) and len(tok.text) > 5:
                return True
        return False
