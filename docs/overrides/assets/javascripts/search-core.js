/*
 * The site's search, its pure part: what depends only on the index and the
 * query (reading the index, cutting and folding a query, matching its words,
 * scoring, ranking, which words of a text to highlight). No DOM, no request:
 * search.js, the page's part (the box, the results, their snippets, the
 * keyboard), loads the index and calls window.SiteSearch.prepare(raw), which
 * returns the engine of that index: search(text) → { words, matched, hits,
 * missing } (hits: document numbers, best first; missing: the query words that
 * lead nowhere, as typed), marks(text, words, matched) (where a
 * snippet highlights), queryWords/queryUnits (for the parity test) and the
 * documents' heads.
 *
 * The index (search/index.json, one per edition) is written by
 * resolution_site/publish/search/. It is the contract: besides the terms and
 * their postings, the surface forms, each document's tier and head (what its
 * result line shows without the snippet: address, kind, title, reference,
 * status), it carries every rule applied here: how a query is cut and folded
 * (index.tokens: word pattern, apostrophes, ligatures, elisions, stopwords and
 * question words), the vocabulary's groups of equivalent words
 * (index.aliases), the match qualities and the ranking constants
 * (index.ranking). This file holds mechanics only; its tokeniser is checked
 * against Python's by tests/test_search_parity.py.
 *
 *
 * A query word matches a key of the index (a stem or a surface form), best
 * first: when it is equal; when it is a word of a vocabulary group, each other
 * word of the group (a phrase: all its words); and, only for a word the index
 * does not know, when the key is a prefix of it with at most max_extra more
 * letters (an inflection: "exodes" finds "exode"), when it is a prefix of the
 * key with at least min_prefix letters (typing in progress), when both have at
 * least typo_min letters and differ by one letter (one typo). A word the
 * index knows means itself: "armes" never reaches "arménie"; a word of the
 * vocabulary means its group: "freeze" never reaches "free". A host typed
 * with its dots ("senat.fr") is one word, a term of the index; one the index
 * does not know is searched as the words of its labels. Query words that
 * spell a vocabulary phrase ("force de maintien de la paix", "peace keeping
 * force") are one unit, which finds that phrase's group (queryUnits). A
 * vocabulary entry's one-way leads (a capital to its country) find more,
 * at the lead quality, never among the strong results when the capital is
 * the query's only word: "Bakou" lists the pages that name Baku first, "le
 * gaz de Bakou" the embargo on Azerbaijan's gas.
 *
 * Each word's score in a document is its weight there (BM25F over the
 * document's fields, computed by index.py) times the match quality, times the
 * word's rarity (log(1 + documents / documents holding it)), so rarer words
 * decide, times the factor of the document's tier (ranking.tier_factors:
 * earlier acts and the apparatus of sources and corrections weigh less). A
 * posting also says whether the term names the document (its heading, a
 * provision's wording, a source's publisher, its page: the naming bit,
 * ranking.named). Every query word must match (AND), except the words of the
 * site's name (ranking.site_words, or one letter off one of them: "karabak"),
 * which nearly every section holds, and a few prepositions and adverbs
 * (ranking.weak_words: "contre", "after"); when fewer than ranking.fill_to
 * documents hold them all, those holding fewer follow; if no
 * document holds them all, the documents holding the rarest words come first,
 * a document lacking only the most common word among them (ranking.slack_from),
 * and the apparatus never deciding which words are needed.
 * Then strong results (within ranking.strong of the best score) first, in
 * tier order (the resolution's provisions, pages about this act, earlier
 * acts, the apparatus), within a tier those named by the words before those
 * that only mention them, then by score; then the weaker matches, in the same
 * order. A query made only of the site's name is ranked by what it names
 * (the site's own page names all of it), then by tier: the provisions before
 * the pages that mention the Senate or the resolution.
 */
(() => {
  "use strict";

  const FORMAT = 12;

  // --- postings, as resolution_site/publish/search/index.py encode_postings writes them ---------

  const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const DIGIT = new Map([...DIGITS].map((c, i) => [c, i]));

  function compileRules(raw) {
    const escape = (c) => c.replace(/[\\^$.*+?()[\]{}|-]/g, "\\$&");
    return {
      word: new RegExp(raw.word, "gu"),
      www: new RegExp(raw.www, "u"),
      apostrophes: new RegExp(`[${[...raw.apostrophes].map(escape).join("")}]`, "g"),
      ligatures: raw.ligatures,
      ligature: new RegExp(`[${Object.keys(raw.ligatures).join("")}]`, "g"),
      elision: new RegExp(`^(?:${raw.elisions.map(escape).join("|")})'(?=[\\p{L}\\p{N}])`, "u"),
      elisionAnyCase: new RegExp(`^(?:${raw.elisions.map(escape).join("|")})'(?=[\\p{L}\\p{N}])`, "iu"),
      stopwords: new Set(raw.stopwords),
      stopPairs: new Set(raw.stop_pairs.map((pair) => pair.join(" "))),
      saidPairs: new Map((raw.said_pairs || []).map(([after, word, said]) => [`${after} ${word}`, said])),
      acronyms: new Set(raw.acronyms),
    };
  }

  // Do a and b (both at least TYPO_MIN letters) differ by one edit (insert, delete, substitute, swap)?
  function oneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      return (
        a.slice(i + 1) === b.slice(i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
      );
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // The index file read once for the ranking: its keys (each stem, and each surface form with its stems),
  // the vocabulary's groups and leads, the heads of its documents.
  function read(raw) {
    const keys = new Map(Object.keys(raw.terms).map((stem) => [stem, [stem]]));
    for (const [form, stems] of Object.entries(raw.forms)) {
      keys.set(form, [...new Set([...(keys.get(form) || []), ...[].concat(stems)])]);
    }
    // word → the vocabulary groups (lists of phrases, each a list of words) where it stands alone.
    // A phrase of several words likewise, its words joined by a space (queryUnits makes such units).
    const aliases = new Map();
    const phraseAliases = new Map();
    for (const group of raw.aliases) {
      for (const phrase of group) {
        const [map, key] = phrase.length === 1 ? [aliases, phrase[0]] : [phraseAliases, phrase.join(" ")];
        if (!(map.get(key) || []).includes(group)) map.set(key, [...(map.get(key) || []), group]);
      }
    }
    // stem → the vocabulary groups one of whose words has that stem: an inflection the vocabulary does not list
    // ("arméniennes", "libérés") finds the group of the word it inflects
    const stemAliases = new Map();
    for (const [word, groups] of aliases) {
      for (const stem of keys.get(word) || []) {
        for (const group of groups) if (!(stemAliases.get(stem) || []).includes(group)) stemAliases.set(stem, [...(stemAliases.get(stem) || []), group]);
      }
    }
    // word or phrase → the phrases it leads to, one way (vocabulary leads_to)
    const leads = new Map();
    for (const [from, to] of raw.leads) {
      for (const phrase of from) leads.set(phrase.join(" "), [...(leads.get(phrase.join(" ")) || []), to]);
    }
    // each phrase by its letters, its words joined without a space (the first of a spelling wins)
    const spelled = new Map();
    for (const phrase of raw.aliases.flat()) if (!spelled.has(phrase.join(""))) spelled.set(phrase.join(""), phrase);
    // Each head is [page number, anchor, kind, title, ref, status, page label] (index.py _head).
    const heads = raw.heads.map(([page, anchor, kind, title, ref, status, label]) => ({
      url: raw.pages[page] + (anchor ? `#${anchor}` : ""),
      kind,
      title,
      ref: ref || "",
      status: status || "",
      page: label || "",
    }));
    // The names of the site's subject: every word of the vocabulary groups that spell, in several words, a name
    // the site's name holds (Haut-Karabagh, Nagorno-Karabakh: the region's group, Artsakh included).
    const siteWords = new Set(raw.ranking.site_words);
    const optionalWords = new Set([...raw.ranking.site_words, ...raw.ranking.weak_words]); // never required

    const subjectWords = new Set(
      raw.aliases
        .filter((group) => group.some((phrase) => phrase.length > 1 && phrase.every((word) => siteWords.has(word))))
        .flatMap((group) => group.flat()),
    );
    return {
      count: raw.count,
      shardSize: raw.shard_size,
      shardPath: raw.shard_path,
      heads,
      tiers: Uint8Array.from(raw.tiers, Number),
      terms: raw.terms,
      forms: raw.forms,
      keys,
      statuses: raw.statuses,
      kinds: raw.kinds,
      ranking: raw.ranking,
      optionalWords,
      subjectWords,
      aliases,
      stemAliases,
      phraseAliases,
      spelled,
      leads,
    };
  }

  // The engine of one index file (its format checked): what the page needs to rank a query, show its
  // results' heads and highlight their snippets. Its state is its own: the not-found page may read another
  // edition's index.
  function prepare(raw) {
    if (raw.format !== FORMAT) throw new Error(`search index format ${raw.format}, expected ${FORMAT}`);
    const rules = compileRules(raw.tokens);
    const index = read(raw);
    const decoded = new Map(); // stem → its postings, decoded on first use
    const questions = raw.ranking.questions;
    const yearPattern = new RegExp(questions.year, "u");
    let yearsOf = null; // doc → the years it names, read from the index's year terms on the first query that names one
    const earlierDocs = new Set(questions.earlier_docs);
    const laterDocs = new Set(questions.later_docs);
    const laterWords = new Set(questions.later_words);
    const earlierWords = new Set(questions.earlier_words);
    const citeDocs = new Set(questions.cite_docs);
    const citeWords = new Set(questions.cite_words);
    const apparatusWords = new Set(questions.apparatus_words);
    const peopleTerms = new Set(questions.people_terms);
    const apparatusFrom = raw.ranking.tiers.indexOf("evidence"); // the first tier of the apparatus
    const earlierTier = raw.ranking.tiers.indexOf("earlier"); // the context of earlier acts
    // Does the query ask for the apparatus (the corrections, the sources), by one of its words or by an address (a
    // host: the addresses are the sources')?
    const aboutApparatus = (text) => cut(text).some(([part]) => apparatusWords.has(fold(part)) || part.includes("."));

    // --- cutting and folding a query, by the rules of the index (index.tokens) ---------

    function fold(text) {
      return text
        .toLowerCase()
        .replace(rules.ligature, (c) => rules.ligatures[c])
        .normalize("NFKD")
        .replace(/\p{M}/gu, "");
    }

    function apostrophes(text) {
      return text.normalize("NFC").replace(rules.apostrophes, "'");
    }

    function stripElision(token) {
      const match = rules.elision.exec(token);
      return match ? token.slice(match[0].length) : token;
    }

    // Is a word typed in capitals (UN, AN; not Un, not 2024)? (tokens.py _capitals)
    const capitals = (token) => token === token.toUpperCase() && token !== token.toLowerCase();

    // Folded query words, each once, stopwords, lone letters and the second word of a compound preposition
    // dropped (tokens.py query_words). The query is cut as typed, each piece then lowercased and cut again: a
    // stopword typed in capitals is an acronym (UN, AN) and stays, unless the whole query is in capitals, where
    // only the vocabulary's acronyms do.
    function queryWords(text) {
      const cased = cut(text);
      const lettered = cased.filter(([part]) => /\p{L}/u.test(part));
      const shouted = lettered.length > 1 && lettered.every(([, caps]) => caps);
      const out = [];
      let before = "";
      for (const [part, caps] of cased) {
        const word = fold(part);
        const after = before;
        before = word;
        if (rules.stopPairs.has(`${after} ${word}`)) continue; // a compound preposition ("par rapport à")
        const said = rules.saidPairs.get(`${after} ${word}`); // "voted for": in favour (tokens.py SAID_PAIRS)
        if (said) {
          if (!out.includes(said)) out.push(said);
          continue;
        }
        const acronym = caps && (!shouted || rules.acronyms.has(word));
        if (word.includes(".")) {
          if (!out.includes(word)) out.push(word); // a host (tokens.py query_words)
          continue;
        }
        if ((!acronym && rules.stopwords.has(word)) || (word.length < 2 && !/^\p{N}$/u.test(word))) continue;
        if (!out.includes(word)) out.push(word);
      }
      return out;
    }

    // A query cut as typed: [word, typed in capitals], lowercased, not folded (tokens.py cased_words).
    function cut(text) {
      const cased = [];
      for (const raw of apostrophes(text).match(rules.word) || []) {
        if (raw.includes(".")) {
          cased.push([raw.toLowerCase().normalize("NFC").replace(rules.www, ""), false]); // a host, one word
          continue;
        }
        for (const piece of raw.replace(rules.elisionAnyCase, "").split("'")) {
          const caps = capitals(piece); // "l'AN": "AN" is in capitals
          for (const token of apostrophes(piece.toLowerCase()).match(rules.word) || []) {
            for (const part of stripElision(token).split("'")) cased.push([part, caps]);
          }
        }
      }
      return cased;
    }

    // What a query asks beyond its words (questions.py intents): the intents its question words ask, a word
    // right after one of not_after asking nothing ("ce qui"). Sorted, as Python gives them.
    function intents(text) {
      const said = cut(text).map(([part]) => fold(part));
      const found = new Set();
      said.forEach((word, at) => {
        if (at && questions.not_after.includes(said[at - 1])) return;
        for (const [intent, { words, phrases }] of Object.entries(questions.intents)) {
          if (words.includes(word)) found.add(intent);
          if (phrases.some((phrase) => phrase.every((part, i) => said[at + i] === part))) found.add(intent);
        }
      });
      return [...found].sort();
    }

    // [[weight, names, [doc, ...]], ...] of a stem, decoded once (names: does the term name these documents?).
    function postings(stem) {
      let groups = decoded.get(stem);
      if (groups) return groups;
      const numbers = [];
      let value = 0;
      let shift = 0;
      for (const char of index.terms[stem]) {
        const digit = DIGIT.get(char);
        value |= (digit & 31) << shift;
        if (digit >= 32) shift += 5;
        else {
          numbers.push(value);
          value = 0;
          shift = 0;
        }
      }
      groups = [];
      const named = index.ranking.named;
      for (let at = 0; at < numbers.length; ) {
        const weight = Math.floor(numbers[at] / named);
        const names = numbers[at] % named === 1;
        const count = numbers[at + 1];
        const docs = [];
        let doc = -1;
        for (let i = 0; i < count; i++) {
          doc += numbers[at + 2 + i] + 1;
          docs.push(doc);
        }
        groups.push([weight, names, docs]);
        at += 2 + count;
      }
      decoded.set(stem, groups);
      return groups;
    }

    // --- matching and ranking ---------------------------------------------------------

    // The stems a query word reaches, each with how well it matched.
    // One letter off a word of the index, or off it and then a plural's "s" ("ammendments": a typo of "amendment",
    // plural).
    const mistyped = (word, key) => oneEdit(word, key) || (word.endsWith("s") && oneEdit(word.slice(0, -1), key));

    function matchWord(word) {
      const { qualities: q, max_extra: maxExtra, min_prefix: minPrefix, typo_min: typoMin } = index.ranking;
      const stems = new Map();
      const add = (stemList, quality) => {
        for (const stem of stemList) stems.set(stem, Math.max(stems.get(stem) || 0, quality));
      };
      const known = index.keys.get(word);
      if (known) {
        add(known, q.exact);
        return stems;
      }
      // A word of the vocabulary means its group (unitScores), not what it looks like: "freeze" never
      // reaches "free" (Radio Free Europe), "freed" finds "released".
      if (index.aliases.has(word)) return stems;
      for (const [key, stemList] of index.keys) {
        if (key.length >= minPrefix && word.startsWith(key) && word.length - key.length <= maxExtra)
          add(stemList, q.stem);
        else if (word.length >= minPrefix && key.startsWith(word)) add(stemList, q.prefix);
        else if (word.length >= typoMin && key.length >= typoMin && mistyped(word, key)) add(stemList, q.typo);
      }
      return stems;
    }

    // { best: doc → the best weight × quality of any of stems in it, names: the docs one of them names }.
    function scoresOf(stems) {
      const best = new Map();
      const names = new Set();
      for (const [stem, quality] of stems) {
        for (const [weight, named, docs] of postings(stem)) {
          const score = weight * quality;
          for (const doc of docs) {
            if (score > (best.get(doc) || 0)) best.set(doc, score);
            if (named) names.add(doc);
          }
        }
      }
      return { best, names };
    }

    // Where all of several scorings are: each document counted as its weakest, named where all name it.
    function allOf(scored) {
      const [first, ...rest] = scored;
      const best = new Map();
      const names = new Set();
      for (const [doc, score] of first.best) {
        let low = score;
        for (const other of rest) low = Math.min(low, other.best.get(doc) || 0);
        if (low > 0) best.set(doc, low);
        if (low > 0 && scored.every((part) => part.names.has(doc))) names.add(doc);
      }
      return { best, names };
    }

    // What a query unit (a word, or words that spell a vocabulary phrase: queryUnits) finds: its own matches
    // (several words: where all of them are, or all the phrase's), and each other word or phrase of its
    // vocabulary groups (a phrase where all its words are), then what it leads to (vocabulary leads_to), at
    // the lead quality: led, the documents found only so, are never strong results. stems: each typed word's
    // matches; the group's single words are added to the first's, for highlighting.
    function unitScores([size, unit], stems, typed) {
      const own = size === 1 ? scoresOf(stems[0]) : allOf(stems.map(scoresOf));
      const { best, names } = own;
      if (size > 1 && unit.join(" ") !== typed.join(" ")) {
        const parts = unit.map((part) => index.keys.get(part));
        if (parts.every(Boolean)) {
          const found = allOf(parts.map((part) => scoresOf(new Map(part.map((stem) => [stem, index.ranking.qualities.exact])))));
          for (const [doc, score] of found.best) if (score > (best.get(doc) || 0)) best.set(doc, score);
          for (const doc of found.names) names.add(doc);
        }
      }
      const groups =
        unit.length === 1
          ? index.aliases.get(unit[0]) || inflected(unit[0])
          : index.phraseAliases.get(unit.join(" "));
      const { alias, lead } = index.ranking.qualities;
      const led = new Set(); // the documents found only through a lead (after the groups)
      const expansions = [
        ...(groups || []).map((group) => [group, alias]),
        ...(index.leads.get(unit.join(" ")) || []).map((phrases) => [phrases, lead]),
      ];
      for (const [group, quality] of expansions) {
        for (const phrase of group) {
          if (phrase.join(" ") === unit.join(" ")) continue;
          const parts = phrase.map((part) => index.keys.get(part));
          if (parts.some((part) => !part)) continue;
          const scored = parts.map((part) => scoresOf(new Map(part.map((stem) => [stem, quality]))));
          if (phrase.length === 1) for (const stem of parts[0]) stems[0].set(stem, Math.max(stems[0].get(stem) || 0, 0.5));
          const found = allOf(scored);
          for (const [doc, score] of found.best) {
            if (quality === lead && !best.has(doc)) led.add(doc);
            if (score > (best.get(doc) || 0)) best.set(doc, score);
          }
          for (const doc of found.names) names.add(doc);
        }
      }
      for (const doc of led) names.delete(doc); // a lead does not name what it finds
      return { best, names, led };
    }

    // The vocabulary groups of the words a word the index knows inflects (it shares their stem and adds an
    // ending: "arméniennes" to "arménienne"), if it is in none. A word that one of a group inflects ("monument",
    // of "monuments") keeps its own meaning: "Monument Watch" is a name.
    function inflected(word) {
      const groups = (index.keys.get(word) || [])
        .flatMap((stem) => index.stemAliases.get(stem) || [])
        .filter((group) => group.some((phrase) => phrase.length === 1 && word.length > phrase[0].length && word.startsWith(phrase[0])));
      return groups.length ? [...new Set(groups)] : undefined;
    }

    // A query's words cut into units, [number of query words, phrase] (tokens.py query_units): several words
    // that spell a vocabulary phrase, spaces apart, are one unit, that phrase, the most words from the left
    // first; every other word is a unit of its own.
    function queryUnits(words) {
      const out = [];
      for (let at = 0; at < words.length; ) {
        let size = words.length - at;
        while (size > 1 && !index.spelled.has(words.slice(at, at + size).join(""))) size--;
        out.push([size, size > 1 ? [...index.spelled.get(words.slice(at, at + size).join(""))] : [words[at]]]);
        at += size;
      }
      return out;
    }

    // Two words typed apart that the site writes as one ("Total Energies": TotalEnergies) are that word, when
    // neither is a number and the content says it (not only the apparatus: a source's address joins words that
    // its readers type apart, "open data", "haut karabakh").
    const contentSays = (word) =>
      (index.keys.get(word) || []).some((stem) =>
        postings(stem).some(([, , docs]) => docs.some((doc) => index.tiers[doc] < apparatusFrom)),
      );
    function joinedWords(words) {
      const out = [];
      for (let i = 0; i < words.length; i++) {
        const pair = i + 1 < words.length ? words[i] + words[i + 1] : "";
        const numeric = /^\p{N}/u.test(words[i]) || /^\p{N}/u.test(words[i + 1] || "");
        if (pair.length >= 6 && !numeric && !out.includes(pair) && contentSays(pair)) {
          out.push(pair);
          i += 1;
        } else out.push(words[i]);
      }
      return out;
    }

    // A host the index does not know (a unit, "example.fr") is searched as the words of its labels.
    function knownWords(given) {
      const words = joinedWords(given);
      const out = [];
      for (const word of words) {
        if (!word.includes(".") || index.keys.has(word)) {
          if (!out.includes(word)) out.push(word);
          continue;
        }
        for (const part of word.split(/[.-]/)) {
          const kept = !rules.stopwords.has(part) && (part.length >= 2 || /^\p{N}$/u.test(part));
          if (kept && !out.includes(part)) out.push(part);
        }
      }
      return out;
    }

    // The years each document names (doc → [year, ...]), from the index's year terms, read on first use; a
    // provision names its act's year.
    function namedYears() {
      if (yearsOf) return yearsOf;
      yearsOf = new Map();
      for (const stem of Object.keys(index.terms)) {
        if (!yearPattern.test(stem)) continue;
        for (const [, , docs] of postings(stem)) for (const doc of docs) yearsOf.set(doc, [...(yearsOf.get(doc) || []), stem]);
      }
      index.tiers.forEach((tier, doc) => {
        if (tier === 0) yearsOf.set(doc, [...(yearsOf.get(doc) || []), questions.act_year]);
      });
      // a section that speaks of the earlier acts as such ("les textes antérieurs") names their years too
      for (const word of earlierWords) {
        for (const stem of index.keys.get(word) || []) {
          for (const [, , docs] of postings(stem)) for (const doc of docs) if (yearsOf.has(doc)) yearsOf.get(doc).push("earlier");
        }
      }
      return yearsOf;
    }

    // What the query asks beyond its words (questions.py), as a rank per document (0 first): the sections its
    // question words ask for (a person, a date) first; with a year, those naming it first and those naming only
    // other years last; the earlier acts' page after this act's unless the query names an earlier act; the
    // apparatus (corrections, sources) after the content unless the query names it. A word that reaches the name
    // of a person of the data (even mistyped: matched) asks for people, as "who" does.
    // The years a query names, folded; and whether one is before this act's (the earlier acts are meant).
    const yearsIn = (said) => said.filter((word) => yearPattern.test(word));
    const beforeAct = (years) => years.some((year) => year < questions.act_year);

    function asking(text, matched, several, apparatus, namedAll, allNamed, namedBy, fully) {
      const said = cut(text).map(([part]) => fold(part));
      const person = matched.some((stems) => [...stems.keys()].some((stem) => peopleTerms.has(stem)));
      const asked = new Set([...intents(text), ...(person ? ["people"] : [])].flatMap((intent) => questions.intents[intent].docs));
      const years = yearsIn(said);
      const before = beforeAct(years);
      // every year it names before this act's: what came after it (the since page) is not asked for
      const onlyBefore = years.length > 0 && years.every((year) => year < questions.act_year);
      // and a word that says after (« après », "since") asks for it, unless those years say otherwise
      const later = !onlyBefore && said.some((word) => laterWords.has(word));
      const earlier = !before && !said.some((word) => earlierWords.has(word));
      const citing = said.some((word) => citeWords.has(word));
      // the earlier acts' page goes after this act's provisions only where they are named as well by the words; by
      // two words or more, after the other content named as well (a page, a timeline entry; not the apparatus):
      // "corridor de Latchine" opens the blockade's entry, "AN" still the National Assembly's earlier resolutions
      let named = 0;
      for (const [doc, value] of namedBy) {
        const content = index.tiers[doc] === 0 || (several && index.tiers[doc] < apparatusFrom && !earlierDocs.has(doc));
        if (fully(doc) && content) named = Math.max(named, value);
      }
      const known = years.length ? namedYears() : null;
      return (doc) => {
        const own = known ? known.get(doc) || [] : [];
        const all = allNamed(doc);
        return [
          !apparatus && index.tiers[doc] >= apparatusFrom && !namedAll(doc) ? 1 : 0,
          !citing && citeDocs.has(doc) ? 1 : 0,
          asked.size && !asked.has(doc) ? 1 : 0,
          (known && own.length && !own.some((year) => years.includes(year) || (year === "earlier" && before))) ||
          (onlyBefore && laterDocs.has(doc))
            ? 1
            : 0,
          later && !laterDocs.has(doc) ? 1 : 0,
          all,
          earlier && earlierDocs.has(doc) && (namedBy.get(doc) || 0) <= named + 1e-9 ? 1 : 0,
        ];
      };
    }

    function search(text) {
      const words = knownWords(queryWords(text));
      if (!words.length) return { words, matched: [], hits: [], missing: [] };
      const matched = words.map(matchWord);
      const units = queryUnits(words);
      let at = 0;
      const found = units.map((unit) => {
        const from = at;
        at += unit[0];
        return unitScores(unit, matched.slice(from, at), words.slice(from, at));
      });
      const scores = new Map();
      const mass = new Map(); // doc → the rarity of the query words it holds (the site's name apart)
      const named = new Map(); // doc → the rarity of the query words that name it (the site's name apart)
      const held = new Map(); // doc → how many of the query's units it holds (the site's name apart)
      const namesAll = new Map(); // doc → how many of the query's units name it, the site's name included
      const factors = index.ranking.tier_factors;
      // The site's name (ranking.site_words) is in nearly every section: beside other words it is not required,
      // and a query of the site's name alone is ranked by what it names, then by tier (see below). The weak words
      // (ranking.weak_words: "contre", "after") are treated alike.
      // A word the index does not know, one letter off a word of the site's name or its beginning, is that word
      // mistyped ("karabak", "senatt"): optional as well.
      const optional = (word) =>
        index.optionalWords.has(word) ||
        (!index.keys.has(word) &&
          word.length >= index.ranking.typo_min &&
          index.ranking.site_words.some((siteWord) => siteWord.startsWith(word) || oneEdit(word, siteWord)));
      let typedAt = 0;
      const site = units.map(([size]) => {
        const from = typedAt;
        typedAt += size;
        return words.slice(from, typedAt).every(optional);
      });
      const siteOnly = site.every(Boolean);
      const rarities = found.map(({ best }) => Math.log(1 + index.count / Math.max(1, best.size)));
      found.forEach(({ best, names }, i) => {
        const counted = siteOnly || !site[i] ? rarities[i] : 0;
        for (const [doc, score] of best) {
          scores.set(doc, (scores.get(doc) || 0) + score * rarities[i] * factors[index.tiers[doc]]);
          mass.set(doc, (mass.get(doc) || 0) + counted);
          if (counted) held.set(doc, (held.get(doc) || 0) + 1);
          if (names.has(doc)) {
            named.set(doc, (named.get(doc) || 0) + counted); // the site's name apart, as in mass
            namesAll.set(doc, (namesAll.get(doc) || 0) + 1);
          }
        }
      });
      const countedRarities = rarities.filter((_, i) => siteOnly || !site[i]);
      const total = countedRarities.reduce((sum, rarity) => sum + rarity, 0);
      // The apparatus (sources, corrections) never decides which words a result must hold, unless the query asks
      // for it or names the entry by all its words (a source's pasted address): the most is the content's; an
      // apparatus entry holding more ranks with it, after it by tier.
      const apparatus = aboutApparatus(text);
      const deciding = [...mass].filter(
        ([doc]) => apparatus || index.tiers[doc] < apparatusFrom || (named.get(doc) || 0) >= total - 1e-9,
      );
      const most = Math.max(0, ...(deciding.length ? deciding : [...mass]).map(([, value]) => value));
      const needed = siteOnly ? units.length : site.filter((isSite) => !isSite).length;
      // The slack (index.py SLACK_FROM): of two words or more, lacking only the most common one still counts as
      // holding them all; the level is the mass a document ranks by.
      const slack = needed >= index.ranking.slack_from ? Math.min(...countedRarities) : 0;
      const level = (doc) => (mass.get(doc) >= most - slack - 1e-9 ? most : mass.get(doc));
      // AND when some document holds every word, then (three words or more) those that hold all but one, the
      // rarer words first; otherwise every document, the rarest words first.
      const near = needed >= index.ranking.near_from ? needed - 1 : needed;
      if (most >= total - 1e-9) {
        const fewer = [...scores.keys()].filter((doc) => mass.get(doc) < most - 1e-9 && (held.get(doc) || 0) < near);
        if (scores.size - fewer.length >= index.ranking.fill_to) for (const doc of fewer) scores.delete(doc);
      }
      // A lead keeps what it finds out of the strong results when the capital is all the query says ("Bakou": the
      // pages that name the city first); beside other words ("le gaz de Bakou") it stands for its country.
      const alone = site.filter((isSite) => !isSite).length <= 1;
      const led = new Set(alone ? found.flatMap((unit) => [...unit.led]) : []);
      const top = Math.max(0, ...[...scores].filter(([doc]) => level(doc) === most && !led.has(doc)).map(([, score]) => score));
      const strong = (doc, score) => level(doc) === most && score >= index.ranking.strong * top && !led.has(doc);
      const naming = (doc) => -(named.get(doc) || 0);
      // A section named by every word of a query (its heading, its names) comes first, among the provisions and the
      // pages about this act: "read the resolution" opens the text, whose names say "read", before the sections that
      // only say "resolution" many times (the site's name, not required, still adds to their score).
      const namedAll = (doc) => (named.get(doc) || 0) >= total - 1e-9;
      // A year before this act's says the earlier acts are meant ("résolution de 2020"): their context ranks with
      // this act's pages, not after them.
      const earlierYear = beforeAct(yearsIn(cut(text).map(([part]) => fold(part))));
      const tier = (doc) => (earlierYear && index.tiers[doc] === earlierTier ? earlierTier - 1 : index.tiers[doc]);
      // Among those, a page about the whole act (questions.py "subject") named by every word, two words of the
      // site's name or more among them, comes first: "résolution sénat arménie" names the act (its home page's
      // title), not the provisions that name Armenia.
      const siteNamed = site.filter(Boolean).length;
      const wholeAct = siteNamed >= 2 && units.length > siteNamed ? new Set(questions.intents.subject.docs) : null;
      const actNamed = (doc) => wholeAct !== null && wholeAct.has(doc) && namesAll.get(doc) === units.length;
      const allNamed = (doc) => (needed >= 1 && tier(doc) <= 1 && namedAll(doc) ? (actNamed(doc) ? 0 : 1) : 2);
      const asks = asking(text, matched, needed >= 2, apparatus, namedAll, allNamed, named, (doc) => level(doc) === most);
      // Strong results first, in tier order, those that name the words before those that mention them, then
      // by score; then the weaker matches (and those found through a lead, never strong), in the same order. A query of the site's name alone: by what
      // names it (all of it: the site's own page), then in tier order (the provisions first), then by score.
      // A query made only of the subject's names (subjectWords: "Karabakh", "Artsakh", the region the whole site is
      // about), or only of the site's name with the region in it ("nagorno karabakh senate"; "Sénat" alone opens the
      // provisions that name it), opens the pages about the whole (questions.py "subject": the home page, the text,
      // the context) first: the provisions name the region and the Senate too.
      const subject = (word) => index.subjectWords.has(word);
      const whole = words.every(subject) || (siteOnly && words.some(subject)) ? new Set(questions.intents.subject.docs) : null;
      const aside = (doc) => (whole && !whole.has(doc) ? 1 : 0);
      const key = ([doc, score]) =>
        siteOnly
          ? [-level(doc), aside(doc), naming(doc), tier(doc), -score, doc]
          : [-level(doc), aside(doc), ...asks(doc), strong(doc, score) ? 0 : 1, tier(doc), naming(doc), -score, doc];
      const hits = [...scores]
        .map((entry) => [entry[0], key(entry)])
        .sort((a, b) => {
          for (let i = 0; i < a[1].length; i++) if (a[1][i] !== b[1][i]) return a[1][i] - b[1][i];
          return 0;
        })
        .map(([doc]) => doc);
      // What the reader is told besides the results: the words that lead nowhere on the site (the site's name and
      // the weak words apart), as typed.
      const typed = new Map();
      for (const raw of apostrophes(text).match(rules.word) || []) {
        for (const piece of raw.replace(rules.elisionAnyCase, "").split("'")) typed.set(fold(piece), piece);
      }
      let unitAt = 0;
      const missing = units.flatMap(([size], i) => {
        const from = unitAt;
        unitAt += size;
        return found[i].best.size || site[i] ? [] : words.slice(from, unitAt).map((word) => typed.get(word) || word);
      });
      return { words, matched, hits, missing };
    }

    // --- highlighting ------------------------------------------------------------

    // Does a word of a displayed text match one of the query words?
    function highlights(token, words, matched) {
      const word = fold(stripElision(token));
      const stems = [word, ...[].concat(index.forms[word] || [])];
      return words.some(
        (q, i) =>
          word === q ||
          (q.length >= index.ranking.min_prefix && word.startsWith(q)) ||
          stems.some((stem) => matched[i].has(stem)),
      );
    }

    // [start, end] of each matching word of text.
    function marks(text, words, matched) {
      const found = [];
      for (const m of apostrophes(text).matchAll(rules.word)) {
        if (highlights(m[0].toLowerCase(), words, matched)) found.push([m.index, m.index + m[0].length]);
      }
      return found;
    }

    return {
      count: index.count,
      shardSize: index.shardSize,
      shardPath: index.shardPath,
      heads: index.heads,
      kinds: index.kinds,
      statuses: index.statuses,
      search,
      marks,
      queryWords, // for tests/test_search_parity.py: the words a query is cut into
      queryUnits: (text) => queryUnits(queryWords(text)), // and its units
      intents, // and the intents it asks (questions.py)
    };
  }

  window.SiteSearch = { FORMAT, prepare };
})();
