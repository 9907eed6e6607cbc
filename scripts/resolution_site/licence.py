"""What a re-user may do with what the site publishes: plain values for the
open data, the Akoma Ntoso metadata and the page footer.

Three things are distinguished, and only the first is ours to license:

- our data, translations and notes: CC BY 4.0 (the code is MIT, see LICENSE);
- the official French wording of the resolution: we state no licence for it.
  What is said about it here is what the cited sources say, no more;
- quotations from third parties (press, advocacy, other parliaments): they
  remain their authors'; they are quoted with author and source.
"""

from __future__ import annotations

from typing import Any

CODE: dict[str, Any] = {
    "id": "MIT",
    "name": "MIT License",
    "url": "https://opensource.org/license/mit",
    "file": "LICENSE",
}

DATA: dict[str, Any] = {
    "id": "CC-BY-4.0",
    "name": "Creative Commons Attribution 4.0 International",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "covers": {
        "fr": "Nos données, nos traductions (non officielles) et nos notes.",
        "en": "Our data, our (unofficial) translations and our notes.",
    },
}

# French case law, not a statute, treats official acts as free of copyright;
# no source we have read applies it to a resolution of the Senate, and we have
# found no statement by the Senate of its own terms. So we say only that.
OFFICIAL_TEXT: dict[str, Any] = {
    "licence": None,
    "statement": {
        "fr": (
            "Le libellé officiel de la résolution n'est pas couvert par notre licence, et nous n'indiquons "
            "pas ici de licence pour lui : nous n'avons pas trouvé de conditions de réutilisation publiées "
            "par le Sénat pour ses textes. En droit français, c'est la jurisprudence, non le Code de la "
            "propriété intellectuelle, qui tient les actes officiels (lois, décrets, textes publiés dans un "
            "bulletin officiel) et les discours prononcés dans les assemblées parlementaires pour librement "
            "reproductibles ; aucune source que nous avons lue ne l'applique à une résolution du Sénat."
        ),
        "en": (
            "The official wording of the resolution is not covered by our licence, and no licence for it is "
            "stated here: we have found no terms of re-use published by the Senate for its texts. In French "
            "law it is case law, not the Intellectual Property Code, that holds official acts (statutes, "
            "decrees, texts published in an official bulletin) and speeches made in the parliamentary "
            "assemblies free to reproduce; no source we have read applies this to a resolution of the Senate."
        ),
    },
    "sources": [
        {
            "title": "Originalité sans droit d'auteur",
            "publisher": "Jastrow (blog)",
            "language": "fr",
            "date": "2011-04-12",
            "url": "https://jastrow.wordpress.com/2011/04/12/originalite-sans-droit-dauteur/",
            "supports": {
                "fr": "L'exception des actes officiels résulte de la seule jurisprudence (CA Paris, 5 avril 1867 ; "
                "discours parlementaires : T. corr. Paris, 17 janvier 1968).",
                "en": "The official-acts exception comes from case law alone (Paris Court of Appeal, 5 April 1867; "
                "parliamentary speeches: Paris criminal court, 17 January 1968).",
            },
        }
    ],
}

QUOTATIONS: dict[str, Any] = {
    "licence": None,
    "statement": {
        "fr": (
            "Les citations de tiers (presse, associations, autres parlements, gouvernements) restent à leurs "
            "auteurs et ne sont pas couvertes par notre licence ; elles sont courtes et données avec leur "
            "auteur et leur source (article L122-5, 3°, a, du Code de la propriété intellectuelle)."
        ),
        "en": (
            "Quotations from third parties (press, associations, other parliaments, governments) remain their "
            "authors' and are not covered by our licence; they are short and given with their author and "
            "source (Article L122-5, 3°, a, of the French Intellectual Property Code)."
        ),
    },
    "sources": [
        {
            "title": "Article L122-5 of the French Intellectual Property Code",
            "publisher": "French Business Law (English translation)",
            "language": "en",
            "date": None,
            "url": "https://french-business-law.com/french-legislation-art/article-l122-5-of-the-french-intellectual-property-code",
            "supports": {
                "fr": "Les analyses et courtes citations sont permises, l'auteur et la source étant indiqués.",
                "en": "Analyses and short quotations are allowed, provided the author and source are named.",
            },
        }
    ],
}


def licence() -> dict[str, Any]:
    """Everything above as one plain mapping (open data, AKN, footer)."""
    return {"code": CODE, "data": DATA, "official_text": OFFICIAL_TEXT, "quotations": QUOTATIONS}
