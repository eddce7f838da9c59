"""Benchmark (not a test): throughput and peak memory of each shipped spaCy pipeline.

For every pipeline directory in src/cronaca/models/ (it, en, and the open variants if
present) this runs, in a fresh subprocess, ``nlp.pipe`` over raw text from held-out test
splits in ../shared/data (Italian: ISDT + VIT test; English: EWT + GUM test), and reports
tokens/s, whitespace words/s and the process's peak resident memory (ru_maxrss) and the
pipeline's size on disk.  Results: bench/results/pipelines.json.

    python bench/bench_pipelines.py [--data ../shared/data] [--repeat 2] [--n-process 1]

Skips (exit 0, clear message) when the data or the pipelines are absent.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MODELS = ROOT / "src" / "cronaca" / "models"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
TEXT_SOURCES = {
    "it": ["it/ud/UD_Italian-ISDT/it_isdt-ud-test.conllu", "it/ud/UD_Italian-VIT/it_vit-ud-test.conllu"],
    "en": ["en/ud/UD_English-EWT/en_ewt-ud-test.conllu", "en/ud/UD_English-GUM/en_gum-ud-test.conllu"],
}


def load_texts(data: Path, lang: str, per_doc: int = 8) -> list[str]:
    """Raw sentences (``# text =`` lines) grouped into paragraphs of ``per_doc`` sentences."""
    sents: list[str] = []
    for rel in TEXT_SOURCES[lang]:
        p = data / rel
        if p.exists():
            sents += [ln[len("# text = "):].strip() for ln in p.read_text(encoding="utf-8").splitlines()
                      if ln.startswith("# text = ")]
    return [" ".join(sents[i:i + per_doc]) for i in range(0, len(sents), per_doc)]


def du_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)


def run_one(model: Path, data: Path, repeat: int, n_process: int, batch_size: int) -> dict:
    import spacy

    lang = json.loads((model / "meta.json").read_text())["lang"]
    texts = load_texts(data, lang)
    if not texts:
        return {"skipped": f"no raw text for {lang} under {data}"}
    t0 = time.perf_counter()
    from cronaca.nlp.blas import one_blas_thread
    from cronaca.nlp.models import matmul_ops

    one_blas_thread()  # as the cronaca CLI and ingest workers run the pipelines
    with matmul_ops():
        nlp = spacy.load(model)
    load_s = time.perf_counter() - t0
    list(nlp.pipe(texts[:20]))  # warm-up
    best = None
    n_tok = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n_tok = sum(len(d) for d in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    n_words = sum(len(t.split()) for t in texts)
    return {
        "model": model.name, "lang": lang, "pipeline": nlp.pipe_names,
        "version": nlp.meta.get("version"), "texts": len(texts), "tokens": n_tok, "words": n_words,
        "seconds": round(best, 3), "tokens_per_s": round(n_tok / best), "words_per_s": round(n_words / best),
        "n_process": n_process, "batch_size": batch_size, "load_seconds": round(load_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "disk_mb": du_mb(model),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("CRONACA_DATA", DEFAULT_DATA)))
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # internal: run one model
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_one(a.one, a.data, a.repeat, a.n_process, a.batch_size)))
        return 0
    if not a.data.exists():
        print(f"SKIP: data directory {a.data} not found (set --data or CRONACA_DATA)")
        return 0
    models = sorted(p for p in MODELS.glob("*") if (p / "meta.json").exists()) if MODELS.exists() else []
    if not models:
        print(f"SKIP: no shipped pipelines under {MODELS}")
        return 0
    sys.path.insert(0, str(HERE))
    from machine import describe_machine

    machine = describe_machine()
    results = []
    for m in models:
        for n_proc in sorted({1, a.n_process}):
            out = subprocess.run([sys.executable, __file__, "--one", str(m), "--data", str(a.data),
                                  "--repeat", str(a.repeat), "--n-process", str(n_proc),
                                  "--batch-size", str(a.batch_size)],
                                 capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(f"{m.name}: FAILED\n{out.stderr[-2000:]}")
                continue
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    (HERE / "results").mkdir(exist_ok=True)
    dest = HERE / "results" / "pipelines.json"
    dest.write_text(json.dumps({"machine": machine, "target_words_per_s": 10000, "results": results}, indent=1))
    print(f"machine: {machine['cpu']} | nproc {machine['cores']} | {machine['memory_gb']} GB | "
          f"python {machine['python']}")
    print(f"{'pipeline':10s} {'proc':>4s} {'tokens/s':>9s} {'words/s':>9s} {'peak MB':>8s} {'disk MB':>8s}  ok")
    for r in results:
        if "skipped" in r:
            print(f"SKIP: {r['skipped']}")
            continue
        ok = "yes" if r["words_per_s"] >= 10000 else "NO"
        print(f"{r['model']:10s} {r['n_process']:4d} {r['tokens_per_s']:9d} {r['words_per_s']:9d} "
              f"{r['peak_rss_mb']:8.1f} {r['disk_mb']:8.1f}  {ok}")
    print(f"-> {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
