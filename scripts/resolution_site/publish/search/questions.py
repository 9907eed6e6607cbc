"""What a query asks beyond its words: the rules the ranking applies to a question, shipped in the index.

Question words are stopwords (``tokens``): they never decide which documents match. They say what kind of section
answers, though: "qui a déposé la proposition" wants the people who did (a section that lists people of the data,
documents.INTENTS "people"), "quand a été déposée la proposition" a date (a timeline entry, "dated"); "fichier",
"download", "CSV" a file (the open data's sections, "file"). A year typed in a query says which act is meant
("sanctions 2022": the earlier resolution, "2024" this one); a query that says nothing of earlier acts (no year
before this act's, no "earlier", "2020") means this one; a section that speaks of the earlier acts as such ("les
textes antérieurs") names their years ("nouveau par rapport à 2022" opens what is new in 2024). A name of a person
of the data asks for people as "qui" does. The log of corrections and the list of sources are the site's apparatus:
a query reaches them first when it names them ("correction", "source", "bibliography"). A query made only of the
names of the site's subject (the region: the vocabulary groups of the place the site's name names, "Karabakh",
"Artsakh") asks for the pages about the whole (the home page, the text, the context) before the provisions that name
the region. A word that says after (« après », "since": LATER_WORDS) asks for the since page first; a query whose
years all precede this act's reaches the since page after the rest ("what happened in September 2023"). A word for
reacting (« réaction », "response") asks for the reactions page, as a file word asks for the open data.

search-core.js applies these rules; ``intents`` is the same reading in Python, which
tests/test_search_parity.py compares with the browser's on real queries.
"""

from __future__ import annotations

import re

from .tokens import cased_words, fold

# Each intent: the words that ask it, and the phrases (folded words, in order) that do. A word right after one of
# NOT_AFTER asks nothing ("ce qui s'est passé", "qu'est-ce qui est nouveau": not a person).
INTENT_WORDS = {
    "people": ("qui", "who", "whom", "whose"),
    "dated": ("quand", "when", "date", "dates"),
    "subject": (),  # no question word: a query made only of the subject's names asks it (search-core.js subject)
    # a file, a format, a download: the open data's sections ("fichier comparant les résolutions de 2020 et 2022")
    "file": tuple(
        (
            "fichier fichiers file files telecharger telechargement telechargeable download downloads downloadable "
            "csv csvw json xml tableur spreadsheet dataset datasets"
        ).split()
    ),
    # a reaction to the act: the reactions page's sections first ("réaction de l'Azerbaïdjan", "Baku response"),
    # before an event whose heading says someone awaited an answer
    "reaction": tuple(
        (
            "reaction reactions reagi reagit reagissent reponse reponses repondu repond "
            "react reacted reacts response responses responded respond"
        ).split()
    ),
}
INTENT_PHRASES = {
    "people": (
        ("quel", "senateur"),
        ("quels", "senateurs"),
        ("quelle", "senatrice"),
        ("quelles", "senatrices"),
        ("which", "senator"),
        ("which", "senators"),
        ("what", "senator"),
        ("what", "senators"),
    ),
    "dated": (("what", "day"), ("which", "day"), ("what", "year"), ("quelle", "annee"), ("quel", "jour")),
    "subject": (),
    "file": (),
    "reaction": (),
}
NOT_AFTER = ("ce",)

# A year: four digits from 1900 to 2099 (search-core.js compiles it with flag "u").
YEAR = r"^(?:19|20)\d\d$"
_YEAR = re.compile(YEAR)

# Words that say the query is about the apparatus (the corrections log, the list of sources), folded.
APPARATUS_WORDS = (
    "correction corrections corrige corrigee corriges corrected erratum errata changelog modification modifications "
    "source sources bibliographie bibliography references reference"
).split()
# Words that say the query asks how to cite (a citation box: the text's, the home page's, a provision's), folded.
# Without one of them, a citation box comes after the other sections as good: it is named by the heading of the
# provision it cites, which the provision itself shows with its words ("embargo gaz pétrole" opens O13, then its
# box only if nothing else answers as well; "citer l'alinéa sur l'embargo" opens the box).
CITE_WORDS = "citer cite cites cited citing citation citations citez bibtex csl zotero".split()
# Words that say the query is about earlier acts, folded (beside a year before this act's).
EARLIER_WORDS = (
    "anterieur anterieure anterieures anterieurs precedent precedente precedentes precedents devanciere "
    "devancieres ancienne anciennes earlier previous prior former"
).split()

# Words that say the query is about what came after this act (the since page), folded: "what happened after the
# resolution" opens the since page, not the timeline's adoption entries. Unless every year it names precedes the act.
LATER_WORDS = "apres depuis after since afterwards aftermath ensuite".split()


def all_words(text: str) -> list[str]:
    """Every folded word of a query, stopwords included, in order (the question words are among them)."""
    return [fold(word) for word, _ in cased_words(text)]


def intents(text: str) -> list[str]:
    """The intents a query asks (sorted): search-core.js ``intents`` reads a query the same way."""
    found: set[str] = set()
    said = all_words(text)
    for at, word in enumerate(said):
        if at and said[at - 1] in NOT_AFTER:
            continue
        for intent, listed in INTENT_WORDS.items():
            if word in listed:
                found.add(intent)
        for intent, phrases in INTENT_PHRASES.items():
            if any(tuple(said[at : at + len(phrase)]) == phrase for phrase in phrases):
                found.add(intent)
    return sorted(found)


def years(text: str) -> list[str]:
    """The years a query names."""
    return [word for word in all_words(text) if _YEAR.match(word)]


def rules(
    docs_by_intent: dict[str, list[int]],
    act_year: str,
    earlier: list[int],
    later: list[int],
    names: list[str],
    cite: list[int],
) -> dict:
    """The question rules as the index ships them (``ranking.questions``); ``earlier``: the documents on the
    earlier acts' own page, which a query that says nothing of earlier acts reaches after this act's; ``later``: the
    documents of the pages about what came after this act, which a query whose years all precede it reaches after
    the others (as those naming only other years); ``names``:
    the terms of the names of the people the data names, which ask for the sections that list people as a
    question word does ("Retailleau", even mistyped: the authors and the speakers before a page that mentions
    him); ``cite``: the citation boxes, after the other sections as good unless the query asks to cite
    (CITE_WORDS)."""
    return {
        "intents": {
            intent: {
                "words": list(INTENT_WORDS[intent]),
                "phrases": [list(phrase) for phrase in INTENT_PHRASES[intent]],
                "docs": docs_by_intent.get(intent, []),
            }
            for intent in INTENT_WORDS
        },
        "not_after": list(NOT_AFTER),
        "year": YEAR,
        "act_year": act_year,
        "apparatus_words": APPARATUS_WORDS,
        "earlier_words": EARLIER_WORDS,
        "earlier_docs": earlier,
        "later_docs": later,
        "later_words": LATER_WORDS,
        "people_terms": names,
        "cite_words": CITE_WORDS,
        "cite_docs": cite,
    }
