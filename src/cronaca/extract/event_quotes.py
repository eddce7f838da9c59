"""Events inside quotations: a trigger that appears only inside quotes is the speaker's words, not a reported
act; a charge inside a quote that names nobody ("'a war crime'") is the speaker accusing whoever did the act
it judges, found among the events of the preceding sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Participant, Span
from .argument_parties import Roles
from .arguments import merge_participants
from .event_merge import (
    Draft,
    participant_key,
    without,
)
from .trigger_lexicon import Trigger


def quoted_only_in_quotes(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """Entries marked ``quoted`` (a charge in the speaker's own words: "These elections were stolen", "È una
    sentenza politica") count only inside a quote with a known speaker, or inside reported speech with a named
    source ("Sharif vowed that those responsible would be hunted down"), once per quote or speech, and not where
    its sentences already tell a verb of the same kind ("ha condannato ..., definendolo «un crimine»")."""
    quotes = [q for q in doc._.cronaca_quotes or [] if q.speaker is not None and q.speaker.entity_name]
    out: list[Trigger] = []
    used: set[str] = set()
    for t in found:
        if not t.entry.quoted:
            out.append(t)
            continue
        offset = doc[t.start].idx
        quote = next((q for q in quotes if q.span.start <= offset < q.span.end), None)
        if quote is not None:
            key = quote.id
            lo = min(quote.span.start, quote.cue_span.start if quote.cue_span else quote.span.start)
            hi = max(quote.span.end, quote.cue_span.end if quote.cue_span else quote.span.end)
        elif (reported := _reported_speech(doc, offset)) is not None:
            # reported words are the speaker's too: "Sharif vowed that those responsible would be hunted down"
            key, lo, hi = f"{reported[0].start}-{reported[0].end}", reported[0].start, reported[0].end
        else:
            continue
        told = any(not o.entry.quoted and o.event == t.event and o.sentence.start_char < hi
                   and o.sentence.end_char > lo for o in found)
        if key not in used and not told:
            used.add(key)
            out.append(t)
    return out


def _reported_speech(doc: Doc, offset: int) -> tuple[Span, Participant] | None:
    """The innermost reported speech with a named source (the attribution stage's) covering ``offset``."""
    found = [(span, part) for span, part in doc._.cronaca_sources or []
             if span.start <= offset < span.end and part.entity_id is not None]
    return min(found, key=lambda s: s[0].end - s[0].start) if found else None


QUOTED_CHARGE_REACH = 3  # sentences back in which a quoted charge naming nobody finds the act it judges
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


def quoted_accusation(doc: Doc, trig: Trigger, roles: Roles, earlier: list[Draft], sent_index: int) -> Roles:
    """A charge made in a quote is the speaker's; whoever the quoted clause names as doer or target ("stolen
    by Frelimo") is the accused, else the doer of the hostile act just told ("Russia struck Dnipro ... «È un
    crimine di guerra», ha scritto Zelensky")."""
    speaker = words_speaker(doc, trig) if trig.entry.quoted else None
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


def in_quote(doc: Doc, trig: Trigger) -> bool:
    """Whether the trigger stands inside a quotation of the quotes stage."""
    offset = doc[trig.start].idx
    return any(q.span.start <= offset < q.span.end for q in doc._.cronaca_quotes or [])


def quote_speaker(doc: Doc, trig: Trigger) -> Participant | None:
    """The named speaker of the quotation the trigger stands in, if any."""
    offset = doc[trig.start].idx
    for q in doc._.cronaca_quotes or []:
        if q.span.start <= offset < q.span.end and q.speaker is not None and q.speaker.entity_name:
            return q.speaker  # type: ignore[no-any-return]
    return None


def words_speaker(doc: Doc, trig: Trigger) -> Participant | None:
    """Whose words the trigger stands in: the named speaker of its quotation, else the named source of the
    reported speech around it."""
    speaker = quote_speaker(doc, trig)
    if speaker is None and (reported := _reported_speech(doc, doc[trig.start].idx)) is not None:
        speaker = reported[1]
    return speaker
