"""Who did what to whom: the actor(s) and recipient(s) of an event trigger.

Candidates are the article's entity mentions (``doc._.cronaca_mentions``) plus generic group nouns of the
language pack ("i manifestanti", "security forces").  Roles come from the surface order of the clause and
the preposition before each candidate (data: ``recipient_preps``, ``partner_preps``, ``agent_preps``...);
when the pipeline has a dependency parse, subject/object relations fill roles the surface rules leave empty.

Where the parts live: :mod:`.argument_parties` (the :class:`Roles` result, the candidates and prepositions
of a clause), :mod:`.argument_subjects` (passives and their agents, relative clauses, parsed subjects);
:class:`RoleFinder` here reads the roles of verb and noun triggers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..records import Participant
from .argument_parties import Roles, coordinated_with, dedupe, is_party, party_key, prep_before, prep_floor
from .argument_subjects import NOUN_ARG_WINDOW, SubjectFinder, is_passive, light_verb_index
from .role_candidates import Candidate, people_noun
from .trigger_lexicon import Trigger
from .trigger_patterns import any_match, match_phrase

RECIPIENT_WINDOW = 14  # tokens after a verb trigger where its object may stand
OWNER_WINDOW = 7  # tokens after a verb where "the assets of X" may name X
# events between two opposed sides: "both sides" / "entrambe le parti" later refers to their actor and recipient
CONFLICT_EVENTS = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
PAIR_REF_REACH = 3  # tokens between a verb and "both sides" ("called on both sides", "ha chiesto a entrambe")
CONDITIONAL_EVENTS = frozenset({"THREATEN"})  # a threat is aimed at whoever its condition is about
AWAY_MODES = frozenset({"withdraw", "discontinue"})  # acts away from a place: "from X" names who receives


class RoleFinder(SubjectFinder):
    """Finds the roles of triggers in one document."""

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
        actor = next((p for p in roles.actors if is_party(p)), None)
        recipient = next((p for p in roles.recipients if is_party(p)), None)
        if actor is not None and recipient is not None and party_key(actor) != party_key(recipient):
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

    def _inner_object(self, trigger: Trigger, light: int, roles: Roles, prep_only: bool) -> Roles:
        """"gave Ukraine an ultimatum": a name between the support verb and its noun is the recipient."""
        shifted = self._verbal(replace(trigger, start=light, end=light + 1), prep_only)
        start, end = self.doc[light].idx, self.doc[trigger.start].idx
        inner = tuple(p for p in shifted.recipients if p.span is not None and start < p.span.start < end)
        if not inner:
            return roles
        actors = tuple(p for p in roles.actors if p not in inner)
        return Roles(shifted.actors or actors, inner, shifted.how if shifted.actors else roles.how)

    def _verbal(self, trigger: Trigger, prep_only: bool = False) -> Roles:
        doc, lex = self.doc, self.lexicon
        lo, hi, cands = self.in_clause(trigger)
        hi = self.coordinated_verb_end(trigger, self.attribution_tail(trigger, hi))
        cands = [c for c in cands if c.end <= hi or c.start < trigger.start]
        before = [c for c in cands if c.end <= trigger.start]
        after = [c for c in cands if c.start > trigger.start and c.start - trigger.end <= RECIPIENT_WINDOW]
        prep = {id(c): prep_before(doc, c, lex, prep_floor(trigger, c, lo)) for c in cands}
        if trigger.entry.host_agent:
            # "mediated by Qatar", "con la mediazione di Egitto e Qatar": the name right after the phrase
            hosts = [c for c in after if prep[id(c)] == "agent_preps"
                     or (c.start - trigger.end <= 2 and prep[id(c)] in (None, "genitive_preps"))][:1]
            hosts = coordinated_with(doc, self.cands, hosts[0], lex, trigger.end, hi) if hosts else []
            subjects = [c for c in reversed(before) if prep[id(c)] in (None, "genitive_preps")][:1]
            return Roles(dedupe(subjects), dedupe(hosts), "subject" if subjects else "none")
        if is_passive(doc, trigger, lex):
            agents = [c for c in after if prep[id(c)] == "agent_preps"] or self._agent_phrase(trigger, after)
            if agents and agents[0].kind == "demonym":
                # "by Serbian police": the demonym says whose; the group noun it qualifies is the agent
                agents = [c for c in after if c.start == agents[0].end and c.kind == "generic"][:1] + agents
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
            actors = coordinated_with(doc, self.cands, agents[0], lex, lo, hi) if agents else []
            recips = coordinated_with(doc, self.cands, patients[0], lex, lo, hi) if patients else []
            if trigger.entry.host_subject and recips:
                # "Modi è stato ricevuto da Takaichi": the one received visits, the host receives the visit
                return Roles(dedupe(recips), dedupe(actors), "passive")
            return Roles(dedupe(actors), dedupe(recips), "passive" if actors else "none")
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
        controller = self._controller(doc[trigger.start]) if self.has_parse else []
        subjects = self._parsed_subject(trigger, cands) or controller or subjects or self._antecedent(lo)
        actors = coordinated_with(doc, self.cands, subjects[0], lex, lo, trigger.start) if subjects else []
        late = [] if subjects else self._postverbal_subject(trigger, after, prep)
        if late:  # "Lo hanno arrestato i carabinieri": the object is the clitic, the subject follows the verb
            actors = coordinated_with(doc, self.cands, late[0], lex, trigger.end, hi)
            subjects, after = late, [c for c in after if c not in actors]
        partners = [c for c in after if prep[id(c)] == "partner_preps"]
        objects = [c for c in after if prep[id(c)] in (None, "recipient_preps")
                   and not (prep_only and prep[id(c)] is None) and not self._subject_of_other_verb(c, trigger)
                   and not self.in_modifying_clause(c, trigger) and not self._scene_after_people(c, trigger)]
        if trigger.entry.host_subject:
            parties = [c for c in after if prep[id(c)] in ("partner_preps", None)][:1]
            if parties and actors:
                joined = coordinated_with(doc, self.cands, parties[0], lex, trigger.end, hi)
                return Roles(dedupe(joined), dedupe(actors), "subject")
        if trigger.entry.reciprocal and not trigger.entry.host:
            # "X met Y", "X spoke with Y", "X ha telefonato a Y": the other side is a co-actor; not so a
            # name in what was agreed ("agreed to open talks with Ukraine")
            # (a marker followed by a verb: "a Pechino" is a place, "a collaborare" what was agreed)
            stop = next((i for i in range(trigger.end, hi) if any_match(lex.words("infinitive_markers"), doc[i])
                         and (i + 1 >= hi or doc[i + 1].pos_ in ("VERB", "AUX") or not self.has_parse)), hi)
            # (not the town where they met: "ha incontrato venerdì a Pechino il presidente Xi")
            objects = [c for c in objects if not self._scene(c) and not self._seat_as_scene(c)
                       and not self._after_word(c, "hostile_preps")]
            joined = [c for c in partners if c.start < stop][:1] or [c for c in objects if c.start < stop][:1]
            actors = actors + [p for c in joined for p in coordinated_with(doc, self.cands, c, lex, trigger.end, hi)]
            objects = []
        elif not objects:
            # "pronti a progetti con gli Stati Uniti": the partner receives; "froze the assets of three
            # Russian banks", "recalled its ambassador from Paris": the owner of the object receives
            # (in an active clause "da" is "from": «ritireranno i militari dal Niger», for a withdrawal)
            away = set(trigger.entry.mode) & AWAY_MODES
            objects = partners[:1] or [c for c in after if (prep[id(c)] == "genitive_preps"
                                                            or (away and prep[id(c)] == "agent_preps"))
                                       and c.start - trigger.end <= OWNER_WINDOW][:1]
        if not objects and trigger.entry.event in lex.settings.get("beneficiary_types", ()):
            objects = self._beneficiary(after)
        recips = coordinated_with(doc, self.cands, objects[0], lex, trigger.end, hi) if objects else []
        conditioned = self._condition_subject(trigger) if trigger.entry.event in CONDITIONAL_EVENTS else []
        if conditioned:
            recips = conditioned  # "minacciato di ritirarsi se Francia e Germania attiveranno ...": who must comply
        how = "subject" if subjects else ("partner" if actors else "none")
        if not trigger.entry.reciprocal:
            # (right after the verb, "both sides" is its object, before any name later in the clause:
            # "urged both sides to respect Security Council resolution 1701")
            sides = self._pair_reference(trigger, hi)
            if sides:
                doers = dedupe(actors)
                return Roles(doers, tuple(p for p in sides if all(party_key(p) != party_key(a) for a in doers)), how)
        if not recips and trigger.entry.scope and not trigger.entry.reciprocal:
            recips = self._complement_subject(trigger)
        return Roles(dedupe(actors), dedupe([c for c in recips if c not in actors]), how)

    def nominal_roles(self, trigger: Trigger) -> Roles:
        """The roles a noun trigger names by itself ("gli attacchi dei coloni")."""
        return self._nominal(trigger)

    def _nominal(self, trigger: Trigger) -> Roles:
        """A noun names the event: its actor is a dependent ("attacchi russi", "attack by", "Congo's")."""
        doc, lex = self.doc, self.lexicon
        lo, hi, cands = self.in_clause(trigger)
        hi = self.attribution_tail(trigger, hi)
        cands = [c for c in cands if c.end <= hi or c.start < trigger.start]
        prep = {id(c): prep_before(doc, c, lex, prep_floor(trigger, c, lo)) for c in cands}
        near_after = [c for c in cands if trigger.end <= c.start <= trigger.end + NOUN_ARG_WINDOW]
        if trigger.entry.host_agent:
            # "con la mediazione di Egitto e Qatar": the mediators are the hosts (recipients) of the talks
            hosts = [c for c in near_after if c.start - trigger.end <= 2
                     and prep[id(c)] in (None, "genitive_preps", "agent_preps")][:1]
            hosts = coordinated_with(doc, self.cands, hosts[0], lex, trigger.end, hi) if hosts else []
            return Roles((), dedupe(hosts), "none")
        # "attacchi russi": where adjectives follow the noun, a bare demonym after it is its actor
        postnominal = bool(lex.settings.get("postnominal_adjectives", False))
        # "l'omicidio di Gennaro Russo", "the arrest of 12 activists": after these nouns "of X" is the patient
        patient_noun = any_match(lex.words("patient_genitive_nouns"), doc[trigger.start])
        of_patients = [c for c in near_after if patient_noun and prep[id(c)] == "genitive_preps"
                       and not self._other_phrase_between(trigger.end, c.start)][:1]
        actors = [c for c in near_after if (prep[id(c)] in ("genitive_preps", "agent_preps")
                  or (postnominal and c.kind == "demonym" and prep[id(c)] is None))
                  and not self._other_phrase_between(trigger.end, c.start) and c not in of_patients
                  and not self._own_verb_between(trigger.end, c.start)]
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
        if not actors and self.has_parse:
            actors = self._possessor_subject(trigger)
        if trigger.entry.reciprocal:
            actors += [c for c in near_after if prep[id(c)] == "partner_preps"]
        if not actors and trigger.end < hi and any_match(lex.words("passive_aux"), doc[trigger.end]):
            # "Sanctions were imposed on Belarus by the EU": the noun is a passive subject, "by X" its agent
            actors = [c for c in cands if c.start > trigger.end and prep[id(c)] == "agent_preps"
                      and not self._own_verb_between(trigger.end, c.start)][:1]
        if actors:
            actors = coordinated_with(doc, self.cands, actors[0], lex, lo, hi) + actors[1:]
        recips = of_patients or [c for c in cands if trigger.end <= c.start <= trigger.end + RECIPIENT_WINDOW
                                 and prep[id(c)] == "recipient_preps" and c not in actors]
        recips = coordinated_with(doc, self.cands, recips[0], lex, trigger.end, hi) if recips else []
        return Roles(dedupe(actors), dedupe(recips), "nominal" if actors else "none")

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

    def _scene_after_people(self, cand: Candidate, trigger: Trigger) -> bool:
        """A town after a preposition of place that follows the people an act fell on ("ha ucciso dodici
        civili a Port-au-Prince"): where it happened, not whom it fell on (those are the people)."""
        people = self.lexicon.settings.get("people_objects", {})
        return bool(people) and self._scene(cand) and self._after_word(cand, "scene_preps") and any(
            people_noun(t, people) for t in self.doc[trigger.end:cand.start])

    def _seat_as_scene(self, cand: Candidate) -> bool:
        """A seat or a place after a preposition of place ("ha incontrato a Palazzo Chigi il cancelliere Merz",
        "signed a peace agreement at the White House"): where they met, not who was met (a person after "a"
        is: "ha telefonato a Macron")."""
        return cand.participant.type != "PER" and self._after_word(cand, "scene_preps")

    def _beneficiary(self, after: list[Candidate]) -> list[Candidate]:
        """The first name after a preposition of benefit ("a loan for Pakistan", "aiuti per Gaza")."""
        return [c for c in after if self._after_word(c, "beneficiary_preps")][:1] or [
            # "sent aid to Morocco", "inviato aiuti in Marocco": a country or city the aid goes to
            c for c in after if c.participant.type == "GPE" and c.participant.country
            and self._after_word(c, "destination_preps")][:1]

    def _after_word(self, cand: Candidate, key: str) -> bool:
        """The word before a candidate (its determiners skipped) is in the language pack's list ``key``."""
        i = cand.start - 1
        while i > 0 and any_match(self.lexicon.words("determiners"), self.doc[i]):
            i -= 1
        return i >= 0 and any_match(self.lexicon.words(key), self.doc[i])

    def _other_phrase_between(self, start: int, end: int) -> bool:
        """A preposition of another argument between a noun and a name: "attack on the city of Sumy" —
        Sumy belongs to the city, not to the attack."""
        lex = self.lexicon
        preps = lex.words("recipient_preps") + lex.words("other_preps") + lex.words("partner_preps")
        return any(any_match(preps, self.doc[i]) for i in range(start, end))

    def _own_verb_between(self, start: int, end: int) -> bool:
        """A verb other than a support verb stands between a noun and a "by X": the agent is that verb's
        ("the rally was dispersed by police", "il corteo è stato disperso dalla polizia"), not the noun's
        ("sanctions were imposed on Belarus by the EU")."""
        light = self.lexicon.words("light_verbs")
        return any(self.doc[i].pos_ == "VERB" and not any_match(light, self.doc[i]) for i in range(start, end))

    def _possessor_subject(self, trigger: Trigger) -> list[Candidate]:
        """"la Russia non metterà fine alla sua aggressione", "Israel defended its strikes": a noun with a
        third-person possessive is the act of its clause's subject."""
        tok = self.doc[trigger.start]
        if not any(ch.pos_ in ("DET", "PRON") and ch.morph.get("Poss", []) == ["Yes"]
                   and not {"1", "2"} & set(ch.morph.get("Person", [])) for ch in tok.children):
            return []
        head = tok
        for _ in range(3):
            if head.pos_ in ("VERB", "AUX") or head.head is head:
                break
            head = head.head
        subjects = [ch for ch in head.children if ch.dep_ == "nsubj"]
        found = [c for c in self._cands_at(subjects[0]) if c.kind != "generic"] if subjects else []
        return found[:1]

    def _nominal_agents(self, trigger: Trigger, cands: list[Candidate], prep: dict[int, str | None],
                        hi: int) -> list[Candidate]:
        """The "by X" / "da parte di X" agent of a noun trigger ("the arrest of 12 activists by police")."""
        reach = min(hi, trigger.end + NOUN_ARG_WINDOW + 3)
        agents = [c for c in cands if trigger.end <= c.start < reach and prep[id(c)] == "agent_preps"
                  and not self._own_verb_between(trigger.end, c.start)]
        tokens = list(self.doc)
        for i in range(trigger.end, reach):
            for ph in self.lexicon.phrases("agent_phrases"):
                end = match_phrase(tokens, i, ph)
                if end is not None:
                    agents += [c for c in cands if end <= c.start <= end + 1][:1]
        return sorted(agents, key=lambda c: c.start)[:1]


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
