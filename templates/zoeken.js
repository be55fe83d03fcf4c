// The search page. Pagefind's script (pagefind/pagefind.js, made by
// `spiegel build`) finds; this shows, in the site's own markup: a result per
// report, indicator and page, and one per conclusie, aanbeveling and norm,
// each with its soort, gemeente and thema, filtered with plain <select>s.
// The query and filters stand in the address (?q=…&gemeente=…), so a search
// can be linked and the front page's field lands here.
const form = document.querySelector("form.zoekpagina");
const input = document.getElementById("zoekterm");
const status = document.getElementById("zoekstatus");
const list = document.getElementById("zoekresultaten");
const more = document.getElementById("zoekmeer");
const fieldset = form.querySelector(".zoekfilters");
const filterNames = ["soort", "gemeente", "thema"];
const selects = Object.fromEntries(filterNames.map((name) => [name, document.getElementById("filter-" + name)]));
// The order of soort is the report's own; gemeenten and thema's go alphabetically.
const soortOrder = ["Rapport", "Conclusie", "Aanbeveling", "Norm", "Indicator", "Pagina"];
const pageSize = 20;

let pagefind = null;
let shown = []; // the results of the current search, loaded or not
let shownCount = 0;
let searchNumber = 0; // a newer search makes the answer of an older one moot
let typingTimer = 0;

function say(text) {
  status.textContent = text;
}

function option(value, count) {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = `${value} (${count})`;
  return o;
}

function fillFilters(available) {
  let any = false;
  for (const name of filterNames) {
    const values = Object.entries(available[name] || {});
    if (name === "soort") values.sort((a, b) => soortOrder.indexOf(a[0]) - soortOrder.indexOf(b[0]));
    else values.sort((a, b) => a[0].localeCompare(b[0], "nl"));
    for (const [value, count] of values) selects[name].append(option(value, count));
    // A filter with one value or none narrows nothing.
    selects[name].parentElement.hidden = values.length < 2;
    any ||= values.length >= 2;
  }
  fieldset.hidden = !any;
}

function chosenFilters() {
  const filters = {};
  for (const name of filterNames) if (selects[name].value) filters[name] = selects[name].value;
  return filters;
}

// The excerpt is the result's text with the words found in <mark>; built as
// text nodes and <mark> elements, so nothing in it is read as markup.
function excerptInto(element, excerpt) {
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  const decoder = document.createElement("textarea");
  for (const part of parts) {
    if (part === "<mark>") marked = true;
    else if (part === "</mark>") marked = false;
    else if (part) {
      decoder.innerHTML = part; // reads entities (&amp;) only: a textarea holds no elements
      const text = document.createTextNode(decoder.value);
      if (marked) {
        const mark = document.createElement("mark");
        mark.append(text);
        element.append(mark);
      } else {
        element.append(text);
      }
    }
  }
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "zoekresultaat";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  const about = document.createElement("p");
  about.className = "zoekresultaat-soort";
  about.textContent = filterNames.flatMap((name) => data.filters[name] || []).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "zoekresultaat-tekst";
  excerptInto(excerpt, data.excerpt || "");
  item.append(heading, about, excerpt);
  return item;
}

// Returns the first result added, so "Meer resultaten" can move the focus to it.
async function showMore(number) {
  const next = shown.slice(shownCount, shownCount + pageSize);
  const data = await Promise.all(next.map((r) => r.data()));
  if (number !== searchNumber) return null;
  const items = data.map(resultItem);
  list.append(...items);
  shownCount += next.length;
  more.hidden = shownCount >= shown.length;
  return items[0] || null;
}

function quoted(term) {
  return term ? ` voor ‘${term}’` : "";
}

async function search() {
  const number = ++searchNumber;
  if (!(await ready) || number !== searchNumber) return;
  const term = input.value.trim();
  const filters = chosenFilters();
  const address = new URLSearchParams();
  if (term) address.set("q", term);
  for (const [name, value] of Object.entries(filters)) address.set(name, value);
  const query = address.toString();
  history.replaceState(null, "", query ? "?" + query : location.pathname);
  if (!term && !Object.keys(filters).length) {
    list.replaceChildren();
    more.hidden = true;
    say("");
    return;
  }
  const found = await pagefind.search(term || null, { filters });
  if (number !== searchNumber || !found) return;
  shown = found.results;
  shownCount = 0;
  list.replaceChildren();
  await showMore(number);
  if (number !== searchNumber) return;
  const n = shown.length;
  say(n === 0 ? `Geen resultaten${quoted(term)}.` : `${n} ${n === 1 ? "resultaat" : "resultaten"}${quoted(term)}.`);
}

// Pagefind loads while the reader may already type: every search waits for it.
const ready = (async () => {
  const bundle = new URL(form.dataset.bundel, document.baseURI);
  try {
    pagefind = await import(new URL("pagefind.js", bundle).href);
    // Results link from the site's root, wherever the site is published.
    await pagefind.options({ baseUrl: new URL("../", bundle).pathname });
    fillFilters(await pagefind.filters());
    return true;
  } catch (e) {
    say("Zoeken werkt alleen als de site via een webserver wordt bekeken, zoals met spiegel serve.");
    return false;
  }
})();

form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  search();
});
// Results while typing, once the typist pauses.
input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(search, 250);
});
for (const name of filterNames) selects[name].addEventListener("change", search);
more.addEventListener("click", async () => {
  const first = await showMore(searchNumber);
  first?.querySelector("a").focus();
});

// The search in the address (from the front page's field, or a shared link).
const asked = new URLSearchParams(location.search);
if (!input.value) input.value = asked.get("q") || "";
ready.then((ok) => {
  if (!ok) return;
  for (const name of filterNames) selects[name].value = asked.get(name) || "";
  if (input.value || Object.keys(chosenFilters()).length) search();
});
