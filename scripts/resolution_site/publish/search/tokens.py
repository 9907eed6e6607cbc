"""How text becomes search terms, on both sides of the contract.

Words are split on anything that is not a letter or a digit (hyphens
included), a leading French elision is stripped (``l'exode`` → ``exode``),
stopwords and question words of both languages are dropped (but a stopword
typed in capitals is an acronym and stays: ``UN``, ``AN``), then each word is
stemmed with the Snowball stemmer of its field's language and folded (NFKD,
combining marks removed, casefolded): ``Sénat`` and ``Senat`` are the same term.
A host written with its dots (``senat.fr``) is one word, a term of its own beside
the words of its labels, so that a host typed in a query finds its sources first.

The browser has no stemmer: ``contract()`` is everything search-core.js needs to
cut and fold a query exactly as this module does (the word pattern, the
apostrophes, the ligature table, the elisions, the stopwords, the vocabulary's
acronyms), shipped inside
the index file so that the rules live here only. ``tests/test_search_parity.py``
checks that search-core.js gives the same words as ``query_words`` on real strings
of the site.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from itertools import filterfalse

import snowballstemmer

ELISIONS = ("l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu")

# Short lists of our own: the words that would match nearly every document, and the words
# that make a query a question or a request (they say nothing about what the reader looks for:
# "liste des dispositions", "what did the embassy say").
# Written with their accents; compared (and shipped to search-core.js) folded.
_STOPWORDS = {
    "fr": """
        le la les un une des du de au aux et ou a à en dans par pour sur avec ce cet cette ces se sa son ses
        leur leurs qui que quoi dont où il elle ils elles on nous vous je tu ne pas est sont été être ont y
        était étaient avait avaient
        lui même comme ainsi
        quel quelle quels quelles quand comment pourquoi combien lequel laquelle lesquels
        peut peuvent peux puis-je doit doivent devrait vraiment
        liste dit disent
        """,
    "en": """
        the a an and or of to in on at by for with from as is are was were be been being it its this that
        these those which who whom whose not no but than then there their they he she we you i his her our
        has have had do does did so such into
        what when where why how many much can could would should i me my
        over actually ever
        list say says said
        """,
}

# The pattern of a word, in Python's and in JavaScript's regular expressions (the same class:
# letters and digits, words joined by apostrophes). search-core.js compiles WORD_JS with flags "gu".
# A host typed or written with its dots (``senat.fr``, ``mfa.gov.az``) is one word, a unit (HOST: its labels,
# then a top-level domain of Latin letters), tried first: "senat.fr" finds the senat.fr sources, not every
# "fr". A leading "www." is dropped (the sources' hosts are indexed without it).
# (Python's labels are possessive, which matches the same: a label given back is followed by a letter, never
# by the "-" or "." the pattern wants next; it spares the engine trying so at every letter of every word.)
_HOST = r"(?:[^\W_]++(?:-[^\W_]++)*+\.)+[A-Za-z]{2,24}(?![^\W_])"
HOST_JS = r"(?:[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\.)+[A-Za-z]{2,24}(?![\p{L}\p{N}])"
# Python's pattern is ``_HOST + "|" + the plain word``, written with the first label the two alternatives share
# taken out in front (a host is ``label label* tld``): the same matches, but the engine reads each word once
# instead of reading it as a host's first label, failing, and reading it again as a word (findall: half the time).
_LABEL = r"[^\W_]++(?:-[^\W_]++)*+\."
_WORD = re.compile(rf"[^\W_]++(?:(?:-[^\W_]++)*+\.(?:{_LABEL})*[A-Za-z]{{2,24}}(?![^\W_])|(?:'[^\W_]+)*)")
WORD_JS = HOST_JS + r"|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*"
_WWW = re.compile(r"^www\d*\.")
WWW_JS = r"^www\d*\."
APOSTROPHES = "\u2019\u02bc\u2018\u2032`"  # read as "'"
_APOSTROPHES = re.compile(f"[{APOSTROPHES}]")
_ELISION = re.compile(rf"^(?:{'|'.join(sorted(ELISIONS, key=len, reverse=True))})'(?=[^\W_])")
_ELISION_ANY_CASE = re.compile(_ELISION.pattern, re.IGNORECASE)  # "L'ONU": cut before the case is lost
# Letters that NFKD does not decompose but readers type as two letters.
LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"}
_LIGATURES = str.maketrans(LIGATURES)

_STEMMERS = {"fr": snowballstemmer.stemmer("french"), "en": snowballstemmer.stemmer("english")}

# Words Snowball joins to unrelated ones of the site, each given a term of its own (folded word →
# term). Found by grouping the index's surface forms by stem, in both languages; the pairs are
# tested in tests/test_search_vocabulary.py. Applied before stemming, so search-core.js, which looks
# query words up in the surface forms, keeps them apart too.
STEM_OVERRIDES = {
    **dict.fromkeys(("donnee", "donnees"), "donnee"),  # data, not "donne" (gives)
    **dict.fromkeys(("visa", "visas"), "visa"),  # the citations, not "visant" (aiming at)
    **dict.fromkeys(("site", "sites"), "site"),  # the website, not "sitting"
    **dict.fromkeys(("identite", "identites", "identity", "identities"), "identit"),  # not "identique"
    **dict.fromkeys(("parlement", "parlements"), "parlement"),  # not "parle" (speaks)
    **dict.fromkeys(("parti", "partis"), "parti"),  # a party, not "partie" (part) nor "partir" (leave)
    **dict.fromkeys(("partie", "parties"), "partie"),
    **dict.fromkeys(("initiative", "initiatives"), "initiativ"),  # not "initial"
    # the people who started a text, not English "initial" (Snowball: "initi")
    **dict.fromkeys(
        ("initiateur", "initiateurs", "initiatrice", "initiatrices", "initiator", "initiators"), "initiateur"
    ),
    **dict.fromkeys(  # to co-sign and the co-signatories, one family (Snowball: "cosign", "cosignatair")
        ("cosigne", "cosignee", "cosignes", "cosignees", "cosigner", "cosignataire", "cosignataires"), "cosign"
    ),
    **dict.fromkeys(("cosigned", "cosignatory", "cosignatories"), "cosign"),
    **dict.fromkeys(("senator", "senators"), "senator"),  # the members, not the chamber (English "senat")
    "courante": "courant",  # not "cour" (a court)
    "courir": "courir",
    "via": "via",  # not "vie" (life)
    "missing": "missing",  # not "mission"
    "notamment": "notamment",  # not "note"
    "operative": "operativ",  # the operative part, not a military "operation"
    "assistance": "assistanc",  # aid, not "assistaient" (attended)
    "arms": "arms",  # weapons, not "armed" (English Snowball: "arm", as in "armed conflict")
    # weapons, not "armée" / "armées" (French Snowball: "arme"); not "arme", which "armé" folds to ("conflit armé")
    "armes": "armes",
    # French and English words that meet in one stem (tests/test_search_vocabulary.py finds them: the
    # stems that a French-only and an English-only form of the site share; the related ones, cognates,
    # are listed in tests/fixtures/search-cognates.txt):
    **dict.fromkeys(("evenement", "evenements"), "evenement"),  # an event, not English "even"
    **dict.fromkeys(("aboutir", "aboutissement"), "aboutir"),  # to succeed, not English "about"
    **dict.fromkeys(("important", "importante", "importants", "importantes"), "important"),  # not "imports"
    **dict.fromkeys(("fabricant", "fabricants"), "fabricant"),  # manufacturers, not "fabricated"
    **dict.fromkeys(("reliant", "reliait", "relie", "reliee"), "reliant"),  # linking, not English "relies"
    "voici": "voici",  # here is, not "voice"
    "effectivement": "effectivement",  # indeed, not English "effect"
    **dict.fromkeys(("millier", "milliers"), "millier"),  # thousands, not the Milli Majlis
    **dict.fromkeys(("responsabilite", "responsabilites", "responsibility", "responsibilities"), "responsabilit"),
    # the officials (« les responsables azéris »), not a response (a reaction): Snowball gives all "respons"
    **dict.fromkeys(("responsable", "responsables", "responsible"), "responsabl"),
    **dict.fromkeys(("formation", "formations"), "formation"),  # not a file "format"
    "massis": "massis",  # a name, not "mass"
    "partir": "partir",  # to leave, not "part", "partly"
    "mais": "mais",  # but, not "mai" (May)
    **dict.fromkeys(("blinde", "blindes"), "blinde"),  # armoured, not English "blind"
    **dict.fromkeys(("resumee", "resumees", "resumes"), "resumee"),  # summaries, not English "resumed"
    "better": "better",  # not "betting"
    "counter": "counter",  # not "count"
    # Words of one language that Snowball joins to an unrelated word of the same language (the test finds
    # the stems whose forms are not the stem and an ending; the related ones are listed in
    # tests/fixtures/search-stems.txt):
    **dict.fromkeys(("authority", "authorities"), "authorit"),  # not "author", "authors"
    "authoritative": "authoritativ",  # a source that is authoritative, not the authorities
    **dict.fromkeys(("president", "presidents", "presidency"), "president"),  # not "presiding" (a sitting)
    **dict.fromkeys(("communication", "communications"), "communic"),  # not "commune"
    **dict.fromkeys(("department", "departments", "departement", "departements"), "department"),  # not "depart"
    **dict.fromkeys(("edition", "editions"), "edition"),  # an edition of the site, not "edit"
    **dict.fromkeys(("initialled", "initialling", "initialed", "initialing"), "initialled"),  # not "initial"
    "colonna": "colonna",  # the minister, not "colonne" (a column)
    "primas": "primas",  # the vice-president of the Senate, not "prime"
    "commis": "commis",  # committed (crimes), not "commissions"
    **dict.fromkeys(("commit", "commits"), "commit"),  # (stemmed as French too) not "commissions"
    "devant": "devant",  # before, in front of, not "devaient" (had to)
    "namely": "namely",  # not "name"
    "opposite": "opposite",  # not "opposition"
    **dict.fromkeys(("environnant", "environnants", "environnante", "environnantes"), "environnant"),  # not "environ"
}


@functools.lru_cache(maxsize=131072)  # words recur across documents
def fold(text: str) -> str:
    """Lowercase without accents: ``Azerbaïdjan`` → ``azerbaidjan``, ``Œuvre`` → ``oeuvre``."""
    if text.isascii():  # nothing to decompose, no ligature, no mark: most words
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    return "".join(filterfalse(unicodedata.combining, decomposed))  # the marks left out, in C


def _folded_words(listed: str) -> frozenset[str]:
    return frozenset(part for word in listed.split() for part in words(word) if part)


def words(text: str) -> list[str]:
    """The words of ``text``, lowercased but not folded (the stemmers want accents).

    Hyphens and other punctuation separate words; a leading French elision is
    dropped; other apostrophes split (``Senate's`` → ``senate``, ``s``).
    """
    return [word for word, _ in _cased(text)[0]]


def _capitals(token: str) -> bool:
    """Is the token written in capitals (``UN``, ``AN``; not ``Un``, not ``2024``)? search-core.js: the same test."""
    return token == token.upper() and token != token.lower()


def cased_words(text: str) -> list[tuple[str, bool]]:
    """``words(text)``, each with whether it was typed in capitals (an acronym: ``UN``, ``AN``).

    The text is cut as typed (its elision dropped, at its apostrophes), then each piece is lowercased and
    cut again exactly as ``words`` always did (search-core.js ``queryWords``: the same steps)."""
    return list(_cased(text)[0])


@functools.lru_cache(maxsize=65536)  # a field's text is read in both languages, and by both editions' indexes
def _cased(text: str) -> tuple[tuple[tuple[str, bool], ...], bool]:
    """``cased_words(text)``, and whether it is shouted (``_shouted``)."""
    out: list[tuple[str, bool]] = []
    for raw in _WORD.findall(_APOSTROPHES.sub("'", unicodedata.normalize("NFC", text))):
        out += _cased_raw(raw)
    return tuple(out), _shouted(out)


@functools.lru_cache(maxsize=131072)  # the same words recur in every text: each is cut once
def _cased_raw(raw: str) -> tuple[tuple[str, bool], ...]:
    """``cased_words`` of one word as the text writes it (a match of ``_WORD``)."""
    if "." in raw:  # a host, one word
        return ((_WWW.sub("", unicodedata.normalize("NFC", raw.casefold())), False),)
    out: list[tuple[str, bool]] = []
    pieces = _ELISION_ANY_CASE.sub("", raw).split("'") if "'" in raw else [raw]
    for piece in pieces:  # "l'AN": "AN" is in capitals
        capitals = _capitals(piece)
        lowered = unicodedata.normalize("NFC", piece.casefold())
        # nearly always one word still; casefolding may split it ("İ" gains a combining dot)
        cut = [lowered] if _WORD.fullmatch(lowered) else _WORD.findall(_APOSTROPHES.sub("'", lowered))
        for token in cut:
            if "'" in token:
                out.extend((word, capitals) for word in _ELISION.sub("", token).split("'"))
            else:
                out.append((token, capitals))
    return tuple(out)


def _shouted(cased: list[tuple[str, bool]]) -> bool:
    """Is every word with letters in capitals? Then capitals say nothing of which words are acronyms."""
    lettered = 0
    for word, capitals in cased:
        if not capitals and not word.isdigit() and any(c.isalpha() for c in word):
            return False  # (most texts: their first word)
        lettered += capitals and any(c.isalpha() for c in word)
    return lettered > 1


# Compound prepositions: a word that says nothing right after the one before it ("par rapport à", compared with;
# "au sujet de", about), folded, as (word before, word dropped). Only from a query (query_words): "nouveau par
# rapport à 2022" asks what is new, not for a report.
STOP_PAIRS = (
    ("par", "rapport"),
    ("au", "sujet"),
    ("au", "nom"),
    ("a", "propos"),
    ("en", "raison"),
    ("en", "matiere"),
    ("with", "regard"),
    ("on", "behalf"),
    # a fact-checker's "is it true that…", « est-il vrai que… », « c'est vrai que… »: the claim follows
    ("it", "true"),
    ("il", "vrai"),
    ("est", "vrai"),
    ("in", "terms"),
    ("in", "relation"),
)

# A stopword that says something after a given word, and what it says: "voted for", « voix pour » ask for the
# votes in favour (the vote's row "For", which pages.py names by « faveur » / "favour"); a blind reader's "how
# many senators voted for" opened the voters' row. Folded; search-core.js reads them from the contract.
SAID_PAIRS = {
    **{(vote, "pour"): "faveur" for vote in ("vote", "votes", "voix", "voter", "votent", "votant", "votants")},
    **{(vote, "for"): "favour" for vote in ("vote", "votes", "voted", "voting")},
}

STOPWORDS = {lang: frozenset(fold(word) for word in _folded_words(listed)) for lang, listed in _STOPWORDS.items()}
ALL_STOPWORDS = STOPWORDS["fr"] | STOPWORDS["en"]


def _kept(form: str, stopwords: frozenset[str], acronym: bool = False) -> bool:
    """Stopwords go, unless written as an acronym (``UN``, ``AN``), and lone letters (a lone digit
    stays: "O1" is "o", "1")."""
    return (acronym or form not in stopwords) and (len(form) >= 2 or form.isdigit())


def _acronym(form: str, capitals: bool, shouted: bool, acronyms: frozenset[str]) -> bool:
    """A stopword typed in capitals is an acronym (``UN resolution``, ``AN`` for the Assemblée nationale),
    unless the whole text is in capitals: then only the acronyms the vocabulary writes in capitals are."""
    return capitals and (not shouted or form in acronyms)


@functools.lru_cache(maxsize=65536)  # each edition's index reads the other's texts too
def terms(text: str, lang: str) -> tuple[tuple[str, str], ...]:
    """``(form, stem)`` pairs for the words of ``text``, both folded; stopwords and lone letters dropped.

    The stopwords of both languages go, as from a query (a French quote in an English note holds no term
    "un"), except those written as an acronym: "the UN" holds the term "un", which only "UN" finds."""
    cased, shouted = _cased(text)
    # a word's terms by the word, in this language, as an acronym or not (_acronym with no vocabulary)
    found = _WORD_TERMS[lang, True], _WORD_TERMS[lang, False]
    out: list[tuple[str, str]] = []
    for word, capitals in cased:
        acronym = capitals and not shouted
        known = found[not acronym].get(word)
        if known is None:
            known = found[not acronym][word] = _word_terms(word, acronym, lang)
        out += known
    return tuple(out)


# The terms of each word of the texts read so far (a word recurs in many texts: its terms are found once),
# by (language, acronym): plain dictionaries of words, faster to look up than a cache keyed by every argument.
_WORD_TERMS: dict[tuple[str, bool], dict[str, tuple[tuple[str, str], ...]]] = {
    (lang, acronym): {} for lang in _STEMMERS for acronym in (True, False)
}


def _word_terms(word: str, acronym: bool, lang: str) -> tuple[tuple[str, str], ...]:
    """``terms`` of one word of a text (``cased_words``), an acronym or not (``_acronym``)."""
    form = fold(word)
    stopwords = ALL_STOPWORDS
    if "." in form:  # a host: itself, unstemmed, and the words of its labels ("senat" still finds senat.fr)
        return ((form, form),) + tuple(
            (fold(part), _stem(lang, part)) for part in re.split(r"[.-]", word) if _kept(fold(part), stopwords)
        )
    if _kept(form, stopwords, acronym):
        return ((form, _stem(lang, word)),)
    return ()


def query_words(text: str, acronyms: frozenset[str] = frozenset()) -> list[str]:
    """A reader's query as search-core.js cuts it: folded words, each once, in order, without
    either language's stopwords (the query's language is not known), unless typed as an acronym
    (``acronyms``: the stopwords the vocabulary writes in capitals, kept even in a query all in capitals), nor
    the second word of a compound preposition (``STOP_PAIRS``); a stopword that says something after a word
    is what it says (``SAID_PAIRS``)."""
    out: list[str] = []
    cased, shouted = _cased(text)
    before = ""
    for word, capitals in cased:
        form = fold(word)
        after, before = before, form
        if (after, form) in _STOP_PAIRS:
            continue
        said = SAID_PAIRS.get((after, form))
        if said:
            if said not in out:
                out.append(said)
            continue
        if _kept(form, ALL_STOPWORDS, _acronym(form, capitals, shouted, acronyms)) and form not in out:
            out.append(form)
    return out


_STOP_PAIRS = frozenset(STOP_PAIRS)


def query_units(words: list[str], known: list[list[str]]) -> list[tuple[int, list[str]]]:
    """A query's words cut into units, each ``(number of query words, phrase)``: several words that spell
    a vocabulary phrase (``known``, each as its folded words), spaces apart, are one unit, that phrase:
    "force de maintien de la paix" is the phrase ``force maintien paix``, "peace keeping force" is
    ``peacekeeping force``, "cease fire" ``ceasefire``; the most words from the left first. Every other
    word is a unit of its own. search-core.js ``queryUnits``: the same cut."""
    spelled: dict[str, list[str]] = {}
    for phrase in known:
        spelled.setdefault("".join(phrase), phrase)
    out: list[tuple[int, list[str]]] = []
    at = 0
    while at < len(words):
        size = next((n for n in range(len(words) - at, 1, -1) if "".join(words[at : at + n]) in spelled), 1)
        out.append((size, list(spelled["".join(words[at : at + size])]) if size > 1 else [words[at]]))
        at += size
    return out


def acronyms(phrases: list[str]) -> frozenset[str]:
    """The stopwords that ``phrases`` (the vocabulary's) write in capitals, folded: ``UN``, ``AN``."""
    return frozenset(
        fold(word)
        for phrase in phrases
        for word, capitals in cased_words(phrase)
        if capitals and fold(word) in ALL_STOPWORDS
    )


@functools.cache
def _stem(lang: str, word: str) -> str:
    """Each distinct word is stemmed once per build (snowballstemmer is pure Python unless PyStemmer,
    Snowball's C build and a dependency, is installed: then it hands the words to it)."""
    return STEM_OVERRIDES.get(fold(word)) or fold(_STEMMERS[lang].stemWord(word))


def contract(acronyms: frozenset[str] = frozenset()) -> dict:
    """What search-core.js needs to cut a query as ``query_words`` does, shipped in the index."""
    return {
        "acronyms": sorted(acronyms),
        "word": WORD_JS,
        "www": WWW_JS,
        "apostrophes": APOSTROPHES,
        "ligatures": LIGATURES,
        "elisions": sorted(ELISIONS, key=lambda e: (-len(e), e)),
        "stopwords": sorted(ALL_STOPWORDS),
        "stop_pairs": [list(pair) for pair in STOP_PAIRS],
        "said_pairs": [[*pair, said] for pair, said in sorted(SAID_PAIRS.items())],
    }
