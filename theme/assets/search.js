// Search as you type with Pagefind, in readers' words: results link straight to the best matching
// section; a word the site never uses gets "Did you mean"; a query naming a warning sign puts
// "Get help now" first. Every request goes to this site only.

const DEBOUNCE_MS = 250;
const MAX_RESULTS = 8;
const MAX_SECTIONS = 3;

let pagefind;
let help;
let vocabulary;

// One load each, however fast the reader types: later keystrokes wait for the same promise.
function loadPagefind() {
  pagefind ??= import("/pagefind/pagefind.js").then(async (api) => {
    await api.options({ excerptLength: 24 });
    return api;
  });
  return pagefind;
}

let searchData;
function loadSearchData() {
  searchData ??= Promise.all([loadJson("/search/help.json"), loadJson("/search/vocabulary.json")]).then(([h, v]) => {
    help = h;
    vocabulary = v ?? [];
  });
  return searchData;
}

async function loadJson(url) {
  const response = await fetch(url);
  return response.ok ? response.json() : null;
}

const normalise = (text) => text.toLowerCase().replace(/[^a-z0-9' ]+/g, " ").replace(/\s+/g, " ").trim();

/** The warning signs a query names, by the readers' words registered for them. */
export function matchingFlags(query, data) {
  const q = normalise(query);
  if (q.length < 3 || !data) {
    return [];
  }
  return data.flags.filter((flag) => flag.words.some((word) => {
    const w = normalise(word);
    return q.includes(w) || (q.length >= 5 && w.includes(q));
  }));
}

// Pagefind matches every word as the start of a longer one, so "my" would find "myeloma": leave out the
// small words of a question ("is my back pain cancer?") unless nothing else is left.
const SMALL_WORDS = new Set(["a", "am", "an", "and", "are", "can", "do", "does", "i", "i'm", "is", "it", "me", "my", "of", "or", "the", "to", "what", "when", "why", "how"]);

/** The words of a query that carry its meaning, for the index. */
export function contentWords(query) {
  const words = query.split(/\s+/).filter((word) => word.length > 0);
  const kept = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase().replace(/[^a-z']/g, "")));
  return (kept.length > 0 ? kept : words).join(" ");
}

/** Damerau-Levenshtein distance, for spelling suggestions. */
export function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** The query with each unknown word replaced by the closest, commonest site word; null if nothing changes. */
export function suggest(query, words) {
  const known = new Set(words);
  let changed = false;
  const corrected = normalise(query).split(" ").map((word) => {
    if (word.length < 4 || known.has(word)) {
      return word;
    }
    const limit = word.length >= 8 ? 2 : 1;
    let best = null;
    let bestDistance = limit + 1;
    for (const candidate of words) {
      if (Math.abs(candidate.length - word.length) > limit) continue;
      const d = distance(word, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best) {
      changed = true;
      return best;
    }
    return word;
  });
  return changed ? corrected.join(" ") : null;
}

function regionFor(data) {
  let code = data.defaultRegion;
  try {
    code = window.localStorage.getItem("spinedocs-region") ?? code;
  } catch {
    // Storage may be blocked; the default region applies.
  }
  return data.regions.find((r) => r.code === code) ?? data.regions[0];
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** The most urgent of the signs' tiers for a reader with, or without, a cancer history. */
function worstTier(flags, hadCancer) {
  return flags
    .map((f) => help.tiers.find((t) => t.id === (hadCancer ? f.tier : f.withoutCancer)))
    .reduce((a, b) => (b.severity < a.severity ? b : a));
}

function fill(text, region) {
  return text.replace(/\{[a-z-]+\}/g, (name) => region.values[name] ?? name);
}

function helpBox(flags) {
  const region = regionFor(help);
  const withCancer = worstTier(flags, true);
  const withoutCancer = worstTier(flags, false);
  const box = element("div", { class: `search-help search-help--${withCancer.style}`, "data-search-help": withCancer.id },
    element("p", { class: "search-help__title" }, "Get help now"),
    element("p", { "data-search-help-cancer": withCancer.id }, `If you have or had cancer: ${fill(withCancer.action, region)}`));
  if (withoutCancer.id !== withCancer.id) {
    box.append(element("p", { "data-search-help-no-cancer": withoutCancer.id }, `If you have never had cancer: ${fill(withoutCancer.action, region)}`));
  }
  if (withCancer.callsEmergencyNumber) {
    box.append(element("p", {}, element("a", { class: "call-button", href: `tel:${region.number}` }, `Call ${region.number}`)));
  }
  box.append(element("p", {},
    element("a", { href: "/get-help-now/" }, "What to do now"), " · ",
    element("a", { href: "/checklist/" }, "Warning signs checklist")));
  return box;
}

function suggestionLine(suggestion, onSuggest) {
  const button = element("button", { type: "button", class: "search-suggestion", "data-suggestion": suggestion }, suggestion);
  button.addEventListener("click", () => onSuggest(suggestion));
  return element("p", { class: "search-did-you-mean" }, "Did you mean ", button, "?");
}

async function renderResults(search, query, panel, status, onSuggest) {
  panel.replaceChildren();
  const flags = matchingFlags(query, help);
  if (flags.length > 0) {
    panel.append(helpBox(flags));
  }

  // Pagefind has no typo tolerance: a word the site never uses gets a suggestion, with or without results.
  const suggestion = suggest(query, vocabulary ?? []);
  if (suggestion) {
    panel.append(suggestionLine(suggestion, onSuggest));
  }

  const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (results.length === 0) {
    status.textContent = suggestion ? `No results. Did you mean ${suggestion}?` : "No results. Try other words, or use the A to Z.";
    const message = element("p", { class: "search-empty" }, "No pages match.");
    if (!suggestion) {
      message.append(" Try other words, or look in the ", element("a", { href: "/a-z/" }, "A to Z"), ".");
    }
    panel.append(message);
    return;
  }

  status.textContent = `${search.results.length} ${search.results.length === 1 ? "page" : "pages"} found.${suggestion ? ` Did you mean ${suggestion}?` : ""}`;
  const list = element("ol", { class: "search-results" });
  for (const result of results) {
    const item = element("li", { class: "search-result", "data-url": result.url },
      element("p", { class: "search-result__kind" }, result.meta.kind ?? ""),
      element("a", { class: "search-result__title", href: result.url }, result.meta.title ?? result.url));
    const sections = (result.sub_results ?? []).filter((s) => s.anchor).slice(0, MAX_SECTIONS);
    if (sections.length > 0) {
      const subList = element("ul", { class: "search-result__sections" });
      for (const section of sections) {
        const excerpt = element("p", { class: "search-result__excerpt" });
        excerpt.innerHTML = section.excerpt; // Pagefind escapes the page text and adds only <mark>.
        subList.append(element("li", {}, element("a", { href: section.url }, section.title), excerpt));
      }
      item.append(subList);
    } else {
      const excerpt = element("p", { class: "search-result__excerpt" });
      excerpt.innerHTML = result.excerpt;
      item.append(excerpt);
    }
    list.append(item);
  }
  panel.append(list);
}

function enhance(form) {
  const input = form.querySelector("input[type=search]");
  const isPage = form.hasAttribute("data-search-page");
  form.hidden = false;
  form.action = "/search/";
  const status = element("p", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  const panel = element("div", { class: isPage ? "search-panel__results" : "site-search__results", "data-search-results": "" });
  if (!isPage) {
    panel.hidden = true;
  }
  form.after(status, panel);
  panel.id = `${input.id}-results`;
  input.setAttribute("aria-controls", panel.id);

  let latest = 0;
  async function run(query) {
    const ticket = ++latest;
    if (query.trim().length < 2) {
      panel.replaceChildren();
      panel.hidden = !isPage;
      status.textContent = "";
      return;
    }
    const [api] = await Promise.all([loadPagefind(), loadSearchData()]);
    const kind = form.querySelector("input[name=kind]:checked")?.value;
    const search = await api.debouncedSearch(contentWords(query), kind ? { filters: { kind } } : {}, DEBOUNCE_MS);
    if (search === null || ticket !== latest) {
      return;
    }
    panel.hidden = false;
    await renderResults(search, query, panel, status, (suggestion) => {
      input.value = suggestion;
      run(suggestion);
      input.focus();
    });
    if (ticket === latest) {
      panel.dataset.query = query;
      panel.dataset.kind = kind ?? "";
    }
  }

  input.addEventListener("input", () => run(input.value));
  input.addEventListener("focus", () => loadPagefind(), { once: true });
  form.addEventListener("change", (event) => {
    if (event.target.name === "kind") run(input.value);
  });
  form.addEventListener("submit", (event) => {
    if (isPage) {
      event.preventDefault();
      run(input.value);
    }
  });

  // Keyboard: Down from the box moves into the results, Up and Down move between them, Escape returns.
  form.parentElement.addEventListener("keydown", (event) => {
    const links = [...panel.querySelectorAll("a, button")];
    const index = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && (event.target === input || index >= 0)) {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)]?.focus();
    } else if (event.key === "ArrowUp" && index >= 0) {
      event.preventDefault();
      (index === 0 ? input : links[index - 1]).focus();
    } else if (event.key === "Escape" && (event.target === input || index >= 0)) {
      if (!isPage) {
        panel.hidden = true;
      }
      input.focus();
    }
  });

  if (isPage) {
    document.querySelector("[data-search-nojs]")?.setAttribute("hidden", "");
    const query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      input.value = query;
      run(query);
    }
  }
}

for (const form of document.querySelectorAll("form[data-search]")) {
  enhance(form);
}
