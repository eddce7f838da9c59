"""The words around a name that tell what it is, for the entity stage's NER and capitalised-name stages.

A title before it makes a person ("il primo ministro albanese Edi Rama", "il portavoce del movimento, Hazem
Qassem"); an apposition after it a person or an organisation ("Babar Baloch, a UNHCR spokesperson",
"Liberty, a civil liberties group"); a head word inside or after it an organisation, facility or place ("the
Louvre museum"); a lower-case noun before it an organisation ("the rights group NetBlocks") or a locality
("nel quartiere di Scampia"); a list of places around it a place. After "title of", an institution's name
that runs into its officer's is split ("il presidente del Senato Ignazio La Russa"). The word lists come from
``lang/<lang>/entities.toml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import get_lang_class

from ._phrases import fold_apostrophes
from .entity_lexicon import PLACE_TYPES, Cand, EntityLexicon

SENTENCE_ENDS = frozenset({".", "!", "?"})

MAX_PERSON_TOKENS = 4


def norm(token: Token) -> str:
    return fold_apostrophes(token.text.lower())


def is_cap(token: Token) -> bool:
    first = token.text[:1]
    return first.isalpha() and first.isupper()


@lru_cache(maxsize=8)
def stop_words(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in get_lang_class(language).Defaults.stop_words)


def _of_words(lex: EntityLexicon) -> set[str]:
    """The language's words for "of" ("di", "del", "dell'"), apostrophes dropped, and English "of"."""
    return {w.replace("'", "") for w in lex.grammar.get("of_words", [])} | {"of"}


def _title_links(lex: EntityLexicon) -> set[str]:
    """What joins a title to what it is of or for: the "of" words and the field prepositions ("per", "for")."""
    return _of_words(lex) | set(lex.grammar.get("field_preps", []))


def institution_before(doc: Doc, i: int, person: Cand, lex: EntityLexicon) -> Cand | None:
    """The institution whose name ran into a person's ("Osservatorio Vesuviano Mauro Di Vito"): the words of
    the run before the person, when an institution's head word is among them."""
    if person.type != "PER" or doc[i].idx >= person.start:
        return None
    span = doc.char_span(doc[i].idx, person.start, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    while len(span) and norm(span[-1]) in lex.words("name_connectors"):
        span = span[:-1]
    words = [norm(t) for t in span]
    etype = head_type(words, lex)
    if etype is None and title_before(doc, span.start, lex) not in lex.words("field_titles") | {None}:
        etype = "ORG"  # "il leader di Azione Carlo Calenda": a leader's "of" names an organisation
    if etype not in ("ORG", "FAC") or all(w in lex.words("org_heads") | lex.words("fac_heads") for w in words):
        return None
    name = " ".join(span.text.split())
    return Cand(span.start_char, span.end_char, "new:" + name.casefold(), name, etype, source="caps")


def title_before(doc: Doc, index: int, lex: EntityLexicon) -> str | None:
    """The title word governing the name at ``index`` across "of" and modifiers ("il ministro dei ...",
    "la commissaria per l'Allargamento")."""
    of_words = _title_links(lex)
    k = index - 1
    while k >= 0 and (norm(doc[k]) in lex.words("determiners") | lex.words("role_modifiers")
                      or norm(doc[k]).replace("'", "") in of_words):
        k -= 1
    return norm(doc[k]) if k >= 0 and norm(doc[k]) in lex.words("titles") else None


_APPOSITION_WINDOW = 6  # tokens between a title and the comma before the name it describes


def titled_person(doc: Doc, start: int, end: int, lex: EntityLexicon) -> bool:
    """The name ``doc[start:end]`` is a person's by the title that governs it: "il primo ministro albanese Edi
    Rama" (a title and at most one adjective before the name), "il portavoce del movimento, Hazem Qassem" (a
    title phrase without a verb, then a comma). A name with an organisation's head word is no person's."""
    words = [norm(t) for t in doc[start:end] if t.is_alpha]
    if not 2 <= len(words) <= MAX_PERSON_TOKENS or head_type(words, lex) is not None \
            or not all(is_cap(t) or norm(t) in lex.words("person_particles") for t in doc[start:end]):
        return False
    titles = lex.words("titles")
    k = start - 1
    if (k >= 0 and doc[k].is_alpha and doc[k].text.islower() and norm(doc[k]) not in titles
            and norm(doc[k]) not in stop_words(doc.lang_)):
        k -= 1  # "il presidente ucraino X": one adjective after the title (not "il leader di Azione X")
    if k >= 0 and doc[k].text.islower() and norm(doc[k]) in titles:
        return True
    if after_title_of_phrase(doc, start, lex):
        return True
    if start == 0 or doc[start - 1].text != ",":
        return False
    for back in range(start - 2, max(-1, start - 2 - _APPOSITION_WINDOW), -1):
        t = doc[back]
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return False
        if t.text.islower() and norm(t) in titles and _opens_a_title_phrase(doc, back, lex):
            return True
    return False


_OF_PHRASE_NAME_WORDS = 3  # capitalised words of the place or body a title is "of"


def after_title_of_phrase(doc: Doc, start: int, lex: EntityLexicon) -> bool:
    """ "il sindaco di Kiev Vitali Klitschko", "la leader dell'opposizione María Corina Machado", "the mayor of
    London Sadiq Khan": the title's "of" phrase (a name of up to three words, or one lower-case noun) stands
    between the title and the name."""
    of_words = _of_words(lex)
    k, named = start - 1, 0
    while k >= 0 and named < _OF_PHRASE_NAME_WORDS and is_cap(doc[k]):
        k, named = k - 1, named + 1
    if named == 0:
        if not (k >= 0 and doc[k].is_alpha and doc[k].text.islower()
                and norm(doc[k]) not in stop_words(doc.lang_) | lex.words("titles")):
            return False
        k -= 1  # one lower-case noun: "dell'opposizione"
    if k >= 0 and norm(doc[k]) in lex.words("determiners") and norm(doc[k]).replace("'", "") not in of_words:
        k -= 1  # "of the Red Cross"
    if k < 1 or norm(doc[k]).replace("'", "") not in of_words:
        return False
    return title_before(doc, k + 1, lex) is not None


def _opens_a_title_phrase(doc: Doc, title: int, lex: EntityLexicon) -> bool:
    """An article or a possessive opens the title at ``title``, maybe across two lower-case modifiers
    ("il portavoce", "its executive director")."""
    for k in range(title - 1, max(-1, title - 4), -1):
        t = doc[k]
        if norm(t) in lex.words("determiners") or t.morph.get("Poss", []) == ["Yes"]:
            return True
        if not (t.is_alpha and t.text.islower()):
            return False
    return False


_APPOSITIVE_WORDS = 5  # lower-case words of a describing apposition ("a civil liberties group")


def _apposition_start(doc: Doc, end: int, lex: EntityLexicon) -> int | None:
    """Where the words of an apposition start after a name ending at ``end``: past ", the" / ", l'" / ", un'";
    None when no comma and article follow."""
    if end >= len(doc) - 2 or doc[end].text != ",":
        return None
    k = end + 1
    determiners = lex.words("determiners")
    if norm(doc[k]) not in determiners and not any(
            norm(doc[k]).startswith(d) for d in determiners if d.endswith("'")):
        return None
    return k + 1 if norm(doc[k]) in determiners else k


def org_apposition(doc: Doc, end: int, lex: EntityLexicon) -> bool:
    """ "Liberty, a civil liberties group, ...", "Sea-Watch, un'organizzazione non governativa": an apposition
    after the name whose head is a noun for organisations."""
    k = _apposition_start(doc, end, lex)
    if k is None:
        return False
    nouns = lex.words("org_nouns")
    run: list[Token] = []
    for t in doc[k:k + _APPOSITIVE_WORDS]:
        if not t.is_alpha or not t.text.islower():
            break
        run.append(t)
    # "Irungu Houghton, the group's executive director": a person's title heads the apposition
    after = doc[run[-1].i + 1] if run and run[-1].i + 1 < len(doc) else None
    if any(norm(t) in lex.words("titles") for t in run) \
            or (after is not None and norm(after) in lex.grammar_words("possessive")):
        return False
    return any(norm(t) in nouns for t in run)


def person_apposition(doc: Doc, end: int, lex: EntityLexicon) -> bool:
    """ "Babar Baloch, a UNHCR spokesperson", "Mario Rossi, il portavoce della Cgil": an apposition after the
    name whose head is a person's title (an organisation's acronym or name may stand before it)."""
    k = _apposition_start(doc, end, lex)
    if k is None:
        return _bare_title_apposition(doc, end, lex)
    for t in doc[k:k + _APPOSITIVE_WORDS]:
        if norm(t) in lex.grammar_words("possessive"):
            continue  # "the group's executive director"
        if not t.is_alpha:
            return False
        if t.text.islower() and norm(t) in lex.words("titles"):
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            return nxt is None or norm(nxt) not in lex.grammar_words("possessive")  # not "the governor's office"
    return False


def _bare_title_apposition(doc: Doc, end: int, lex: EntityLexicon) -> bool:
    """ "Corneille Nangaa, leader of the rebel alliance", "Mario Rossi, segretario della Cgil": a comma, a
    lower-case title the language pack lists (``apposition_titles``) and "of"."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    title, of = doc[end + 1], doc[end + 2]
    return title.text.islower() and norm(title) in lex.words("apposition_titles") \
        and norm(of).replace("'", "") in _of_words(lex)


def after_org_noun(doc: Doc, index: int, lex: EntityLexicon, chain: list[Cand]) -> bool:
    """A name right after a lower-case noun for organisations ("the rights group X", "i sindacati X"), or
    listed after an organisation of ``chain`` ("i sindacati X e Y")."""
    k = index - 1
    while k >= 0 and norm(doc[k]) in lex.words("determiners"):
        k -= 1
    if k < 0 or doc[k].is_sent_end or doc[k].text in SENTENCE_ENDS:
        return False  # "... un'organizzazione terroristica. Poche ore dopo": a new sentence's first word
        return False
    # "il sindacato di polizia penitenziaria Sappe": the noun may carry a short lower-case complement
    for back in range(k, max(-1, k - 5), -1):
        t = doc[back]
        if not (t.is_alpha and t.text[:1].islower()) and back != k:
            break
        if t.text[:1].islower() and norm(t) in lex.words("org_nouns"):
            return True
    if doc[k].text in {",", "e", "ed", "and", "or", "o"} and k > 0:
        prev = doc[k - 1]
        return any(c.type == "ORG" and c.start <= prev.idx < c.end for c in chain)
    return False


def person_after_institution(doc: Doc, span: SpacySpan, lex: EntityLexicon, stop: frozenset[str]
                              ) -> Cand | None:
    """ "il presidente del Senato Ignazio La Russa", "the head of the Red Cross Jane Doe": after a title and
    "of", an institution's name runs into the name of the person holding the title; the person is the last
    two words (with a particle, three). So does a title's field after "for" ("la commissaria per
    l'Allargamento Marta Kos")."""
    of_words = _title_links(lex)
    k = span.start - 1
    while k >= 0 and norm(doc[k]) in lex.words("determiners"):
        k -= 1
    if k < 1 or norm(doc[k]).replace("'", "") not in of_words:
        return None
    k -= 1
    while k > 0 and norm(doc[k]) in lex.words("role_modifiers") - lex.words("titles"):
        k -= 1  # "il segretario nazionale dell'Anaao"
    if norm(doc[k]) not in lex.words("titles"):
        return None
    n = 2
    if len(span) >= 4 and norm(span[-2]) in lex.words("person_particles"):
        n = 3
    if len(span) < n + 1:
        return None
    tail = span[len(span) - n:]
    if not person_like(tail, stop | lex.words("org_heads"), lex.words("person_particles")):
        return None
    name = " ".join(tail.text.split())
    return Cand(tail.start_char, tail.end_char, "new:" + name.casefold(), name, "PER", source="caps")


def person_like(span: SpacySpan, stop: frozenset[str], particles: frozenset[str]) -> bool:
    """Words that may make a person's name: capitalised, alphabetic, none a weekday or function word."""
    for t in span:
        w = norm(t)
        if w in particles:
            continue
        plain = t.text.replace("-", "").replace("'", "").replace("’", "").replace(".", "")
        if w in stop or not t.text[:1].isupper() or not plain.isalpha() or (t.text.isupper() and len(plain) > 2):
            return False
    return True


def head_type(words: list[str], lex: EntityLexicon) -> str | None:
    org, fac, loc = lex.words("org_heads"), lex.words("fac_heads"), lex.words("loc_heads")
    heads = [("ORG" if w in org else "FAC" if w in fac else "LOC") for w in words if w in org | fac | loc]
    if not heads:
        return None
    # the English head closes the name ("... Office"), the Italian one opens it ("Direzione ...")
    return "ORG" if "ORG" in heads else heads[-1]


def after_place_noun(doc: Doc, index: int, lex: EntityLexicon) -> bool:
    """ "nel quartiere di Scampia", "the neighbourhood of Shujaiya": a name after a lower-case noun for a part
    of a town and "of" is that locality (LOC), whatever else a gazetteer says."""
    of_words = _of_words(lex)
    if index < 2 or norm(doc[index - 1]).replace("'", "") not in of_words:
        return False
    noun = doc[index - 2]
    return noun.text[:1].islower() and norm(noun) in lex.words("locality_nouns")


def place_noun_type(doc: Doc, index: int, lex: EntityLexicon) -> str | None:
    """The type a lower-case noun before the name at ``index`` gives it: "the city of Nakuru", "il sindaco di
    Carcare" (a settlement, GPE), "nel quartiere di Scampia" (a locality, LOC), "il fiume Bormida" (a natural
    feature, LOC)."""
    if after_place_noun(doc, index, lex):
        return "LOC"
    of_words = _of_words(lex)
    if index >= 2 and norm(doc[index - 1]).replace("'", "") in of_words:
        noun = doc[index - 2]
        # (a division noun capitalised by convention mid-sentence counts too: "nello Stato di Zamfara")
        lowered = noun.text[:1].islower() or (noun.i > 0 and doc[noun.i - 1].text[:1].islower()
                                               and not doc[noun.i - 1].is_punct)
        # (not a capitalised plural common noun: "il dipartimento dei Lavoratori migranti" is an office)
        common = doc[index].pos_ == "NOUN" and "Plur" in doc[index].morph.get("Number", [])
        if lowered and norm(noun) in lex.words("settlement_nouns") and not common:
            return "GPE"
    if index >= 1 and doc[index - 1].text[:1].islower() and norm(doc[index - 1]) in lex.words("feature_nouns"):
        return "LOC"
    return None


def facility_head_before(doc: Doc, index: int, lex: EntityLexicon) -> bool:
    """A lower-case facility word the language puts before a name stands right before token ``index``."""
    if index < 1 or not lex.data.get("facility_head_before", False):
        return False
    prev = doc[index - 1]
    heads = {k.lower() for k in lex.data.get("facility_heads", {})}
    return prev.text[:1].islower() and norm(prev) in heads


def trailing_head(doc: Doc, end: int, lex: EntityLexicon) -> str | None:
    """ "the Louvre museum", "Charles de Gaulle airport", "France Info radio": a lower-case head word right
    after a name types it (FAC or ORG)."""
    if end >= len(doc) or not doc[end].text[:1].islower():
        return None
    w = norm(doc[end])
    if w in lex.words("fac_heads"):
        return "FAC"
    if w in lex.words("org_heads"):
        return "ORG"
    if w in lex.words("feature_heads"):
        return "LOC"  # "the Penghu islands", "the Yangtze river"
    if w in {k.lower() for k in lex.data.get("admin_heads", {})}:
        return "GPE"  # "the Syunik province", "Kalbajar district"
    return None


def member_title_after(doc: Doc, end: int, lex: EntityLexicon) -> bool:
    """A lower-case title only an organisation's member has follows token ``end - 1``."""
    return end < len(doc) and doc[end].text[:1].islower() and norm(doc[end]) in lex.words("member_titles")


def listed_type(doc: Doc, index: int, known: list[Cand], lex: EntityLexicon) -> str | None:
    """The type of the places in the list of names this word stands in, when its neighbours tell nothing
    ("Porta Nuova, San Lorenzo, Bagheria, Terrasini": no stage found San Lorenzo): the list is the run of
    capitalised words and list words (``list_links``) around it (a lower-case word only between two capitalised ones:
    "Santa Maria di Gesù"); it must hold a place and no person of several words."""
    links = lex.words("list_links")

    def listed(i: int) -> bool:
        t = doc[i]
        if t.text.lower() in links or is_cap(t):
            return True
        return (t.text[:1].isalpha() and t.text[:1].islower() and 0 < i < len(doc) - 1
                and is_cap(doc[i - 1]) and is_cap(doc[i + 1]))

    lo = hi = index
    while lo > 0 and listed(lo - 1):
        lo -= 1
    while hi + 1 < len(doc) and listed(hi + 1):
        hi += 1
    if not any(doc[i].text.lower() in links for i in range(lo, hi + 1)):
        return None
    start, end, here = doc[lo].idx, doc[hi].idx + len(doc[hi].text), doc[index].idx
    items = [c for c in known if start <= c.start and c.end <= end and not c.start <= here < c.end]
    if any(c.type == "PER" and len(c.name.split()) > 1 for c in items):
        return None
    places = [c.type for c in items if c.type in PLACE_TYPES]
    return ("GPE" if "GPE" in places else places[0]) if places else None


def coordinated_type(doc: Doc, index: int, known: list[Cand], lex: EntityLexicon) -> str | None:
    """The type of a place listed next to this word ("Bagheria, Terrasini, Pagliarelli e Carini")."""
    links = lex.words("list_links")
    neighbours = []
    if index >= 2 and doc[index - 1].text.lower() in links:
        neighbours.append(doc[index - 2].idx)
    if index + 2 < len(doc) and doc[index + 1].text.lower() in links:
        neighbours.append(doc[index + 2].idx)
    for c in known:
        if c.type in PLACE_TYPES and any(c.start <= n < c.end for n in neighbours):
            return c.type
    return None
