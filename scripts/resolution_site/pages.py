"""The site's pages, each declared once: the one list to edit when a page is added.

Everything else derives from ``PAGES`` and ``FAMILIES``: the page keys a
correction may name (``models_around.PageKey``), where each page lives in each
edition and its twin (``paths``), the render loop (``render.Edition.pages``),
both editions' navigation and what it leaves out (``editions.configure``),
and the pages the search indexes (``publish.search``). A page's
title is the catalogue's ``title.<key>`` in each language.

This module imports nothing from the package, so every module can import it.
"""

from __future__ import annotations

from dataclasses import dataclass

EVERY_FILE = "*"  # in ``reads``: the page is made from every data file
# The citation block's names: the formats it gives, what a reference manager calls what it gives (an entry, a
# bibliographic record) and the verb readers use.
CITE = "citer cite citation BibTeX CSL entrée entry bibliographique bibliographic"
# The log of our corrections, by the names readers give such a page.
CHANGES = (
    "journal des modifications historique des versions modifications mises à jour erratum errata "
    "changelog change log changes changed version history updates"
)
# The open data's licence, by the words readers use for the right to reuse it.
REUSE = "licence license réutiliser réutilisation reuse droits rights"


@dataclass(frozen=True)
class Page:
    """One page per edition, in the navigation (in the order of ``PAGES``)."""

    key: str  # stable: corrections name it, and URLs hang on its paths
    fr: str  # path in the French edition (docs/generated/fr/)
    en: str  # path in the English edition (docs/generated/en/)
    template: str | None = None  # in render/templates/; None for a hand-written page
    reads: tuple[str, ...] = ()  # data files it is made from (``dataset.FILES`` names, or none), named in its header
    view: str | None = None  # the ``render.Edition`` method giving the template its values, if it needs any
    hand_written: tuple[str, str] | None = None  # its source under docs/pages/, French and English
    searched: bool = True  # the search indexes the page, section by section (publish/search/documents.py)
    # What the page (anchor "") or one of its sections (its anchor) is about, in the words readers type
    # for it that the page does not say, in both languages: search counts them as the section's names.
    # A few words each, never sentences; search aids only (like data/vocabulary.yaml), never shown.
    about: tuple[tuple[str, str], ...] = ()

    @property
    def title_key(self) -> str:
        return f"title.{self.key}"

    def path(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True)
class Family:
    """Pages made one per item (a provision, a topic): reached from their list page, not the navigation."""

    key: str
    fr: str  # folder in the French edition
    en: str  # folder in the English edition
    template: str
    reads: tuple[str, ...]

    def folder(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


PAGES: tuple[Page, ...] = (
    Page(
        "home",
        fr="index.md",
        en="index.md",
        template="home.md.j2",
        reads=("resolution", "vote", "provisions", "sources"),
        view="home_values",
        # the list of what the resolution asks is its summary, as readers ask for it ("résumé", "short summary")
        about=(
            ("cite", CITE),
            ("cite-this", CITE),
            ("asks", "résumé synthèse aperçu en bref summary overview gist brief"),
        ),
    ),
    Page(
        "text",
        fr="texte.md",
        en="text.md",
        template="full_text.md.j2",
        reads=("resolution", "provisions", "topics", "sources"),
        view="text_values",
        # and the verbs readers use for it ("lire la résolution", "read the resolution"); it is
        # also our translation, beside the French ("English translation of the resolution")
        about=(
            (
                "",
                "texte intégral complet full text whole lire consulter read "
                "traduction translation anglais anglaise english "
                # the reading view is the printable version (four sheets): "imprimer", "printable text"
                "imprimer imprimable impression print printable printing",
            ),
            ("cite-this", CITE),
        ),
    ),
    Page(
        "provisions",
        fr="dispositions/index.md",
        en="provisions/index.md",
        template="provisions.md.j2",
        reads=("provisions",),
        view="provisions_values",
    ),
    Page(
        "topics",
        fr="themes/index.md",
        en="topics/index.md",
        template="topics.md.j2",
        reads=("topics", "provisions"),
        view="topics_values",
        # the subjects the resolution covers, as readers ask for them ("themes", "sujets abordés")
        about=(("", "sujets abordés traités subjects themes covered"),),
    ),
    Page(
        "vote",
        fr="vote.md",
        en="vote.md",
        template="vote.md.j2",
        reads=("vote", "sources"),
        view="vote_values",
        # every figure is a count of senators ("how many senators abstained"), which its heading leaves unsaid
        # and the figures are the vote's tally, its count, its result ("vote tally", "vote count", "résultat du vote")
        about=(
            ("", "sénateurs senators décompte comptage résultat tally count result"),
            # the votes for, as readers say them (« voté pour », "voted for": tokens.SAID_PAIRS)
            ("figure-for", "faveur favorables favorable favour favor favourable"),
        ),
    ),
    Page(
        "procedure",
        fr="procedure.md",
        en="procedure.md",
        template="procedure.md.j2",
        reads=("resolution", "sources"),
        # a motion's authors are the senators who tabled it ("who tabled the resolution", "déposée par qui")
        about=(
            ("authors", "déposée initiateurs tabled sponsors initiators"),
            # the speakers are who spoke in the sitting, for the government too ("qui a parlé", "who spoke")
            ("speakers", "parlé parlait parler intervenu intervenus spoke speak"),
            # the sitting names who was in the chair ("qui présidait", "who presided")
            ("sitting", "présidait présidé présidence presided presiding chaired"),
        ),
    ),
    Page(
        "context",
        fr="contexte.md",
        en="context.md",
        template="context.md.j2",
        reads=("context", "provisions", "sources", "earlier"),
        view="context_values",
        # what happened, as readers ask it: the since page's words too (a date, or "after", tells them apart)
        about=(("", "passé advenu happened"),),
    ),
    Page(
        "earlier",
        fr="devancieres.md",
        en="earlier-resolutions.md",
        template="earlier.md.j2",
        reads=("earlier", "provisions", "context", "sources"),
        view="earlier_values",
        about=(
            # the page compares the acts: what differs between them ("différence avec la résolution de 2022")
            ("", "différence différences comparaison difference differences comparison"),
            ("new-in-2024", "nouveau nouveautés ajouté ajouts demandes new added additions demands compared comparé"),
            ("dropped", "abandonné abandonnés disparu omis demandes dropped abandoned omitted demands"),
        ),
    ),
    Page(
        "reporting",
        fr="rapporte.md",
        en="reporting.md",
        template="reporting.md.j2",
        reads=("reporting", "provisions", "sources"),
        view="reporting_values",
    ),
    Page(
        "completeness",
        fr="etat.md",
        en="completeness.md",
        template="completeness.md.j2",
        reads=("provisions", "resolution", "vote"),
        view="completeness_values",
        about=(
            ("", "lacunes manques inconnu gaps missing unknown"),
            # the provisions whose wording is known word for word, as readers ask it ("which sentences are quoted")
            (
                "verbatim",
                "connu mot pour mot textuel littéral phrases paragraphes libellé"
                " known word for word literal sentences paragraphs wording",
            ),
        ),
    ),
    Page(
        "sources",
        fr="sources.md",
        en="sources.md",
        template="sources.md.j2",
        reads=("sources",),
        view="sources_values",
        about=(
            ("", "bibliographie références bibliography references"),
            # the official sources are the pages of the Senate and of the other institutions (methodology#confidence)
            ("kind-official", "pages Sénat Senate institutions"),
        ),
    ),
    Page(
        "methodology",
        fr="methode.md",
        en="methodology.md",
        hand_written=("methode.md", "en/methodology.md"),
        about=(
            ("", "méthodologie démarche method approach"),
            # the official text could not be consulted, and this section says so: readers ask where the official
            # text is, whether it is online ("is the official text available", « pas en ligne »)
            (
                "source-of-the-text",
                "texte officiel disponible en ligne publié official text available online published",
            ),
            # how well each provision's wording is known, sentence by sentence
            ("statuses", "libellé phrases wording sentences"),
            # a contested characterisation (genocide, which neither the resolution nor the site uses in its own
            # name) is quoted and attributed: the section says how the site treats such words
            ("neutral-voice", "génocide genocide"),
            # and it is the site's editorial line: readers ask whether it is impartial, or biased
            (
                "neutral-voice",
                "impartialité neutralité partialité impartiality neutrality bias biased editorial",
            ),
            # readers submit, send or suggest a correction ("submit a correction", « proposer une correction »)
            ("report-error", "soumettre proposer envoyer submit suggest send"),
            # the levels of confidence are how the site judges a source or a fact ("how does the site judge whether
            # a source is reliable", « comment évaluez-vous les sources »)
            ("confidence", "juger évaluer évaluation judge assess assessment"),
        ),
    ),
    Page(
        "open-data",
        fr="donnees/index.md",
        en="open-data.md",
        template="open_data.md.j2",
        reads=(EVERY_FILE,),
        view="open_data_values",
        about=(("", f"télécharger téléchargement download fichier file CSV JSON XML jeu de données dataset {REUSE}"),),
    ),
    Page(
        "reactions",
        fr="reactions.md",
        en="reactions.md",
        template="reactions.md.j2",
        reads=("reactions", "sources"),
        about=(("", "réagi répondu responses reacted responded"),),
    ),
    Page(
        "since",
        fr="depuis.md",
        en="since.md",
        template="since.md.j2",
        reads=("since", "provisions", "sources"),
        view="since_values",
        # what happened after the adoption, as readers ask it in either language (passé, après; after)
        about=(
            (
                "",
                "suites suivi advenu passé après mise en œuvre follow-up aftermath happened after implementation",
            ),
        ),
    ),
    Page(
        "corrections",
        fr="corrections.md",
        en="corrections.md",
        template="corrections.md.j2",
        reads=("corrections", "provisions"),
        view="corrections_values",
        about=(("", CHANGES),),
    ),
)

FAMILIES: tuple[Family, ...] = (
    Family(
        "provision", "dispositions", "provisions", "provision.md.j2", ("provisions", "topics", "sources", "resolution")
    ),
    Family("topic", "themes", "topics", "topic.md.j2", ("topics", "provisions")),
)

BY_KEY = {page.key: page for page in PAGES}
FAMILY = {family.key: family for family in FAMILIES}


def nav(lang: str) -> list[str]:
    """An edition's navigation: every page, in the registry's order (MkDocs takes each label from the page)."""
    return [page.path(lang) for page in PAGES]
