"""Who did what to whom: the actor(s) and recipient(s) of an event trigger.

Candidates are the article's entity mentions (``doc._.cronaca_mentions``) plus generic group nouns of the
language pack ("i manifestanti", "security forces").  Roles come from the surface order of the clause and
the preposition before each candidate (data: ``recipient_preps``, ``partner_preps``, ``agent_preps``...);
when the pipeline has a dependency parse, subject/object relations fill roles the surface rules leave empty.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Token

from ..records import Participant
from .role_candidates import Candidate, build_candidates
from .triggers import (
    Lexicon,
    TokenPattern,
    Trigger,
    any_match,
    clause_end,
    clause_start,
    match_phrase,
    norm,
)

RECIPIENT_WINDOW = 14  # tokens after a verb trigger where its object may stand
ATTRIBUTION_TAIL = 10  # ", South Korea's Joint Chiefs of Staff said": the speaker stands close to the verb
LIGHT_VERB_WINDOW = 7  # "held a new round of trade talks"
OWNER_WINDOW = 7  # tokens after a verb where "the assets of X" may name X
NOUN_ARG_WINDOW = 5  # tokens after a noun trigger where its "di X"/"by X" argument may stand


@dataclass(frozen=True, slots=True)
class Roles:
    """The participants found for one trigger; ``how`` says which rule found the actor (for confidence)."""

    actors: tuple[Participant, ...]
    recipients: tuple[Participant, ...]
    how: str = "none"


PREP_KEYS = ("source_preps", "recipient_preps", "partner_preps", "agent_preps", "genitive_preps", "other_preps")
AGENT_REACH = 6  # how far after a passive verb its "by"/"da" agent phrase may open
CLIMB_DEPS = frozenset({"conj", "ccomp", "xcomp", "advcl", "acl", "obl", "obj", "iobj"})
MODIFIER_POS = frozenset({"ADJ", "DET", "NUM", "ADV"})
# events between two opposed sides: "both sides" / "entrambe le parti" later refers to their actor and recipient
CONFLICT_EVENTS = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
PAIR_REF_REACH = 3  # tokens between a verb and "both sides" ("called on both sides", "ha chiesto a entrambe")
PLACE_TYPES = frozenset({"LOC", "FAC"})
CONDITIONAL_EVENTS = frozenset({"THREATEN"})  # a threat is aimed at whoever its condition is about


def _modifier(tok: Token) -> bool:
    """A word that may stand between a preposition and its noun ("con la sua controparte statunitense")."""
    if tok.pos_:
        return tok.pos_ in MODIFIER_POS
    return (tok.is_alpha and tok.is_lower) or tok.like_num


def _prep(doc: Doc, cand: Candidate, lexicon: Lexicon, floor: int) -> str | None:
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
        elif skipped < 2 and _modifier(tok):
            i, skipped = i - 1, skipped + 1
        else:
            return None
    return None


def _floor(trigger: Trigger, cand: Candidate, clause_lo: int) -> int:
    """How far back a candidate's preposition may be sought: not into the trigger's own words."""
    if cand.start >= trigger.end:
        return trigger.end
    return trigger.start + 1 if cand.start > trigger.start else clause_lo


def _coordinated(doc: Doc, cands: Sequence[Candidate], chosen: Candidate, lexicon: Lexicon,
                 lo: int, hi: int) -> list[Candidate]:
    """``chosen`` plus the candidates joined to it by "e"/"and"/","/"-" (both directions, within bounds)."""
    coord = lexicon.words("coordinators") + lexicon.words("determiners")
    group = [chosen]
    idx = cands.index(chosen)

    conj = lexicon.words("coordinators")

    def joined(a: Candidate, b: Candidate) -> bool:
        gap = [doc[i] for i in range(a.end, b.start)]
        if a.end > b.start:  # two mentions inside one token: "Trump-Putin"
            return True
        # at least one real conjunction: "la Russia e la Cina", not just "la"
        return bool(gap) and all(any_match(coord, t) or t.text in "-–" for t in gap) and \
            any(any_match(conj, t) or t.text in "-–," for t in gap)

    j = idx
    while j > 0 and cands[j - 1].start >= lo and joined(cands[j - 1], cands[j]):
        group.insert(0, cands[j - 1])
        j -= 1
    j = idx
    while j + 1 < len(cands) and cands[j + 1].end <= hi and joined(cands[j], cands[j + 1]):
        group.append(cands[j + 1])
        j += 1
    if len(group) > 1 and not any(_conjoined(doc, a, b, conj) for a, b in pairwise(group)):
        return [chosen]  # commas alone: "Secondo le autorità, la Russia..." is no list
    return group


def _conjoined(doc: Doc, a: Candidate, b: Candidate, conj: tuple[TokenPattern, ...]) -> bool:
    """Joined by a conjunction or a hyphen ("Trump-Putin"), not only by a comma."""
    if a.end > b.start:
        return True
    return any(t.text != "," and (any_match(conj, t) or t.text in "-–") for t in doc[a.end:b.start])


def _key(p: Participant) -> str:
    return p.entity_id or f"{p.entity_name}|{p.country}"


def _party(p: Participant) -> bool:
    """A side that can be one of "both sides": a named party or a group of a known country ("Indian troops"),
    no person, no place."""
    return bool(p.entity_id or p.country) and p.type not in PLACE_TYPES and p.type != "PER"


def _dedupe(cands: Sequence[Candidate]) -> tuple[Participant, ...]:
    seen: set[str] = set()
    out: list[Participant] = []
    for c in cands:
        if c.key not in seen:
            seen.add(c.key)
            out.append(c.participant)
    return tuple(out)


def is_passive(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> bool:
    """Passive voice: a passive auxiliary ("è stato", "were"), or a copula before a participle ("sono accusati")."""
    head = doc[trigger.start]
    lo = max(trigger.sentence.start, trigger.start - 2)
    before = [doc[i] for i in range(lo, trigger.start)]
    if len(before) > 1 and any_match(lexicon.words("reflexive"), before[-2]) \
            and any_match(lexicon.words("passive_copula"), before[-1]):
        return False  # "si sono ritirate", "si è dimesso": pronominal, active (parsers may say aux:pass)
    if any(ch.dep_ in ("aux:pass", "auxpass") for ch in head.children):
        return True
    deps = {ch.dep_ for ch in head.children}
    # (a common noun: parsers also read "France called for..." as a name with a participle)
    patient = head.head if head.dep_ == "acl" else next(
        (ch for ch in head.children if ch.dep_ in ("nsubj:pass", "nsubjpass")), None)
    if "Part" in head.morph.get("VerbForm", []) and "Past" in head.morph.get("Tense", []) and "aux" not in deps \
            and "obj" not in deps and patient is not None and patient.i < head.i and patient.pos_ in ("NOUN", "PRON"):
        # "27 persone accusate di...", "refineries accused of...": a participle after its noun; never one with
        # a direct object ("Insurgents killed 11 villagers", misparsed as a noun with a participle, is active)
        return True
    gerund = tuple(lexicon.settings.get("gerund_suffix", ()))
    progressive = "Ger" in head.morph.get("VerbForm", []) or (
        "Part" in head.morph.get("VerbForm", []) and "Pres" in head.morph.get("Tense", [])) or (
        bool(gerund) and norm(head.text).endswith(gerund))
    if not progressive and any(any_match(lexicon.words("passive_aux"), t) for t in before):
        return True  # (not "it was suspending": a progressive is active)
    if not before or not any_match(lexicon.words("passive_copula"), before[-1]):
        return False
    if len(before) > 1 and any_match(lexicon.words("reflexive"), before[-2]):
        return False  # "si è dimesso" is active
    if any_match(lexicon.words("essere_verbs"), head):
        return False  # "è arrivato", "sono scesi": verbs whose active perfect takes "essere"
    suffixes = tuple(lexicon.settings.get("participle_suffix", ()))
    return bool(suffixes) and norm(head.text).endswith(suffixes)


def light_verb_before(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A noun trigger governed by a support verb ("hanno avuto una conversazione", "imposed a curfew")."""
    return light_verb_index(doc, trigger, lexicon) is not None


def light_verb_index(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> int | None:
    """Index of the support verb governing a noun trigger, if any."""
    light, breaks = lexicon.words("light_verbs"), lexicon.words("clause_breaks")
    for i in range(trigger.start - 1, max(trigger.sentence.start, trigger.start - LIGHT_VERB_WINDOW) - 1, -1):
        if any_match(breaks, doc[i]) or doc[i].text in ",;:":
            return None
        if any_match(light, doc[i]):
            return i
    return None


class RoleFinder:
    """Finds the roles of triggers in one document."""

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

    def roles(self, trigger: Trigger, prep_only: bool = False) -> Roles:
        """Actors and recipients of ``trigger``; ``prep_only``: only "to X"/"contro X" names a recipient."""
        entry = trigger.entry
        light = None if entry.kind == "verb" else light_verb_index(self.doc, trigger, self.lexicon)
        if light is None:
            roles = self._verbal(trigger, prep_only) if entry.kind == "verb" else self._nominal(trigger)
        else:
            roles = self._verbal(trigger, prep_only)
            if not roles.recipients and light + 1 < trigger.start:
                roles = self._inner_object(trigger, light, roles, prep_only)
        if not roles.actors and self.has_parse and not entry.host_agent:
            roles = self._from_parse(trigger, roles)
        self._remember_sides(trigger, roles)
        return roles

    def _remember_sides(self, trigger: Trigger, roles: Roles) -> None:
        if trigger.entry.event not in CONFLICT_EVENTS:
            return
        actor = next((p for p in roles.actors if _party(p)), None)
        recipient = next((p for p in roles.recipients if _party(p)), None)
        if actor is not None and recipient is not None and _key(actor) != _key(recipient):
            self.sides.append((trigger.start, actor, recipient))

    def _pair_reference(self, trigger: Trigger, hi: int) -> tuple[Participant, ...]:
        """ "called on both sides to ...", "ha chiesto a entrambe le parti di ...": the two sides are the
        actor and recipient of the last conflict read before (the article's two opposed parties)."""
        lex, tokens = self.lexicon, list(self.doc)
        skip = lex.words("recipient_preps") + lex.words("determiners")
        starts, i = [trigger.end], trigger.end
        while i < min(hi, trigger.end + PAIR_REF_REACH) and any_match(skip, self.doc[i]):
            i += 1
            starts.append(i)  # "the two sides" holds its article, "a entrambe le parti" starts after "a"
        if not any(match_phrase(tokens, j, ph) is not None for j in starts for ph in lex.phrases("pair_refs")):
            return ()
        earlier = [(a, r) for start, a, r in self.sides if start < trigger.start]
        return earlier[-1] if earlier else self._main_parties(trigger)

    def _main_parties(self, trigger: Trigger) -> tuple[Participant, ...]:
        """The two parties named most often before the trigger's sentence (no cities), when both recur."""
        cities = {loc.span for loc in self.doc._.cronaca_locations or [] if loc.feature == "city"}
        counts: Counter[str] = Counter()
        first: dict[str, Participant] = {}
        for c in self.cands:
            p = c.participant
            if c.end > trigger.sentence.start or c.kind == "generic" or not _party(p) or p.span in cities:
                continue
            counts[c.key] += 1
            first.setdefault(c.key, p)
        top = counts.most_common(3)
        if len(top) < 2 or top[1][1] < 2 or (len(top) == 3 and top[2][1] == top[1][1]):
            return ()  # no clear pair of sides
        return first[top[0][0]], first[top[1][0]]

    def _postverbal_subject(self, trigger: Trigger, after: list[Candidate], prep: dict[int, str | None]
                            ) -> list[Candidate]:
        """A subject after the verb: the parse's ``nsubj`` there, or (without a parse) the first bare noun
        after a verb whose object is a clitic pronoun before it ("Lo hanno arrestato i carabinieri")."""
        doc = self.doc
        if self.has_parse:
            subj = [ch for ch in doc[trigger.start].children if ch.dep_ == "nsubj" and ch.i >= trigger.end]
            found = [c for c in after if subj and c.start <= subj[0].i < c.end][:1]
            if found:
                return found
        # an object clitic ("Lo hanno arrestato") or a pronominal verb ("Si è dimesso il ministro")
        clitics = self.lexicon.words("object_clitics") + self.lexicon.words("reflexive")
        lo = max(trigger.sentence.start, trigger.start - 3)
        if not clitics or not any(any_match(clitics, doc[i]) for i in range(lo, trigger.start)):
            return []
        return [c for c in after if prep[id(c)] is None][:1]

    def _complement_subject(self, trigger: Trigger) -> list[Candidate]:
        """"demanded that Germany pay", "ha chiesto che Israele ritiri": the complement's subject is the
        one asked (or accused, threatened)."""
        doc, lex = self.doc, self.lexicon
        i = trigger.end
        if i >= trigger.sentence.end or not any_match(lex.words("complementizers"), doc[i]):
            return []
        dets = lex.words("determiners")
        j = i + 1
        while j < trigger.sentence.end and any_match(dets, doc[j]):
            j += 1
        return [c for c in self.cands if c.start == j and c.kind != "generic"][:1]

    def _inner_object(self, trigger: Trigger, light: int, roles: Roles, prep_only: bool) -> Roles:
        """"gave Ukraine an ultimatum": a name between the support verb and its noun is the recipient."""
        shifted = self._verbal(replace(trigger, start=light, end=light + 1), prep_only)
        start, end = self.doc[light].idx, self.doc[trigger.start].idx
        inner = tuple(p for p in shifted.recipients if p.span is not None and start < p.span.start < end)
        if not inner:
            return roles
        actors = tuple(p for p in roles.actors if p not in inner)
        return Roles(shifted.actors or actors, inner, shifted.how if shifted.actors else roles.how)

    def attribution_tail(self, trigger: Trigger, hi: int) -> int:
        """Where a trailing ", South Korea's military said" begins: its names are sources, not roles."""
        doc, speech = self.doc, self.lexicon.words("speech_verbs")
        for i in range(trigger.end, trigger.sentence.end):
            if any_match(speech, doc[i]):
                commas = [j for j in range(trigger.end, i) if doc[j].text == ","]
                return commas[-1] if commas and i - commas[-1] <= ATTRIBUTION_TAIL else hi
        return hi

    def _condition_subject(self, trigger: Trigger) -> list[Candidate]:
        """ "warned that sanctions would return if Iran did not resume talks": the subject of the condition."""
        lex, tokens = self.lexicon, list(self.doc)
        dets, breaks = lex.words("determiners"), lex.words("scope_breaks")
        hi = trigger.sentence.end  # the condition sits in the threat's content ("avvertito che ... se l'Iran")
        for i in range(trigger.end, hi):
            if any_match(breaks, self.doc[i]):
                return []
            end = next((e for ph in lex.phrases("condition_markers")
                        if (e := match_phrase(tokens, i, ph)) is not None), None)
            if end is None:
                continue
            while end < hi and any_match(dets, self.doc[end]):
                end += 1
            first = [c for c in self.cands if c.start == end and c.kind != "generic"][:1]
            return _coordinated(self.doc, self.cands, first[0], lex, end, hi) if first else []
        return []

    def coordinated_verb_end(self, trigger: Trigger, hi: int) -> int:
        """ "ha condannato gli attacchi e ha invitato i Paesi ad aumentare gli aiuti a Kiev": once the verb has
        an object, a conjunction before another finite verb ends what the first verb governs."""
        doc = self.doc
        if not self.has_parse:
            return hi
        conj = [p for p in self.lexicon.words("coordinators") if p.text not in ",-–&"]
        for i in range(trigger.end + 1, min(hi, len(doc) - 1)):
            if not any_match(conj, doc[i]):
                continue
            nxt = doc[i + 1]
            finite = nxt.pos_ == "AUX" or (nxt.pos_ == "VERB" and "Fin" in nxt.morph.get("VerbForm", []))
            if finite and any(doc[k].pos_ in ("NOUN", "PROPN", "PRON") for k in range(trigger.end, i)):
                return i
        return hi

    def _verbal(self, trigger: Trigger, prep_only: bool = False) -> Roles:
        doc, lex = self.doc, self.lexicon
        lo, hi, cands = self.in_clause(trigger)
        hi = self.coordinated_verb_end(trigger, self.attribution_tail(trigger, hi))
        cands = [c for c in cands if c.end <= hi or c.start < trigger.start]
        before = [c for c in cands if c.end <= trigger.start]
        after = [c for c in cands if c.start > trigger.start and c.start - trigger.end <= RECIPIENT_WINDOW]
        prep = {id(c): _prep(doc, c, lex, _floor(trigger, c, lo)) for c in cands}
        if trigger.entry.host_agent:
            # "mediated by Qatar", "con la mediazione di Egitto e Qatar": the name right after the phrase
            hosts = [c for c in after if prep[id(c)] == "agent_preps"
                     or (c.start - trigger.end <= 2 and prep[id(c)] in (None, "genitive_preps"))][:1]
            hosts = _coordinated(doc, self.cands, hosts[0], lex, trigger.end, hi) if hosts else []
            subjects = [c for c in reversed(before) if prep[id(c)] in (None, "genitive_preps")][:1]
            return Roles(_dedupe(subjects), _dedupe(hosts), "subject" if subjects else "none")
        if is_passive(doc, trigger, lex):
            agents = [c for c in after if prep[id(c)] == "agent_preps"] or self._agent_phrase(trigger, after)
            # "Gennaro Russo, che è stato ucciso": the relative pronoun's antecedent is the patient
            patients = [c for c in reversed(before) if prep[id(c)] is None] or self._antecedent(lo)
            parsed = self._passive_subject(trigger)
            if parsed is not None:
                # the parse names the patient ("Sei agenti sono rimasti feriti e undici persone sono state
                # fermate": not the agents of the clause before the "e")
                patients = [c for c in before if parsed.left_edge.i <= c.start <= parsed.right_edge.i][-1:] \
                    or [c for c in patients if c.start < parsed.left_edge.i and not before]
            # "Sono stati espulsi tre diplomatici russi": the patient may follow the passive verb
            # (not past "and": "43 were detained and 12 officers were injured" starts a new clause)
            conj = lex.words("coordinators")
            patients = patients or [c for c in after if prep[id(c)] in (None, "genitive_preps")
                                    and c.start - trigger.end <= OWNER_WINDOW and c not in agents
                                    and not any(any_match(conj, doc[i]) for i in range(trigger.end, c.start))][:1]
            actors = _coordinated(doc, self.cands, agents[0], lex, lo, hi) if agents else []
            recips = _coordinated(doc, self.cands, patients[0], lex, lo, hi) if patients else []
            if trigger.entry.host_subject and recips:
                # "Modi è stato ricevuto da Takaichi": the one received visits, the host receives the visit
                return Roles(_dedupe(recips), _dedupe(actors), "passive")
            return Roles(_dedupe(actors), _dedupe(recips), "passive" if actors else "none")
        if self._closed_relative(lo, trigger):
            # "Macron, che ha incontrato Zelensky a Parigi, ha promesso...": the subject precedes ", che"
            before = []
        phrase = self.subject_phrase(trigger)
        # inside a parsed noun subject only its modifiers may act ("attack on the city of X": not X)
        subjects = [c for c in reversed(before) if prep[id(c)] in (None, "genitive_preps")
                    and (phrase is None or not phrase[0] <= c.start < phrase[1])
                    and not self._in_event_noun_phrase(lo, c, trigger) and not self._object_of_other_verb(c, trigger)]
        subjects = self._genitive_head(subjects, prep)
        if phrase is not None:  # an event noun is the subject: names before it are in a fronted phrase
            # (unless a verb stands between: "Guterres ha condannato ... l'attacco e ha chiesto")
            subjects = [c for c in subjects if c.start >= phrase[0]
                        or any(doc[i].pos_ in ("VERB", "AUX") for i in range(c.end, phrase[0]))]
        subjects = self._parsed_subject(trigger, cands) or subjects or self._antecedent(lo)
        actors = _coordinated(doc, self.cands, subjects[0], lex, lo, trigger.start) if subjects else []
        late = [] if subjects else self._postverbal_subject(trigger, after, prep)
        if late:  # "Lo hanno arrestato i carabinieri": the object is the clitic, the subject follows the verb
            actors = _coordinated(doc, self.cands, late[0], lex, trigger.end, hi)
            subjects, after = late, [c for c in after if c not in actors]
        partners = [c for c in after if prep[id(c)] == "partner_preps"]
        objects = [c for c in after if prep[id(c)] in (None, "recipient_preps")
                   and not (prep_only and prep[id(c)] is None) and not self._subject_of_other_verb(c, trigger)]
        if trigger.entry.host_subject:
            parties = [c for c in after if prep[id(c)] in ("partner_preps", None)][:1]
            if parties and actors:
                joined = _coordinated(doc, self.cands, parties[0], lex, trigger.end, hi)
                return Roles(_dedupe(joined), _dedupe(actors), "subject")
        if trigger.entry.reciprocal and not trigger.entry.host:
            # "X met Y", "X spoke with Y", "X ha telefonato a Y": the other side is a co-actor; not so a
            # name in what was agreed ("agreed to open talks with Ukraine")
            # (a marker followed by a verb: "a Pechino" is a place, "a collaborare" what was agreed)
            stop = next((i for i in range(trigger.end, hi) if any_match(lex.words("infinitive_markers"), doc[i])
                         and (i + 1 >= hi or doc[i + 1].pos_ in ("VERB", "AUX") or not self.has_parse)), hi)
            # (not the town where they met: "ha incontrato venerdì a Pechino il presidente Xi")
            objects = [c for c in objects if not self._scene(c)]
            joined = [c for c in partners if c.start < stop][:1] or [c for c in objects if c.start < stop][:1]
            actors = actors + [p for c in joined for p in _coordinated(doc, self.cands, c, lex, trigger.end, hi)]
            objects = []
        elif not objects:
            # "pronti a progetti con gli Stati Uniti": the partner receives; "froze the assets of three
            # Russian banks", "recalled its ambassador from Paris": the owner of the object receives
            objects = partners[:1] or [c for c in after if prep[id(c)] == "genitive_preps"
                                       and c.start - trigger.end <= OWNER_WINDOW][:1]
        recips = _coordinated(doc, self.cands, objects[0], lex, trigger.end, hi) if objects else []
        conditioned = self._condition_subject(trigger) if trigger.entry.event in CONDITIONAL_EVENTS else []
        if conditioned:
            recips = conditioned  # "minacciato di ritirarsi se Francia e Germania attiveranno ...": who must comply
        how = "subject" if subjects else ("partner" if actors else "none")
        if not recips and not trigger.entry.reciprocal:
            sides = self._pair_reference(trigger, hi)
            if sides:
                doers = _dedupe(actors)
                return Roles(doers, tuple(p for p in sides if all(_key(p) != _key(a) for a in doers)), how)
        if not recips and trigger.entry.scope and not trigger.entry.reciprocal:
            recips = self._complement_subject(trigger)
        return Roles(_dedupe(actors), _dedupe([c for c in recips if c not in actors]), how)

    def _genitive_head(self, subjects: list[Candidate], prep: dict[int, str | None]) -> list[Candidate]:
        """"I carabinieri di Palermo hanno arrestato", "the police of Lagos": the group acts, the place after
        "of" only says which one."""
        if not subjects or prep.get(id(subjects[0])) != "genitive_preps":
            return subjects
        first = subjects[0]
        head = next((c for c in subjects[1:] if c.end < first.start and first.start - c.end <= 2
                     and prep.get(id(c)) is None), None)
        return [head, *[c for c in subjects if c is not head]] if head is not None else subjects

    def _object_of_other_verb(self, cand: Candidate, trigger: Trigger) -> bool:
        """"ha accusato i tre Paesi europei ... e ha respinto": the parse's object of an earlier verb is not the
        subject of the verb coordinated after it."""
        if not self.has_parse:
            return False
        return any(self.doc[i].dep_ in ("obj", "iobj", "dobj") and self.doc[i].head.i < cand.start
                   and self.doc[i].head.pos_ in ("VERB", "AUX") and self.doc[i].head.i != trigger.start
                   for i in range(cand.start, cand.end))

    def _subject_of_other_verb(self, cand: Candidate, trigger: Trigger) -> bool:
        """"hanno bloccato la stazione e la polizia ha usato gli idranti": a name the parse makes the subject
        of a later verb starts a new clause; it is not this verb's object."""
        if not self.has_parse:
            return False
        for i in range(cand.start, cand.end):
            tok = self.doc[i]
            if tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and tok.head.i > trigger.start \
                    and tok.head.i >= cand.end:
                return True
        return False

    def own_subject(self, trigger: Trigger) -> bool:
        """The verb has a subject of its own: the parse says so, or a name right before it opens its
        conjunct ("... e Israele ha liberato")."""
        lo = clause_start(self.doc, trigger, self.lexicon)
        if self.has_parse and any(ch.dep_ == "nsubj" and lo <= ch.i < trigger.start
                                  and any(c.start <= ch.i < c.end for c in self.cands)
                                  for ch in self.doc[trigger.start].children):
            return True
        lex = self.lexicon
        glue = lex.words("function_words") + lex.words("passive_aux")
        for c in self.cands:
            if lo < c.start and c.end <= trigger.start and any_match(lex.words("coordinators"), self.doc[c.start - 1]) \
                    and all(any_match(glue, self.doc[i]) for i in range(c.end, trigger.start)):
                return True
        return False

    def _parsed_subject(self, trigger: Trigger, cands: list[Candidate]) -> list[Candidate]:
        """The trigger's own ``nsubj`` when a parse exists and it names a candidate of the clause."""
        if not self.has_parse:
            return []
        pronominal = self._pronominal(self.doc[trigger.start])
        # "si sono scontrati i manifestanti": with a reflexive clitic the parser's passive subject acts
        subjects = [ch for ch in self.doc[trigger.start].children
                    if ch.dep_ == "nsubj" or (pronominal and ch.dep_ in ("nsubj:pass", "nsubjpass"))]
        found: list[Candidate] = []
        for child in subjects:
            own = [c for c in cands if c.start <= child.i < c.end and c.end <= trigger.start][:1]
            if own and own[0].kind == "generic":
                # "Il procuratore di Napoli Nicola Gratteri ha ringraziato": the person the title names
                named = [c for c in cands if child.i < c.start and c.end <= trigger.start and c.kind == "name"
                         and c.participant.type == "PER"
                         and any(self.doc[k].head.i == child.i or self.doc[k].dep_ == "nsubj"
                                 for k in range(c.start, c.end))]
                own = named[-1:] or own
            own = own or self._subject_modifier(child, cands)
            if own and own[0].kind != "generic":
                return own
            found = found or own
        if subjects:
            return found
        return self._conjunct_subject(trigger)

    def _passive_subject(self, trigger: Trigger) -> Token | None:
        """The parsed passive subject of a trigger, when the parse has one."""
        if not self.has_parse:
            return None
        return next((ch for ch in self.doc[trigger.start].children if ch.dep_ in ("nsubj:pass", "nsubjpass")), None)

    def _scene(self, cand: Candidate) -> bool:
        """A town or region named as a place (not a metonym for its government, not a country)."""
        span = cand.participant.span
        if span is None:
            return False
        metonyms = {m.span for m in self.doc._.cronaca_mentions or [] if m.kind == "metonym"}
        return span not in metonyms and any(
            loc.span == span and loc.feature not in (None, "country") for loc in self.doc._.cronaca_locations or [])

    def _pronominal(self, verb: Token) -> bool:
        """A verb with a reflexive clitic ("si sono radunati", "si è dimesso"): active, whatever the parse."""
        reflexive = self.lexicon.words("reflexive")
        return bool(reflexive) and any(ch.dep_.startswith("expl") and any_match(reflexive, ch)
                                       for ch in verb.children)

    def _subject_modifier(self, head: Token, cands: list[Candidate]) -> list[Candidate]:
        """A common-noun subject names its doer in a modifier: "A Russian missile attack on Ternopil killed
        25" → Russia (not Ternopil, which the attack was on)."""
        if head.pos_ != "NOUN" or head.i not in self.event_nouns:
            return []
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        # only the noun's own dependents: "attacco russo", "Russia's attack", "attack by Russia" — not a
        # name deeper inside ("attack on the city of Sumy")
        # (or of its "di/with" complement: "un attacco di droni ucraini", "an attack with Russian drones")
        lex = self.lexicon
        linked = {head.i} | {ch.i for ch in head.children if ch.i > head.i and any(
            any_match(lex.words("genitive_preps") + lex.words("partner_preps"), g) for g in ch.children
            if g.dep_ == "case")}
        inside = [c for c in cands if lo <= c.start and c.end <= hi
                  and any(self.doc[i].head.i in linked for i in range(c.start, c.end))]
        before = [c for c in inside if c.end <= head.i and c.kind in ("demonym", "name", "metonym")]
        if before:
            return before[-1:]
        return [c for c in inside if c.start > head.i and (c.kind == "demonym"
                or _prep(self.doc, c, lex, head.i + 1) in ("genitive_preps", "agent_preps"))][:1]

    def _subject_names(self, subj: Token, strict: bool = False) -> list[Candidate]:
        """The candidate a parsed subject names: itself, else the name in its phrase ("Il segretario
        generale delle Nazioni Unite António Guterres" → Guterres, the last name of the phrase)."""
        own = [c for c in self.cands if c.start <= subj.i < c.end]
        if own:
            return own[:1]
        lo, hi = subj.left_edge.i, subj.right_edge.i + 1
        names = [c for c in self.cands if lo <= c.start and c.end <= hi and c.kind in ("name", "metonym", "generic")]
        return names[-1:] or ([] if strict else [c for c in self.cands if lo <= c.start and c.end <= hi][-1:])

    def _passive_head(self, tok: Token) -> bool:
        """A participle used passively: a passive auxiliary, or a copula before a participle ("saranno
        espulsi", which taggers often call an adjective)."""
        deps = {c.dep_ for c in tok.children}
        if deps & {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"}:
            return True
        suffixes = tuple(self.lexicon.settings.get("participle_suffix", ()))
        cops = [c for c in tok.children if c.dep_ == "cop"]
        return bool(cops) and ("Part" in tok.morph.get("VerbForm", [])
                               or (bool(suffixes) and norm(tok.text).endswith(suffixes))
                               or any(any_match(self.lexicon.words("passive_aux"), c) for c in cops))

    def subject_phrase(self, trigger: Trigger) -> tuple[int, int] | None:
        """Token range of the parsed common-noun subject of a verb trigger, if any."""
        if not self.has_parse:
            return None
        for child in self.doc[trigger.start].children:
            if child.dep_ == "nsubj" and child.pos_ == "NOUN" and child.i in self.event_nouns \
                    and child.i < trigger.start:
                return child.left_edge.i, child.right_edge.i + 1
        return None

    def _conjunct_subject(self, trigger: Trigger) -> list[Candidate]:
        """"The US imposed sanctions on Rosneft ... and called on Moscow to...": a verb coordinated with an
        earlier verb of its sentence shares that verb's subject (the nearest noun before it is the first
        verb's object)."""
        tok = self.doc[trigger.start]
        gerund = tok.dep_ == "advcl" and "Ger" in tok.morph.get("VerbForm", [])  # "ha caricato ..., fermandone tre"
        # "Hundreds gathered ... to protest against the arrests": a purpose infinitive shares the subject
        gerund = gerund or (tok.dep_ == "advcl" and "Inf" in tok.morph.get("VerbForm", [])
                            and any(ch.dep_ == "mark" and any_match(self.lexicon.words("infinitive_markers"), ch)
                                    for ch in tok.children))
        if tok.dep_ != "conj" and not gerund:
            return []
        for _ in range(5):
            head = tok.head
            # up from a conjunct through the complement it was hung on ("called on supporters to rally ...
            # and accused"; "said it was concerned ... and urged") to the first verb with a subject
            if (tok.dep_ not in CLIMB_DEPS and not gerund) or head is tok or head.i >= tok.i:
                return []
            # the subject of a passive ("che gli attivisti saranno espulsi ... e ha accusato") is its patient
            pronominal = self._pronominal(head)  # "si sono radunati ... per protestare": its subject acts
            if head.pos_ in ("VERB", "AUX", "ADJ") and (pronominal or not self._passive_head(head)):
                subjects = [ch for ch in head.children
                            if ch.dep_ == "nsubj" or (pronominal and ch.dep_ in ("nsubj:pass", "nsubjpass"))]
                if subjects:  # "Il ministro greco Thanos Plevris": parsers may split title and name
                    named = [found for strict in (True, False) for ch in subjects
                             if (found := self._subject_names(ch, strict))]
                    # a name before a bare title ("Il procuratore ... Nicola Gratteri")
                    return next((f for f in named if f[0].kind != "generic"), named[0] if named else [])
            tok = head
        return []

    def _agent_phrase(self, trigger: Trigger, after: list[Candidate]) -> list[Candidate]:
        """The first name inside a "by ..." phrase: "hit by a wave of Russian missiles" → Russia."""
        agent = self.lexicon.words("agent_preps")
        # (a time and a place may come first: "ricevuto martedì a Tokyo dalla premier")
        for i in range(trigger.end, min(trigger.end + AGENT_REACH, trigger.sentence.end)):
            if self.doc[i].is_punct:
                break
            if any_match(agent, self.doc[i]):
                inside = [c for c in after if i < c.start <= i + NOUN_ARG_WINDOW]
                # "by a roadside bomb in Afghanistan": a place after its own preposition is no agent
                return [c for c in inside if _prep(self.doc, c, self.lexicon, i) in (None, "genitive_preps",
                                                                                     "agent_preps")][:1]
        return []

    def _closed_relative(self, clause_lo: int, trigger: Trigger) -> bool:
        """The clause opens with ", che/who" and a comma closes it before the trigger."""
        doc = self.doc
        if clause_lo < 2 or doc[clause_lo - 2].text != ",":
            return False
        if not any_match(self.lexicon.words("relative_pronouns"), doc[clause_lo - 1]):
            return False
        return any(doc[i].text == "," for i in range(clause_lo, trigger.start))

    def _antecedent(self, clause_lo: int) -> list[Candidate]:
        """The antecedent of a relative/complement clause subject: "la Russia, che ha colpito..."."""
        doc, lex = self.doc, self.lexicon
        if clause_lo <= 0 or not any_match(lex.words("relative_pronouns"), doc[clause_lo - 1]):
            return []
        floor = doc[clause_lo - 1].sent.start
        # "fired at protesters who marched": a pronoun that only opens relatives ("who") takes its noun
        # whatever that noun's own role; "che"/"that" may open a complement ("told Reuters that")
        relative_only = any_match(lex.words("subject_relatives"), doc[clause_lo - 1])
        for c in reversed(self.cands):
            if c.end <= clause_lo - 1 and clause_lo - 1 - c.end <= 1:
                if relative_only or _prep(doc, c, lex, floor) in (None, "genitive_preps"):
                    return [c]
            if c.end < clause_lo - 3:
                break
        return []

    def nominal_roles(self, trigger: Trigger) -> Roles:
        """The roles a noun trigger names by itself ("gli attacchi dei coloni")."""
        return self._nominal(trigger)

    def _nominal(self, trigger: Trigger) -> Roles:
        """A noun names the event: its actor is a dependent ("attacchi russi", "attack by", "Congo's")."""
        doc, lex = self.doc, self.lexicon
        lo, hi, cands = self.in_clause(trigger)
        hi = self.attribution_tail(trigger, hi)
        cands = [c for c in cands if c.end <= hi or c.start < trigger.start]
        prep = {id(c): _prep(doc, c, lex, _floor(trigger, c, lo)) for c in cands}
        near_after = [c for c in cands if trigger.end <= c.start <= trigger.end + NOUN_ARG_WINDOW]
        if trigger.entry.host_agent:
            # "con la mediazione di Egitto e Qatar": the mediators are the hosts (recipients) of the talks
            hosts = [c for c in near_after if c.start - trigger.end <= 2
                     and prep[id(c)] in (None, "genitive_preps", "agent_preps")][:1]
            hosts = _coordinated(doc, self.cands, hosts[0], lex, trigger.end, hi) if hosts else []
            return Roles((), _dedupe(hosts), "none")
        # "attacchi russi": where adjectives follow the noun, a bare demonym after it is its actor
        postnominal = bool(lex.settings.get("postnominal_adjectives", False))
        # "l'omicidio di Gennaro Russo", "the arrest of 12 activists": after these nouns "of X" is the patient
        patient_noun = any_match(lex.words("patient_genitive_nouns"), doc[trigger.start])
        of_patients = [c for c in near_after if patient_noun and prep[id(c)] == "genitive_preps"
                       and not self._other_phrase_between(trigger.end, c.start)][:1]
        actors = [c for c in near_after if (prep[id(c)] in ("genitive_preps", "agent_preps")
                  or (postnominal and c.kind == "demonym" and prep[id(c)] is None))
                  and not self._other_phrase_between(trigger.end, c.start) and c not in of_patients]
        poss = lex.words("possessives")
        for c in cands:
            if c.end <= trigger.start and trigger.start - c.end <= 2:
                if c.kind == "demonym" or (c.end < len(doc) and any_match(poss, doc[c.end])):
                    actors.append(c)
                elif c.end == trigger.start and prep[id(c)] is None and c.kind != "generic":
                    actors.append(c)  # a name used as a modifier: "EU sanctions", "US strikes"
        agents = self._nominal_agents(trigger, cands, prep, hi)
        if agents:
            actors = agents  # "l'arresto di 12 attivisti da parte della polizia": the agent, not the object
        if trigger.entry.reciprocal:
            actors += [c for c in near_after if prep[id(c)] == "partner_preps"]
        if not actors and trigger.end < hi and any_match(lex.words("passive_aux"), doc[trigger.end]):
            # "Sanctions were imposed on Belarus by the EU": the noun is a passive subject, "by X" its agent
            actors = [c for c in cands if c.start > trigger.end and prep[id(c)] == "agent_preps"][:1]
        if actors:
            actors = _coordinated(doc, self.cands, actors[0], lex, lo, hi) + actors[1:]
        recips = of_patients or [c for c in cands if trigger.end <= c.start <= trigger.end + RECIPIENT_WINDOW
                                 and prep[id(c)] == "recipient_preps" and c not in actors]
        recips = _coordinated(doc, self.cands, recips[0], lex, trigger.end, hi) if recips else []
        return Roles(_dedupe(actors), _dedupe(recips), "nominal" if actors else "none")

    def _in_event_noun_phrase(self, lo: int, cand: Candidate, trigger: Trigger) -> bool:
        """"An attack on the city of Ternopil killed 25": a name inside the argument phrase of an event noun
        that opens the clause is that noun's target, not the subject of the verb after it."""
        nouns = [i for i in self.event_nouns if lo <= i < cand.start]
        if not nouns:
            return False
        noun = max(nouns)
        gap = range(noun + 1, cand.start)
        return not any(self.doc[i].text in ",;:" for i in range(noun + 1, trigger.start)) \
            and self._other_phrase_between(gap.start, gap.stop)

    def _other_phrase_between(self, start: int, end: int) -> bool:
        """A preposition of another argument between a noun and a name: "attack on the city of Sumy" —
        Sumy belongs to the city, not to the attack."""
        lex = self.lexicon
        preps = lex.words("recipient_preps") + lex.words("other_preps") + lex.words("partner_preps")
        return any(any_match(preps, self.doc[i]) for i in range(start, end))

    def _nominal_agents(self, trigger: Trigger, cands: list[Candidate], prep: dict[int, str | None],
                        hi: int) -> list[Candidate]:
        """The "by X" / "da parte di X" agent of a noun trigger ("the arrest of 12 activists by police")."""
        reach = min(hi, trigger.end + NOUN_ARG_WINDOW + 3)
        agents = [c for c in cands if trigger.end <= c.start < reach and prep[id(c)] == "agent_preps"]
        tokens = list(self.doc)
        for i in range(trigger.end, reach):
            for ph in self.lexicon.phrases("agent_phrases"):
                end = match_phrase(tokens, i, ph)
                if end is not None:
                    agents += [c for c in cands if end <= c.start <= end + 1][:1]
        return sorted(agents, key=lambda c: c.start)[:1]

    def _from_parse(self, trigger: Trigger, roles: Roles) -> Roles:
        """Subject (or passive agent) from the dependency parse, climbing through xcomp/aux chains."""
        tok: Token | None = self.doc[trigger.start]
        passive = is_passive(self.doc, trigger, self.lexicon)
        # a passive participle hangs on its patient ("among those arrested"): nothing up there is its agent
        steps = 1 if self.doc[trigger.start].dep_ == "acl" and passive else 3
        via = ""
        for _ in range(steps):
            if tok is None:
                break
            # a passive's own subject, and that of the verb its participle complements, is its patient
            # ("Three officers were injured", "Sei agenti sono rimasti feriti"): there only an agent acts
            deps = ("obl:agent", "agent") if passive and via in ("", "xcomp") else ("nsubj", "obl:agent", "agent")
            for ch in tok.children:
                if ch.dep_ in deps:
                    found = self._cands_at(ch)
                    if found:
                        return Roles(_dedupe(found), roles.recipients, "parse")
            via = tok.dep_
            tok = tok.head if tok.dep_ in ("xcomp", "aux", "ccomp", "acl") and tok.head is not tok else None
        return roles

    def _cands_at(self, tok: Token) -> list[Candidate]:
        out: list[Candidate] = []
        for t in [tok, *[c for c in tok.children if c.dep_ == "conj"]]:
            out += [c for c in self.cands if c.start <= t.i < c.end]
        return out

    def previous_place_country(self, trigger: Trigger) -> str | None:
        """Country of the last place named in the previous sentence ("A Roma migliaia... La polizia ...")."""
        start = trigger.sentence.start
        if start == 0:
            return None
        prev = self.doc[start - 1].sent
        # a state that acts there ("The United States said ...") is a party, not the scene
        places = [c for c in self.cands if prev.start <= c.start < prev.end and c.kind in ("name", "metonym")
                  and c.participant.type in ("GPE", "LOC", "FAC") and c.participant.country
                  and self.doc[c.end - 1].dep_ not in ("nsubj", "nsubj:pass", "nsubjpass")]
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
                if _prep(doc, c, self.lexicon, sent.start) in ("recipient_preps", "partner_preps"):
                    continue
                dist = c.start - i - 1 if c.start > i else i - c.end
                if 0 <= dist <= 2 and (best is None or dist < best[0]):
                    best = (dist, c)
            if best is not None:
                return best[1].participant
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
        while i >= trigger.sentence.start and any_match(fw, doc[i]) and not any_match(pronouns, doc[i]):
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


def _merge(a: Sequence[Participant], b: Sequence[Participant]) -> tuple[Participant, ...]:
    seen: set[str] = set()
    out: list[Participant] = []
    for p in [*a, *b]:
        key = p.entity_id or f"{p.entity_name}|{p.country}"
        if key not in seen:
            seen.add(key)
            out.append(p)
    return tuple(out)


def merge_participants(a: Sequence[Participant], b: Sequence[Participant]) -> tuple[Participant, ...]:
    """Union of two participant lists, first occurrence kept."""
    return _merge(a, b)
