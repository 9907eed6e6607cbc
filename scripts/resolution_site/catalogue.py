"""Every word the site says in its own voice, in each edition's language.

One catalogue, keyed by language, for the templates, the search index, the
citations and the open data alike: a page title or a label is spelled here
once per language and nowhere else. The vocabularies of the schema
(``Status``, ``Kind``…) have their labels here too; a test checks that
every value has one in every language.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .models import Aspect, Confidence, Kind, Lang, Outlet, QuoteKind, SourceKind, Stage, Status
from .models_around import Chamber, Relation

LANGUAGES = ("fr", "en")
PRIMARY = "fr"  # the language of the original text and of the site's root

# --- interface strings ----------------------------------------------------------------------

STRINGS: dict[str, dict[str, str]] = {
    "fr": {
        # Page titles (``title.<key>`` of ``pages.PAGES``), which the navigation takes from each page.
        "title.home": "Accueil",
        "title.text": "Texte reconstitué",
        "title.provisions": "Dispositions",
        "title.topics": "Thèmes",
        "title.vote": "Le vote",
        "title.procedure": "Identité et procédure",
        "title.context": "Contexte",
        "title.reporting": "Ce qui a été rapporté",
        "title.completeness": "État du texte",
        "title.sources": "Sources",
        "title.methodology": "Méthode",
        "title.open-data": "Données ouvertes",
        "title.reactions": "Réactions",
        "title.corrections": "Corrections",
        "title.since": "Depuis la résolution",
        "title.earlier": "La résolution et ses devancières",
        "colon": "\u00a0: ",
        # what a quotation is of (texte adopté, texte déposé…), after what it is
        "quote_stage": "version",
        "title_not_recorded": "titre non relevé",
        "quote_open": "«\u00a0",
        "quote_close": "\u00a0»",
        "list_separator": " ; ",
        "site_name": "Résolution du Sénat sur le Haut-Karabagh (17 janvier 2024)",
        "site_description": (
            "Référence publique de la résolution adoptée par le Sénat le 17 janvier 2024 "
            "sur ce qu'elle appelle l'offensive de l'Azerbaïdjan au Haut-Karabagh et sur "
            "l'intégrité territoriale de l'Arménie : texte reconstitué (non officiel), traduction, vote et sources."
        ),
        # the text page's summary for search engines and link previews: what it is, before its title
        "text_description": "Texte reconstitué, non officiel, d'après des copies et des comptes rendus : {title}",
        "permalink_title": "Lien permanent vers cette section",
        "redirect_message": "Cette disposition a changé d'identifiant",
        "feed_title": "Résolution du Sénat du 17 janvier 2024 — journal des corrections",
        "feed_author": "Référence publique de la résolution",
        "feed_summary": "{summary} Pourquoi : {reason}",
        "akn_wording_not_known": "[libellé non connu]",
        "akn_note_official": "Libellé lu dans une source officielle : {source}.",
        "akn_note_copy": "Libellé lu dans une copie non officielle, pas dans une source officielle : {source}.",
        "akn_unofficial": (
            "Seul le libellé connu figure ici (officiel, ou copie non officielle mot pour mot d'une source secondaire) ; "
            "les dispositions dont le libellé n'est pas connu sont marquées."
        ),
        "act_type": "résolution",
        "cite_note": (
            "Texte de la résolution du Sénat du {date} reconstitué à partir de sources secondaires, "
            "sur un site non officiel sans lien avec le Sénat"
        ),
        "cite_act": "{chamber}, résolution du {date}",
        "cite_act_number": ", texte adopté n° {number}",
        "cite_titles_adopted": " (« {adopted} » ; titre de la proposition : « {title} »)",
        "cite_titles_motion": " (titre du texte adopté non trouvé ; titre de la proposition : « {title} »)",
        # In BibTeX and CSL-JSON, which the pages' French spacing leaves alone (code): spaced here.
        "cite_note_adopted": "Titre du texte adopté\u202f: «\u202f{adopted}\u202f»\u202f; titre de la proposition\u202f: «\u202f{title}\u202f».",
        "cite_note_motion": "Titre du texte adopté non trouvé\u202f; titre de la proposition\u202f: «\u202f{title}\u202f».",
        "cite_site_title": "{site}, site web non officiel",
        "cite_access_date": "[consulté le …]",
        "cite_resolution_head": "{act}{titles}. {ours}",
        "cite_provision_head": (
            "{act}{titles}, {kind} {ref} — {heading} (repère et intitulé de travail, non officiels). {ours}"
        ),
        "cite_ours": "Texte reconstitué à partir de sources secondaires : « {site} », site web non officiel, en ligne : ",
        "cite_tail": " {access}.",
        # a citation names the version of the data it was read in (release.py)
        "cite_version": " (données : version {version} du {date})",
        "switch_label": "English",
        "switch_title": "Read this page in English",
        "search_label": "Rechercher dans le site",
        "search_placeholder": "Rechercher",
        "search_open": "Rechercher",
        "search_close": "Fermer la recherche",
        "search_results": "Résultats",
        "search_loading": "Chargement…",
        "search_none": "Aucun résultat",
        "search_short": "Tapez un mot plus long ou plus précis",
        "search_unavailable": "Recherche indisponible",
        "search_count_one": "1 résultat",
        "search_count_many": "{n} résultats",
        "search_more": "Afficher {n} de plus",
        "search_separator": " · ",
        "search_missing": "aucune correspondance pour\u00a0: ",
        "search_list_separator": ", ",
        "search_kind_vote": "Vote",
        "search_kind_event": "Chronologie",
        "search_kind_source": "Source",
        "search_kind_page": "Page",
        "search_kind_topic": "Thème",
        "search_kind_reporting": "Ce qui a été rapporté",
        "search_kind_procedure": "Procédure",
        "search_kind_completeness": "État du texte",
        "search_kind_open_data": "Données ouvertes",
        "search_kind_methodology": "Méthode",
        "our_translation": "Notre traduction (non officielle)",
        "original_french": "Libellé français",
        "wording_unknown": "Libellé inconnu",
        "wording_unknown_about": "Libellé inconnu. Objet, selon nos sources :",
        "not_located_line": "Disposition attendue ; rien de son libellé n'a encore été trouvé.",
        "subject_ours": "Objet (notre résumé)",
        "details": "Détails et sources",
        "sources_abc": (
            "« Source A », « source B » et « source C » désignent les trois sources principales du texte : "
            "A, parliament-wa.info (texte déposé, mot pour mot) ; B, citizenship-western-armenia.info (texte adopté, "
            "au discours indirect) ; C, l'exposé des motifs de la proposition de résolution européenne n° 507 "
            "(2023-2024) du Sénat (texte adopté, au discours indirect)."
        ),
        "still_to_find_more": "Le détail de ce qui n'est pas connu du vote et des numéros du texte : {vote}, {procedure}.",
        "shared_sources": "Sources qui appuient chacune des lignes {rows}",
        "shared_sources_below": "voir les sources sous le tableau",
        "shared_sources_also": "et les sources sous le tableau",
        "row_name": "«\u202f{row}\u202f»",
        "and": "et",
        "confidence_high": "élevée",
        "confidence_medium": "moyenne",
        "confidence_low": "faible",
        "provision_page": "Fiche de la disposition",
        "see_in_text": "voir dans le texte reconstitué",
        "in_text": "dans le texte reconstitué",
        "permalink": "Lien permanent",
        "copy_link": "Copier le lien",
        "link_copied": "Lien copié",
        "copy_failed": "Copie impossible : le lien est sélectionné",
        "copy": "Copier",
        "copied": "Copié",
        "copy_text_failed": "Copie impossible : sélectionnez le texte",
        "known_fragments": "Fragments connus",
        "third_party": "Paraphrases et traductions de tiers (pas le texte)",
        "known_fragment_not_full": "Fragment connu, pas le texte complet",
        "paraphrase_not_text": "Paraphrase de tiers, pas le texte",
        "reported_fragment_not_text": "Fragment en discours indirect, rapporté par un tiers, pas mot pour mot",
        "our_translation_short": "notre traduction, non officielle",
        "report_above": "cité en tête de page",
        "place_certain": "{kind}, {n} de sa partie du texte.",
        "place_provisional": "{kind} ; place provisoire : {n} de sa partie du texte, selon nos sources.",
        "place_unknown": "{kind} ; place dans le texte inconnue.",
        "wording_known": "Ce que l'on sait du libellé",
        "evidence": "Sources et preuves",
        "variants": "Variantes",
        "inferences": "Déductions",
        "notes": "Notes",
        "same_topic": "Sur le même thème",
        "no_other": "Aucune autre disposition sur ce thème.",
        "more_on_topic": "… {n} de plus sur la page du thème",
        "sources": "Sources",
        "more_sources_one": "{n} autre source",
        "more_sources_many": "{n} autres sources",
        "confidence": "Fiabilité",
        "derived": "calculé",
        "consistent_only": "ne le dit pas, mais va dans ce sens",
        "inference": "déduction",
        "computed_from": "calculé par nous à partir de",
        "cite_resolution": "Citer la résolution",
        "cite_provision": "Citer cette disposition",
        "cite_help": "Citation prête à coller ; remplacez « … » par la date de votre consultation.",
        "cite_help_ref": "Le repère (O1, C1…) est notre numérotation de travail, pas une numérotation officielle.",
        "cite_relative": (
            "Ce site a été construit sans son adresse publique\u00a0: les citations ci-dessous donnent "
            "le chemin de la page ({path}), relatif à la racine du site\u00a0; ajoutez-y l'adresse du site."
        ),
        "group_abbr": "groupe politique du Sénat\u00a0; sigle tel que le donne la source",
        "group_abbr_named": "groupe politique du Sénat\u00a0: {name}",
        "cite_in_french": "En français",
        "cite_in_english": "En anglais",
        "reconstructed": "Texte reconstitué",
        "reconstructed_text": (
            "Le texte adopté officiel n'a pas encore été retrouvé et le nombre total de ses dispositions est "
            "inconnu. Le libellé de {known_of_total} est connu en entier{how_known} ; les autres sont connues par fragments "
            "ou par des comptes rendus{placeholders}. L'ordre des alinéas n'est certain que pour les premiers."
        ),
        "read_text": "Lire le texte reconstitué",
        "what_it_asks": "Ce que demande la résolution",
        "asks_scope": (
            "Ces {shown} alinéas du dispositif portent les demandes ; avec les visas et les considérants, "
            "{total} dispositions sont repérées à ce jour."
        ),
        "how_sure": "Ce que l'on sait du libellé",
        # How the wording known in full is known (``views.wording_counts``: official, the rest verbatim copies).
        "known_from_copy": " par une copie non officielle",
        "known_from_official": " par une source officielle",
        "known_from_both": " ({official} par une source officielle, les autres par une copie non officielle)",
        "how_sure_text": (
            "Le texte adopté officiel n'a pas été retrouvé : le libellé de {known_of_total} "
            "est connu en entier{how_known}, {partial} par fragments, {reported} seulement par des comptes rendus "
            "et {missing} pas du tout."
        ),
        "how_sure_link": "État du texte, disposition par disposition",
        "key_facts": "Les faits",
        "where_next": "Aller plus loin",
        "cite_and_reuse": "Citer et réutiliser",
        "value": "Valeur",
        "official_title": "Titre officiel de la proposition (celui du texte adopté n'a pas été trouvé)",
        "motion_title": "Titre de la proposition",
        "adopted_on": "Adoptée le",
        "deposited_on": "Déposée le",
        "legal_basis": "Fondement",
        "authors": "Auteurs",
        "presiding": "Présidence de séance",
        "government": "Gouvernement",
        "vote": "Vote",
        "vote_line_home": (
            "adoptée « à l'unanimité moins une voix » selon le communiqué du Sénat ; {for_} pour, {against} contre "
            "selon des médias"
        ),
        "number": "Nombre",
        "for": "Pour",
        "against": "Contre",
        "cast": "Suffrages exprimés",
        "voters": "Votants",
        "abstentions": "Abstentions",
        "ballot": "Scrutin",
        "did_not_take_part": "N'ont pas pris part au vote",
        "vote_against": "Vote contre",
        "not_known": "Ce qui n'est pas connu",
        "chart_title": "Résultat du vote",
        "chart_caption": (
            "Chaque barre est à l'échelle ; un chiffre calculé ou peu sûr est hachuré. "
            "Les chiffres et leurs sources sont dans le tableau."
        ),
        "title": "Titre",
        "our_title_rendering": "Notre traduction anglaise (non officielle)",
        "other_titles": "Autres intitulés en circulation",
        "other_titles_note": "Ces formules ne sont pas le titre officiel ; elles sont citées telles que leurs sources les donnent.",
        "procedure": "Procédure",
        "legal_effect": "Portée de la résolution",
        "legal_effect_since": "Ce que le Gouvernement et d'autres acteurs ont fait depuis le vote :",
        "chamber": "Chambre",
        "session": "Session",
        "deposited": "Dépôt",
        "sitting": "Séance",
        "adopted": "Adoption",
        "authors_cosignatories": "Auteurs et cosignataires",
        "in_chamber": "En séance",
        "known_speakers": "Orateurs connus",
        "speakers_partial": "Liste partielle : la liste complète des orateurs n'a pas été trouvée.",
        "document_numbers": "Numéros des documents",
        "unknown": "inconnu",
        "context_intro": "Chronologie des faits qui éclairent la résolution, chacun avec ses sources et son degré de fiabilité.",
        "provisions_concerned": "Dispositions concernées",
        "related_number": "Numéro",
        "reporting_intro": (
            "La résolution a été beaucoup citée, souvent en traduction. Voici les points où des comptes rendus "
            "s'écartent de ce que disent les sources les plus sûres, et notre lecture de chaque écart."
        ),
        "best_sources_say": "Ce que disent les meilleures sources",
        "was_reported": "Ce qui a été rapporté",
        "our_reading": "Notre lecture",
        "completeness_intro": "Calculé à partir des données : ce qui est confirmé, ce qui est partiel et ce qui reste à trouver.",
        "tabled_is_adopted": "Texte déposé et texte adopté : « Les propositions de résolution sont examinées et votées en séance. Elles ne peuvent faire l'objet d'aucun amendement. » (loi organique n° 2009-403, article 6, d'après l'[export Etalab de la base LEGI](https://github.com/etalab/lois-non-codifiees-et-reglements-francais/blob/e9deb90a4791d1dfb42e07da525b3985e8a4ce4b/loi-organique/2009/loi-organique-n2009-403-du-15-avril-2009-prmx0827219l/chapitre-ier/article-6.md) ; chapitre relatif aux résolutions de l'article 34-1 selon la [décision n° 2009-579 DC](https://www.conseil-constitutionnel.fr/decision/2009/2009579DC.htm)). Une copie mot pour mot du texte déposé donne donc la rédaction adoptée, sauf si elle reproduit un projet ; c'est pourquoi O1 à O4 restent des copies non officielles et non des libellés officiels. La page Légifrance de l'article 6 n'a pas été consultée.",
        "status": "État",
        "total": "Total",
        "still_to_find": "Encore à trouver",
        "sources_intro": "Chaque fait du site renvoie à l'une de ces sources.",
        "topics_intro": "Chaque thème liste ses dispositions dans l'ordre du texte ; une disposition peut relever de plusieurs thèmes.",
        "topic": "Thème",
        "provision": "Disposition",
        "n_provisions_in_order_one": "{n} disposition, dans l'ordre du texte.",
        "n_provisions_in_order_many": "{n} dispositions, dans l'ordre du texte.",
        "all_topics": "Tous les thèmes",
        "provisions_intro": "Chaque disposition a une adresse permanente, fondée sur son identifiant.",
        "opendata_intro": "Les données de ce site, à des adresses stables, à télécharger et réutiliser :",
        "opendata_unofficial": (
            "Ces données décrivent un texte reconstitué, pas la publication officielle du Sénat : le statut de chaque "
            "libellé (colonne status) dit d'où il vient ; un libellé « verbatim » est copié mot pour mot d'une copie "
            "non officielle, pas lu dans une source officielle."
        ),
        "opendata_json": "toutes les données validées (JSON)",
        "opendata_csv": "une ligne par disposition (CSV, UTF-8 ; listes séparées par « ; »)",
        "opendata_schema": "le schéma JSON de resolution.json",
        "opendata_csvw": "la description du CSV au format CSVW, la norme du W3C pour décrire un CSV",
        "opendata_since_csv": "ce qui s'est passé depuis la résolution\u00a0: une ligne par événement et par disposition concernée (CSV, UTF-8)",
        "opendata_since_csvw": "la description de ce CSV au format CSVW",
        "opendata_akn_fr": "le texte en Akoma Ntoso 3.0 (XML), expression française : seuls les libellés connus",
        "opendata_akn_en": "notre traduction anglaise (non officielle) en Akoma Ntoso 3.0 (XML)",
        "opendata_feed": "le flux Atom du journal des corrections",
        "opendata_feed_other": "le même flux, en anglais",
        "licences": "Licences",
        "licence_code": "le code du site (fichier LICENSE).",
        "work_identifier": "Identifiant de l'œuvre (FRBR, Akoma Ntoso)",
        "opendata_formats": (
            "Les formats, en bref : CSVW est la norme du W3C qui décrit les colonnes d'un fichier CSV, pour qu'un "
            "logiciel les lise sans deviner ; Akoma Ntoso est une norme XML de l'OASIS pour les textes parlementaires "
            "et juridiques ; l'identifiant de l'œuvre suit FRBR, un modèle venu des bibliothèques qui distingue "
            "l'œuvre (la résolution) de ses versions et de ses langues."
        ),
        "sic": "[sic]",
        "report_error": "Signaler une erreur",
        "report_error_none": (
            "Ce site ne publie aucune adresse où écrire à ses responsables. Chaque correction apportée est "
            "consignée, datée et motivée, sur la page"
        ),
        "report_error_log": "Corrections",
        "published_by": "Référence indépendante, publiée par l'équipe de ce projet ; le Sénat n'en est pas l'auteur.",
        # the line at the head of every page on screen (a printout has print_what in every sheet's foot)
        "notice_unofficial": (
            "Site indépendant et non officiel : le texte de la résolution y est reconstitué à partir de sources "
            "publiques ; le Sénat n'en est pas l'auteur."
        ),
        "notice_why": "D'où vient le texte",
        "licence_line": (
            "Nos textes, traductions et données : licence CC BY 4.0 ; code : licence MIT. "
            "Les citations restent à leurs auteurs."
        ),
        "data_version": "Données : version {version} du {date}.",
        "report_title": "Erreur :",
        "print_what": (
            "Texte reconstitué à partir de sources publiques, ce n'est pas le texte officiel ; nos traductions "
            "(anglaise, ou française d'un compte rendu en anglais) sont non officielles. Référence indépendante : "
            "le Sénat n'en est pas l'auteur."
        ),
        "not_found_title": "Page introuvable",
        "not_found_text": "Aucune page de ce site ne se trouve à cette adresse. Elle a peut-être été mal recopiée.",
        "not_found_home": "Accueil de l'édition française",
        "not_found_full_text": "Texte reconstitué de la résolution",
        "not_found_search": "Rechercher dans le site",
        "not_found_other": "English edition",
        "not_found_address": "Adresse demandée :",
        "report_body": "Page concernée :",
        "report_provision_id": "Disposition :",
        "report_provision": "Signaler une erreur sur cette disposition",
        "report_provision_none": (
            "Ce site ne publie aucune adresse où signaler une erreur. Les corrections apportées à cette disposition "
            "sont consignées, datées et motivées, sur la page"
        ),
        "reactions_intro": (
            "Comment la résolution a été reçue : chaque partie dans ses propres mots, avec sa source. "
            "Nos résumés décrivent et attribuent ; ils ne prennent pas parti."
        ),
        "reactions_not_found": "Ce qui n'a pas été trouvé",
        "reactions_missing": "Non trouvé dans les sources consultées : une déclaration du gouvernement ou du ministère des Affaires étrangères de l'Azerbaïdjan sur cette résolution, et une réaction du gouvernement arménien visant nommément cette résolution, en dehors du résumé de son ambassade (les remerciements du Premier ministre, ci-dessus, portent sur « les résolutions » en général).",
        "since_intro": (
            "Cette page suit, disposition par disposition, ce qui s'est passé après le 17\u00a0janvier\u00a02024 "
            "sur les sujets que la résolution abordait\u00a0: des événements datés, chacun avec sa source et "
            "son rapport à la demande. Elle ne dit pas qu'un de ces événements a eu lieu à cause de la "
            "résolution\u00a0: aucune source ne l'affirme, et seuls les documents du Sénat lui-même la citent. "
            "C'est notre sélection, avec ses limites\u00a0; là où rien n'a été trouvé, cela ne veut pas dire que "
            "rien ne s'est passé."
        ),
        "since_limits": "Ce qui a été cherché",
        "since_how": (
            "Pour chaque événement\u00a0: sa date, son rapport à la demande (va dans son sens, va à son encontre, "
            "ou en rapport avec le sujet sans y répondre), une ligne neutre, la fiabilité selon la règle de la méthode, et ses "
            "sources avec leur type."
        ),
        "since_nothing": "Rien trouvé dans nos sources.",
        "since_not_found": "Non trouvé dans nos sources",
        "since_other_note": (
            "Les visas et les considérants ne formulent pas de demande\u00a0; ils ne figurent ici que lorsqu'un "
            "événement les concerne."
        ),
        "since_elsewhere": "Également sous",
        "since_see_under": "voir sous",
        "since_once": (
            "Un événement qui concerne plusieurs dispositions n'est décrit en entier qu'une fois\u00a0; sous ses "
            "autres dispositions, une ligne y renvoie."
        ),
        "since_relation": "Rapport à la demande",
        "since_single_side": "Connu seulement par des sources d'un seul côté",
        "since_section": "Depuis la résolution",
        "since_latest": "Derniers événements sur ce sujet, parmi ceux que nous avons relevés\u00a0:",
        "since_none_here": "Rien trouvé dans nos sources depuis le 17\u00a0janvier\u00a02024.",
        "since_all": "Tout ce qui s'est passé depuis, disposition par disposition",
        "since_count_one": "{n}\u00a0événement",
        "since_count_many": "{n}\u00a0événements",
        "source_type": "type",
        "in_their_words": "Dans leurs mots",
        "corrections_intro": (
            "Chaque modification qui change ce que lit un lecteur est consignée ici, la plus récente d'abord : "
            "ce qui a changé, pourquoi, et les pages concernées. Un flux Atom permet de les suivre."
        ),
        "corrections_none": "Aucune correction pour l'instant.",
        "corrections_feed": "S'abonner aux corrections (Atom)",
        "why": "Pourquoi",
        "pages_concerned": "Pages concernées",
        "corrected_on": "Corrigé le {date}",
        # a provision page lists its corrections folded, under one line saying how many and how recent
        "corrections_here_one": "{n} correction concerne cette disposition (le {date}).",
        "corrections_here_many": "{n} corrections concernent cette disposition ; la dernière le {date}.",
        "background": "Repères : le conflit, le statut du territoire, l'opération de 2023",
        "excerpts_count": "Sur {references}, {with_}\u00a0; {without}.",
        "excerpt_references_one": "{n} référence à une source",
        "excerpt_references_many": "{n} références à des sources",
        "excerpts_with_one": "{n} donne l'extrait qui appuie l'affirmation",
        "excerpts_with_many": "{n} donnent l'extrait qui appuie l'affirmation",
        "excerpts_without_one": "{n} n'en donne pas encore",
        "excerpts_without_many": "{n} n'en donnent pas encore",
        # Counts, each in the number its figure asks for (``count``): "{n} disposition sur {total}".
        "known_of_total_one": "{n} des {total} dispositions repérées à ce jour",
        "known_of_total_many": "{n} des {total} dispositions repérées à ce jour",
        "placeholder_singular": ", sauf {refs}, simple place réservée : rien de son libellé n'a été trouvé",
        "placeholder_plural": ", sauf {refs}, simples places réservées : rien de leur libellé n'a été trouvé",
        "excerpts_heading": "Extraits des sources",
        "earlier_intro": (
            "Le Sénat avait déjà adopté deux résolutions sur ce conflit, le 25 novembre 2020 et le 15 novembre 2022. "
            "Cette page met chaque disposition de 2024 en regard de ce que ces textes disaient du même sujet, "
            "avec, pour chacun, ce que l'on sait de son libellé."
        ),
        "earlier_caveat": (
            "Le texte officiel de ces deux résolutions n'a pas été trouvé. Leurs libellés viennent de copies "
            "secondaires, de la liste des alinéas publiée par le Sénat (un résumé) ou de comptes rendus\u00a0; aucun "
            "n'est présenté comme officiel. Les comparaisons sont les nôtres\u00a0: elles portent sur les mots quand les "
            "deux libellés sont connus, sur les thèmes seulement dans les autres cas, et le disent."
        ),
        "earlier_acts": "Les résolutions antérieures",
        "earlier_by_provision": "Disposition par disposition",
        "earlier_new": "Nouveau en 2024",
        "earlier_new_intro": "Dispositions de 2024 sans équivalent trouvé dans les textes antérieurs connus :",
        "earlier_dropped": "Absent de ce que l'on connaît du texte de 2024",
        "earlier_dropped_intro": "Sujets des textes antérieurs pour lesquels aucune disposition connue de 2024 n'a été trouvée. Une partie du texte de 2024 n'est connue que par des paraphrases\u00a0: ces constats ont cette limite.",
        "earlier_texts": "Ce que l'on sait des textes antérieurs",
        "earlier_nothing": "Rien trouvé sur ce sujet.",
        "earlier_comparison": "Comparaison (notre lecture)",
        "earlier_diff": "Différence mot à mot",
        "earlier_diff_legend": "Barré\u00a0: seulement en {year}\u00a0; souligné\u00a0: seulement en 2024. Les deux libellés sont en français\u00a0; celui de {year} vient d'une copie secondaire. Les apostrophes typographiques ne comptent pas comme une différence.",
        "earlier_only_in": "seulement en {year}\u00a0:\u00a0",
        "earlier_adopted": "Adoptée le",
        "earlier_deposited": "Déposée le",
        "earlier_number": "Numéro",
        "earlier_vote": "Vote",
        "earlier_figures": "pour\u00a0: {for_}\u00a0; contre\u00a0: {against}",
        "earlier_voters": "votants\u00a0: {n}",
        "earlier_cast": "suffrages exprimés\u00a0: {n}",
        "earlier_abstentions": "abstentions\u00a0: {n}",
        "earlier_or": " ou ",
        "earlier_title": "Titre",
        "earlier_no_title": "Non relu dans une copie conservée.",
        "earlier_known": "Ce que l'on connaît du texte",
        "earlier_missing": "Ce qui manque",
        "earlier_matches": "Même sujet en 2024",
        "earlier_timeline": "dans la chronologie",
        "earlier_before_2024": "Avant 2024",
        "earlier_compare_link": "Comparer avec les résolutions de 2020 et 2022",
        "earlier_compare_text": "Ce que l'on sait de son texte, comparé à celui de 2024",
        "opendata_earlier_csv": "les dispositions des résolutions antérieures (2020, 2022), une ligne par disposition",
        "opendata_earlier_csvw": "la description de ce CSV au format CSVW",
        "lede_what": (
            "Le {date}, le Sénat français a adopté « à l'unanimité moins une voix », selon son communiqué "
            "({for_} voix contre {against} selon des médias), une résolution qui condamne "
            "ce qu'elle appelle l'offensive militaire de l'Azerbaïdjan au Haut-Karabagh des 19 et 20 septembre 2023, "
            "et qui en tire des demandes adressées au Gouvernement."
        ),
    },
    "en": {
        # Page titles (``title.<key>`` of ``pages.PAGES``), which the navigation takes from each page.
        "title.home": "Home",
        "title.text": "Reconstructed text",
        "title.provisions": "Provisions",
        "title.topics": "Topics",
        "title.vote": "The vote",
        "title.procedure": "Identity and procedure",
        "title.context": "Context",
        "title.reporting": "How it was reported",
        "title.completeness": "State of the text",
        "title.sources": "Sources",
        "title.methodology": "Methodology",
        "title.open-data": "Open data",
        "title.reactions": "Reactions",
        "title.corrections": "Corrections",
        "title.since": "Since the resolution",
        "list_separator": "; ",
        "title.earlier": "Earlier resolutions compared",
        "colon": ": ",
        "quote_stage": "version",
        "title_not_recorded": "title not recorded",
        "quote_open": "“",
        "quote_close": "”",
        "site_name": "French Senate resolution on Nagorno-Karabakh (17 January 2024)",
        "site_description": (
            "Public reference for the resolution adopted by the French Senate on "
            "17 January 2024 on what it calls Azerbaijan's offensive in Nagorno-Karabakh "
            "and on Armenia's territorial integrity: reconstructed text (unofficial), translation, vote and sources."
        ),
        "text_description": "Reconstructed text, unofficial, from copies and reports: {title}",
        "permalink_title": "Permanent link to this section",
        "redirect_message": "This provision's identifier changed",
        "feed_title": "French Senate resolution of 17 January 2024 — corrections log",
        "feed_author": "Public reference of the resolution",
        "feed_summary": "{summary} Why: {reason}",
        "akn_wording_not_known": "[wording not known]",
        "akn_note_official": "Our unofficial translation of the French wording read in an official source: {source}.",
        "akn_note_copy": (
            "Our unofficial translation of the French wording read in an unofficial copy, not in an official source: "
            "{source}."
        ),
        "akn_unofficial": (
            "Our translation, unofficial, of the known French wording (official, or an unofficial word-for-word copy from a "
            "secondary source); provisions whose wording is not known are marked."
        ),
        "act_type": "resolution",
        "cite_note": (
            "Text of the French Senate resolution of {date} reconstructed from secondary sources, "
            "on an unofficial website not connected with the Senate"
        ),
        "cite_act": "{chamber} (France), resolution of {date}",
        "cite_act_number": ", adopted text no. {number}",
        "cite_titles_adopted": " (“{adopted}”; title of the motion: “{title}”, our translation (unofficial): “{title_en}”)",
        "cite_titles_motion": (
            " (title of the adopted text not found; title of the motion: “{title}”,"
            " our translation (unofficial): “{title_en}”)"
        ),
        # English records carry no French (a BibTeX or CSL-JSON field cannot mark its language):
        # the motion's title in our translation, and where to find the French titles.
        "cite_note_adopted": (
            "Title of the motion, our translation (unofficial): “{title_en}”; the French titles of the adopted "
            "text and of the motion are given in the French edition's reference."
        ),
        "cite_note_motion": (
            "Title of the adopted text not found; title of the motion, our translation (unofficial): “{title_en}”."
        ),
        "cite_site_title": "{site}, unofficial website",
        "cite_access_date": "[accessed …]",
        "cite_resolution_head": "{act}{titles}. {ours}",
        "cite_provision_head": (
            "{act}{titles}, {kind} {ref} — {heading} (our working reference and heading, not official). {ours}"
        ),
        "cite_ours": "Text reconstructed from secondary sources: “{site}”, unofficial website, online: ",
        "cite_tail": " {access}.",
        "cite_version": " (data: version {version} of {date})",
        "switch_label": "Français",
        "switch_title": "Lire cette page en français",
        "search_label": "Search the site",
        "search_placeholder": "Search",
        "search_open": "Search",
        "search_close": "Close search",
        "search_results": "Results",
        "search_loading": "Loading…",
        "search_none": "No results",
        "search_short": "Type a longer or more specific word",
        "search_unavailable": "Search unavailable",
        "search_count_one": "1 result",
        "search_count_many": "{n} results",
        "search_more": "Show {n} more",
        "search_separator": " · ",
        "search_missing": "no match for: ",
        "search_list_separator": ", ",
        "search_kind_vote": "Vote",
        "search_kind_event": "Timeline event",
        "search_kind_source": "Source",
        "search_kind_page": "Page",
        "search_kind_topic": "Topic",
        "search_kind_reporting": "How it was reported",
        "search_kind_procedure": "Procedure",
        "search_kind_completeness": "State of the text",
        "search_kind_open_data": "Open data",
        "search_kind_methodology": "Methodology",
        "our_translation": "Our translation (unofficial)",
        "original_french": "French wording",
        "wording_unknown": "Wording unknown",
        "wording_unknown_about": "Wording unknown. Its subject, according to our sources:",
        "not_located_line": "Expected provision; nothing of its wording has been found yet.",
        "subject_ours": "Subject (our summary)",
        "details": "Details and sources",
        "sources_abc": (
            "'Source A', 'source B' and 'source C' are the text's three main sources: A, parliament-wa.info (the "
            "text as deposited, word for word); B, citizenship-western-armenia.info (the text adopted, in reported "
            "speech); C, the explanatory memorandum of the Senate's motion for a European resolution no. 507 "
            "(2023-2024) (the text adopted, in reported speech)."
        ),
        "still_to_find_more": "What is not known of the vote and of the text's numbers, in detail: {vote}, {procedure}.",
        "shared_sources": "Sources supporting each of the rows {rows}",
        "shared_sources_below": "see the sources under the table",
        "shared_sources_also": "and the sources under the table",
        "row_name": "“{row}”",
        "and": "and",
        "confidence_high": "high",
        "confidence_medium": "medium",
        "confidence_low": "low",
        "provision_page": "Provision page",
        "see_in_text": "see in the reconstructed text",
        "in_text": "in the reconstructed text",
        "permalink": "Permanent link",
        "copy_link": "Copy link",
        "link_copied": "Link copied",
        "copy_failed": "Could not copy: the link is selected",
        "copy": "Copy",
        "copied": "Copied",
        "copy_text_failed": "Copy failed: select the text",
        "known_fragments": "Known fragments",
        "third_party": "Third-party paraphrases and translations (not the text)",
        "known_fragment_not_full": "Known fragment, not the full text",
        "paraphrase_not_text": "Third-party paraphrase, not the text",
        "reported_fragment_not_text": "Fragment in reported speech, from a third party, not verbatim",
        "our_translation_short": "our translation, unofficial",
        "report_above": "shown at the top of this page",
        "place_certain": "{kind}, number {n} in its part of the text.",
        "place_provisional": "{kind}; provisional place: number {n} in its part of the text, according to our sources.",
        "place_unknown": "{kind}; place in the text unknown.",
        "wording_known": "What is known of the wording",
        "evidence": "Sources and evidence",
        "variants": "Variants",
        "inferences": "Inferences",
        "notes": "Notes",
        "same_topic": "On the same topic",
        "no_other": "No other provision on this topic.",
        "more_on_topic": "… {n} more on the topic page",
        "sources": "Sources",
        "more_sources_one": "{n} more source",
        "more_sources_many": "{n} more sources",
        "confidence": "Confidence",
        "derived": "derived",
        "consistent_only": "does not say so, but points the same way",
        "inference": "inference",
        "computed_from": "computed by us from",
        "cite_resolution": "Cite this resolution",
        "cite_provision": "Cite this provision",
        "cite_help": "Ready to paste; replace “…” with the date you accessed the page.",
        "cite_help_ref": "The reference (O1, C1…) is our working label, not an official number.",
        "cite_in_french": "In French",
        "cite_relative": (
            "This site was built without its public address: the citations below give the page's path "
            "({path}), relative to the site's root; add the site's address before it."
        ),
        "group_abbr": "a political group of the French Senate; the acronym as the source gives it",
        "group_abbr_named": "a political group of the French Senate: {name}",
        "cite_in_english": "In English",
        "reconstructed": "Reconstructed text",
        "reconstructed_text": (
            "The official text adopted has not been found yet, and the total number of its provisions is unknown. "
            "The wording of {known_of_total} is known in full{how_known}; the others are known from fragments or from "
            "reports{placeholders}. The order of the paragraphs is certain only for the first ones."
        ),
        "read_text": "Read the reconstructed text",
        "what_it_asks": "What the resolution asks",
        "asks_scope": (
            "These {shown} operative paragraphs carry the requests; with the citations and recitals, "
            "{total} provisions have been identified so far."
        ),
        "how_sure": "What is known of the wording",
        "known_from_copy": " from an unofficial copy",
        "known_from_official": " from an official source",
        "known_from_both": " ({official} from an official source, the others from an unofficial copy)",
        "how_sure_text": (
            "The official text adopted has not been found: the wording of {known_of_total} is known "
            "in full{how_known}, {partial} from fragments, {reported} only from reports and {missing} not at all."
        ),
        "how_sure_link": "State of the text, provision by provision",
        "key_facts": "The facts",
        "where_next": "Where next",
        "cite_and_reuse": "Cite and reuse",
        "value": "Value",
        "official_title": "Official title of the motion (that of the adopted text was not found)",
        "motion_title": "Title of the motion",
        "adopted_on": "Adopted on",
        "deposited_on": "Tabled on",
        "legal_basis": "Legal basis",
        "authors": "Authors",
        "presiding": "Presiding officer",
        "government": "Government",
        "vote": "Vote",
        "vote_line_home": (
            "adopted unanimously but for one vote according to the Senate's press release; {for_} for, "
            "{against} against according to media reports"
        ),
        "number": "Number",
        "for": "For",
        "against": "Against",
        "cast": "Votes cast",
        "voters": "Senators voting",
        "abstentions": "Abstentions",
        "ballot": "Public vote",
        "did_not_take_part": "Did not take part",
        "vote_against": "Vote against",
        "not_known": "What is not known",
        "chart_title": "Result of the vote",
        "chart_caption": (
            "Each bar is to scale; a derived or uncertain figure is hatched. "
            "The figures and their sources are in the table."
        ),
        "title": "Title",
        "our_title_rendering": "Our translation (unofficial)",
        "other_titles": "Other titles in circulation",
        "other_titles_note": "These wordings are not the official title; they are quoted as their sources give them.",
        "procedure": "Procedure",
        "legal_effect": "Legal effect of the resolution",
        "legal_effect_since": "What the Government and others have done since the vote:",
        "chamber": "Chamber",
        "session": "Session",
        "deposited": "Tabled",
        "sitting": "Sitting",
        "adopted": "Adopted",
        "authors_cosignatories": "Authors and co-signatories",
        "in_chamber": "In the chamber",
        "known_speakers": "Known speakers",
        "speakers_partial": "Partial list: the full list of speakers was not found.",
        "document_numbers": "Document numbers",
        "unknown": "unknown",
        "context_intro": "A timeline of the facts that shed light on the resolution, each with its sources and confidence.",
        "provisions_concerned": "Provisions concerned",
        "related_number": "Number",
        "reporting_intro": (
            "The resolution was widely quoted, often in translation. These are the points where reports depart "
            "from what the best sources say, with our reading of each difference."
        ),
        "best_sources_say": "What the best sources say",
        "was_reported": "What was reported",
        "our_reading": "Our reading",
        "completeness_intro": "Computed from the data: what is confirmed, what is partial and what is still to be found.",
        "tabled_is_adopted": "Text as tabled and text adopted: 'Motions for resolutions are examined and voted on in plenary. They cannot be amended' (our translation; the French wording is quoted on the Methodology page): Institutional Act no. 2009-403, article 6, from [Etalab's export of the LEGI database](https://github.com/etalab/lois-non-codifiees-et-reglements-francais/blob/e9deb90a4791d1dfb42e07da525b3985e8a4ce4b/loi-organique/2009/loi-organique-n2009-403-du-15-avril-2009-prmx0827219l/chapitre-ier/article-6.md); the chapter on resolutions under article 34-1 according to [decision no. 2009-579 DC](https://www.conseil-constitutionnel.fr/decision/2009/2009579DC.htm). A word-for-word copy of the text as tabled therefore gives the adopted wording, unless it reproduces a draft; this is why O1 to O4 remain unofficial copies, not official wording. The Légifrance page of article 6 was not consulted.",
        "status": "Status",
        "total": "Total",
        "still_to_find": "Still to be found",
        "sources_intro": "Every fact on this site points to one of these sources.",
        "topics_intro": "Each topic lists its provisions in the order of the text; a provision may belong to several topics.",
        "topic": "Topic",
        "provision": "Provision",
        "n_provisions_in_order_one": "{n} provision, in the order of the text.",
        "n_provisions_in_order_many": "{n} provisions, in the order of the text.",
        "all_topics": "All topics",
        "provisions_intro": "Each provision has a permanent address, based on its identifier.",
        "opendata_intro": "The data behind this site, at stable addresses, to download and reuse:",
        "opendata_unofficial": (
            "These data describe a reconstructed text, not the Senate's official publication: the status of each "
            'wording (column status) says where it comes from; a "verbatim" wording is copied word for word from an '
            "unofficial copy, not read in an official source."
        ),
        "opendata_json": "all the validated data (JSON)",
        "opendata_csv": "one row per provision (CSV, UTF-8; lists separated by “;”)",
        "opendata_schema": "the JSON Schema of resolution.json",
        "opendata_csvw": "the CSV's description in CSV on the Web (CSVW) format",
        "opendata_since_csv": "what happened since the resolution: one row per event and provision it bears on (CSV, UTF-8)",
        "opendata_since_csvw": "that CSV's description in CSVW format",
        "opendata_akn_fr": "the text in Akoma Ntoso 3.0 (XML), French expression: known wording only",
        "opendata_akn_en": "our English translation (unofficial) in Akoma Ntoso 3.0 (XML)",
        "opendata_feed": "the Atom feed of the corrections log",
        "opendata_feed_other": "the same feed, in French",
        "licences": "Licences",
        "licence_code": "the site's code (LICENSE file).",
        "work_identifier": "Work identifier (FRBR, Akoma Ntoso)",
        "opendata_formats": (
            "The formats, briefly: CSVW (CSV on the Web) is the W3C standard that describes the columns of a CSV "
            "file, so that software reads them without guessing; Akoma Ntoso is an OASIS XML standard for "
            "parliamentary and legal texts; the work identifier follows FRBR, a model from libraries that tells a "
            "work (the resolution) apart from its versions and languages."
        ),
        "sic": "[sic]",
        "report_error": "Report an error",
        "report_error_none": (
            "This site publishes no address for writing to its editors. Every correction made is logged, "
            "with its date and reason, on the page"
        ),
        "report_error_log": "Corrections",
        "published_by": "An independent reference, published by this project's team; the Senate is not its author.",
        "notice_unofficial": (
            "An independent, unofficial site: the resolution's text is reconstructed from public sources; "
            "the Senate is not its author."
        ),
        "notice_why": "Where the text comes from",
        "licence_line": (
            "Our texts, translations and data: CC BY 4.0 licence; code: MIT licence. Quotations remain their authors'."
        ),
        "data_version": "Data: version {version} of {date}.",
        "report_title": "Error:",
        "print_what": (
            "Reconstructed from public sources, not the official text; the English translation is unofficial. "
            "An independent reference: the Senate is not its author."
        ),
        "not_found_title": "Page not found",
        "not_found_text": "No page of this site is at this address. It may have been copied incorrectly.",
        "not_found_home": "Home of the English edition",
        "not_found_full_text": "Reconstructed text of the resolution",
        "not_found_search": "Search the site",
        "not_found_other": "Édition française",
        "not_found_address": "Address asked for:",
        "report_body": "Page concerned:",
        "report_provision_id": "Provision:",
        "report_provision": "Report an error in this provision",
        "report_provision_none": (
            "This site publishes no address for reporting an error. Corrections to this provision are logged, "
            "with their date and reason, on the page"
        ),
        "reactions_intro": (
            "How the resolution was received: each party in its own words, with its source. "
            "Our summaries describe and attribute; they take no side."
        ),
        "reactions_not_found": "What was not found",
        "reactions_missing": "Not found in the sources consulted: a statement on this resolution by Azerbaijan's government or foreign ministry, and any reaction of Armenia's government naming this resolution, apart from its embassy's summary (the Prime Minister's thanks, above, concern 'the resolutions' in general).",
        "since_intro": (
            "This page follows, provision by provision, what happened after 17 January 2024 on the matters the "
            "resolution raised: dated events, each with its source and how it stands to the request. It does not "
            "say that any of these events happened because of the resolution: no source says so, and only the "
            "Senate's own documents cite it. This is our selection, with its limits; where nothing was found, "
            "that does not mean nothing happened."
        ),
        "since_limits": "What was searched",
        "since_how": (
            "For each event: its date, how it stands to the request (acts on it, contrary to it, or related "
            "to the matter without answering it), one neutral line, the confidence under the methodology's rule, and "
            "its sources with their type."
        ),
        "since_nothing": "Nothing found in our sources.",
        "since_not_found": "Not found in our sources",
        "since_other_note": "Citations and recitals make no requests; they appear here only where an event bears on them.",
        "since_elsewhere": "Also listed under",
        "since_see_under": "see under",
        "since_once": (
            "An event that bears on several provisions is described in full only once; under its other provisions, "
            "one line refers to it."
        ),
        "since_relation": "Relation to the request",
        "since_single_side": "Known only from one side's sources",
        "since_section": "Since the resolution",
        "since_latest": "Latest events on this matter, among those we found:",
        "since_none_here": "Nothing found in our sources since 17 January 2024.",
        "since_all": "Everything since, provision by provision",
        "since_count_one": "{n} event",
        "since_count_many": "{n} events",
        "source_type": "type",
        "in_their_words": "In their words",
        "corrections_intro": (
            "Every change that alters what a reader sees is recorded here, newest first: what changed, why, "
            "and the pages concerned. An Atom feed lets you follow them."
        ),
        "corrections_none": "No corrections yet.",
        "corrections_feed": "Subscribe to the corrections (Atom)",
        "why": "Why",
        "pages_concerned": "Pages concerned",
        "corrected_on": "Corrected on {date}",
        "corrections_here_one": "{n} correction concerns this provision (on {date}).",
        "corrections_here_many": "{n} corrections concern this provision; the latest on {date}.",
        "background": "Background: the conflict, the status of the territory, the 2023 operation",
        "excerpts_count": "Of {references}, {with_}; {without}.",
        "excerpt_references_one": "{n} source reference",
        "excerpt_references_many": "{n} source references",
        "excerpts_with_one": "{n} gives the excerpt that supports the claim",
        "excerpts_with_many": "{n} give the excerpt that supports the claim",
        "excerpts_without_one": "{n} does not yet",
        "excerpts_without_many": "{n} do not yet",
        "known_of_total_one": "{n} of the {total} provisions identified so far",
        "known_of_total_many": "{n} of the {total} provisions identified so far",
        "placeholder_singular": ", except {refs}, only a placeholder: nothing of its wording has been found",
        "placeholder_plural": ", except {refs}, only placeholders: nothing of their wording has been found",
        "excerpts_heading": "Source excerpts",
        "earlier_intro": (
            "The Senate had already adopted two resolutions on this conflict, on 25 November 2020 and on "
            "15 November 2022. This page sets each provision of 2024 beside what those resolutions said on the same "
            "matter, with what is known of each one's wording."
        ),
        "earlier_caveat": (
            "The official text of these two resolutions was not found. Their wordings come from secondary copies, "
            "from the list of paragraphs the Senate publishes (a summary) or from reports; none is presented as "
            "official. The comparisons are ours: they compare words where both wordings are known, themes only "
            "otherwise, and say which."
        ),
        "earlier_acts": "The earlier resolutions",
        "earlier_by_provision": "Provision by provision",
        "earlier_new": "New in 2024",
        "earlier_new_intro": "Provisions of 2024 with no counterpart found in the known earlier texts:",
        "earlier_dropped": "Not in what is known of the 2024 text",
        "earlier_dropped_intro": "Matters of the earlier texts for which no known provision of 2024 was found. Part of the 2024 text is known only from paraphrases: these findings share that limit.",
        "earlier_texts": "What is known of the earlier texts",
        "earlier_nothing": "Nothing found on this matter.",
        "earlier_comparison": "Comparison (our reading)",
        "earlier_diff": "Word-by-word difference",
        "earlier_diff_legend": "Struck through: only in {year}; underlined: only in 2024. Both wordings are in French; the {year} one comes from a secondary copy. Typographic apostrophes do not count as a difference.",
        "earlier_only_in": "only in {year}: ",
        "earlier_adopted": "Adopted on",
        "earlier_deposited": "Tabled on",
        "earlier_number": "Number",
        "earlier_vote": "Vote",
        "earlier_figures": "for: {for_}; against: {against}",
        "earlier_voters": "senators voting: {n}",
        "earlier_cast": "votes cast: {n}",
        "earlier_abstentions": "abstentions: {n}",
        "earlier_or": " or ",
        "earlier_title": "Title",
        "earlier_no_title": "Not re-read in a stored copy.",
        "earlier_known": "What is known of the text",
        "earlier_missing": "What is missing",
        "earlier_matches": "Same matter in 2024",
        "earlier_timeline": "in the timeline",
        "earlier_before_2024": "Before 2024",
        "earlier_compare_link": "Compare with the 2020 and 2022 resolutions",
        "earlier_compare_text": "What is known of its text, compared with the 2024 text",
        "opendata_earlier_csv": "the earlier resolutions' provisions (2020, 2022), one row per provision",
        "opendata_earlier_csvw": "that CSV's description in CSV on the Web (CSVW) format",
        "lede_what": (
            "On {date}, the French Senate adopted, unanimously but for one vote according to its press release "
            "({for_} votes to {against} according to media reports), a resolution that condemns what it calls Azerbaijan's military offensive in Nagorno-Karabakh of 19 and 20 September 2023, and makes "
            "requests of the French Government in response."
        ),
    },
}

# --- labels of the schema's closed vocabularies ------------------------------------------

VOCABULARIES: dict[type, dict[Any, dict[str, str]]] = {
    Status: {
        Status.official: {"fr": "Libellé officiel", "en": "Official wording"},
        Status.verbatim: {"fr": "Copie non officielle", "en": "Unofficial copy"},
        Status.fragment: {"fr": "Fragments seulement", "en": "Fragments only"},
        Status.paraphrase: {"fr": "Paraphrase seulement", "en": "Paraphrase only"},
        Status.not_located: {"fr": "Pas encore localisé", "en": "Not yet located"},
    },
    Kind: {
        Kind.visa: {"fr": "Visa", "en": "Citation"},
        Kind.recital: {"fr": "Considérant", "en": "Recital"},
        Kind.operative: {"fr": "Alinéa du dispositif", "en": "Paragraph"},
    },
    Confidence: {
        Confidence.high: {"fr": "fiabilité élevée", "en": "high confidence"},
        Confidence.medium: {"fr": "fiabilité moyenne", "en": "medium confidence"},
        Confidence.low: {"fr": "fiabilité faible", "en": "low confidence"},
    },
    Aspect: {
        Aspect.wording: {"fr": "Libellé", "en": "Wording"},
        Aspect.substance: {"fr": "Substance", "en": "Substance"},
        Aspect.presence: {"fr": "Présence dans le texte adopté", "en": "Presence in the text adopted"},
    },
    SourceKind: {
        SourceKind.official: {"fr": "Sources officielles", "en": "Official sources"},
        SourceKind.parliamentary_record: {"fr": "Documents parlementaires", "en": "Parliamentary records"},
        SourceKind.press: {"fr": "Presse", "en": "Press"},
        SourceKind.advocacy: {"fr": "Associations et militants", "en": "Advocacy"},
        SourceKind.other: {"fr": "Autres", "en": "Other"},
    },
    Chamber: {
        Chamber.senate: {"fr": "Sénat", "en": "Senate"},
        Chamber.national_assembly: {"fr": "Assemblée nationale", "en": "National Assembly"},
    },
    Stage: {
        Stage.draft: {"fr": "projet provisoire", "en": "provisional draft"},
        Stage.deposited: {"fr": "texte déposé", "en": "motion as tabled"},
        Stage.adopted: {"fr": "texte adopté", "en": "text adopted"},
        Stage.unknown: {"fr": "étape inconnue", "en": "stage unknown"},
    },
    QuoteKind: {
        QuoteKind.verbatim: {"fr": "citation littérale", "en": "verbatim quotation"},
        QuoteKind.reported: {"fr": "discours rapporté", "en": "reported speech"},
        QuoteKind.paraphrase: {"fr": "paraphrase d'un tiers", "en": "third-party paraphrase"},
        QuoteKind.translation: {"fr": "traduction d'un tiers", "en": "third-party translation"},
    },
    Relation: {
        Relation.acts_on: {"fr": "va dans le sens de la demande", "en": "in line with the request"},
        Relation.contrary: {"fr": "va à l'encontre de la demande", "en": "contrary to the request"},
        Relation.related: {
            "fr": "en rapport avec le sujet, sans y répondre",
            "en": "related to the matter, neither way",
        },
    },
    Outlet: {
        Outlet.wire: {"fr": "agence de presse internationale", "en": "international news agency"},
        Outlet.us_funded_broadcaster: {"fr": "média financé par l'État américain", "en": "US government-funded media"},
        Outlet.armenian_state_media: {"fr": "média d'État arménien", "en": "Armenian state media"},
        Outlet.azerbaijani_state_media: {"fr": "média d'État azerbaïdjanais", "en": "Azerbaijani state media"},
        Outlet.azerbaijani_pro_government: {
            "fr": "média azerbaïdjanais proche du gouvernement",
            "en": "Azerbaijani pro-government media",
        },
        Outlet.russian_state_media: {"fr": "média d'État russe", "en": "Russian state media"},
        Outlet.armenian_private: {"fr": "média arménien privé", "en": "Armenian private media"},
        Outlet.diaspora_press: {"fr": "presse de la diaspora arménienne", "en": "Armenian diaspora press"},
        Outlet.other_press: {"fr": "autre presse", "en": "other press"},
        Outlet.aggregator: {"fr": "agrégateur ou relais", "en": "aggregator or relay"},
    },
    Lang: {
        Lang.fr: {"fr": "français", "en": "French"},
        Lang.en: {"fr": "anglais", "en": "English"},
        Lang.ru: {"fr": "russe", "en": "Russian"},
        Lang.hy: {"fr": "arménien", "en": "Armenian"},
        Lang.az: {"fr": "azerbaïdjanais", "en": "Azerbaijani"},
    },
}

# One source's kind, where a list shows each source with its type (the vocabulary's labels are plural headings).
SOURCE_KIND_ONE = {
    SourceKind.official: {"fr": "source officielle", "en": "official source"},
    SourceKind.parliamentary_record: {"fr": "document parlementaire", "en": "parliamentary record"},
    SourceKind.press: {"fr": "presse", "en": "press"},
    SourceKind.advocacy: {"fr": "association ou militant", "en": "advocacy"},
    SourceKind.other: {"fr": "autre", "en": "other"},
}

KIND_PLURAL = {
    Kind.visa: {"fr": "Visas", "en": "Citations"},
    Kind.recital: {"fr": "Considérants", "en": "Recitals"},
    Kind.operative: {"fr": "Dispositif", "en": "Operative part"},
}

# What each kind of provision is, said once on every provision page beside its kind. The
# French formula an English reader may meet in quotations is marked as French.
KIND_EXPLAINED = {
    Kind.visa: {
        "fr": "Un visa est une ligne du préambule commençant par «\u00a0Vu…\u00a0», qui cite un texte "
        "sur lequel la résolution s'appuie.",
        "en": "A citation is a line of the preamble beginning “Having regard to…” "
        '(<span lang="fr">Vu…</span> in French), naming a text the resolution relies on.',
    },
    Kind.recital: {
        "fr": "Un considérant est un motif énoncé dans le préambule, commençant par «\u00a0Considérant que…\u00a0».",
        "en": "A recital is a reason stated in the preamble, beginning “Whereas…” "
        '(<span lang="fr">Considérant que…</span> in French).',
    },
    Kind.operative: {
        "fr": "Un alinéa du dispositif est l'un des paragraphes qui suivent les considérants, "
        "où le Sénat prend position.",
        "en": "A paragraph of the operative part is one of the paragraphs after the recitals, "
        "in which the Senate states its position.",
    },
}

STATUS_EXPLAINED = {
    Status.official: {
        "fr": "Le libellé français est confirmé par une source officielle (senat.fr).",
        "en": "The French wording is confirmed by an official source (senat.fr).",
    },
    Status.verbatim: {
        "fr": "Le libellé français est cité mot pour mot d'après une copie publiée hors du Sénat ; "
        "aucune source officielle consultée ne le reproduit en entier.",
        "en": "The French wording is quoted word for word from a copy published outside the Senate; "
        "no official source consulted reproduces it in full.",
    },
    Status.fragment: {
        "fr": "Seuls des fragments du libellé français sont connus, cités par leurs sources.",
        "en": "Only fragments of the French wording are known, quoted by their sources.",
    },
    Status.paraphrase: {
        "fr": "Le libellé français est inconnu ; seules des paraphrases ou traductions de tiers existent.",
        "en": "The French wording is unknown; only third-party paraphrases or translations exist.",
    },
    Status.not_located: {
        "fr": "La disposition est attendue mais rien de son libellé n'a encore été trouvé.",
        "en": "The provision is expected, but nothing of its wording has been found yet.",
    },
}


def label(value: Any, lang: str) -> str:
    """The label of a vocabulary value (``Status.official`` → « Libellé officiel »)."""
    return VOCABULARIES[type(value)][value][lang]


def is_singular(n: int, lang: str) -> bool:
    """Whether ``n`` takes the singular: in French 0 and 1 do (« 0 disposition », « 1 disposition »),
    in English only 1 ("0 provisions", "1 provision")."""
    return abs(n) < 2 if lang == "fr" else abs(n) == 1


def count(lang: str, key: str, n: int, **values: Any) -> str:
    """The catalogue's ``<key>_one`` or ``<key>_many`` for ``n``, formatted with ``n`` (and
    ``values``): every count the site prints agrees in number with its noun and verb, through
    this one rule, in both languages. A test checks that every ``_one`` has its ``_many``."""
    return STRINGS[lang][f"{key}_{'one' if is_singular(n, lang) else 'many'}"].format(n=n, **values)


MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def format_date(value: date | str | None, lang: str = "fr") -> str:
    """``2024-01-17`` → ``17 janvier 2024`` / ``17 January 2024``; partial dates too."""
    months = MONTHS[lang]
    if value is None:
        return "sans date" if lang == "fr" else "undated"
    if isinstance(value, date):
        day = "1er" if (lang == "fr" and value.day == 1) else str(value.day)
        return f"{day} {months[value.month - 1]} {value.year}"
    parts = value.split("-")
    return f"{months[int(parts[1]) - 1]} {parts[0]}" if len(parts) == 2 else parts[0]


def chrome(lang: str) -> dict[str, str]:
    """The strings the theme's own templates show (header, search box, footer), for ``config.extra``."""
    keys = (
        "site_name switch_label switch_title search_label search_placeholder search_open "
        "search_close search_results search_loading search_none search_short search_unavailable search_count_one "
        "search_count_many search_more search_separator search_missing search_list_separator report_error report_error_none report_error_log published_by copy_link link_copied "
        "licence_line data_version report_title report_body report_provision_id not_found_title not_found_text not_found_home "
        "not_found_full_text not_found_search not_found_other not_found_address print_what notice_unofficial notice_why "
        "copy_failed copy copied copy_text_failed colon"
    ).split()
    return {key: STRINGS[lang][key] for key in keys}
