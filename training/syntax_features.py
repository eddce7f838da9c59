"""Training-only helper for ``configs/ner_syntax.cfg``: the ``flat_parse`` component.

The NER of ``ner_syntax.cfg`` embeds each token's predicted UPOS and dependency label, which the
frozen core (morphologizer + parser) writes on every training doc.  The parser's sentence
boundaries must not reach the NER's training, though: a gold entity that crosses a predicted
boundary leaves the NER's oracle without a valid move (spaCy's E024).  ``flat_parse`` therefore
hands on a copy of each doc that keeps the words, UPOS and dependency labels but hangs every token
from the first one, so the copy is one sentence.  At run time the shipped pipeline needs no such
component: the NER reads the same two attributes straight from the core's parse.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model


@Language.component("flat_parse")
def flat_parse(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    deps = [t.dep_ or "dep" for t in doc]
    pos = [t.pos_ or "X" for t in doc]
    flat = Doc(doc.vocab, words=words, spaces=spaces, pos=pos, heads=[0] * len(doc), deps=deps)
    flat.tensor = doc.tensor  # the core's token vectors, for a NER that reads them
    return flat


# --------------------------------------------------------------------------
# The core's token vectors as a second input of the NER (configs/ner_core_tensor.cfg)
# --------------------------------------------------------------------------
# The core's tok2vec runs before the NER anyway and leaves its output in ``doc.tensor``; this layer
# puts it next to the NER's own token vectors, without training it (the core stays as it is).

def _concat_core_init(model: Model, X=None, Y=None) -> Model:
    model.layers[0].initialize(X=X)
    return model


def _concat_core_forward(model: Model, docs: list[Doc], is_train: bool):
    own = model.layers[0]
    width = model.attrs["core_width"]
    vecs, backprop_own = own(docs, is_train)
    xp = model.ops.xp
    outs = []
    for doc, vec in zip(docs, vecs):
        core = doc.tensor if doc.tensor.size else xp.zeros((len(doc), width), dtype="float32")
        outs.append(xp.hstack((vec, model.ops.asarray2f(core))))
    n_own = own.get_dim("nO")

    def backprop(d_outs):
        return backprop_own([d[:, :n_own] for d in d_outs])

    return outs, backprop


@registry.architectures("cronaca.WithCoreTensor.v1")
def with_core_tensor(tok2vec: Model, core_width: int) -> Model:
    """tok2vec's vectors, each followed by the core's vector of the same token (``doc.tensor``)."""
    return Model("with_core_tensor", _concat_core_forward, init=_concat_core_init, layers=[tok2vec],
                 dims={"nO": tok2vec.get_dim("nO") + core_width}, attrs={"core_width": core_width})
