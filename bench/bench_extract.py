"""End-to-end extraction throughput: articles/s, words/s and peak memory of `cronaca.extract`.

Run: .venv/bin/python bench/bench_extract.py [--repeat N]
Texts: the annotated articles in ../shared/dev and ../shared/seed when present, else the bundled example.
Writes bench/results/extract.json.  Besides wall time it records CPU time and each pipeline stage's share
of the time spent in the components: on a machine busy with other work, the shares and the CPU time move
far less than the wall-clock rates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from machine import describe_machine

from cronaca.ingest.readers import parse_published
from cronaca.nlp.blas import one_blas_thread
from cronaca.pipeline import Extractor
from cronaca.records import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_articles() -> list[Article]:
    articles = []
    for path in sorted((SHARED / "dev").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        articles.append(Article(id=d["id"], text=d["text"], published=d.get("published"), language=d.get("language")))
    if not articles:
        text = (ROOT / "src/cronaca/examples/esempio.txt").read_text(encoding="utf-8")
        articles.append(Article(id="esempio", text=text, published="2025-10-09"))
    return articles


def stage_seconds(extractor: Extractor, articles: list[Article]) -> dict[str, float]:
    """Seconds spent in each pipeline component over ``articles``, running the components one by one as
    ``Language.__call__`` does (after the same set-up as ``Extractor.process``)."""
    spent: dict[str, float] = defaultdict(float)
    for art in articles:
        nlp = extractor.pipeline(extractor.detect_language(art))
        published = parse_published(art.published, art.id)
        doc = nlp.make_doc(art.text)
        doc._.cronaca_article = art
        doc._.cronaca_published = dt.date.fromisoformat(published) if published else None
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - start
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10, help="passes over the articles")
    args = parser.parse_args()
    one_blas_thread()  # as `cronaca extract` does
    articles = load_articles()
    extractor = Extractor()
    start = time.perf_counter()
    for art in articles:  # load the pipelines once, outside the timing
        extractor.process(art)
    load_seconds = time.perf_counter() - start
    words = sum(len(a.text.split()) for a in articles) * args.repeat
    n = len(articles) * args.repeat
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for art in articles:
            extractor.process(art)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    spent = stage_seconds(extractor, articles)
    total = sum(spent.values())
    result = {
        "benchmark": "extract (cronaca.pipeline.Extractor.process, one process)",
        "articles": n, "words": words, "seconds": round(seconds, 3),
        "articles_per_s": round(n / seconds, 2), "words_per_s": round(words / seconds, 1),
        "cpu_seconds": round(cpu_seconds, 3), "cpu_articles_per_s": round(n / cpu_seconds, 2),
        "stage_share": {name: round(t / total, 3) for name, t in sorted(spent.items(), key=lambda kv: -kv[1])},
        "first_pass_seconds_incl_loading": round(load_seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "pipelines": {lang: nlp.meta.get("name", "?") for lang, nlp in extractor._pipelines.items()},
        "machine": describe_machine(),
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
    out = ROOT / "bench" / "results" / "extract.json"
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
