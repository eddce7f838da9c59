from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from cronaca.config import load_config
from cronaca.errors import PipelineError, UnsupportedLanguageError
from cronaca.nlp.langid import identify_language
from cronaca.nlp.models import load_pipeline
from cronaca.pipeline import Extractor
from cronaca.records import Article


@pytest.mark.parametrize("text,expected", [
    ("Il presidente ha parlato ieri con il cancelliere tedesco della guerra in Ucraina.", "it"),
    ("The president spoke yesterday with the German chancellor about the war in Ukraine.", "en"),
    ("Der Präsident sprach gestern mit dem Bundeskanzler über den Krieg in der Ukraine.", "de"),
])
def test_identify_language(text: str, expected: str) -> None:
    assert identify_language(text).language == expected


def test_short_text_restricted_to_candidates() -> None:
    assert identify_language("Ciao a tutti", ("it", "en")).language == "it"


def test_unsupported_language_is_a_clear_error() -> None:
    text = "Der Präsident sprach gestern mit dem Bundeskanzler über den Krieg in der Ukraine. " * 4
    with pytest.raises(UnsupportedLanguageError, match=r"'de' is not supported.*--language"):
        Extractor().process(Article(id="de-1", text=text))


def test_explicit_unsupported_language_names_the_article() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"^x1: language 'fr'"):
        Extractor().process(Article(id="x1", text="Bonjour à tous.", language="fr"))


@pytest.mark.parametrize("lang,text", [
    ("it", "Zelensky ha parlato con Trump a Roma."),
    ("en", "Zelensky spoke with Trump in Rome."),
])
def test_load_pipeline_returns_the_trained_pipeline(lang: str, text: str) -> None:
    nlp = load_pipeline(lang)
    assert nlp.lang == lang
    assert {"morphologizer", "parser", "ner"} <= set(nlp.pipe_names)
    doc = nlp(text)
    assert doc.has_annotation("DEP") and doc.has_annotation("POS")
    assert doc[0].pos_ == "PROPN"
    assert load_pipeline(lang) is nlp  # loaded once


MODELS = Path(__file__).resolve().parents[2] / "src" / "cronaca" / "models"


@pytest.mark.parametrize("variant", ["it", "en", "it_open", "en_open"])
def test_shipped_pipeline_is_under_40_mb(variant: str) -> None:
    files = [f for f in (MODELS / variant).rglob("*") if f.is_file()]
    assert files, f"no pipeline in {MODELS / variant}"
    assert sum(f.stat().st_size for f in files) < 40_000_000


@pytest.mark.parametrize("variant", ["en", "en_open"])
def test_english_ner_reads_the_shipped_word_vectors(variant: str) -> None:
    nlp = spacy.load(MODELS / variant)
    table = nlp.vocab.vectors
    assert table.shape[1] == 128 and table.n_keys > 500_000
    # the NER's own tok2vec embeds the static vectors, so the vocab must carry them
    assert any(node.name == "static_vectors" for node in nlp.get_pipe("ner").model.walk())
    doc = nlp.make_doc("Kyiv Washington Rome")
    assert all(table.key2row.get(t.orth, -1) >= 0 for t in doc)  # cased forms are keys


def test_load_pipeline_rejects_unknown_language() -> None:
    with pytest.raises(PipelineError, match="supported: it, en"):
        load_pipeline("xx")


def test_config_can_point_to_another_installed_pipeline(tmp_path: Path) -> None:
    # any spaCy pipeline directory works, e.g. an official it_core_news_lg; here one we save ourselves
    custom = spacy.blank("it")
    custom.add_pipe("sentencizer")
    custom.meta["name"] = "custom_test"
    custom.to_disk(tmp_path / "it_custom")
    cfg = load_config(env={"XDG_CONFIG_HOME": str(tmp_path)}, pipeline_it=str(tmp_path / "it_custom"))
    nlp = load_pipeline("it", cfg)
    assert nlp.meta["name"] == "custom_test"


def test_config_pointing_to_a_missing_pipeline_is_an_error(tmp_path: Path) -> None:
    cfg = load_config(env={"XDG_CONFIG_HOME": str(tmp_path)}, pipeline_en="en_not_installed_anywhere")
    with pytest.raises(PipelineError, match="cannot load spaCy pipeline 'en_not_installed_anywhere'"):
        load_pipeline("en", cfg)


def test_pipeline_for_wrong_language_is_rejected(tmp_path: Path) -> None:
    spacy.blank("en").to_disk(tmp_path / "en_blank")
    cfg = load_config(env={"XDG_CONFIG_HOME": str(tmp_path)}, pipeline_it=str(tmp_path / "en_blank"))
    with pytest.raises(PipelineError, match="is for language 'en', not 'it'"):
        load_pipeline("it", cfg)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_open_variant_is_selectable(tmp_path: Path, lang: str) -> None:
    cfg = load_config(env={"XDG_CONFIG_HOME": str(tmp_path)}, **{f"pipeline_{lang}": "open"})
    nlp = load_pipeline(lang, cfg)
    assert nlp.lang == lang and "parser" in nlp.pipe_names
    assert nlp is not load_pipeline(lang)


_OPS_PROBE = """
import json, sys
from cronaca.nlp.blas import one_blas_thread
if sys.argv[1] == "one-thread":
    one_blas_thread()
from threadpoolctl import threadpool_info
from cronaca.nlp.models import load_pipeline
nlp = load_pipeline("en")
doc = nlp("Ukrainian President Volodymyr Zelensky spoke with Donald Trump in Washington on Friday.")
print(json.dumps({
    "blas_threads": [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"],
    "use_blis": [getattr(proc.model.ops, "use_blis", None) for _, proc in nlp.pipeline],
    "ents": [[e.text, e.label_] for e in doc.ents],
    "heads": [t.head.i for t in doc],
}))
"""


def _probe(mode: str, env_threads: str | None = None) -> dict:
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ)
    env.pop("OPENBLAS_NUM_THREADS", None)
    env.pop("OMP_NUM_THREADS", None)
    if env_threads:
        env["OPENBLAS_NUM_THREADS"] = env_threads
    out = subprocess.run([sys.executable, "-c", _OPS_PROBE, mode], capture_output=True, text=True, env=env,
                         check=True, timeout=300)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_one_blas_thread_switches_the_pipelines_to_numpys_matrix_product() -> None:
    """cronaca's processes run one BLAS thread and build the pipelines on numpy's matrix product; a
    program that leaves BLAS multi-threaded keeps thinc's blis. Both give the same analysis."""
    fast = _probe("one-thread", env_threads="2")
    default = _probe("default", env_threads="2")
    assert fast["blas_threads"] == [1]
    assert set(fast["use_blis"]) == {False}
    if default["blas_threads"] != [1]:  # a one-core machine caps OpenBLAS at one thread whatever we ask
        assert set(default["use_blis"]) == {True}
    assert fast["ents"] == default["ents"]
    assert ["Donald Trump", "PER"] in fast["ents"]
    assert fast["heads"] == default["heads"]
