"""Near-duplicate detection: MinHash over word shingles, with LSH band keys a store can index.

The same wire story republished by several outlets differs in headline, byline and boilerplate but
shares most of its word 5-grams. A MinHash signature estimates the Jaccard similarity of two shingle
sets; splitting it into bands gives keys that two similar articles very likely share, so candidates
are found by an equality lookup instead of a comparison with every stored article.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: candidates from about 0.42 similarity, verified against THRESHOLD
SHINGLE_WORDS = 5
THRESHOLD = 0.7
"""Estimated Jaccard similarity of word 5-grams above which two articles are the same story."""

_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 20240501  # fixed: signatures must stay comparable across runs and processes


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A MinHash signature (little-endian uint64 bytes) and its LSH band keys."""

    signature: bytes
    bands: tuple[int, ...]

    def similarity(self, other: Fingerprint | bytes) -> float:
        """Estimated Jaccard similarity of the two articles' shingle sets."""
        theirs = other.signature if isinstance(other, Fingerprint) else other
        a = np.frombuffer(self.signature, dtype="<u8")
        b = np.frombuffer(theirs, dtype="<u8")
        if a.shape != b.shape:
            return 0.0
        return float(np.count_nonzero(a == b)) / len(a)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word n-grams; a text shorter than ``size`` words is one shingle."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def _band_key(band: int, values: np.ndarray) -> int:
    digest = hashlib.blake2b(band.to_bytes(2, "little") + values.tobytes(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)  # signed: fits a SQL BIGINT


def fingerprint(text: str) -> Fingerprint:
    """The MinHash fingerprint of an article text."""
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED)
    mh.update_batch([s.encode("utf-8") for s in shingles(text)])
    values = np.asarray(mh.hashvalues, dtype="<u8")
    rows = NUM_PERM // BANDS
    bands = tuple(_band_key(b, values[b * rows:(b + 1) * rows]) for b in range(BANDS))
    return Fingerprint(values.tobytes(), bands)
