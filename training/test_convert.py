"""Tests for training/convert.py (run: pytest training/test_convert.py)."""
from __future__ import annotations

import spacy

from convert import (conllu_docs, guess_spaces, read_conllu, tags_to_spans)

# "Negli ultimi anni il prezzo del petrolio è salito dalla crisi della Libia."
IT_SNIPPET = """# sent_id = t1
# text = Negli ultimi anni il prezzo del petrolio è salito.
1-2\tNegli\t_\t_\t_\t_\t_\t_\t_\t_
1\tIn\tin\tADP\tE\t_\t4\tcase\t_\t_
2\tgli\til\tDET\tRD\tDefinite=Def|Gender=Masc|Number=Plur|PronType=Art\t4\tdet\t_\t_
3\tultimi\tultimo\tADJ\tA\tGender=Masc|Number=Plur\t4\tamod\t_\t_
4\tanni\tanno\tNOUN\tS\tGender=Masc|Number=Plur\t10\tobl\t_\t_
5\til\til\tDET\tRD\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t6\tdet\t_\t_
6\tprezzo\tprezzo\tNOUN\tS\tGender=Masc|Number=Sing\t10\tnsubj\t_\t_
7-8\tdel\t_\t_\t_\t_\t_\t_\t_\t_
7\tdi\tdi\tADP\tE\t_\t9\tcase\t_\t_
8\til\til\tDET\tRD\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t9\tdet\t_\t_
9\tpetrolio\tpetrolio\tNOUN\tS\tGender=Masc|Number=Sing\t6\tnmod\t_\t_
10\tè\tessere\tAUX\tVA\t_\t11\taux\t_\t_
11\tsalito\tsalire\tVERB\tV\t_\t0\troot\t_\tSpaceAfter=No
11.1\tsalito\tsalire\tVERB\tV\t_\t_\t_\t4:orphan\t_
12\t.\t.\tPUNCT\tFS\t_\t11\tpunct\t_\t_

# sent_id = t2
# text = La crisi della Libia, dargli ragione.
1\tLa\til\tDET\tRD\tDefinite=Def|Gender=Fem|Number=Sing|PronType=Art\t2\tdet\t_\t_
2\tcrisi\tcrisi\tNOUN\tS\tGender=Fem\t0\troot\t_\t_
3-4\tdella\t_\t_\t_\t_\t_\t_\t_\t_
3\tdi\tdi\tADP\tE\t_\t5\tcase\t_\t_
4\tla\til\tDET\tRD\tDefinite=Def|Gender=Fem|Number=Sing|PronType=Art\t5\tdet\t_\t_
5\tLibia\tLibia\tPROPN\tSP\t_\t2\tnmod\t_\tSpaceAfter=No
6\t,\t,\tPUNCT\tFF\t_\t7\tpunct\t_\t_
7-8\tdargli\t_\t_\t_\t_\t_\t_\t_\t_
7\tdar\tdare\tVERB\tV\tVerbForm=Inf\t2\tacl\t_\t_
8\tgli\tgli\tPRON\tPC\tClitic=Yes|Person=3\t7\tiobj\t_\t_
9\tragione\tragione\tNOUN\tS\tGender=Fem|Number=Sing\t7\tobj\t_\tSpaceAfter=No
10\t.\t.\tPUNCT\tFS\t_\t2\tpunct\t_\t_
"""

EN_SNIPPET = """# text = I don't know.
1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_
"""


def _write(tmp_path, text, name="x.conllu"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_italian_contractions_keep_surface_form(tmp_path):
    sents = list(read_conllu(_write(tmp_path, IT_SNIPPET)))
    forms = [t.form for t in sents[0].tokens]
    assert forms == ["Negli", "ultimi", "anni", "il", "prezzo", "del", "petrolio",
                     "è", "salito", "."]
    assert [t.form for t in sents[1].tokens] == ["La", "crisi", "della", "Libia", ",",
                                                 "dargli", "ragione", "."]


def test_contraction_annotation_and_heads(tmp_path):
    s1, s2 = read_conllu(_write(tmp_path, IT_SNIPPET))
    t = s1.tokens
    negli, del_ = t[0], t[5]
    assert (negli.upos, negli.deprel, negli.head, negli.lemma) == ("ADP", "case", 2, "in")
    assert "Number=Plur" in negli.feats and "Definite=Def" in negli.feats
    assert (del_.upos, del_.deprel, del_.head) == ("ADP", "case", 6)  # -> petrolio
    assert t[6].head == 4  # petrolio -> prezzo
    assert t[8].head == -1 and t[9].head == 8  # root salito, "." -> salito
    u = s2.tokens
    assert (u[2].form, u[2].upos, u[2].head) == ("della", "ADP", 3)
    # verb + clitic: the verb is the part whose head is outside the range
    dargli = u[5]
    assert (dargli.upos, dargli.lemma, dargli.head, dargli.feats) == ("VERB", "dare", 1, "VerbForm=Inf")
    # ragione pointed to part 7 (dar) -> now to the merged token
    assert u[6].head == 5
    # spaces from SpaceAfter=No
    assert [x.space for x in u] == [True, True, True, False, True, True, False, True]


def test_doc_from_conllu(tmp_path):
    nlp = spacy.blank("it")
    (doc,) = conllu_docs(nlp.vocab, _write(tmp_path, IT_SNIPPET))
    assert doc.text.startswith("Negli ultimi anni il prezzo del petrolio è salito. La crisi della Libia, dargli")
    assert [s.text for s in doc.sents][1] == "La crisi della Libia, dargli ragione."
    assert doc[5].text == "del" and doc[5].head.text == "petrolio" and doc[5].dep_ == "case"
    assert doc[0].pos_ == "ADP" and doc[0].lemma_ == "in"
    # the blank Italian tokenizer reproduces the gold tokens
    assert [t.text for t in nlp.make_doc(doc.text)] == [t.text for t in doc]


def test_english_mwt_split(tmp_path):
    nlp = spacy.blank("en")
    (doc,) = conllu_docs(nlp.vocab, _write(tmp_path, EN_SNIPPET), mwt_mode="auto")
    assert [t.text for t in doc] == ["I", "do", "n't", "know", "."]
    assert doc.text == "I don't know."
    assert [t.text for t in nlp.make_doc(doc.text)] == [t.text for t in doc]


def test_ner_tags_and_spaces():
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-GPE", "B-MISC", "I-ORG", "B-OTH"]
    assert tags_to_spans(tags) == [(0, 2, "PER"), (3, 5, "LOC"), (5, 6, "LOC"), (7, 8, "ORG")]
    words = ["L'", "Istituto", "(", "Pisa", ")", "non", "c'", "è", "."]
    assert guess_spaces(words, "it") == [False, True, False, False, True, True, False, False, False]
    assert guess_spaces(["I", "do", "n't", "."], "en") == [True, False, False, False]


def test_treebank_without_spaceafter_gets_guessed_spacing(tmp_path):
    # MarkIT-style: no SpaceAfter=No anywhere -> spacing is reconstructed
    text = ("1\tl'\til\tDET\tRD\t_\t2\tdet\t_\t_\n"
            "2\tuomo\tuomo\tNOUN\tS\t_\t0\troot\t_\t_\n"
            "3\t,\t,\tPUNCT\tFF\t_\t2\tpunct\t_\t_\n"
            "4-5\tdell'\t_\t_\t_\t_\t_\t_\t_\t_\n"
            "4\tdi\tdi\tADP\tE\t_\t6\tcase\t_\t_\n"
            "5\tl'\til\tDET\tRD\t_\t6\tdet\t_\t_\n"
            "6\tarco\tarco\tNOUN\tS\t_\t2\tnmod\t_\t_\n"
            "7\t.\t.\tPUNCT\tFS\t_\t2\tpunct\t_\t_\n")
    nlp = spacy.blank("it")
    (doc,) = conllu_docs(nlp.vocab, _write(tmp_path, text))
    assert doc.text == "l'uomo, dell'arco."
    assert [t.text for t in nlp.make_doc(doc.text)] == [t.text for t in doc]


GUM_SENT = """# sent_id = GUM_test_1
1	Claire	Claire	PROPN	NNP	_	0	root	_	Entity=(6-person-new-nnnnn-cf1-1,2-coref
2	Bailey	Bailey	PROPN	NNP	_	1	flat	_	SpaceAfter=No
3	-	-	PUNCT	HYPH	_	4	punct	_	SpaceAfter=No
4	Ross	Ross	PROPN	NNP	_	1	flat	_	Entity=6)
5	works	work	VERB	VBZ	_	1	dep	_	_
6	at	at	ADP	IN	_	8	case	_	_
7	the	the	DET	DT	_	8	det	_	Entity=(8-organization-new-nnnnn-cf3-3-sgl-University_of_Portsmouth
8	University	University	PROPN	NNP	_	5	obl	_	_
9	of	of	ADP	IN	_	10	case	_	_
10	Portsmouth	Portsmouth	PROPN	NNP	_	8	nmod	_	Entity=(9-place-new-nnnnn-cf4-1-sgl-Portsmouth)|SpaceAfter=No
11	,	,	PUNCT	,	_	13	punct	_	_
12	United	United	VERB	NNP	_	13	compound	_	Entity=(10-place-new-nnnnn-cf5-1,2-coref-United_Kingdom
13	Kingdom	Kingdom	PROPN	NNP	_	8	appos	_	Entity=10)8)
14	with	with	ADP	IN	_	16	case	_	_
15	her	her	PRON	PRP$	_	16	nmod:poss	_	Entity=(11-person-giv-nnnnn-cf1-1-coref(6-person-giv-nnnnn-cf1-1-coref)
16	team	team	NOUN	NN	_	5	obl	_	Entity=11)|SpaceAfter=No
17	.	.	PUNCT	.	_	1	punct	_	_
"""


def test_gum_entities_become_flat_named_spans():
    from convert import gum_sentence_entities, parse_entity_field

    assert list(parse_entity_field("10)(14-place-x)13)")) == [
        ("close", "10", ""), ("single", "14", "14-place-x"), ("close", "13", "")]
    words, spaces, spans = gum_sentence_entities(GUM_SENT.strip().splitlines())
    named = [(" ".join(words[a:b]), lab) for a, b, lab in spans]
    # outer organisation first; the nested place inside it is dropped, the apposition kept;
    # pronouns and common-noun mentions ("her team") are not named entities
    assert named == [("Claire Bailey - Ross", "PER"), ("University of Portsmouth", "ORG"),
                     ("United Kingdom", "LOC")]
    assert spaces[:4] == [True, False, False, True]


def test_gum_ner_docs(tmp_path):
    import spacy
    from convert import gum_ner_docs

    p = tmp_path / "gum.conllu"
    p.write_text(GUM_SENT + "\n" + GUM_SENT, encoding="utf-8")
    docs = gum_ner_docs(spacy.blank("en").vocab, p, n_sents=10)
    assert len(docs) == 1
    assert [e.text for e in docs[0].ents][:3] == ["Claire Bailey-Ross", "University of Portsmouth",
                                                  "United Kingdom"]
    assert len(docs[0].ents) == 6


def test_sentence_end_skips_closing_quotes_and_brackets():
    from convert import ends_sentence
    assert ends_sentence(["Disse", "«", "basta", ".", "»"])
    assert ends_sentence(["It", "ended", "!", ")"])
    assert not ends_sentence(["Obama", "a", "Roma"])       # a title
    assert not ends_sentence(["the", "report", "\""])      # quote without final stop


def test_title_ends_with_a_line_break_in_ner_docs():
    """A sentence without final punctuation (a title) is followed by a line break token, so an entity
    at the end of the title and one at the start of the next sentence stay apart, as in the article."""
    from convert import docs_of_sentences
    vocab = spacy.blank("it").vocab
    sents = [(["Obama", "a", "Roma"], [True, True, False], [(0, 1, "PER"), (2, 3, "LOC")]),
             (["Obama", "arriva", "."], [True, False, False], [(0, 1, "PER")]),
             (["Poi", "riparte"], [True, False], [])]
    (doc,) = docs_of_sentences(vocab, sents, line_breaks=True)
    assert doc.text == "Obama a Roma\nObama arriva. Poi riparte"
    assert [(e.text, e.label_) for e in doc.ents] == [("Obama", "PER"), ("Roma", "LOC"), ("Obama", "PER")]
    assert [t.text for t in spacy.blank("it")(doc.text)] == [t.text for t in doc]
    assert [s.text for s in doc.sents] == ["Obama a Roma\n", "Obama arriva.", "Poi riparte"]


def test_sentences_run_on_unless_line_breaks_are_asked_for():
    from convert import ner_docs
    vocab = spacy.blank("it").vocab
    sents = [(["Obama", "a", "Roma"], ["B-PER", "O", "B-LOC"]), (["Obama", "arriva", "."], ["B-PER", "O", "O"])]
    assert ner_docs(vocab, sents, "it")[0].text == "Obama a Roma Obama arriva."
    assert ner_docs(vocab, sents, "it", line_breaks=True)[0].text == "Obama a Roma\nObama arriva."


def test_save_ner_final_adds_the_dev_file_to_both_stages(tmp_path):
    from convert import save_ner_final

    plus = tmp_path / "it_ner_plus"
    plus.mkdir()
    for name in ("gold", "news_again", "wikineural_val"):
        (plus / f"{name}.spacy").write_bytes(name.encode())
    (tmp_path / "it_ner_dev.spacy").write_bytes(b"dev")
    (tmp_path / "it_news_final").mkdir()
    (tmp_path / "it_news_final" / "stale.spacy").write_bytes(b"old")  # a rebuild starts afresh
    save_ner_final(tmp_path, "it")
    final = {f.name: f.read_bytes() for f in (tmp_path / "it_ner_final").iterdir()}
    assert final == {"gold.spacy": b"gold", "news_again.spacy": b"news_again",
                     "wikineural_val.spacy": b"wikineural_val", "news_dev.spacy": b"dev",
                     "news_dev_again.spacy": b"dev"}
    news = {f.name: f.read_bytes() for f in (tmp_path / "it_news_final").iterdir()}
    assert news == {"news_again.spacy": b"news_again", "news_dev.spacy": b"dev"}
