/*
 * The site's search box (header), the page's part: the box, the results, their
 * snippets, the keyboard. Plain JS, no dependency, no request to any other
 * host. The ranking is search-core.js's (loaded before this file: everything
 * that depends only on the index and the query, and the description of the
 * rules); this file loads the index (search/index.json, one per edition) on
 * first use, hands it to window.SiteSearch.prepare and shows what the engine
 * finds, PAGE_SIZE results at a time, with a button for the rest.
 *
 * The snippet texts are in display shards (search/docs/N.json, shard_size
 * documents each), fetched after the results are on screen, only for those
 * shown, and filled in when they arrive (data-snippets is "loading"
 * meanwhile, then "ready"). Both are parsed as JSON and their text is only
 * ever put in the page as text (textContent), never as markup.
 *
 * data-search-ms is the time from the input event to the results in the
 * page: the query folded and ranked, the first page of result lines (title,
 * address, kind, status) and the count put in the DOM, synchronously, with no
 * request. It leaves out loading the index (before the first query) and the
 * snippets, which come after. data-state is "ready" once results are shown.
 */
(() => {
  "use strict";

  const PAGE_SIZE = 10;
  const SNIPPET_BEFORE = 50;
  const SNIPPET_LENGTH = 180;

  const box = document.querySelector("[data-site-search]");
  const strings = box ? JSON.parse(box.dataset.strings || "{}") : {}; // then the index's, in its edition
  if (!box) return;
  const input = box.querySelector(".site-search__input");
  const results = box.querySelector(".site-search__results");
  const list = box.querySelector(".site-search__list");
  const status = box.querySelector(".site-search__status");
  const toggle = box.querySelector(".site-search__toggle");
  const close = box.querySelector(".site-search__close");
  // This file is assets/javascripts/search.js: the site root is two folders up.
  // The not-found page is the site root's, whatever address it is served at: there, an address
  // inside another edition (index.editions) switches to that edition's index and strings.
  let root = new URL("../../", document.currentScript.src);

  let index = null; // the engine of the index (search-core.js SiteSearch.prepare), once loaded

  // --- snippets ------------------------------------------------------------------

  // A snippet of the text that matches best, with <mark> around matching words and, around a stretch in another
  // language than the text's (doc.runs: [start, end, lang] per text), a span that says its language.
  function snippet(doc, words, matched) {
    const texts = doc.texts || [];
    if (!texts.length) return null;
    let chosen = 0;
    let bestMarks = index.marks(texts[0][1], words, matched);
    texts.slice(1).forEach((candidate, i) => {
      const found = index.marks(candidate[1], words, matched);
      if (found.length > bestMarks.length) [chosen, bestMarks] = [i + 1, found];
    });
    const [lang, text] = texts[chosen];
    const runs = (doc.runs && doc.runs[chosen]) || [];
    let start = bestMarks.length ? Math.max(0, bestMarks[0][0] - SNIPPET_BEFORE) : 0;
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    let end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
    const span = document.createElement("span");
    span.className = "site-search__snippet";
    span.lang = lang;
    // who says it (a fragment's source; "Our translation"), however the snippet is cut
    const by = doc.by && doc.by[chosen];
    if (by) span.append(el("span", "site-search__by", by), strings.colon || ": ");
    if (start > 0) span.append("… ");
    // the shown stretch cut where a mark or a run starts or ends; each piece in its run's span, marked or not
    const marks = bestMarks.filter(([from, to]) => from >= start && to <= end);
    const cuts = new Set([start, end]);
    for (const [from, to] of [...marks, ...runs]) for (const at of [from, to]) if (at > start && at < end) cuts.add(at);
    const points = [...cuts].sort((a, b) => a - b);
    let into = span;
    let intoRun = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const run = runs.find(([a, b]) => a <= from && to <= b) || null;
      if (run !== intoRun) {
        intoRun = run;
        into = run ? span.appendChild(el("span", "", "", run[2])) : span;
      }
      const piece = text.slice(from, to);
      if (marks.some(([a, b]) => a <= from && to <= b)) into.append(el("mark", "", piece));
      else into.append(piece);
    }
    if (end < text.length) span.append(" …");
    return span;
  }

  // --- rendering -------------------------------------------------------------------

  function el(tag, className, text, lang) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    if (lang) node.lang = lang;
    return node;
  }

  function renderResult(number, docNumber) {
    const doc = index.heads[docNumber];
    const link = el("a", "site-search__result");
    link.dataset.doc = docNumber;
    link.href = new URL(doc.url, root).href;
    link.id = `site-search-result-${number}`;
    link.setAttribute("role", "option");
    link.setAttribute("aria-selected", "false");
    const head = el("span", "site-search__head");
    if (doc.ref) head.append(el("span", "site-search__ref", doc.ref), " ");
    head.append(el("span", "site-search__title", doc.title));
    link.append(head);
    // What the result is: a provision's kind and the status of its wording, or the kind of section and its page.
    // (a section of a page that has no kind of its own is named by its page alone)
    const plain = doc.kind === "page" && doc.page;
    const kind = el("span", "site-search__kind", plain ? doc.page : index.kinds[doc.kind]);
    if (doc.page && !plain) kind.append(` · ${doc.page}`);
    link.append(kind);
    // a space between the two labels, so that they are read (and copied) as two words
    if (doc.status) link.append(" ", el("span", `status status--${doc.status}`, index.statuses[doc.status]));
    return link;
  }

  // The snippets of the results on screen whose shards are in (the others wait for theirs).
  function fillSnippets() {
    const { words, matched } = current;
    for (const link of list.querySelectorAll(".site-search__result:not([data-filled])")) {
      const doc = Number(link.dataset.doc);
      const shard = shards.get(Math.floor(doc / index.shardSize));
      if (!shard) continue;
      link.dataset.filled = "";
      const cut = snippet(shard[doc % index.shardSize], words, matched);
      if (cut) link.append(cut);
    }
  }

  // After the results are shown: fetch the shards of those on screen, then fill their snippets.
  function loadSnippets() {
    const mine = generation;
    fillSnippets();
    const waiting = list.querySelectorAll(".site-search__result:not([data-filled])");
    const missing = missingShards([...waiting].map((link) => Number(link.dataset.doc)));
    if (!missing.length) {
      box.dataset.snippets = "ready";
      return Promise.resolve();
    }
    box.dataset.snippets = "loading";
    return fetchShards(missing).then(
      () => {
        if (mine !== generation) return;
        fillSnippets();
        box.dataset.snippets = "ready";
      },
      (error) => {
        // Results stay usable without their snippets.
        if (mine === generation) box.dataset.snippets = "error";
        console.error("search:", error);
      },
    );
  }

  let active = -1;

  function setActive(number) {
    const items = list.querySelectorAll(".site-search__result");
    if (!items.length) return;
    active = (number + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  }

  function show(open) {
    results.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
  }

  // A query's run: a newer one makes the older one leave its snippets unfilled when its shards arrive.
  let generation = 0;

  function update() {
    const text = input.value.trim();
    ++generation;
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (!text) {
      list.replaceChildren();
      more.hidden = true;
      delete box.dataset.snippets;
      if (index) box.dataset.state = "ready";
      show(false);
      return;
    }
    if (!index) {
      status.textContent = strings.search_loading;
      show(true);
      return;
    }
    const started = performance.now();
    const { words, matched, hits, missing } = index.search(text);
    current = { words, matched, hits, shown: 0 };
    list.replaceChildren();
    appendPage();
    // nothing to search for (a lone letter, only words like "the" or "le"): say what to type, not "no results"
    if (!words.length) status.textContent = strings.search_short;
    else if (!hits.length) status.textContent = strings.search_none;
    else
      status.textContent =
        hits.length === 1 ? strings.search_count_one : strings.search_count_many.replace("{n}", hits.length);
    // A query about something the site does not hold is told so, not only shown loose matches ("EUMA", "CSTO").
    if (missing.length) status.append(strings.search_separator, unmatched(missing));
    box.dataset.state = "ready";
    show(true);
    // Ranking and the result lines in the page (see the top of this file); the snippets follow.
    box.dataset.searchMs = (performance.now() - started).toFixed(1);
    loadSnippets();
  }

  // "No match for: CSTO", the words as the reader typed them.
  function unmatched(missing) {
    const span = el("span", "site-search__missing", strings.search_missing);
    span.append(...missing.flatMap((word, i) => [i ? strings.search_list_separator : "", el("strong", "", word)]));
    return span;
  }

  // Every result is reachable: PAGE_SIZE at a time, then a button for the next ones.
  let current = null;

  function appendPage() {
    const { hits, shown } = current;
    const next = hits.slice(shown, shown + PAGE_SIZE);
    list.append(...next.map((doc, i) => renderResult(shown + i, doc)));
    current.shown = shown + next.length;
    const left = hits.length - current.shown;
    more.hidden = left <= 0;
    if (left > 0) more.textContent = strings.search_more.replace("{n}", Math.min(left, PAGE_SIZE));
  }

  function showMore() {
    appendPage();
    loadSnippets();
  }

  const more = document.createElement("button");
  more.type = "button";
  more.className = "site-search__more md-button";
  more.hidden = true;
  results.append(more);
  more.addEventListener("click", () => {
    const first = current.shown;
    showMore();
    const item = list.querySelectorAll(".site-search__result")[first];
    if (item) {
      setActive(first);
      item.focus();
    }
  });

  // --- loading ---------------------------------------------------------------------

  let loading = null;

  // --- display shards: what results show, fetched for the results on screen ----------------

  const shards = new Map(); // shard number → its documents, once fetched
  const pending = new Map(); // shard number → the fetch in flight

  function missingShards(docs) {
    return [...new Set(docs.map((doc) => Math.floor(doc / index.shardSize)))].filter((n) => !shards.has(n)).sort((a, b) => a - b);
  }

  function fetchShards(numbers) {
    return Promise.all(
      numbers.map((n) => {
        if (!pending.has(n)) {
          const request = fetch(new URL(index.shardPath.replace("{}", n), root), { credentials: "same-origin" })
            .then((response) => {
              if (!response.ok) throw new Error(`HTTP ${response.status}`);
              return response.json();
            })
            .then((shard) => shards.set(n, shard.docs))
            .finally(() => pending.delete(n));
          pending.set(n, request);
        }
        return pending.get(n);
      }),
    );
  }

  function fail(error) {
    box.dataset.state = "error";
    status.textContent = strings.search_unavailable;
    show(true);
    console.error("search:", error);
  }

  function load() {
    if (!loading) {
      box.dataset.state = "loading";
      const fetchIndex = () =>
        fetch(new URL("search/index.json", root), { credentials: "same-origin" }).then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return response.json();
        });
      loading = fetchIndex()
        .then((raw) => {
          const here = decodeURI(location.pathname).slice(decodeURI(root.pathname).length);
          const other = Object.values(raw.editions || {}).find((prefix) => prefix && here.startsWith(prefix));
          if (!other) return raw; // only the not-found page can be served inside another edition
          root = new URL(other, root);
          return fetchIndex();
        })
        .then((raw) => {
          Object.assign(strings, raw.strings);
          index = window.SiteSearch.prepare(raw);
          box.queryWords = index.queryWords; // for tests/test_search_parity.py: the words a query is cut into
          box.queryUnits = index.queryUnits; // and its units
          box.intents = index.intents; // and what it asks (questions.py)
          box.dataset.state = "ready";
          update();
        })
        .catch(fail);
    }
    return loading;
  }

  // --- wiring ------------------------------------------------------------------------

  function open() {
    box.classList.add("site-search--open");
    toggle.setAttribute("aria-expanded", "true");
    input.focus();
    load();
  }

  // Is the box opened over the page by its button (a narrow screen, where the button shows)?
  function overlaid() {
    return toggle.offsetParent !== null;
  }

  function dismiss() {
    show(false);
    box.classList.remove("site-search--open");
    toggle.setAttribute("aria-expanded", "false");
  }

  input.addEventListener("focus", () => {
    load();
    if (input.value.trim()) update();
  });
  // The close button is in the tab order only when there is something to clear.
  function syncClose() {
    close.hidden = !input.value;
  }
  syncClose();
  input.addEventListener("input", () => {
    syncClose();
    update();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (results.hidden) update();
      setActive(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const items = list.querySelectorAll(".site-search__result");
      if (items.length) items[Math.max(active, 0)].click();
    } else if (event.key === "Escape") {
      // One press closes: on a phone the box that covers the page, focus back on the button that opened it;
      // on a wide screen the results, focus staying in the box (never lost to the top of the page).
      event.preventDefault();
      if (overlaid()) {
        dismiss();
        toggle.focus();
      } else show(false);
    }
  });
  box.querySelector("form").addEventListener("submit", (event) => event.preventDefault());
  toggle.addEventListener("click", open);
  close.addEventListener("click", () => {
    input.value = "";
    update();
    dismiss();
    if (overlaid()) toggle.focus();
  });
  document.addEventListener("pointerdown", (event) => {
    if (!box.contains(event.target)) dismiss();
  });
  // Ctrl+K (Cmd+K on a Mac) focuses the search box. No single-key shortcut: a bare
  // letter or "/" would fire for speech-input and keyboard users (WCAG 2.1.4).
  document.addEventListener("keydown", (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "k") return;
    event.preventDefault();
    open();
  });
})();
