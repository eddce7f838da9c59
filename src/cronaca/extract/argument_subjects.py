"""Subjects and agents of a verb trigger, beyond the plain surface order: passive voice and its "by"/"da"
agent phrase, the antecedent of a relative clause, subjects read from the dependency parse (conjuncts,
modifiers, pronominal verbs), subjects after the verb, in a complement or in a condition; and support verbs
before a noun trigger ("held talks").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ._phrases import fold
from .argument_parties import PartyContext, Roles, coordinated_with, dedupe, prep_before
from .quantity_lexicon import lexicon as number_lexicon
from .role_candidates import Candidate
from .trigger_lexicon import Lexicon, Trigger
from .trigger_patterns import any_match, match_phrase, norm
from .triggers import clause_start

CLAUSAL_MODIFIERS = frozenset({"acl", "acl:relcl", "relcl"})  # a clause modifying a noun
MODIFIER_PATH = 8  # heads walked up from a name towards the trigger
ATTRIBUTION_TAIL = 10  # ", South Korea's Joint Chiefs of Staff said": the speaker stands close to the verb
LIGHT_VERB_WINDOW = 9  # "held a new round of trade talks", "launched a second day of large-scale military drills"
NOUN_ARG_WINDOW = 5  # tokens after a noun trigger where its "di X"/"by X" argument may stand
AGENT_REACH = 6  # how far after a passive verb its "by"/"da" agent phrase may open
CLIMB_DEPS = frozenset({"conj", "ccomp", "xcomp", "advcl", "acl", "obl", "obj", "iobj"})


def _victims(subject: Token, lexicon: Lexicon) -> bool:
    """A passive subject naming people harmed ("civilians", "persone", "a woman and two men", by the quantity
    pack's person nouns) under a harm verb (``harm_verbs`` of the events pack)."""
    if not any_match(lexicon.words("harm_verbs"), subject.head):
        return False
    people = number_lexicon(subject.doc.lang_).person_nouns
    return any(fold(t.text) in people or fold(t.lemma_) in people for t in subject.subtree)


def is_passive(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> bool:
    """Passive voice: a passive auxiliary ("è stato", "were"), or a copula before a participle ("sono accusati")."""
    head = doc[trigger.start]
    if any_match(lexicon.words("stance_adjectives"), head):
        return False  # "China is ready to strike", "Russia is prepared to...": the subject holds the stance
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
    if head.dep_ == "acl" and "Past" in head.morph.get("Tense", []) and "aux" not in deps and "obj" not in deps \
            and any(
                t.i > head.i and any_match(lexicon.words("agent_preps"), t) for t in head.subtree):
        # "Tebboune, ricevuto al Quirinale dal capo dello Stato", "X, received at the Quirinale by President Y": a
        # participle after a name, with its agent
        return True
    gerund = tuple(lexicon.settings.get("gerund_suffix", ()))
    progressive = "Ger" in head.morph.get("VerbForm", []) or (
        "Part" in head.morph.get("VerbForm", []) and "Pres" in head.morph.get("Tense", [])) or (
        bool(gerund) and norm(head.text).endswith(gerund))
    if not progressive and any(any_match(lexicon.words("passive_aux"), t) and t.pos_ != "PROPN" for t in before):
        return True  # (not "it was suspending": a progressive is active; not the "Stati" of "gli Stati Uniti")
    if not before or not any_match(lexicon.words("passive_copula"), before[-1]):
        return False
    if len(before) > 1 and any_match(lexicon.words("reflexive"), before[-2]):
        return False  # "si è dimesso" is active
    if any_match(lexicon.words("essere_verbs"), head):
        return False  # "è arrivato", "sono scesi": verbs whose active perfect takes "essere"
    suffixes = tuple(lexicon.settings.get("participle_suffix", ()))
    return bool(suffixes) and norm(head.text).endswith(suffixes)


SPOKEN_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})  # said, not done
SPEAKING_AUTHORITIES = frozenset({"GOV", "COP", "JUD", "MIL", "LEG"})  # tellers of their own agentless acts


def light_verb_before(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> bool:
    """A noun trigger governed by a support verb ("hanno avuto una conversazione", "imposed a curfew")."""
    return light_verb_index(doc, trigger, lexicon) is not None


def light_verb_index(doc: Doc, trigger: Trigger, lexicon: Lexicon) -> int | None:
    """Index of the support verb governing a noun trigger, if any."""
    light, breaks = lexicon.words("light_verbs"), lexicon.words("clause_breaks")
    renewal = lexicon.words("renewal_verbs")
    for i in range(trigger.start - 1, max(trigger.sentence.start, trigger.start - LIGHT_VERB_WINDOW) - 1, -1):
        if any_match(breaks, doc[i]) or doc[i].text in ",;:":
            return None
        if any_match(light, doc[i]):
            return i
        if any_match(renewal, doc[i]) and _object_of(doc, trigger.start, i):
            return i
    return None


def _object_of(doc: Doc, noun: int, verb: int) -> bool:
    """The noun is the verb's object in the parse ("extended sanctions", "prorogato di sei mesi le
    sanzioni"), or a conjunct of it."""
    tok = doc[noun]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.i == verb and tok.dep_ in ("obj", "dobj", "nsubjpass", "nsubj:pass")


def _reporting_conjunct(tok: Token) -> bool:
    """A verb coordinated with a reported clause's verb but in the tense of the reporting verb ("Perriello ha
    confermato che la delegazione è arrivata ... e ha definito"): the parser hung it on the wrong verb; it is
    the reporter's."""
    head = tok.head
    return tok.dep_ == "conj" and head.dep_ == "ccomp" and head.head.i < head.i \
        and _tense_signature(tok) == _tense_signature(head.head) != _tense_signature(head)


def _tense_signature(verb: Token) -> tuple[str, ...]:
    """A verb's auxiliaries and its own tense and form ("ha definito": ha, Past, Part; "called": Past, Fin)."""
    aux = tuple(ch.lower_ for ch in verb.children if ch.dep_ == "aux")
    return (*aux, *verb.morph.get("Tense", []), *verb.morph.get("VerbForm", []))


class SubjectFinder(PartyContext):
    """Subjects and agents of a verb trigger: from the parse (passive subjects, conjuncts, modifiers), from
    a passive's "by"/"da" phrase, from the antecedent of a relative clause, after the verb, in a complement
    or a condition."""

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
            return coordinated_with(self.doc, self.cands, first[0], lex, end, hi) if first else []
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

    def in_modifying_clause(self, cand: Candidate, trigger: Trigger) -> bool:
        """ "executed a man convicted of spying for Israel": a name inside a clause that modifies the object
        (the parse's path up to the trigger passes a clausal modifier) is no argument of the trigger."""
        if not self.has_parse:
            return False
        tok = self.doc[cand.start]
        for _ in range(MODIFIER_PATH):
            if tok.i == trigger.start or tok.head.i == tok.i:
                return False
            if tok.dep_ in CLAUSAL_MODIFIERS and tok.head.i != trigger.start:
                return True
            tok = tok.head
        return False

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
        if head.pos_ != "NOUN":
            return []
        if head.i not in self.event_nouns:
            # "The UN's human rights office called for", "Amnesty International's Argentine branch": a part of
            # an organisation (``subject_parts``) acts for the organisation its modifier names
            if not any_match(self.lexicon.words("subject_parts"), head):
                return []
            owners = [c for c in cands if c.end <= head.i and c.kind in ("name", "metonym")
                      and self.doc[c.end - 1].head.i == head.i
                      and self.doc[c.end - 1].dep_ in ("nmod:poss", "compound", "poss")]
            return owners[-1:]
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
                or prep_before(self.doc, c, lex, head.i + 1) in ("genitive_preps", "agent_preps"))][:1]

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
        # "ha caricato ..., fermandone tre", "said 47 were detained, accusing the opposition"
        # (an English participle of speech only: "..., injuring two" hangs on the nearest act, which parsers
        # often misplace)
        gerund = tok.dep_ == "advcl" and ("Ger" in tok.morph.get("VerbForm", []) or (
            "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])
            and trigger.event in SPOKEN_TYPES))
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
            if gerund and head.dep_ in CLAUSAL_MODIFIERS:
                tok = head  # "colpito una scuola che ospitava sfollati ..., uccidendo": past the relative clause
                continue
            # past the reported clause to the reporter: a verb in the reporting verb's tense that the parser hung
            # on the reported verb ("Perriello ha confermato che la delegazione è arrivata ... e ha definito"), or
            # a participle of speech after it ("Kobakhidze announced that his government would not ..., accusing")
            if _reporting_conjunct(tok) or (gerund and trigger.event in SPOKEN_TYPES and head.dep_ == "ccomp"
                                            and head.head.i < head.i):
                tok = head
                continue
            # the subject of a passive ("che gli attivisti saranno espulsi ... e ha accusato") is its patient
            pronominal = self._pronominal(head)  # "si sono radunati ... per protestare": its subject acts
            if head.pos_ in ("VERB", "AUX", "ADJ") and (pronominal or not self._passive_head(head)):
                subjects = [ch for ch in head.children
                            if ch.dep_ == "nsubj" or (pronominal and ch.dep_ in ("nsubj:pass", "nsubjpass"))]
                if subjects:  # "Il ministro greco Thanos Plevris": parsers may split title and name
                    named = [found for strict in (True, False) for ch in subjects
                             if (found := self._subject_names(ch, strict))]
                    if not named and head.dep_ == "ccomp" and all(ch.pos_ == "NOUN" for ch in subjects):
                        # "X said the attack came after ..., and urged allies": the reported clause's subject
                        # is a thing; the speaker of the verb it hangs on urged
                        tok = head
                        continue
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
                return [c for c in inside if prep_before(self.doc, c, self.lexicon, i) in (None, "genitive_preps",
                                                                                     "agent_preps")][:1]
        return self._instrument_owner(trigger, after)

    def _instrument_owner(self, trigger: Trigger, after: list[Candidate]) -> list[Candidate]:
        """ "were killed in Israeli strikes", "uccisi in un raid israeliano": the country an attack noun right
        after the passive verb is said to be from did it."""
        lex, doc = self.lexicon, self.doc
        preps, nouns = lex.words("instrument_preps"), lex.words("attack_nouns")
        i = trigger.end
        if not preps or i >= trigger.sentence.end or not any_match(preps, doc[i]):
            return []
        window = range(i + 1, min(i + 1 + NOUN_ARG_WINDOW, trigger.sentence.end))
        if not any(any_match(nouns, doc[k]) for k in window):
            return []
        return [c for c in after if c.kind == "demonym" and i < c.start <= i + NOUN_ARG_WINDOW][:1]

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
                if relative_only or prep_before(doc, c, lex, floor) in (None, "genitive_preps"):
                    return [c]
            if c.end < clause_lo - 3:
                break
        return []

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
                    if found and passive and via == "ccomp" and not any(
                            c.participant.sector in SPEAKING_AUTHORITIES or c.participant.type == "GPE"
                            for c in found):
                        # "Police said 20 people were arrested": the authority telling it did it; not so a
                        # monitor ("Internet access was restricted, NetBlocks said")
                        return roles
                    if found:
                        return Roles(dedupe(found), roles.recipients, "parse")
            if passive and tok.dep_ == "ccomp" and any(
                    ch.dep_ in ("nsubj:pass", "nsubjpass") and _victims(ch, self.lexicon) for ch in tok.children):
                # "The UN says 50 civilians were killed": people harmed, told by a source that did not harm them
                # (not "Police said three protesters were arrested", "the air force said 78 drones were downed")
                break
            if tok.dep_ == "ccomp" and not passive and self.named_nonparty_subject(tok, steps=1):
                break  # "An air strike hit the school, the ministry said": the teller is not the doer
            via = tok.dep_
            if _reporting_conjunct(tok):
                tok = tok.head.head  # "ha confermato che ... è arrivata e ha definito «deludente»": the reporter
                continue
            # (a quoted word the parser hung on the verb as a modifier: "ha definito «deludente» l'assenza")
            climb = ("xcomp", "aux", "ccomp", "acl") + (("advmod",) if via == "advmod" and tok.pos_ != "VERB" else ())
            tok = tok.head if tok.dep_ in climb and tok.head is not tok else None
        return roles

    def _controller(self, tok: Token) -> list[Candidate]:
        """The object that does what its verb's complement says: "spingendo Dacca a convocare", "forced the
        army to withdraw" (a direct object before the complement; parsers hang the complement on the verb or
        on the object itself)."""
        if tok.dep_ != "xcomp" or tok.head is tok:
            return []
        head = tok.head
        if head.dep_ == "obj" and head.pos_ in ("NOUN", "PROPN") and head.i < tok.i:
            return self._cands_at(head)
        for ch in head.children:
            if ch.dep_ == "obj" and ch.i < tok.i and ch.pos_ in ("NOUN", "PROPN"):
                return self._cands_at(ch)
        return []
