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

from .models import Chamber, Confidence, Kind, Lang, QuoteKind, SourceKind, Stage, Status

LANGUAGES = ("fr", "en")
PRIMARY = "fr"  # the language of the original text and of the site's root

# --- interface strings ----------------------------------------------------------------------

STRINGS: dict[str, dict[str, str]] = {
    "fr": {
        # Page titles (``title.<key>`` of ``pages.PAGES``), which the navigation takes from each page.
        "title.home": "Accueil",
        "title.text": "Texte intégral",
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
        "title.earlier": "La résolution et ses devancières",
        "colon": "\u00a0: ",
        "site_name": "Résolution du Sénat sur le Haut-Karabagh (17 janvier 2024)",
        "site_description": (
            "Référence publique de la résolution adoptée par le Sénat le 17 janvier 2024 "
            "sur ce qu'elle appelle l'offensive de l'Azerbaïdjan au Haut-Karabagh et sur "
            "l'intégrité territoriale de l'Arménie : texte, traduction, vote et sources."
        ),
        "permalink_title": "Lien permanent vers cette section",
        "redirect_message": "Cette disposition a changé d'identifiant",
        "feed_title": "Résolution du Sénat du 17 janvier 2024 — journal des corrections",
        "feed_author": "Référence publique de la résolution",
        "feed_summary": "{summary} Pourquoi : {reason}",
        "alternate_akn_fr": "Akoma Ntoso (français)",
        "alternate_akn_en": "Akoma Ntoso (anglais, traduction non officielle)",
        "alternate_feed_fr": "Journal des corrections (français)",
        "alternate_feed_en": "Journal des corrections (anglais)",
        "akn_wording_not_known": "[libellé non connu]",
        "akn_unofficial": (
            "Seul le libellé connu figure ici (officiel, ou copie verbatim d'une source secondaire) ; "
            "les dispositions dont le libellé n'est pas connu sont marquées."
        ),
        "act_type": "résolution",
        "cite_note": "Résolution adoptée le {date}",
        "cite_act": "{chamber}, résolution du {date}",
        "cite_act_number": ", texte adopté n° {number}",
        "cite_access_date": "[consulté le …]",
        "cite_resolution_head": "{act}, « {title} », en ligne : ",
        "cite_provision_head": (
            "{act}, « {title} », {kind} « {heading} » (repère {ref}, numérotation de travail non officielle), "
            "en ligne : "
        ),
        "cite_tail": " {access}.",
        "quoted": "« {text} »",
        "switch_label": "English",
        "switch_title": "Read this page in English",
        "search_label": "Rechercher dans le site",
        "search_placeholder": "Rechercher",
        "search_open": "Rechercher",
        "search_close": "Fermer la recherche",
        "search_results": "Résultats",
        "search_loading": "Chargement…",
        "search_none": "Aucun résultat",
        "search_unavailable": "Recherche indisponible",
        "search_count_one": "1 résultat",
        "search_count_many": "{n} résultats",
        "search_more": "Afficher {n} de plus",
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
        "unofficial_translation": "Traduction non officielle",
        "original_french": "Original français",
        "wording_unknown": "Libellé inconnu",
        "wording_unknown_about": "Libellé inconnu. Objet, selon nos sources :",
        "not_located_line": "Disposition attendue ; rien de son libellé n'a encore été trouvé.",
        "subject_ours": "Objet (notre résumé)",
        "details": "Détails et sources",
        "provision_page": "Fiche de la disposition",
        "see_in_text": "voir dans le texte intégral",
        "in_text": "dans le texte intégral",
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
        "our_translation_short": "notre traduction",
        "place_certain": "{kind}, {n}ᵉ disposition du texte.",
        "place_provisional": "{kind} ; place provisoire : {n}ᵉ disposition selon nos sources.",
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
        "one_more_source": "1 autre source",
        "more_sources": "{n} autres sources",
        "confidence": "Fiabilité",
        "derived": "calculé",
        "cite_resolution": "Citer la résolution",
        "cite_provision": "Citer cette disposition",
        "cite_help": "Citation prête à coller ; remplacez « … » par la date de votre consultation.",
        "cite_help_ref": "Le repère (O1, V1…) est notre numérotation de travail, pas une numérotation officielle.",
        "cite_in_french": "En français",
        "cite_in_english": "En anglais",
        "reconstructed": "Texte reconstitué",
        "reconstructed_text": (
            "Le texte adopté officiel n'a pas encore été retrouvé. Le libellé de {known} dispositions sur {total} "
            "est connu en entier ; les autres sont connues par fragments ou par des comptes rendus. "
            "L'ordre des alinéas n'est certain que pour les premiers."
        ),
        "read_text": "Lire le texte",
        "what_it_asks": "Ce que demande la résolution",
        "how_sure": "Ce que l'on sait du libellé",
        "how_sure_text": (
            "Le texte adopté officiel n'a pas été retrouvé : le libellé de {known} dispositions sur {total} "
            "est connu en entier, {partial} par fragments, {unknown} seulement par des comptes rendus."
        ),
        "how_sure_link": "État du texte, disposition par disposition",
        "key_facts": "Les faits",
        "where_next": "Aller plus loin",
        "cite_and_reuse": "Citer et réutiliser",
        "value": "Valeur",
        "official_title": "Titre officiel",
        "adopted_on": "Adoptée le",
        "deposited_on": "Déposée le",
        "legal_basis": "Fondement",
        "authors": "Auteurs",
        "presiding": "Présidence de séance",
        "government": "Gouvernement",
        "vote": "Vote",
        "vote_line": "{for_} pour, {against} contre",
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
        "tabled_is_adopted": "Texte déposé et texte adopté : « Les propositions de résolution sont examinées et votées en séance. Elles ne peuvent faire l'objet d'aucun amendement. » (loi organique n° 2009-403, article 6, d'après l'[export Etalab de la base LEGI](https://github.com/etalab/lois-non-codifiees-et-reglements-francais) ; chapitre relatif aux résolutions de l'article 34-1 selon la [décision n° 2009-579 DC](https://www.conseil-constitutionnel.fr/decision/2009/2009579DC.htm)). Une copie mot pour mot du texte déposé donne donc la rédaction adoptée, sauf si elle reproduit un projet ; c'est pourquoi O1 à O4 restent des copies verbatim et non des libellés officiels. La page Légifrance de l'article 6 n'a pas été consultée.",
        "status": "État",
        "total": "Total",
        "still_to_find": "Encore à trouver",
        "sources_intro": "Chaque fait du site renvoie à l'une de ces sources.",
        "topics_intro": "Chaque thème liste ses dispositions dans l'ordre du texte ; une disposition peut relever de plusieurs thèmes.",
        "topic": "Thème",
        "provision": "Disposition",
        "n_provisions_in_order": "{n} disposition(s), dans l'ordre du texte.",
        "all_topics": "Tous les thèmes",
        "provisions_intro": "Chaque disposition a une adresse permanente, fondée sur son identifiant.",
        "opendata_intro": "Les données de ce site, à des adresses stables, à télécharger et réutiliser :",
        "opendata_json": "toutes les données validées (JSON)",
        "opendata_csv": "une ligne par disposition (CSV, UTF-8 ; listes séparées par « ; »)",
        "opendata_schema": "le schéma JSON de resolution.json",
        "opendata_csvw": "la description du CSV au format CSVW, la norme du W3C pour décrire un CSV",
        "opendata_akn_fr": "le texte en Akoma Ntoso 3.0 (XML), expression française : seuls les libellés connus",
        "opendata_akn_en": "notre traduction anglaise (non officielle) en Akoma Ntoso 3.0 (XML)",
        "opendata_feed": "le flux Atom du journal des corrections",
        "licences": "Licences",
        "licence_code": "le code du site (fichier LICENSE).",
        "work_identifier": "Identifiant de l'œuvre (FRBR, Akoma Ntoso)",
        "sic": "[sic]",
        "report_error": "Signaler une erreur",
        "report_error_none": "Pour signaler une erreur, écrivez aux responsables du site en citant l'adresse de la page.",
        "published_by": "Référence indépendante, publiée par l'équipe de ce projet ; le Sénat n'en est pas l'auteur.",
        "licence_line": (
            "Nos textes, traductions et données : licence CC BY 4.0 ; code : licence MIT. "
            "Les citations restent à leurs auteurs."
        ),
        "data_version": "Données : version {version} du {date}.",
        "report_title": "Erreur :",
        "report_body": "Page concernée :",
        "reactions_intro": (
            "Comment la résolution a été reçue : chaque partie dans ses propres mots, avec sa source. "
            "Nos résumés décrivent et attribuent ; ils ne prennent pas parti."
        ),
        "reactions_missing": "Non trouvé dans les sources consultées : une déclaration du gouvernement ou du ministère des Affaires étrangères de l'Azerbaïdjan sur cette résolution, et une réaction du gouvernement arménien visant nommément cette résolution, en dehors du résumé de son ambassade (les remerciements du Premier ministre, ci-dessus, portent sur « les résolutions » en général).",
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
        "background": "Repères : le conflit, le statut du territoire, l'opération de 2023",
        "excerpts_count": "Sur {total} références à des sources, {with_} donnent l'extrait qui appuie l'affirmation ; {without} n'en donnent pas encore.",
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
        "earlier_only_in": "seulement en {year}\u00a0: ",
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
            "Le {date}, le Sénat français a adopté, par {for_} voix contre {against}, une résolution qui condamne "
            "ce qu'elle appelle l'offensive militaire de l'Azerbaïdjan au Haut-Karabagh des 19 et 20 septembre 2023, "
            "et qui en tire des demandes adressées au Gouvernement."
        ),
    },
    "en": {
        # Page titles (``title.<key>`` of ``pages.PAGES``), which the navigation takes from each page.
        "title.home": "Home",
        "title.text": "Full text",
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
        "title.earlier": "Earlier resolutions compared",
        "colon": ": ",
        "site_name": "French Senate resolution on Nagorno-Karabakh (17 January 2024)",
        "site_description": (
            "Public reference for the resolution adopted by the French Senate on "
            "17 January 2024 on what it calls Azerbaijan's offensive in Nagorno-Karabakh "
            "and on Armenia's territorial integrity: text, translation, vote and sources."
        ),
        "permalink_title": "Permanent link to this section",
        "redirect_message": "This provision's identifier changed",
        "feed_title": "French Senate resolution of 17 January 2024 — corrections log",
        "feed_author": "Public reference of the resolution",
        "feed_summary": "{summary} Why: {reason}",
        "alternate_akn_fr": "Akoma Ntoso (French)",
        "alternate_akn_en": "Akoma Ntoso (English, unofficial translation)",
        "alternate_feed_fr": "Corrections log (French)",
        "alternate_feed_en": "Corrections log (English)",
        "akn_wording_not_known": "[wording not known]",
        "akn_unofficial": (
            "Our translation, unofficial, of the known French wording (official, or a verbatim copy from a "
            "secondary source); provisions whose wording is not known are marked."
        ),
        "act_type": "resolution",
        "cite_note": "Resolution adopted on {date}",
        "cite_act": "{chamber} (France), resolution of {date}",
        "cite_act_number": ", adopted text no. {number}",
        "cite_access_date": "[accessed …]",
        "cite_resolution_head": (
            "{act}, “{title}” (official French title; unofficial English translation: “{title_en}”), online: "
        ),
        "cite_provision_head": (
            "{act}, “{title}”, {kind} “{heading}” (our working reference {ref}, not an official number), online: "
        ),
        "cite_tail": " {access}.",
        "quoted": "“{text}”",
        "switch_label": "Français",
        "switch_title": "Lire cette page en français",
        "search_label": "Search the site",
        "search_placeholder": "Search",
        "search_open": "Search",
        "search_close": "Close search",
        "search_results": "Results",
        "search_loading": "Loading…",
        "search_none": "No results",
        "search_unavailable": "Search unavailable",
        "search_count_one": "1 result",
        "search_count_many": "{n} results",
        "search_more": "Show {n} more",
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
        "unofficial_translation": "Unofficial translation",
        "original_french": "French original",
        "wording_unknown": "Wording unknown",
        "wording_unknown_about": "Wording unknown. Its subject, according to our sources:",
        "not_located_line": "Expected provision; nothing of its wording has been found yet.",
        "subject_ours": "Subject (our summary)",
        "details": "Details and sources",
        "provision_page": "Provision page",
        "see_in_text": "see in the full text",
        "in_text": "in the full text",
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
        "our_translation_short": "our translation",
        "place_certain": "{kind}, provision {n} of the text.",
        "place_provisional": "{kind}; provisional place: provision {n} according to our sources.",
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
        "one_more_source": "1 more source",
        "more_sources": "{n} more sources",
        "confidence": "Confidence",
        "derived": "derived",
        "cite_resolution": "Cite this resolution",
        "cite_provision": "Cite this provision",
        "cite_help": "Ready to paste; replace “…” with the date you accessed the page.",
        "cite_help_ref": "The reference (O1, V1…) is our working label, not an official number.",
        "cite_in_french": "In French",
        "cite_in_english": "In English",
        "reconstructed": "Reconstructed text",
        "reconstructed_text": (
            "The official text adopted has not been found yet. The wording of {known} of {total} provisions is "
            "known in full; the others are known from fragments or from reports. The order of the paragraphs is "
            "certain only for the first ones."
        ),
        "read_text": "Read the text",
        "what_it_asks": "What the resolution asks",
        "how_sure": "What is known of the wording",
        "how_sure_text": (
            "The official text adopted has not been found: the wording of {known} of {total} provisions is known "
            "in full, {partial} from fragments, {unknown} only from reports."
        ),
        "how_sure_link": "State of the text, provision by provision",
        "key_facts": "The facts",
        "where_next": "Where next",
        "cite_and_reuse": "Cite and reuse",
        "value": "Value",
        "official_title": "Official title",
        "adopted_on": "Adopted on",
        "deposited_on": "Tabled on",
        "legal_basis": "Legal basis",
        "authors": "Authors",
        "presiding": "Presiding officer",
        "government": "Government",
        "vote": "Vote",
        "vote_line": "{for_} for, {against} against",
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
        "our_title_rendering": "Our English rendering (unofficial)",
        "other_titles": "Other titles in circulation",
        "other_titles_note": "These wordings are not the official title; they are quoted as their sources give them.",
        "procedure": "Procedure",
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
        "tabled_is_adopted": "Text as tabled and text adopted: 'Motions for resolutions are examined and voted on in plenary. They cannot be amended' (our translation; the French wording is quoted on the Methodology page): Institutional Act no. 2009-403, article 6, from [Etalab's export of the LEGI database](https://github.com/etalab/lois-non-codifiees-et-reglements-francais); the chapter on resolutions under article 34-1 according to [decision no. 2009-579 DC](https://www.conseil-constitutionnel.fr/decision/2009/2009579DC.htm). A word-for-word copy of the text as tabled therefore gives the adopted wording, unless it reproduces a draft; this is why O1 to O4 remain verbatim copies, not official wording. The Légifrance page of article 6 was not consulted.",
        "status": "Status",
        "total": "Total",
        "still_to_find": "Still to be found",
        "sources_intro": "Every fact on this site points to one of these sources.",
        "topics_intro": "Each topic lists its provisions in the order of the text; a provision may belong to several topics.",
        "topic": "Topic",
        "provision": "Provision",
        "n_provisions_in_order": "{n} provision(s), in the order of the text.",
        "all_topics": "All topics",
        "provisions_intro": "Each provision has a permanent address, based on its identifier.",
        "opendata_intro": "The data behind this site, at stable addresses, to download and reuse:",
        "opendata_json": "all the validated data (JSON)",
        "opendata_csv": "one row per provision (CSV, UTF-8; lists separated by “;”)",
        "opendata_schema": "the JSON Schema of resolution.json",
        "opendata_csvw": "the CSV's description in CSV on the Web (CSVW) format",
        "opendata_akn_fr": "the text in Akoma Ntoso 3.0 (XML), French expression: known wording only",
        "opendata_akn_en": "our English translation (unofficial) in Akoma Ntoso 3.0 (XML)",
        "opendata_feed": "the Atom feed of the corrections log",
        "licences": "Licences",
        "licence_code": "the site's code (LICENSE file).",
        "work_identifier": "Work identifier (FRBR, Akoma Ntoso)",
        "sic": "[sic]",
        "report_error": "Report an error",
        "report_error_none": "To report an error, write to the site's editors and quote the page's address.",
        "published_by": "An independent reference, published by this project's team; the Senate is not its author.",
        "licence_line": (
            "Our texts, translations and data: CC BY 4.0 licence; code: MIT licence. Quotations remain their authors'."
        ),
        "data_version": "Data: version {version} of {date}.",
        "report_title": "Error:",
        "report_body": "Page concerned:",
        "reactions_intro": (
            "How the resolution was received: each party in its own words, with its source. "
            "Our summaries describe and attribute; they take no side."
        ),
        "reactions_missing": "Not found in the sources consulted: a statement on this resolution by Azerbaijan's government or foreign ministry, and any reaction of Armenia's government naming this resolution, apart from its embassy's summary (the Prime Minister's thanks, above, concern 'the resolutions' in general).",
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
        "background": "Background: the conflict, the status of the territory, the 2023 operation",
        "excerpts_count": "Of {total} source references, {with_} give the excerpt that supports the claim; {without} do not yet.",
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
            "On {date}, the French Senate adopted, by {for_} votes to {against}, a resolution that condemns what it "
            "calls Azerbaijan's military offensive in Nagorno-Karabakh of 19 and 20 September 2023, and makes "
            "requests of the French Government in response."
        ),
    },
}

# --- labels of the schema's closed vocabularies ------------------------------------------

VOCABULARIES: dict[type, dict[Any, dict[str, str]]] = {
    Status: {
        Status.official: {"fr": "Libellé officiel", "en": "Official wording"},
        Status.verbatim: {"fr": "Copie verbatim", "en": "Verbatim copy"},
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
    Lang: {
        Lang.fr: {"fr": "français", "en": "French"},
        Lang.en: {"fr": "anglais", "en": "English"},
        Lang.ru: {"fr": "russe", "en": "Russian"},
        Lang.hy: {"fr": "arménien", "en": "Armenian"},
        Lang.az: {"fr": "azerbaïdjanais", "en": "Azerbaijani"},
    },
}

KIND_PLURAL = {
    Kind.visa: {"fr": "Visas", "en": "Citations"},
    Kind.recital: {"fr": "Considérants", "en": "Recitals"},
    Kind.operative: {"fr": "Dispositif", "en": "Operative part"},
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


MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def format_date(value: date | str | None, lang: str = "fr") -> str:
    """``2024-01-17`` → ``17 janvier 2024`` / ``17 January 2024``; partial dates too."""
    months = MONTHS[lang]
    if value is None:
        return "s. d." if lang == "fr" else "n.d."
    if isinstance(value, date):
        day = "1er" if (lang == "fr" and value.day == 1) else str(value.day)
        return f"{day} {months[value.month - 1]} {value.year}"
    parts = value.split("-")
    return f"{months[int(parts[1]) - 1]} {parts[0]}" if len(parts) == 2 else parts[0]


def chrome(lang: str) -> dict[str, str]:
    """The strings the theme's own templates show (header, search box, footer), for ``config.extra``."""
    keys = (
        "site_name switch_label switch_title search_label search_placeholder search_open "
        "search_close search_results search_loading search_none search_unavailable search_count_one "
        "search_count_many search_more report_error report_error_none published_by copy_link link_copied "
        "licence_line data_version report_title report_body "
        "copy_failed copy copied copy_text_failed"
    ).split()
    return {key: STRINGS[lang][key] for key in keys}
