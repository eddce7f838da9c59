"""Readable plain-text rendering of a document (``cronaca extract --format table``)."""

from __future__ import annotations

from typing import Any


def _names(participants: list[dict[str, Any]]) -> str:
    return ", ".join(f"{p.get('entity_name') or p.get('raw_text')}"
                     f"{' [' + p['country'] + ']' if p.get('country') else ''}" for p in participants) or "-"


def _quantity(q: dict[str, Any]) -> str:
    prefix = {"exact": "", "at_least": ">=", "at_most": "<=", "about": "~"}.get(q.get("qualifier", ""), "")
    return f"{prefix}{q.get('value')}"


def document_table(doc: dict[str, Any]) -> str:
    """Events, quotes and entities of a document dict as aligned text blocks."""
    art = doc["article"]
    lines = [f"article {art['id']}  language={art.get('language')}  published={art.get('published')}", ""]
    lines.append(f"EVENTS ({len(doc.get('events', []))})")
    for e in doc.get("events", []):
        mags = ", ".join(f"{k}={_quantity(q)}" for k, q in (e.get("magnitude") or {}).items())
        loc = (e.get("event_loc") or {}).get("name") or "-"
        flags = ",".join(e.get("auxiliary") or [])
        lines.append(f"  {e['event']:<9} {'/'.join(e.get('mode') or []) or '-':<14} "
                     f"actor: {_names(e.get('actor', []))}  ->  recipient: {_names(e.get('recipient', []))}")
        lines.append(f"            date={e.get('date') or '-'}  place={loc}  {mags}"
                     f"{'  source=' + _names(e['reported_by']) if e.get('reported_by') else ''}"
                     f"{'  [' + flags + ']' if flags else ''}")
        lines.append(f"            \"{e.get('event_text', '')}\" in: {e.get('text', '')[:100]}")
    lines.append("")
    lines.append(f"QUOTES ({len(doc.get('quotes', []))})")
    for q in doc.get("quotes", []):
        speaker = q.get("speaker") or {}
        who = speaker.get("entity_name") or speaker.get("raw_text") or "?"
        lines.append(f"  {who}: \u201c{q['text'][:110]}\u201d ({q.get('kind')}, cue={q.get('cue') or '-'}"
                     f"{', ' + q['channel'] if q.get('channel') else ''})")
    lines.append("")
    lines.append(f"ENTITIES ({len(doc.get('entities', []))})")
    for ent in doc.get("entities", []):
        lines.append(f"  {ent['type']:<6} {ent['entity_name']:<40} {ent.get('country') or '-':<4} "
                     f"{ent.get('wikidata_id') or ''} x{len(ent.get('mentions', []))}")
    return "\n".join(lines)
