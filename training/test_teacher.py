"""teacher.py's pure parts: word shapes and BIO spans (the model itself needs torch and is not run here)."""
import pytest

teacher = pytest.importorskip("teacher", reason="teacher.py needs torch and transformers")


@pytest.mark.parametrize("word,shape", [
    ("kyiv", "lower"), ("Kyiv", "title"), ("NATO", "upper"), ("I", "title"), ("McDonald", "mixed"),
    ("539", "digit"), ("—", "other"),
])
def test_shape(word: str, shape: str) -> None:
    assert teacher.SHAPES[teacher.shape(word)] == shape


def test_spans_read_bio_and_a_stray_inside_tag_as_a_start() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "I-PER"]
    assert teacher.spans(tags) == {(0, 2, "PER"), (3, 5, "LOC"), (5, 6, "ORG"), (6, 7, "PER")}


def test_f1_counts_exact_spans() -> None:
    gold = [["B-PER", "I-PER", "O"], ["B-LOC"]]
    pred = [["B-PER", "O", "O"], ["B-LOC"]]
    assert teacher.f1(gold, pred) == pytest.approx(0.5)
