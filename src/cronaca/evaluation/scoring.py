"""Scores of RECORDS.md "How it is scored": events, quotes and entities against gold.

Optional gold items neither reward nor penalise: a prediction matched to one is not a false positive,
an unmatched one is not a false negative. Field accuracies are computed over matched pairs whose gold
item is required; date, location, magnitude and reported_by only where the gold sets them. Location is
also scored over all matched pairs ("location acc, all pairs"), where a gold event with no place is right
only when no place is predicted: RECORDS.md asks for accuracy over matched pairs, and coders leave many
statements unplaced.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..records import Document, Event, Participant
from .gold import GoldActor, GoldArticle, GoldEvent, GoldQuote

P = TypeVar("P")
G = TypeVar("G")


def normalize_name(name: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace(".", "")  # "U.S." and "US", "K. P." and "K P"
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def names_agree(a: str | None, b: str | None) -> bool:
    """Same canonical name, allowing one to contain the other on word boundaries ("Spiegel" / "Der Spiegel")."""
    na, nb = normalize_name(a), normalize_name(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = sorted((na, nb), key=len)
    return f" {short} " in f" {long_} "


def participant_agrees(pred: Participant, gold: GoldActor) -> bool:
    if gold.country and pred.country and gold.country == pred.country:
        return True
    return normalize_name(pred.entity_name) == normalize_name(gold.name) or (
        bool(pred.raw_text) and normalize_name(pred.raw_text) == normalize_name(gold.name))


def any_agree(preds: Sequence[Participant], golds: Sequence[GoldActor]) -> bool:
    return any(participant_agrees(p, g) for p in preds for g in golds)


def tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def jaccard(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    return len(ta & tb) / len(ta | tb)


@dataclass(slots=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def record(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    def to_dict(self) -> dict[str, Any]:
        v = self.value
        return {"accuracy": None if v is None else round(v, 4), "correct": self.correct, "total": self.total}


def match_one_to_one(preds: Sequence[P], golds: Sequence[G], compatible: Callable[[P, G], bool]
                     ) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths); returns ``{pred_index: gold_index}``."""
    adj = [[g for g, gold in enumerate(golds) if compatible(pred, gold)] for pred in preds]
    gold_to_pred: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in adj[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in gold_to_pred or augment(gold_to_pred[g], seen):
                gold_to_pred[g] = p
                return True
        return False

    for p in range(len(preds)):
        augment(p, set())
    return {p: g for g, p in gold_to_pred.items()}


def match_with_optional(preds: Sequence[P], golds: Sequence[G], optional: Callable[[G], bool],
                        compatible: Callable[[P, G], bool]) -> tuple[PRF, list[tuple[P, G]]]:
    """Match against required gold first, then let leftovers absorb optional gold; count P/R/F1."""
    required = [g for g in golds if not optional(g)]
    optionals = [g for g in golds if optional(g)]
    matched = match_one_to_one(preds, required, compatible)
    pairs = [(preds[p], required[g]) for p, g in matched.items()]
    rest = [p for i, p in enumerate(preds) if i not in matched]
    absorbed = match_one_to_one(rest, optionals, compatible)
    prf = PRF(tp=len(matched), fp=len(rest) - len(absorbed), fn=len(required) - len(matched))
    return prf, pairs


def _sentence_overlaps(pred: Event, gold: GoldEvent) -> bool:
    return any(pred.sentence.overlaps(span) for span in gold.evidence)


def event_compatible(pred: Event, gold: GoldEvent) -> bool:
    return pred.event == gold.event and _sentence_overlaps(pred, gold) and any_agree(pred.actor, gold.actor)


def event_type_compatible(pred: Event, gold: GoldEvent) -> bool:
    return pred.event == gold.event and _sentence_overlaps(pred, gold)


@dataclass(slots=True)
class Scores:
    """Counts for one article or an aggregate of articles."""

    articles: int = 0
    events: PRF = field(default_factory=PRF)
    events_type_only: PRF = field(default_factory=PRF)
    recipient: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    location: Accuracy = field(default_factory=Accuracy)
    # over every matched pair: a gold event with no place is right only when none is predicted
    location_all: Accuracy = field(default_factory=Accuracy)
    magnitude: Accuracy = field(default_factory=Accuracy)
    magnitude_fields: dict[str, Accuracy] = field(default_factory=dict)
    reported_by: Accuracy = field(default_factory=Accuracy)
    quotes: PRF = field(default_factory=PRF)
    speaker: Accuracy = field(default_factory=Accuracy)
    entities: PRF = field(default_factory=PRF)
    entity_types: dict[str, PRF] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # one line per miss; per article, not summed

    def add(self, other: Scores) -> None:
        self.articles += other.articles
        for name in ("events", "events_type_only", "recipient", "date", "location", "location_all", "magnitude",
                     "reported_by", "quotes", "speaker", "entities"):
            getattr(self, name).add(getattr(other, name))
        for key, acc in other.magnitude_fields.items():
            self.magnitude_fields.setdefault(key, Accuracy()).add(acc)
        for key, prf in other.entity_types.items():
            self.entity_types.setdefault(key, PRF()).add(prf)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "events": self.events.to_dict(), "events_type_only": self.events_type_only.to_dict(),
            "recipient": self.recipient.to_dict(), "date": self.date.to_dict(),
            "location": self.location.to_dict(), "location_all": self.location_all.to_dict(),
            "magnitude": self.magnitude.to_dict(),
            "magnitude_fields": {k: v.to_dict() for k, v in sorted(self.magnitude_fields.items())},
            "reported_by": self.reported_by.to_dict(),
            "quotes": self.quotes.to_dict(), "speaker": self.speaker.to_dict(),
            "entities": self.entities.to_dict(),
            "entity_types": {k: v.to_dict() for k, v in sorted(self.entity_types.items())},
            "errors": list(self.errors),
        }


def _location_ok(pred: Event, gold: GoldActor) -> bool:
    loc = pred.event_loc
    if loc is None:
        return False
    return names_agree(loc.name, gold.name) or names_agree(loc.raw_text, gold.name)


def _actors(actors: Sequence[Participant] | Sequence[GoldActor]) -> str:
    names = [getattr(a, "entity_name", None) or getattr(a, "raw_text", None) or getattr(a, "name", "")
             for a in actors]
    return " + ".join(n for n in names if n) or "-"


def _score_event_fields(scores: Scores, pred: Event, gold: GoldEvent) -> None:
    where = f"{gold.event} {_actors(gold.actor)}"

    def check(acc: Accuracy, ok: bool, field_name: str, expected: object, got: object) -> None:
        acc.record(ok)
        if not ok:
            scores.errors.append(f"{field_name} of {where}: expected {expected}, got {got}")

    if gold.recipient or pred.recipient:
        check(scores.recipient, any_agree(pred.recipient, gold.recipient), "recipient",
              _actors(gold.recipient), _actors(pred.recipient))
    else:
        scores.recipient.record(True)
    if gold.dates:
        check(scores.date, pred.date in gold.dates, "date", " or ".join(gold.dates), pred.date or "-")
    if gold.location is not None:
        got_loc = pred.event_loc.name if pred.event_loc is not None else "-"
        check(scores.location, _location_ok(pred, gold.location), "location", gold.location.name, got_loc)
        scores.location_all.record(_location_ok(pred, gold.location))
    else:
        scores.location_all.record(pred.event_loc is None)
    for key, (value, qualifier) in gold.magnitude.items():
        q = pred.magnitude.get(key)
        ok = q is not None and q.value == value and q.qualifier == qualifier
        scores.magnitude_fields.setdefault(key, Accuracy()).record(ok)
        check(scores.magnitude, ok, f"magnitude.{key}", f"{value} ({qualifier})",
              "-" if q is None else f"{q.value} ({q.qualifier})")
    if gold.reported_by:
        ok = any(names_agree(p.entity_name, gold.reported_by) or names_agree(p.raw_text, gold.reported_by)
                 for p in pred.reported_by)
        check(scores.reported_by, ok, "reported_by", gold.reported_by, _actors(pred.reported_by))


def _speaker_name(speaker: Participant | None) -> tuple[str, str]:
    if speaker is None:
        return "", ""
    return speaker.entity_name, speaker.raw_text


def _snippet(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def score_article(gold: GoldArticle, doc: Document) -> Scores:
    """Score one predicted document against its gold annotation; list what did not match in ``errors``."""
    scores = Scores(articles=1)
    text = gold.article.text
    preds = list(doc.events)
    prf, pairs = match_with_optional(preds, gold.events, lambda g: g.optional, event_compatible)
    scores.events = prf
    for pred, gold_event in pairs:
        _score_event_fields(scores, pred, gold_event)
    matched_gold = {id(g) for _, g in pairs}
    matched_pred = {id(p) for p, _ in pairs}
    for g in gold.events:
        if id(g) not in matched_gold and not g.optional:
            evidence = _snippet(g.evidence[0].text(text)) if g.evidence else ""
            scores.errors.append(f"missed event {g.event} {_actors(g.actor)} -> {_actors(g.recipient)}: "
                                 f"«{evidence}»")
    for p in preds:
        if id(p) not in matched_pred and not any(g.optional and event_compatible(p, g) for g in gold.events):
            scores.errors.append(f"extra event {p.event} {_actors(p.actor)} -> {_actors(p.recipient)}: "
                                 f"«{_snippet(p.event_text or p.trigger.text(text))}»")
    scores.events_type_only, _ = match_with_optional(preds, gold.events, lambda g: g.optional,
                                                     event_type_compatible)

    def quote_ok(p: Any, g: GoldQuote) -> bool:
        return jaccard(p.text, g.text) >= 0.5

    scores.quotes, qpairs = match_with_optional(list(doc.quotes), gold.quotes, lambda g: g.optional, quote_ok)
    for pq, gq in qpairs:
        if gq.speaker:
            name, raw = _speaker_name(pq.speaker)
            ok = names_agree(name, gq.speaker) or names_agree(raw, gq.speaker)
            scores.speaker.record(ok)
            if not ok:
                scores.errors.append(f"speaker of «{_snippet(gq.text, 40)}»: expected {gq.speaker}, "
                                     f"got {name or raw or '-'}")
    quoted = {id(g) for _, g in qpairs}
    for gq in gold.quotes:
        if id(gq) not in quoted and not gq.optional:
            scores.errors.append(f"missed quote «{_snippet(gq.text, 60)}»")
    found = {id(p) for p, _ in qpairs}
    for pq in doc.quotes:
        if id(pq) not in found and not any(g.optional and quote_ok(pq, g) for g in gold.quotes):
            scores.errors.append(f"extra quote «{_snippet(pq.text, 60)}»")

    gold_set = {(normalize_name(e.name), e.type) for e in gold.entities}
    pred_set = {(normalize_name(e.entity_name), e.type) for e in doc.entities}
    scores.entities = PRF(tp=len(gold_set & pred_set), fp=len(pred_set - gold_set), fn=len(gold_set - pred_set))
    for etype in sorted({t for _, t in gold_set | pred_set}):
        gold_of_type = {x for x in gold_set if x[1] == etype}
        pred_of_type = {x for x in pred_set if x[1] == etype}
        scores.entity_types[etype] = PRF(tp=len(gold_of_type & pred_of_type), fp=len(pred_of_type - gold_of_type),
                                         fn=len(gold_of_type - pred_of_type))
    scores.errors += [f"missed entity {t} {n}" for n, t in sorted(gold_set - pred_set)]
    scores.errors += [f"extra entity {t} {n}" for n, t in sorted(pred_set - gold_set)]
    return scores


def aggregate(results: Sequence[tuple[GoldArticle, Scores]]) -> dict[str, Scores]:
    """Sum article scores per language and overall (key ``"overall"``)."""
    out: dict[str, Scores] = {}
    for gold, s in results:
        lang = gold.article.language or "unknown"
        out.setdefault(lang, Scores()).add(s)
        out.setdefault("overall", Scores()).add(s)
    return dict(sorted(out.items(), key=lambda kv: (kv[0] == "overall", kv[0])))


def event_type_counts(docs: Sequence[Document]) -> Counter[str]:
    return Counter(e.event for d in docs for e in d.events)
