// The side panel: the selected node's properties, aliases, code and relationships with their evidence; and the article reader.
import { el, byId } from "./dom.js";
import { articleExcerpt, relationshipsOf, type Evidence, type Store, type ViewerGraph, type ViewerSettings } from "./core-types.js";

export function mountPanel(graph: ViewerGraph, store: Store, settings: ViewerSettings, visibleEdges: () => Set<string>): void {
  const panel = byId("panel");
  const render = () => {
    const node = store.get().selected;
    panel.replaceChildren();
    if (node === null || !graph.hasNode(node)) { panel.hidden = true; return; }
    panel.hidden = false;
    const a = graph.getNodeAttributes(node);
    const code = a.props["code"];
    const props = Object.entries(a.props).filter(([k]) => k !== "text" && k !== "code");
    const rels = relationshipsOf(graph, node);
    const visible = visibleEdges();
    panel.append(
      el("div", { class: "row" },
        el("span", { class: "label", style: `background:${settings.labelColors[a.label]}` }, a.label),
        el("button", { onclick: () => store.update({ selected: null, egoHops: 0 }), title: "close", "data-testid": "panel-close" }, "×")),
      el("h2", { "data-testid": "panel-name" }, a.name),
      el("table", {},
        el("tr", {}, el("td", {}, "id"), el("td", {}, node)),
        code !== undefined && code !== null ? el("tr", {}, el("td", {}, "admin code"), el("td", { "data-testid": "panel-code" }, String(code))) : null,
        a.aliases.length ? el("tr", {}, el("td", {}, "aliases"), el("td", { "data-testid": "panel-aliases" }, a.aliases.join("、"))) : null,
        a.league && a.props["league"] === undefined ? el("tr", {}, el("td", {}, "league"), el("td", {}, a.league)) : null,
        a.district ? el("tr", {}, el("td", {}, "district"), el("td", {}, a.district)) : null,
        el("tr", {}, el("td", {}, "degree"), el("td", {}, String(a.degree))),
        props.map(([k, v]) => el("tr", {}, el("td", {}, k), el("td", {}, Array.isArray(v) ? v.join(", ") : String(v)))),
      ),
      el("div", { class: "row" },
        el("span", {}, "ego network:"),
        ...[0, 1, 2, 3].map((h) => el("button", {
          class: store.get().egoHops === h ? "on" : "", "data-testid": `ego-${h}`,
          onclick: () => store.update({ egoHops: h }),
        }, h === 0 ? "off" : `${h} hop${h > 1 ? "s" : ""}`))),
      el("h3", {}, `Relationships (${rels.length})`),
      el("div", { "data-testid": "panel-relationships" }, rels.map((r) => el("div", { class: "rel", "data-type": r.type },
        el("div", { class: "head" },
          el("span", { class: "type", style: `color:${settings.relationshipColors[r.type]}` }, r.direction === "out" ? `${r.type} →` : `← ${r.type}`),
          el("a", { onclick: () => store.update({ selected: r.other }), "data-node": r.other }, r.otherName),
          r.confidence !== null ? el("small", { class: "muted" }, `confidence ${r.confidence.toFixed(2)}`) : null,
          visible.has(r.edge) ? null : el("small", { class: "muted" }, "(filtered out)"),
          Object.keys(r.props).length ? el("small", { class: "muted" }, Object.entries(r.props).map(([k, v]) => `${k}: ${String(v)}`).join("; ")) : null),
        r.evidence.map((ev) => el("span", {
          class: "sentence", "data-testid": "evidence", title: "open the article at this sentence",
          onclick: () => openArticle(graph, ev),
        }, ev.sentence, el("cite", {}, ev.title))),
      ))),
    );
  };
  store.subscribe((s, p) => { if (s.selected !== p.selected || s.egoHops !== p.egoHops || s.filters !== p.filters) render(); });
  render();
}

/** Shows the article's text with the evidence sentence highlighted and scrolled into view. */
export function openArticle(graph: ViewerGraph, ev: Evidence): void {
  const modal = byId("modal");
  const ex = articleExcerpt(graph, ev);
  const close = () => { modal.hidden = true; modal.replaceChildren(); };
  const mark = el("mark", { "data-testid": "article-highlight" }, ex?.sentence ?? "");
  const body = ex === null
    ? el("p", { class: "muted" }, `The article ${ev.article} is not in this graph with its text; the sentence was: ${ev.sentence}`)
    : el("div", { class: "text", "data-testid": "article-text" }, ex.before, ex.located ? mark : null, ex.after);
  modal.replaceChildren(el("div", { class: "box", onclick: (e: Event) => e.stopPropagation() },
    el("div", { class: "row" }, el("h3", { "data-testid": "article-title" }, ex?.title ?? ev.article),
      el("button", { onclick: close, "data-testid": "article-close", style: "margin-left:auto" }, "close")),
    body));
  modal.onclick = close;
  modal.hidden = false;
  if (ex?.located) mark.scrollIntoView({ block: "center" });
}
