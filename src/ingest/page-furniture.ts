// A web page's furniture, kept out of the story whether the page came as HTML or was copied as text: the links to
// other stories (上一篇, 相关新闻 and the list under it), the sharing bar, the site's footer, view counts, breadcrumbs.

/** Site furniture at the foot of a page names its publisher, not the story's actors. */
const FOOTER = /(主办单位|承办单位|版权所有|ICP备|打印本页|关闭窗口|网站地图|联系我们|扫一扫在手机)/;
/** Links to the stories before and after this one, and the sharing bar. */
const LINKS = /^\s*(上一篇|下一篇|上一条|下一条|上篇|下篇|分享到)/;
/** A heading over links to other stories: their titles follow, a line each, up to a blank line. */
const RELATED = /^\s*(相关新闻|相关阅读|相关文章|推荐阅读|延伸阅读|相关链接|热点推荐|热门推荐|猜你喜欢)/;
/** A linked title under such a heading: a list item, or a short line that ends no sentence. */
const LINKED_TITLE = /^\s*([·•●○▪▸\-*]|[0-9]{1,2}[.、)）])|^[^。！？!?]{1,50}$/;
/** The breadcrumb above a story (首页 > 政务公开 > …) is the site's, not the story's. */
const BREADCRUMB = /(首页|当前位置|您的位置|您现在的位置)/;

export function withoutPageFurniture(text: string): string {
  const out: string[] = [];
  let related = false;
  for (const line of text.split("\n")) {
    if (RELATED.test(line)) {
      related = true;
      continue;
    }
    if (related && line.trim() && LINKED_TITLE.test(line.trim())) continue;
    related = false;
    if (FOOTER.test(line) || LINKS.test(line) || (BREADCRUMB.test(line) && /[>›»]/.test(line))) continue;
    // The line of facts about the page keeps its date and source, not its font sizes and view counts.
    out.push(line.replace(/(字号|浏览次数|阅读次数|点击数|访问量|阅读量)\s*[:：]?\s*(\[[^\]]*\]|[0-9]+)?/g, "").replace(/【?\s*(打印|关闭|收藏)\s*】?(?=\s|$)/g, ""));
  }
  return out.join("\n");
}
