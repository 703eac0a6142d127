// A web page's furniture, kept out of the story whether the page came as HTML or was copied as text: the links to
// other stories (上一篇, 相关新闻 and the list under it), the sharing bar, the site's footer, view counts, breadcrumbs,
// advertisements and readers' comments.

/** Site furniture at the foot of a page names its publisher, not the story's actors. */
const FOOTER = /(主办单位|承办单位|版权所有|ICP备|打印本页|关闭窗口|网站地图|联系我们|扫一扫在手机|技术支持|友情链接|新闻热线|网站标识码|公网安备)/;
/** An event's hosts, labelled: a site's footer below the story, the event's above it. */
const EVENT_HOSTS = /^\s*(主办单位|承办单位|协办单位)\s*[:：]/;
/** A table's header, opening with its column of numbers. */
const TABLE_HEADER = /^\s*序号[ \u3000\t|｜]/;
/** Links to the stories before and after this one, and the sharing bar. */
const LINKS = /^\s*[\[【]?\s*(上一篇|下一篇|上一条|下一条|上篇|下篇|分享到)/;
/** The heading over readers' comments (网友评论（36）, 精选留言, 热门评论（128）): what follows is theirs, to the page's end. */
const COMMENTS = /^\s*[▌■●◆]?\s*(网友评论|热门评论|精选留言|全部评论|最新评论|读者评论|用户评论|评论区)(?:\s*[（(][0-9]+[）)]|\s*共[0-9]+条评论)?(?:\s{2,}.*|\s*)$/;
/** A line of search words or tags (相关搜索：阿尔山旅游攻略 阿尔山滑雪场 …, 标签：京蒙协作 教育): links, no story's words. */
const SEARCH_TAGS = /^\s*[【\[]?\s*(相关搜索|热门搜索|大家都在搜|热搜词?|相关标签|标签|关键词|关键字|Tags?)\s*[】\]]?\s*[:：]/i;
/** An advertisement's line (广告   伊利金典…, · 【广告】冬季到哈尔滨…). */
const AD = /^\s*[·•]?\s*(?:【广告】|\[广告\]|广告(?=\s))/;
/** A heading over links to other stories: their titles follow, a line each, up to a blank line. (A sidebar's heading, 热点新闻,
 * 最新动态, only as a line of its own: a story's section may open so.) */
const RELATED = /^\s*[▌■●◆]?\s*(相关新闻|相关阅读|相关文章|推荐阅读|延伸阅读|相关链接|热点推荐|热门推荐|猜你喜欢)|^\s*(热点新闻|热门新闻|热门文章|最新新闻|最新文章|最新动态|图片新闻|推荐新闻|精彩推荐|往期回顾|往期推荐|更多新闻|更多阅读|新闻排行|阅读排行|点击排行|相关报道|相关信息|相关稿件)\s*[:：]?\s*(更多\S*)?\s*$|^\s*[▌■●◆]\s*(热点新闻|热门新闻|热门推荐|往期推荐|相关推荐)\s*$/;
/** A linked title under such a heading: a list item, or a short line that ends no sentence. */
const LINKED_TITLE = /^\s*([·•●○▪▸\-*]|[0-9]{1,2}[.、)）])|^[^。！？!?]{1,50}$/;
/** A site's name on a line of its own, above the page (北京市延庆区人民政府门户网站): the site's, not the story's. */
const SITE_NAME = /^\s*[\u4e00-\u9fff]{2,30}(门户网站|官方网站|政府网站|网站|官网|政务网|信息网)\s*$/;
/** A site's menu bar copied as a line: its items, 首页 first, kept apart by bars or wide spaces (首页 | 政务公开 | 京蒙协作). */
const MENU = /^\s*首页\s*(?:[|｜]|\s{2,}|　)\s*[\u4e00-\u9fff]{2,8}(?:\s*(?:[|｜]|\s{2,}|　)\s*[\u4e00-\u9fff]{2,8})*\s*$/;
/** Or after the site's name, its items going on to its log-in (北京日报客户端 | 首页  要闻  北京 … 登录 | 注册 | 下载APP). */
const SITE_MENU = /^[^。！？\n]{0,16}?(?:[|｜]\s*|\s)首页(?:\s*(?:[|｜]|\s{2,}|　)\s*[^\s|｜。！？]{1,12}){3,}[^。！？]*$/;
/** The breadcrumb above a story (首页 > 政务公开 > …) is the site's, not the story's. */
const BREADCRUMB = /(首页|当前位置|您的位置|您现在的位置)/;

/** A footer that names the body whose own page it is (北京市东城区景泰中学　版权所有): kept where the story speaks as that body
 * (我校, 我院, 我委), as its only naming of the narrator. */
const OWN_FOOTER = /^\s*(?:版权所有\s*[:：]?\s*)?([\u4e00-\u9fff]{4,30}?(?:学校|中学|小学|大学|学院|医院|卫生院|公司|集团|委员会|教委|局))\s*(?:版权所有|主办)?\s*(?:(?:地址|电话|邮编)[:：].*)?$/;

/** A page's font sizes and view counts, labelled (字号：[大 中 小], 浏览次数：316): not a story's words (“蒙字号”产品, 阅读量达10万). */
const PAGE_FACT = /(字号|浏览次数|阅读次数|点击数|访问量|阅读量)(?:\s*[:：]\s*(?:\[[^\]]*\]|\[?\s*大\s*中\s*小\s*\]?|[0-9]+)?|(?=\s|$))/g;

/** A page's buttons (【打印】, 关闭 between spaces), not a story's last word (…的工厂已关闭). */
const PAGE_BUTTON = /【\s*(打印|关闭|收藏)\s*】|(?<=^|\s)(打印|关闭|收藏)(?=\s|$)/g;

/** A story says things in sentences; a footer's, a breadcrumb's or a sharing bar's line ends none. */
const SENTENCE_END = /[。！？]/;
/** Where a page's furniture starts when a page copied as one line runs on past its story (…的一段。上一篇：… 版权所有…). */
const FURNITURE_TAIL = new RegExp(`${FOOTER.source}|(上一篇|下一篇|上一条|下一条|分享到)|${RELATED.source.replace("^\\s*", "")}`);
/** A breadcrumb opening a page copied as one line, to its last step (首页 > 工作动态 > ). */
const BREADCRUMB_LEAD = /^\s*(?:首页|当前位置|您的位置|您现在的位置)[:：]?[^。！？\n]{0,60}[>›»]\s*/;

/**
 * A line that says things in sentences is the story's, though a word of furniture stands in it (…由承办单位颁发结业证书。):
 * of a page run into one line only its breadcrumb before the story and its furniture after the last sentence go.
 */
function storyLine(line: string): string {
  const lastEnd = Math.max(line.lastIndexOf("。"), line.lastIndexOf("！"), line.lastIndexOf("？"));
  const tail = FURNITURE_TAIL.exec(line.slice(lastEnd + 1));
  const story = tail ? line.slice(0, lastEnd + 1 + tail.index) : line;
  return story.replace(BREADCRUMB_LEAD, "");
}

export function withoutPageFurniture(text: string): string {
  const out: string[] = [];
  let related = false;
  const speaksAsBody = /我(校|院|委|局|公司)/.test(text);
  const lines = text.split("\n");
  // (An event's organisers above its story, 主办单位：…　承办单位：…, are the story's; a site's are below it.)
  const lastSentence = lines.findLastIndex((line) => SENTENCE_END.test(line));
  let comments = false;
  for (const [i, raw] of lines.entries()) {
    let line = raw;
    if (comments || COMMENTS.test(line)) {
      comments = true;
      continue;
    }
    if (AD.test(line) || (SEARCH_TAGS.test(line) && !SENTENCE_END.test(line))) continue;
    if (RELATED.test(line)) {
      related = true;
      continue;
    }
    if (related && line.trim() && LINKED_TITLE.test(line.trim())) continue;
    related = false;
    const own = speaksAsBody && /(版权所有|主办)/.test(line) && !/(主办单位|承办|ICP备)/.test(line) ? OWN_FOOTER.exec(line) : null;
    if (own) {
      out.push(own[1]!);
      continue;
    }
    if (LINKS.test(line)) continue;
    const eventHosts = i < lastSentence && EVENT_HOSTS.test(line);
    if (SENTENCE_END.test(line) && (FOOTER.test(line) || BREADCRUMB.test(line))) line = storyLine(line);
    // (Nor a table's header, whose column may be of hosts: 序号 培训项目 承办单位 期数.)
    else if ((FOOTER.test(line) && !eventHosts && !TABLE_HEADER.test(line)) || (BREADCRUMB.test(line) && /[>›»]/.test(line)) || MENU.test(line) || SITE_NAME.test(line)) continue;
    // (The site's name before its menu stays, a line of its own: 锡林郭勒新闻网 | 首页 新闻 … names the paper.)
    else if (SITE_MENU.test(line)) {
      const site = /^\s*([\u4e00-\u9fff]{2,16}?)\s*(?:[|｜]\s*)?首页/.exec(line)?.[1];
      if (site) out.push(site);
      continue;
    }
    // The line of facts about the page keeps its date and source, not its font sizes and view counts.
    out.push(line.replace(PAGE_FACT, "").replace(PAGE_BUTTON, ""));
  }
  return out.join("\n");
}
