// The left-hand controls: legend and label filter, relationship types, league, district, year, confidence, view and layout.
import { el, byId } from "./dom.js";
import type { FilterDomain, Filters, NodeLabel, RelationshipType, Store, ViewerGraph, ViewerSettings } from "./core-types.js";
import type { LayoutRunner } from "./layout-runner.js";

export function mountControls(graph: ViewerGraph, store: Store, settings: ViewerSettings, domain: FilterDomain, layout: LayoutRunner, extra: HTMLElement[]): void {
  const root = byId("controls");
  const setFilters = (patch: Partial<Filters>) => store.update((s) => ({ filters: { ...s.filters, ...patch } }));
  const labelCount = new Map<NodeLabel, number>(), typeCount = new Map<RelationshipType, number>();
  graph.forEachNode((_n, a) => labelCount.set(a.label, (labelCount.get(a.label) ?? 0) + 1));
  graph.forEachEdge((_e, a) => typeCount.set(a.type, (typeCount.get(a.type) ?? 0) + 1));

  const toggleList = <T extends string>(list: T[], value: T, on: boolean): T[] => (on ? [...new Set([...list, value])] : list.filter((x) => x !== value));
  const checkbox = (testid: string, checked: boolean, onChange: (on: boolean) => void) => {
    const box = el("input", { type: "checkbox", "data-testid": testid });
    box.checked = checked;
    box.addEventListener("change", () => onChange(box.checked));
    return box;
  };

  const labelBoxes = domain.labels.map((l) => ({ l, box: checkbox(`label-${l}`, store.get().filters.labels.includes(l), (on) => setFilters({ labels: toggleList(store.get().filters.labels, l, on) })) }));
  const typeBoxes = domain.relationships.map((t) => ({ t, box: checkbox(`type-${t}`, store.get().filters.relationships.includes(t), (on) => setFilters({ relationships: toggleList(store.get().filters.relationships, t, on) })) }));
  const leagueBoxes = domain.leagues.map((v) => ({ v, box: checkbox(`league-${v}`, store.get().filters.leagues.includes(v), (on) => setFilters({ leagues: toggleList(store.get().filters.leagues, v, on) })) }));
  const districtBoxes = domain.districts.map((v) => ({ v, box: checkbox(`district-${v}`, store.get().filters.districts.includes(v), (on) => setFilters({ districts: toggleList(store.get().filters.districts, v, on) })) }));

  const only = (labels: NodeLabel[]) => el("button", { "data-testid": `only-${labels.join("-")}`, onclick: () => setFilters({ labels }) }, labels.join(" + "));
  const yearFrom = el("input", { type: "number", "data-testid": "year-from", style: "width:70px" });
  const yearTo = el("input", { type: "number", "data-testid": "year-to", style: "width:70px" });
  const applyYears = () => {
    const a = Number(yearFrom.value), b = Number(yearTo.value);
    setFilters({ years: yearFrom.value && yearTo.value && Number.isInteger(a) && Number.isInteger(b) ? [Math.min(a, b), Math.max(a, b)] : null });
  };
  yearFrom.addEventListener("change", applyYears);
  yearTo.addEventListener("change", applyYears);
  const conf = el("input", { type: "range", min: "0", max: "1", step: "0.05", "data-testid": "min-confidence" });
  const confValue = el("span", {});
  conf.addEventListener("input", () => setFilters({ minConfidence: Number(conf.value) }));

  const viewButtons = (["network", "pairing"] as const).map((v) => el("button", { "data-testid": `view-${v}`, onclick: () => store.update({ view: v }) }, v === "network" ? "network" : "pairing (北京 ↔ 盟旗)"));
  const layoutButton = el("button", { "data-testid": "layout-toggle", onclick: () => (layout.status().running ? layout.stop() : layout.start()) }, "");
  const layoutStatus = el("small", { class: "muted", "data-testid": "layout-status" });

  root.append(...[
    el("fieldset", {}, el("legend", {}, "Node labels (legend)"),
      labelBoxes.map(({ l, box }) => el("label", { class: "check" }, box, el("span", { class: "swatch", style: `background:${settings.labelColors[l]}` }), l, el("span", { class: "count" }, String(labelCount.get(l) ?? 0)))),
      el("div", { class: "row" }, only(["Hospital", "School"]), only(["District", "League", "Banner"]),
        el("button", { onclick: () => setFilters({ labels: [...domain.labels] }) }, "all"))),
    el("fieldset", {}, el("legend", {}, "Relationship types"),
      typeBoxes.map(({ t, box }) => el("label", { class: "check" }, box, el("span", { class: "swatch", style: `background:${settings.relationshipColors[t]}` }), t, el("span", { class: "count" }, String(typeCount.get(t) ?? 0))))),
    domain.leagues.length ? el("fieldset", {}, el("legend", {}, "League (Inner Mongolia)"), el("div", { class: "scroll" }, leagueBoxes.map(({ v, box }) => el("label", { class: "check" }, box, v)))) : null,
    domain.districts.length ? el("fieldset", {}, el("legend", {}, "District (Beijing)"), el("div", { class: "scroll" }, districtBoxes.map(({ v, box }) => el("label", { class: "check" }, box, v)))) : null,
    el("fieldset", {}, el("legend", {}, "Year and confidence"),
      el("div", { class: "row" }, "years", yearFrom, "–", yearTo),
      domain.years ? el("small", { class: "muted" }, `data: ${domain.years[0]}–${domain.years[1]}; undated relationships stay`) : null,
      el("div", { class: "row" }, "min confidence", conf, confValue)),
    el("fieldset", {}, el("legend", {}, "View"), el("div", { class: "row" }, ...viewButtons),
      el("div", { class: "row" }, layoutButton, layoutStatus)),
    ...extra,
  ].filter((x): x is HTMLElement => x !== null));

  const sync = () => {
    const f = store.get().filters;
    for (const { l, box } of labelBoxes) box.checked = f.labels.includes(l);
    for (const { t, box } of typeBoxes) box.checked = f.relationships.includes(t);
    for (const { v, box } of leagueBoxes) box.checked = f.leagues.includes(v);
    for (const { v, box } of districtBoxes) box.checked = f.districts.includes(v);
    yearFrom.value = f.years ? String(f.years[0]) : "";
    yearTo.value = f.years ? String(f.years[1]) : "";
    conf.value = String(f.minConfidence);
    confValue.textContent = f.minConfidence.toFixed(2);
    viewButtons.forEach((b, i) => b.classList.toggle("on", (i === 0 ? "network" : "pairing") === store.get().view));
  };
  const syncLayout = () => {
    const s = layout.status();
    layoutButton.textContent = s.running ? "stop layout" : "run layout";
    layoutStatus.textContent = s.running ? `ForceAtlas2: ${s.iterations} it, ${s.iterationsPerSecond.toFixed(0)} it/s`
      : s.settled ? (s.restored && s.iterations === 0 ? "positions restored" : `settled after ${s.iterations} it`) : "stopped";
  };
  store.subscribe((s, p) => { if (s.filters !== p.filters || s.view !== p.view) sync(); });
  layout.onChange(syncLayout);
  sync();
  syncLayout();
}
