from __future__ import annotations

import json
from pathlib import Path

import pytest

from cronaca.ingest.readers import read_inputs, read_path

ARTICLE = "Il governo ha annunciato nuove misure. Lo ha detto il ministro."


def _one(path: Path, **kw: object):  # type: ignore[no-untyped-def]
    results = list(read_path(path, **kw))  # type: ignore[arg-type]
    assert len(results) == 1
    return results[0]


def test_txt_id_is_the_file_stem(tmp_path: Path) -> None:
    p = tmp_path / "notizia-1.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    r = _one(p, published="2025-07-05")
    assert r.error is None and r.article is not None
    assert (r.article.id, r.article.text, r.article.published) == ("notizia-1", ARTICLE, "2025-07-05")


def test_json_article_object_keeps_known_keys_and_ignores_others(tmp_path: Path) -> None:
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"id": "x9", "text": ARTICLE, "published": "2025-01-02T10:00:00Z",
                             "outlet": "ANSA", "extra": 1}), encoding="utf-8")
    r = _one(p)
    assert r.article is not None
    assert (r.article.id, r.article.published, r.article.outlet) == ("x9", "2025-01-02", "ANSA")


def test_jsonl_bad_line_does_not_lose_the_others(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join([json.dumps({"id": "a", "text": ARTICLE}), "{not json",
                            json.dumps({"id": "c", "text": ""}), json.dumps({"id": "d", "text": ARTICLE})]),
                 encoding="utf-8")
    results = list(read_path(p))
    assert [r.article.id for r in results if r.article] == ["a", "d"]
    errors = [str(r.error) for r in results if r.error]
    assert errors[0].startswith(f"{p}:2: invalid JSON")
    assert errors[1].startswith(f"{p}:3: empty article")


@pytest.mark.parametrize("name,content,message", [
    ("missing.txt", None, "no such file"),
    ("bin.txt", b"\x00\x01\x02abc", "binary file"),
    ("latin.txt", "citt\xe0".encode("latin-1"), "not valid UTF-8"),
    ("empty.txt", b"   \n", "empty article"),
    ("bad.json", b"{\"text\": ", "invalid JSON"),
    ("list.json", b"[1, 2]", "expected a JSON object"),
    ("notext.json", b"{\"id\": 1}", "no string 'text'"),
    ("baddate.json", json.dumps({"text": ARTICLE, "published": "5 luglio"}).encode(), "invalid publication date"),
    ("a.pdf", b"%PDF", "unsupported file type"),
])
def test_bad_inputs_get_an_error_naming_them(tmp_path: Path, name: str, content: bytes | None,
                                             message: str) -> None:
    p = tmp_path / name
    if content is not None:
        p.write_bytes(content)
    r = _one(p)
    assert r.article is None and r.error is not None
    assert str(r.error).startswith(str(p)) and message in str(r.error)


def test_huge_article_is_rejected(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text("parola " * 200, encoding="utf-8")
    r = _one(p, max_chars=100)
    assert r.error is not None and "too large" in str(r.error)


def test_read_inputs_keeps_order_across_files(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ids = [r.article.id for r in read_inputs([tmp_path / "b.txt", tmp_path / "a.txt"]) if r.article]
    assert ids == ["b", "a"]
