// The search box: suggestions over names, aliases and pinyin; choosing one selects the node and moves the camera to it.
import { el, byId } from "./dom.js";
import { buildSearchIndex, suggest, type SearchIndex, type Store, type Suggestion, type ViewerGraph, type ViewerSettings, type PinyinOf } from "./core-types.js";

export function mountSearch(graph: ViewerGraph, store: Store, settings: ViewerSettings, onPick: (node: string) => void): void {
  const input = el("input", { type: "search", placeholder: "search names, aliases, pinyin (e.g. 太仆寺旗, taipusi)…", "data-testid": "search-input", "aria-label": "search" });
  const list = el("ul", { "data-testid": "search-suggestions", hidden: true });
  byId("search").append(el("div", { class: "search" }, input, list));
  let index: SearchIndex = buildSearchIndex(graph);
  let pinyinLoading: Promise<void> | null = null;
  let items: Suggestion[] = [];
  let active = 0;

  // pinyin-pro's dictionary is large, so it is fetched on first use rather than before the first render.
  const loadPinyin = () => {
    pinyinLoading ??= import("pinyin-pro").then(({ pinyin }) => {
      const of: PinyinOf = (t) => ({
        full: pinyin(t, { toneType: "none", type: "array" }).join(""),
        initials: pinyin(t, { pattern: "first", toneType: "none", type: "array" }).join(""),
      });
      index = buildSearchIndex(graph, of);
      if (input.value) refresh();
    }).catch(() => { /* without pinyin, names and aliases still work */ });
    return pinyinLoading;
  };

  const pick = (s: Suggestion | undefined) => {
    if (!s) return;
    list.hidden = true;
    input.value = s.name;
    onPick(s.node);
  };
  const refresh = () => {
    items = suggest(graph, index, input.value, settings.searchSuggestions);
    active = 0;
    list.replaceChildren(...items.map((s, i) => el("li", {
      class: i === active ? "active" : "", "data-node": s.node, "data-testid": "suggestion",
      onmousedown: (e: Event) => { e.preventDefault(); pick(s); },
    }, el("span", { class: "swatch", style: `background:${settings.labelColors[s.label]}` }), s.name,
      el("small", {}, s.kind === "name" ? s.label : `${s.kind}: ${s.matched}`))));
    list.hidden = items.length === 0;
  };
  input.addEventListener("focus", () => { void loadPinyin(); });
  input.addEventListener("input", () => { void loadPinyin(); refresh(); });
  input.addEventListener("blur", () => { list.hidden = true; });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (items.length === 0) return;
      active = (active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      [...list.children].forEach((li, i) => li.classList.toggle("active", i === active));
    } else if (e.key === "Enter") {
      pick(items[active]);
    } else if (e.key === "Escape") {
      list.hidden = true;
    }
  });
  store.subscribe((s, p) => { if (s.selected !== p.selected && s.selected === null) input.value = ""; });
}
