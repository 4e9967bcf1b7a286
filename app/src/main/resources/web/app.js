// claimgraph's page. Article text is untrusted: every value goes into the DOM through
// textContent or createElement, never as HTML; links are made only from http(s) URLs.
// The state of every view is in the URL's hash (#view=figures&place=CN&offset=50), so a view
// can be bookmarked and shared.
"use strict";

// What the Content-Security-Policy blocked on this page (the browser tests require none).
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "") + " " + (e.sourceFile || "") + ":" + (e.lineNumber || ""));
});

// ---------------------------------------------------------------- helpers

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

/** A link to an outside page, or null when the URL is not http(s). */
function outside(url, text) {
  let u;
  try { u = new URL(url); } catch (e) { return null; }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  const a = el("a", text || u.href);
  a.href = u.href;
  a.rel = "noopener noreferrer";
  a.target = "_blank";
  return a;
}

/** A link to another view of this page. */
function viewLink(text, params, cls) {
  const a = el("a", text, cls);
  a.href = "#" + new URLSearchParams(params).toString();
  return a;
}

function state() {
  return new URLSearchParams(location.hash.slice(1));
}

/** Sets the hash to {@code params} (a new history entry), which renders the view. */
function go(params) {
  const clean = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") clean[k] = v;
  const hash = "#" + new URLSearchParams(clean).toString();
  if (location.hash === hash) render(); else location.hash = hash;
}

async function getJson(url, init) {
  const r = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, init || {}));
  let body;
  try { body = await r.json(); } catch (e) { throw new Error(r.status + " " + r.statusText); }
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function num(v) {
  return Number(v).toLocaleString("en-US", { maximumFractionDigits: 6 });
}

function figureLine(f) {
  const value = num(f.value) + (f.value_max !== null && f.value_max !== undefined ? "–" + num(f.value_max) : "");
  return [value + " " + f.unit, f.kind + (f.basis ? " " + f.basis : ""), f.period || "no period", f.measure || "no measure",
    (f.place || []).join("→") || "no place"].join(" · ");
}

// ---------------------------------------------------------------- cite

async function renderCite(s) {
  const figure = s.get("figure") || "";
  const input = document.getElementById("cite-input");
  if (figure) input.value = figure;
  const status = document.getElementById("cite-status");
  const out = document.getElementById("cite-results");
  const downloads = document.getElementById("cite-downloads");
  out.replaceChildren();
  downloads.replaceChildren();
  if (!figure) { status.textContent = "Type a figure as an article writes it: 619 tons, 5,577 t, 75.5%."; return; }
  status.textContent = "…";
  try {
    const data = await getJson("/api/cite?figure=" + encodeURIComponent(figure));
    status.textContent = data.origins_summary
      || data.count + (data.count === 1 ? " article states it" : " articles state it");
    const json = el("a", "JSON");
    json.href = "/api/cite?figure=" + encodeURIComponent(figure);
    json.download = "citations.json";
    downloads.append("Download: ", json);
    for (const c of data.citations) out.appendChild(citationCard(c, data.origin_count));
  } catch (e) {
    status.textContent = e.message;
  }
}

function citationCard(c, originCount) {
  const card = el("div", null, "card citation");
  const a = c.article;
  const h = el("h3");
  const link = a.url ? outside(a.url, a.title || a.doc) : null;
  h.appendChild(link || document.createTextNode(a.title || a.doc));
  card.appendChild(h);
  card.appendChild(el("div", [a.publisher || "-", (a.authors || []).join(", ") || "-", a.date || "-", a.doc].join(" | "), "meta"));
  const f = c.figure;
  const from = f.start - f.sentence_start;
  card.appendChild(marked(f.sentence, from, from + f.quote.length));
  card.appendChild(el("div", figureLine(f), "meta"));
  card.appendChild(el("div", "Credited to: " + (f.attributed_to || f.speaker || "nobody"), "source"));
  // The figure's independent origins (a rewrite never confirms its own origin) and this article's.
  if (originCount !== undefined && originCount !== null) {
    const line = el("div", null, "origins");
    line.appendChild(document.createTextNode(originCount + (originCount === 1 ? " independent origin" : " independent origins")));
    if (c.origin) {
      line.appendChild(document.createTextNode(c.origin === a.doc ? " · this article is an origin: " : " · restates the origin "));
      line.appendChild(viewLink(c.origin_label || c.origin, { view: "stories", doc: c.origin }));
    }
    card.appendChild(line);
  }
  for (const r of c.corroborating) card.appendChild(el("div", `Corroborated by ${r.figure.quote} [${r.figure.doc}]`, "ok"));
  for (const r of c.contradicting) card.appendChild(el("div", `Contradicted by ${r.figure.quote} [${r.figure.doc}] (${r.why})`, "bad"));
  for (const i of c.implied) card.appendChild(el("div", (i.agrees === null ? "Implies: " : i.agrees ? "✓ " : "✗ ") + i.text, i.agrees === false ? "bad" : "ok"));
  const actions = el("div", null, "actions");
  actions.appendChild(viewLink("Read the article", { view: "article", doc: a.doc, at: f.start }));
  actions.appendChild(viewLink("Its story", { view: "stories", doc: a.doc }));
  if (f.measure) actions.appendChild(viewLink("Chart this measure", { view: "chart", measure: f.measure, place: (f.place || []).join(" ") }));
  if (link) actions.appendChild(outside(a.url, "Source ↗"));
  card.appendChild(actions);
  return card;
}

// The sentence with [from, to) wrapped in <mark>, built from text nodes only.
function marked(sentence, from, to) {
  const p = el("p");
  p.appendChild(document.createTextNode("\u201c" + sentence.slice(0, from)));
  p.appendChild(el("mark", sentence.slice(from, to)));
  p.appendChild(document.createTextNode(sentence.slice(to) + "\u201d"));
  return p;
}

// ---------------------------------------------------------------- figures

const FACETS = ["material", "flow", "measure", "place", "period", "source", "doc"];
const PAGE = 25;

function pageSize(s) {
  const n = parseInt(s.get("limit") || "", 10);
  return n > 0 && n <= 1000 ? n : PAGE;
}

function figureQuery(s) {
  const q = new URLSearchParams();
  for (const f of FACETS) if (s.get(f)) q.set(f, s.get(f));
  return q;
}

async function renderFigures(s) {
  const status = document.getElementById("figures-status");
  const table = document.getElementById("figures-table");
  const facets = document.getElementById("facets");
  const chips = document.getElementById("figures-filters");
  const offset = Math.max(0, parseInt(s.get("offset") || "0", 10) || 0);
  const limit = pageSize(s);
  const q = figureQuery(s);
  chips.replaceChildren();
  for (const [k, v] of q) {
    const next = Object.fromEntries(s);
    delete next[k];
    delete next.offset;
    chips.appendChild(viewLink(k + ": " + v + " ✕", next, "chip"));
  }
  const downloads = document.getElementById("figures-downloads");
  downloads.replaceChildren("Download all matching: ");
  for (const format of ["csv", "json"]) {
    const a = el("a", format.toUpperCase());
    const dq = new URLSearchParams(q);
    dq.set("format", format);
    a.href = "/api/figures?" + dq.toString();
    a.download = "figures." + format;
    a.className = "download-" + format;
    downloads.append(a, " ");
  }
  status.textContent = "…";
  try {
    const pq = new URLSearchParams(q);
    pq.set("offset", offset);
    pq.set("limit", limit);
    const data = await getJson("/api/figures?" + pq.toString());
    status.textContent = data.total === 0 ? "No figure matches."
      : `${offset + 1}–${offset + data.figures.length} of ${data.total} figures`;
    table.replaceChildren(figureTable(data.figures));
    facets.replaceChildren();
    for (const name of FACETS) facets.appendChild(facetList(name, data.facets[name] || [], s));
    const prev = document.getElementById("figures-prev");
    const next = document.getElementById("figures-next");
    prev.disabled = offset === 0;
    next.disabled = offset + limit >= data.total;
    prev.onclick = () => go(Object.assign(Object.fromEntries(s), { offset: Math.max(0, offset - limit) }));
    next.onclick = () => go(Object.assign(Object.fromEntries(s), { offset: offset + limit }));
  } catch (e) {
    status.textContent = e.message;
  }
}

function facetList(name, values, s) {
  const box = el("div", null, "facet");
  box.dataset.facet = name;
  box.appendChild(el("h4", name));
  const ul = el("ul");
  for (const v of values.slice(0, 12)) {
    const li = el("li");
    const params = Object.assign(Object.fromEntries(s), { view: "figures", [name]: v.value });
    delete params.offset;
    li.append(viewLink(v.value, params), " ", el("span", v.count, "count"));
    ul.appendChild(li);
  }
  if (values.length > 12) ul.appendChild(el("li", "… " + (values.length - 12) + " more", "count"));
  box.appendChild(ul);
  return box;
}

function figureTable(figures, stored = true) {
  const table = el("table", null, "results figures");
  const head = el("tr");
  for (const h of ["quote", "value", "unit", "kind", "period", "measure", "place", "credited to"]) head.appendChild(el("th", h));
  if (stored) head.appendChild(el("th", "article"));
  table.appendChild(head);
  for (const f of figures) {
    const tr = el("tr");
    const quote = el("td");
    quote.appendChild(stored ? viewLink(f.quote, { view: "article", doc: f.doc, at: f.start }) : document.createTextNode(f.quote));
    tr.appendChild(quote);
    tr.appendChild(el("td", num(f.value) + (f.value_max !== null ? "–" + num(f.value_max) : ""), "num"));
    for (const v of [f.unit, f.kind + (f.basis ? " " + f.basis : ""), f.period || "", f.measure || "", (f.place || []).join(" "),
      f.attributed_to || f.speaker || ""]) tr.appendChild(el("td", v));
    if (stored) tr.appendChild(el("td", f.doc));
    table.appendChild(tr);
  }
  return table;
}

// ---------------------------------------------------------------- article (and pasted text)

/**
 * The text with every figure in a <mark>, built from text nodes; a click on a mark shows the
 * figure's attributes in {@code detail}. Figures overlapping an earlier one are listed in the
 * detail of that one instead of being nested.
 */
function highlighted(container, detail, text, figures, at) {
  container.replaceChildren();
  const sorted = figures.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  let chosen = null;
  for (const f of sorted) {
    if (f.start < pos) continue;
    container.appendChild(document.createTextNode(text.slice(pos, f.start)));
    const m = el("mark", text.slice(f.start, f.end), "fig");
    m.tabIndex = 0;
    m.dataset.start = f.start;
    m.title = figureLine(f);
    const show = () => {
      for (const o of container.querySelectorAll("mark.selected")) o.classList.remove("selected");
      m.classList.add("selected");
      detail.replaceChildren(figureDetail(f));
    };
    m.addEventListener("click", show);
    m.addEventListener("keydown", (e) => { if (e.key === "Enter") show(); });
    container.appendChild(m);
    if (at !== null && f.start === at) chosen = { m, show };
    pos = f.end;
  }
  container.appendChild(document.createTextNode(text.slice(pos)));
  if (chosen) { chosen.show(); chosen.m.scrollIntoView({ block: "center" }); }
}

function figureDetail(f) {
  const dl = el("dl", null, "attributes");
  const rows = [["quote", f.quote], ["value", num(f.value) + (f.value_max !== null && f.value_max !== undefined ? "–" + num(f.value_max) : "")],
    ["unit", f.unit], ["kind", f.kind], ["basis", f.basis], ["direction", f.direction], ["qualifier", f.qualifier],
    ["period", f.period], ["measure", f.measure], ["place", (f.place || []).join(" → ")], ["credited to", f.attributed_to],
    ["speaker", f.speaker], ["quantity kind", f.quantity_kind]];
  for (const [k, v] of rows) {
    if (v === null || v === undefined || v === "") continue;
    dl.append(el("dt", k), el("dd", v));
  }
  const box = el("div");
  box.appendChild(dl);
  const actions = el("div", null, "actions");
  actions.appendChild(viewLink("Who else claims it?", { view: "cite", figure: f.quote }));
  if (f.measure) actions.appendChild(viewLink("Chart this measure", { view: "chart", measure: f.measure, place: (f.place || []).join(" ") }));
  box.appendChild(actions);
  return box;
}

let articleList = null;

async function renderArticle(s) {
  const select = document.getElementById("article-select");
  const head = document.getElementById("article-head");
  const text = document.getElementById("article-text");
  const detail = document.getElementById("article-figure");
  if (articleList === null) {
    try {
      articleList = (await getJson("/api/articles")).articles;
    } catch (e) { articleList = []; }
    select.replaceChildren();
    for (const a of articleList) {
      const o = el("option", (a.title || a.doc) + (a.publisher ? " — " + a.publisher : "") + " (" + a.doc + ")");
      o.value = a.doc;
      select.appendChild(o);
    }
  }
  const doc = s.get("doc") || (articleList[0] && articleList[0].doc);
  if (!doc) { head.replaceChildren(el("p", "No article is stored yet.", "status")); return; }
  select.value = doc;
  head.replaceChildren(el("p", "…", "status"));
  try {
    const data = await getJson("/api/article?doc=" + encodeURIComponent(doc));
    const a = data.article;
    const h = el("h3");
    h.appendChild(document.createTextNode(a.title || a.doc));
    head.replaceChildren(h);
    const meta = el("div", [a.publisher || "-", (a.authors || []).join(", ") || "-", a.date || "-", a.doc].join(" | "), "meta");
    head.appendChild(meta);
    const src = a.url ? outside(a.url, "Source: " + a.url) : null;
    head.appendChild(src ? el("div", null, "source-link") : el("div", "No source URL stored.", "meta"));
    if (src) head.lastChild.appendChild(src);
    head.appendChild(el("p", data.figures.length + " figures highlighted", "status article-count"));
    detail.replaceChildren(el("p", "Click a highlighted figure to see what it means.", "status"));
    const at = s.get("at") === null ? null : parseInt(s.get("at"), 10);
    highlighted(text, detail, data.text, data.figures, at);
  } catch (e) {
    head.replaceChildren(el("p", e.message, "status"));
    text.replaceChildren();
  }
}

// ---------------------------------------------------------------- stories

/** Each story: its origin, and per rewrite what it restates, how we know, and what it dropped, added, changed. */
async function renderStories(s) {
  const doc = s.get("doc") || "";
  const status = document.getElementById("stories-status");
  const out = document.getElementById("stories-results");
  out.replaceChildren();
  status.textContent = "…";
  try {
    const data = await getJson("/api/stories" + (doc ? "?doc=" + encodeURIComponent(doc) : ""));
    const n = data.stories.length;
    status.textContent = n === 0 && doc ? "No stored article restates " + doc + " or is restated by it."
      : (n === 0 ? "No story" : n === 1 ? "1 story" : n + " stories") + (doc ? " with " + doc : " in the store") + ".";
    if (doc) status.append(" ", viewLink("All stories", { view: "stories" }));
    for (const story of data.stories) out.appendChild(storyCard(story, doc));
  } catch (e) {
    status.textContent = e.message;
  }
}

function docLink(doc, selected) {
  return viewLink(doc, { view: "article", doc: doc }, doc === selected ? "selected-doc" : undefined);
}

function storyCard(story, selected) {
  const card = el("div", null, "card story");
  const h = el("h3");
  h.append("Origin: ", docLink(story.origin, selected),
    " (" + (story.origin_basis === "stated" ? "stated by the evidence" : "inferred") + ")");
  card.appendChild(h);
  card.appendChild(el("div", story.rewrites.length + (story.rewrites.length === 1 ? " rewrite" : " rewrites"), "meta"));
  const list = el("ul", null, "rewrites");
  for (const r of story.rewrites) {
    const li = el("li", null, "rewrite");
    const head = el("div");
    head.append(docLink(r.doc, selected), " restates ", docLink(r.restates, selected));
    const how = r.direction === "credit" ? "credits " + (r.credited_outlet || "its outlet")
      : r.direction === "undetermined" ? "direction undetermined" : "by " + r.direction;
    head.appendChild(el("span", " — " + how + "; similarity " + r.similarity + ", " + r.shared_figures + " shared figures", "meta"));
    li.appendChild(head);
    if (r.dropped.length) li.appendChild(el("div", "Dropped: " + r.dropped.join("; "), "dropped meta"));
    for (const c of r.changed) {
      li.appendChild(el("div", "Changed (" + c.type + "): \u201c" + c.quote + "\u201d where " + c.origin + " states \u201c"
        + c.origin_quote + "\u201d", "changed bad"));
    }
    for (const u of r.unsourced) li.appendChild(el("div", "Added, in no source: \u201c" + u.quote + "\u201d — " + u.sentence, "unsourced"));
    list.appendChild(li);
  }
  card.appendChild(list);
  if (story.independent && story.independent.length) {
    const ind = el("div", "Independent reports of the same facts: ", "meta");
    story.independent.forEach((d, i) => { if (i) ind.append(", "); ind.appendChild(docLink(d, selected)); });
    card.appendChild(ind);
  }
  return card;
}

// ---------------------------------------------------------------- chart

/** A period as a time in seconds (its first day): 2025, 2025-07, 2025-Q3, 2025-H2, 2025-07-14. */
function periodTime(p) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(p))) return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 1000;
  if ((m = /^(\d{4})-(\d{2})$/.exec(p))) return Date.UTC(+m[1], +m[2] - 1, 1) / 1000;
  if ((m = /^(\d{4})-Q(\d)$/.exec(p))) return Date.UTC(+m[1], (+m[2] - 1) * 3, 1) / 1000;
  if ((m = /^(\d{4})-H(\d)$/.exec(p))) return Date.UTC(+m[1], (+m[2] - 1) * 6, 1) / 1000;
  if ((m = /^(\d{4})$/.exec(p))) return Date.UTC(+m[1], 0, 1) / 1000;
  return null;
}

const COLORS = ["#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"];
let plot = null;

async function renderChart(s) {
  const measure = s.get("measure") || "";
  const place = s.get("place") || "";
  document.getElementById("chart-measure").value = measure;
  document.getElementById("chart-place").value = place;
  const status = document.getElementById("chart-status");
  const box = document.getElementById("chart");
  const points = document.getElementById("chart-points");
  fillMeasures();
  if (plot) { plot.destroy(); plot = null; }
  box.replaceChildren();
  points.replaceChildren();
  if (!measure) { status.textContent = "Choose a measure (the list offers the stored ones) and, if you like, countries."; return; }
  status.textContent = "…";
  try {
    const q = new URLSearchParams({ measure });
    if (place) q.set("place", place);
    const data = await getJson("/api/series?" + q.toString());
    const all = data.series.flatMap((l) => l.points.map((p) => ({ line: l.source, ...p })));
    const contradicted = all.filter((p) => p.contradicted).length;
    status.textContent = data.series.length === 0 ? "No figure of this measure has a period."
      : `${all.length} figures (${data.kind}, ${data.unit}) from ${data.series.length} sources` +
        (contradicted ? `, ${contradicted} contradicted (red rings)` : "") +
        (data.omitted ? `; ${data.omitted} of another kind or unit, or without a period, left out` : "");
    if (data.series.length === 0) return;
    draw(box, data);
    points.appendChild(pointTable(all));
  } catch (e) {
    status.textContent = e.message;
  }
}

function draw(box, data) {
  const times = [...new Set(data.series.flatMap((l) => l.points.map((p) => periodTime(p.period))).filter((t) => t !== null))].sort((a, b) => a - b);
  const columns = [times];
  const series = [{}];
  data.series.forEach((l, i) => {
    const ys = times.map(() => null);
    for (const p of l.points) { const t = times.indexOf(periodTime(p.period)); if (t >= 0) ys[t] = p.value; }
    columns.push(ys);
    series.push({ label: l.source, stroke: COLORS[i % COLORS.length], width: 2, spanGaps: true, points: { show: true, size: 7 } });
  });
  const bad = times.map(() => null);
  for (const l of data.series) for (const p of l.points) if (p.contradicted) { const t = times.indexOf(periodTime(p.period)); if (t >= 0) bad[t] = p.value; }
  columns.push(bad);
  series.push({ label: "contradicted", stroke: "#d62728", width: 0, points: { show: true, size: 14, width: 2, fill: "transparent", stroke: "#d62728" } });
  // One tick per stated period, labelled as the articles state it (2025-07), not as instants.
  const label = new Map();
  for (const l of data.series) for (const p of l.points) label.set(periodTime(p.period), p.period);
  const width = Math.min(box.parentElement.clientWidth || 900, 1100);
  // eslint-disable-next-line no-undef
  plot = new uPlot({
    width, height: 360,
    scales: { x: { time: true } },
    // Periods are calendar months and years, not instants: label them in UTC wherever the reader is.
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), "Etc/UTC"),
    axes: [{ splits: () => times, values: (u, splits) => splits.map((t) => label.get(t) || "") }, { label: data.unit, size: 70 }],
    series
  }, columns, box);
}

function pointTable(points) {
  const table = el("table", null, "results points");
  const head = el("tr");
  for (const h of ["period", "value", "source", "quote", "contradicted by", "article"]) head.appendChild(el("th", h));
  table.appendChild(head);
  for (const p of points.sort((a, b) => a.period.localeCompare(b.period) || a.line.localeCompare(b.line))) {
    const tr = el("tr", null, p.contradicted ? "contradicted" : "");
    tr.append(el("td", p.period), el("td", num(p.value), "num"), el("td", p.line), el("td", p.quote),
      el("td", p.contradicted_by.join(", ")));
    const art = el("td");
    art.appendChild(viewLink(p.doc, { view: "article", doc: p.doc, at: p.figure.start }));
    tr.appendChild(art);
    table.appendChild(tr);
  }
  return table;
}

let measuresFilled = false;

async function fillMeasures() {
  if (measuresFilled) return;
  measuresFilled = true;
  try {
    const data = await getJson("/api/figures?limit=1");
    const list = document.getElementById("measures");
    for (const m of data.facets.measure) { const o = el("option"); o.value = m.value; list.appendChild(o); }
  } catch (e) { measuresFilled = false; }
}

// ---------------------------------------------------------------- search

// A search snippet marks matches with <mark> and escapes the rest; rebuild it as nodes.
function snippet(markedText) {
  const p = el("p");
  const parts = markedText.split(/(<mark>|<\/mark>)/);
  const decode = (s) => new DOMParser().parseFromString("<!doctype html><body>" + s, "text/html").body.textContent;
  let inMark = false;
  for (const part of parts) {
    if (part === "<mark>") { inMark = true; continue; }
    if (part === "</mark>") { inMark = false; continue; }
    p.appendChild(inMark ? el("mark", decode(part)) : document.createTextNode(decode(part)));
  }
  return p;
}

async function renderSearch(s) {
  const words = s.get("q") || "";
  document.getElementById("search-input").value = words;
  const status = document.getElementById("search-status");
  const out = document.getElementById("search-results");
  out.replaceChildren();
  if (!words) { status.textContent = ""; return; }
  status.textContent = "…";
  try {
    const data = await getJson("/api/search?q=" + encodeURIComponent(words));
    status.textContent = data.articles + (data.articles === 1 ? " article matches" : " articles match");
    for (const h of data.hits) {
      const card = el("div", null, "card hit");
      const title = el("h3");
      title.appendChild(viewLink(h.title || h.doc, { view: "article", doc: h.doc }));
      card.appendChild(title);
      card.appendChild(el("div", [h.publisher || "-", h.date || "-", h.doc].join(" | "), "meta"));
      for (const sn of h.snippets) {
        card.appendChild(snippet(sn.marked));
        if (sn.figures.length) card.appendChild(el("div", "Figures: " + sn.figures.join("; "), "meta"));
      }
      out.appendChild(card);
    }
  } catch (e) {
    status.textContent = e.message;
  }
}

// ---------------------------------------------------------------- SPARQL (YASGUI)

let yasgui = null;
let library = null;

async function renderSparql(s) {
  const select = document.getElementById("examples");
  if (library === null) {
    try { library = (await getJson("/api/queries")).queries; } catch (e) { library = []; }
    select.replaceChildren();
    for (const q of library) { const o = el("option", q.title); o.value = q.name; select.appendChild(o); }
    select.addEventListener("change", () => go({ view: "sparql", query: select.value }));
  }
  if (yasgui === null) {
    // eslint-disable-next-line no-undef
    yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: "/sparql", method: "POST" },
      copyEndpointOnNewTab: false,
      endpointCatalogueOptions: { getData: () => [] },
      persistenceId: null,
      populateFromUrl: false,
      autofocus: false
    });
  }
  const name = s.get("query") || (library[0] && library[0].name);
  const q = library.find((x) => x.name === name);
  if (!q) return;
  select.value = q.name;
  document.getElementById("example-answers").textContent = q.answers;
  const tab = yasgui.getTab();
  tab.setQuery(q.text);
  tab.getYasqe().setValue(q.text);
}

// ---------------------------------------------------------------- paste text

async function extract() {
  const status = document.getElementById("extract-status");
  const text = document.getElementById("extract-input").value;
  const out = document.getElementById("extract-text");
  const detail = document.getElementById("extract-figure");
  const table = document.getElementById("extract-table");
  status.textContent = "Extracting…";
  out.replaceChildren();
  detail.replaceChildren();
  table.replaceChildren();
  try {
    const data = await getJson("/api/extract", { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8", Accept: "application/json" }, body: text });
    status.textContent = data.count + (data.count === 1 ? " figure" : " figures");
    highlighted(out, detail, data.text, data.figures, data.figures.length ? data.figures[0].start : null);
    table.appendChild(figureTable(data.figures, false));
    const json = el("a", "Download JSON");
    json.href = URL.createObjectURL(new Blob([JSON.stringify(data.figures, null, 2)], { type: "application/json" }));
    json.download = "figures.json";
    table.appendChild(el("p")).appendChild(json);
  } catch (e) {
    status.textContent = e.message;
  }
}

// ---------------------------------------------------------------- routing

const VIEWS = { cite: renderCite, figures: renderFigures, chart: renderChart, article: renderArticle, stories: renderStories,
  search: renderSearch,
  sparql: renderSparql, extract: () => {} };

function render() {
  const s = state();
  const view = VIEWS[s.get("view")] ? s.get("view") : "cite";
  for (const sec of document.querySelectorAll("section.view")) sec.hidden = sec.dataset.view !== view;
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.view === view);
  document.body.dataset.view = view;
  VIEWS[view](s);
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("cite-form").addEventListener("submit", (e) => {
    e.preventDefault();
    go({ view: "cite", figure: document.getElementById("cite-input").value });
  });
  document.getElementById("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    go({ view: "search", q: document.getElementById("search-input").value });
  });
  document.getElementById("chart-form").addEventListener("submit", (e) => {
    e.preventDefault();
    go({ view: "chart", measure: document.getElementById("chart-measure").value, place: document.getElementById("chart-place").value });
  });
  document.getElementById("article-form").addEventListener("submit", (e) => {
    e.preventDefault();
    go({ view: "article", doc: document.getElementById("article-select").value });
  });
  document.getElementById("extract-button").addEventListener("click", extract);
  window.addEventListener("hashchange", render);
  render();
});
