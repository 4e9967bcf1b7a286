// claimgraph's page. Article text is untrusted: every value goes into the DOM through
// textContent or createElement, never as HTML.
"use strict";

const EXAMPLES = [
  ["Figures per article", "PREFIX cg: <https://claimgraph.org/ns#>\nSELECT ?doc (COUNT(?f) AS ?figures) WHERE {\n  GRAPH ?a { ?a cg:docName ?doc . OPTIONAL { ?f cg:statedIn ?a } }\n} GROUP BY ?doc ORDER BY ?doc"],
  ["Who claimed 619 tonnes", "PREFIX cg: <https://claimgraph.org/ns#>\nPREFIX oa: <http://www.w3.org/ns/oa#>\nSELECT ?doc ?quote ?source WHERE {\n  GRAPH ?a { ?f cg:statedIn ?a ; cg:value ?v ; cg:unitCode \"tonne\" ; cg:quote/oa:exact ?quote . ?a cg:docName ?doc\n    OPTIONAL { ?f cg:attribution/cg:sourceText ?source } FILTER(?v = 619) }\n} ORDER BY ?doc"],
  ["Figures credited to customs data", "PREFIX cg: <https://claimgraph.org/ns#>\nPREFIX oa: <http://www.w3.org/ns/oa#>\nSELECT ?doc ?quote ?source WHERE {\n  GRAPH ?a { ?f cg:statedIn ?a ; cg:quote/oa:exact ?quote ; cg:attribution/cg:sourceText ?source . ?a cg:docName ?doc }\n  FILTER(CONTAINS(LCASE(?source), \"customs\"))\n} ORDER BY ?doc ?quote"]
];

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

// The sentence with [from, to) wrapped in <mark>, built from text nodes only.
function marked(sentence, from, to) {
  const p = el("p");
  p.appendChild(document.createTextNode("\u201c" + sentence.slice(0, from)));
  p.appendChild(el("mark", sentence.slice(from, to)));
  p.appendChild(document.createTextNode(sentence.slice(to) + "\u201d"));
  return p;
}

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

async function cite(event) {
  event.preventDefault();
  const status = document.getElementById("cite-status");
  const out = document.getElementById("cite-results");
  out.replaceChildren();
  try {
    const data = await getJson("/api/cite?figure=" + encodeURIComponent(document.getElementById("cite-input").value));
    status.textContent = data.count + (data.count === 1 ? " article states it" : " articles state it");
    for (const c of data.citations) {
      const card = el("div", null, "card citation");
      const a = c.article;
      card.appendChild(el("h3", a.title || a.doc));
      card.appendChild(el("div", [a.publisher || "-", (a.authors || []).join(", ") || "-", a.date || "-", a.doc].join(" | "), "meta"));
      const f = c.figure;
      const from = f.start - f.sentence_start;
      card.appendChild(marked(f.sentence, from, from + f.quote.length));
      card.appendChild(el("div", `${f.value} ${f.unit} ${f.kind}${f.basis ? " " + f.basis : ""}, period ${f.period || "-"}, ${f.measure || ""}, ${f.place.join("→")}`, "meta"));
      card.appendChild(el("div", "Credited to: " + (f.attributed_to || f.speaker || "nobody"), "source"));
      for (const r of c.corroborating) card.appendChild(el("div", `Corroborated by ${r.figure.quote} [${r.figure.doc}]`, "ok"));
      for (const r of c.contradicting) card.appendChild(el("div", `Contradicted by ${r.figure.quote} [${r.figure.doc}] (${r.why})`, "bad"));
      for (const i of c.implied) card.appendChild(el("div", (i.agrees === null ? "Implies: " : i.agrees ? "✓ " : "✗ ") + i.text, i.agrees === false ? "bad" : "ok"));
      out.appendChild(card);
    }
  } catch (e) {
    status.textContent = e.message;
  }
}

// A search snippet marks matches with <mark> and escapes the rest; rebuild it as nodes.
function snippet(markedText) {
  const p = el("p");
  const parts = markedText.split(/(<mark>|<\/mark>)/);
  const decode = (s) => { const t = document.createElement("textarea"); t.innerHTML = s; return t.value; };
  let inMark = false;
  for (const part of parts) {
    if (part === "<mark>") { inMark = true; continue; }
    if (part === "</mark>") { inMark = false; continue; }
    p.appendChild(inMark ? el("mark", decode(part)) : document.createTextNode(decode(part)));
  }
  return p;
}

async function search(event) {
  event.preventDefault();
  const status = document.getElementById("search-status");
  const out = document.getElementById("search-results");
  out.replaceChildren();
  try {
    const data = await getJson("/api/search?q=" + encodeURIComponent(document.getElementById("search-input").value));
    status.textContent = data.articles + (data.articles === 1 ? " article matches" : " articles match");
    for (const h of data.hits) {
      const card = el("div", null, "card hit");
      card.appendChild(el("h3", h.title || h.doc));
      card.appendChild(el("div", [h.publisher || "-", h.date || "-", h.doc].join(" | "), "meta"));
      for (const s of h.snippets) {
        card.appendChild(snippet(s.marked));
        if (s.figures.length) card.appendChild(el("div", "Figures: " + s.figures.join("; "), "meta"));
      }
      out.appendChild(card);
    }
  } catch (e) {
    status.textContent = e.message;
  }
}

async function runQuery() {
  const status = document.getElementById("sparql-status");
  const out = document.getElementById("sparql-results");
  out.replaceChildren();
  const r = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
    body: "query=" + encodeURIComponent(document.getElementById("sparql").value)
  });
  if (!r.ok) { status.textContent = "Error " + r.status + ": " + (await r.text()).split("\n")[0]; return; }
  const data = await r.json();
  const vars = data.head.vars;
  const table = el("table", null, "results");
  const head = el("tr");
  for (const v of vars) head.appendChild(el("th", v));
  table.appendChild(head);
  for (const b of data.results.bindings) {
    const tr = el("tr");
    for (const v of vars) tr.appendChild(el("td", b[v] ? b[v].value : ""));
    table.appendChild(tr);
  }
  status.textContent = data.results.bindings.length + " rows";
  out.appendChild(table);
}

document.addEventListener("DOMContentLoaded", () => {
  const select = document.getElementById("examples");
  for (const [name, q] of EXAMPLES) { const o = el("option", name); o.value = q; select.appendChild(o); }
  select.addEventListener("change", () => { document.getElementById("sparql").value = select.value; });
  document.getElementById("sparql").value = EXAMPLES[0][1];
  document.getElementById("cite-form").addEventListener("submit", cite);
  document.getElementById("search-form").addEventListener("submit", search);
  document.getElementById("run-query").addEventListener("click", runQuery);
});
