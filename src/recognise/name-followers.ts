// The words that follow a person's name and so show where it ends (张瑞表示, 乌云常跟我说).

/** What may follow a name: verbs and function words that show where the name ends. */
export const FOLLOWERS = ["正在", "在", "正", "对", "说", "是", "结束", "介绍", "积极", "表示", "指出", "告诉", "等", "的", "和", "与", "及",
  "也", "为", "进修", "归来", "曾", "已", "将", "到", "从", "来", "带", "主动", "一", "就", "还", "又", "都", "认为", "回忆", "坦言", "笑着", "高兴", "激动", "动情", "感激", "兴奋", "自豪", "欣慰",
  "感慨", "向", "给", "把", "被", "同", "跟", "于", "作为", "担任", "负责", "带领", "深入", "利用", "通过", "先后", "多次", "每天", "讲", "谈", "陪", "握着", "拉着", "指着", "看着", "望着", "领着", "看在眼里", "看到", "看见", "援蒙", "结成", "结对", "结为",
  "记者", "通讯员", "老师", "医生", "虽然", "选择", "联系", "发现", "针对", "用", "以", "这", "那", "赴", "前往", "来到", "去",
  "挂职", "支教", "带队", "任", "出席", "参加", "陪同", "主持", "致辞", "致欢迎辞", "致欢迎词", "致词", "讲话", "报道", "摄", "家的", "家里", "家中", "共同", "率", "一行", "每", "常驻", "两人", "二人", "三人",
  "手把手", "面对面", "一对一", "一家", "两家", "全家", "家住", "一边", "种了", "养了", "种植", "养殖", "由该", "夫妇", "出生", "生于", "走进", "走访", "看望", "慰问", "指导", "参与", "考察", "调研", "牵头", "组织", "协调", "推动", "现任", "曾任", "现为", "现在", "现挂职", "现挂任", "现担任", "现就职", "原任", "原为", "原系", "原是", "原在", "分别", "分批", "分两批", "分三批", "均", "随", "接任",
  "代表", "成为", "后来", "组成", "接收", "接任", "接替", "自", "因", "完成", "开展", "帮助", "荣获", "获得", "启程", "出发", "奔赴", "抵达", "返京", "返回", "挂任",
  "应邀", "应", "经", "看来", "上学期", "下学期", "本学期", "上半年", "下半年", "上个月", "上周", "通报", "汇报", "宣读", "发言", "强调", "提出", "希望", "传达", "部署", "今年", "去年", "近日", "日前", "目前", "此前", "则",
  // (作 before what is made in a meeting: 数学教师张瑞作表态发言, 盟长乌力吉图作项目推介.)
  "作《", "作“", "作题为", "作表态", "作报告", "作发言", "作交流", "作汇报", "作讲话", "作动员", "作典型发言", "作经验交流",
  "作项目", "作推介", "作主旨", "作专题", "作辅导", "作点评", "作总结", "作说明",
  // (Where the person is at work, their posture first: 高级农艺师丁香蹲在一垄番茄旁; or stays on: 全科医生赵磊留在了….)
  "蹲在", "站在", "坐在", "留在", "打", "发来", "寄来", "写", "守在", "躺在", "趴在", "戴着", "穿着", "拿着", "捧着", "扛着", "抱着", "举着", "提着", "背着",
  // (How often one does it: 乌云常跟我说, 巴特尔一直在.)
  "常常", "经常", "时常", "常跟", "常来", "常去", "常到", "常说", "常年", "一直", "总是", "始终", "看完", "看过", "观看", "听完", "家养", "家有", "家种", "拍着",
  // (What one does next: 宝音算了一笔账, 额尔敦毕力格掰着指头, 其木格领到保单, 郑海涛驻大石寨镇永兴村, 陈立峰拿起一盒小米,
  // 包金山像往常一样, 吴国华红着眼圈.)
  "算了", "算过", "算起", "掰着", "掰起", "领到", "领取", "驻", "派驻", "派往", "被派", "独自", "听说", "听到", "赶来",
  "像往常", "红着", "含着", "噙着", "拿起", "拿出", "端起", "捧起", "举起", "翻开", "打开", "翻看", "翻阅",
  // (And what a reporter writes, not who: 记者手记, 记者观察.)
  "手记", "札记", "观察", "随笔",
  // (Who wins, and how one says it: 牧民阿拉坦仓夺得冠军, 学生韩宇获一等奖, 体育教师杜明笑言.)
  "夺得", "赢得", "摘得", "获", "笑言", "笑道", "说道", "大喊",
  // (Who goes back: 副旗长孙伟回北京招商.)
  "回北京", "回京", "回到", "回乡", "回村", "回旗",
  // (What one is called, and what one suffers from: 副旗长刘晓峰叫“刘驼长”, 牧民哈斯额尔敦患高血压多年.)
  "叫", "患", "患有",
  // (And who teaches what: 博士生导师杨振邦主讲中医经典.)
  "主讲", "讲授", "授课",
  // (What one will do, and a gesture of praise: 主播苏日娜会在现场开直播, 理事长萨仁竖起了大拇指.)
  "会在", "会到", "会把", "会给", "会带", "竖起", "伸出",
  // (And where one studied: 青年教师娜仁毕业于内蒙古师范大学.)
  "毕业于", "毕业后",
  // (And what one does at once: 律师孙悦即赴敖包吐嘎查驻点.)
  "即赴", "即将", "即刻", "即到",
  // (And what befalls one, and what one asks: 牧民额尔德尼突发胸痛, 有记者问到.)
  "突发", "突然", "问到", "问道", "提问",
  // (And one's relief or joy: 牧民敖特根长出了一口气, 理事长特木尔笑得合不拢嘴.)
  "长出", "长舒", "松了", "笑得",
  // (And who chose one: 律师孙立伟受昌平区司法局选派.)
  "受",
  // (And what one wants, judges or drives: 牧民乌日娜想扩大养羊规模, 局长特木尔评价说, 额尔敦赶着两头肉驴.)
  "想", "评价", "赶着", "牵着",
  // (And one's home, a clause ending there: 走进村民张德胜家, 来到牧民其其格家。)
  "家,", "家。", "家;", "家:", "家门口", "家小院", "家院子", "家的院子",
  // (And whom one helps, and what one has just had done: 书记包巴特尔帮我们把筛查点设在…, 牧民吴宝音图做完检查后说.)
  "帮我", "帮他", "帮她", "帮着", "帮大家", "做完",
  // (And a pronoun a machine's back-translation puts again before the verb: 党支部书记赵春生他说.)
  "他说", "她说", "他表示", "她表示", "他介绍", "她介绍", "他告诉", "她告诉", "他笑着", "她笑着",
  // (And one's mood as one speaks, and a key pressed: 王春来乐呵呵地说, 学生特日格乐按下回车键.)
  "乐呵呵", "笑呵呵", "笑眯眯", "乐滋滋", "喜滋滋", "按下", "戴上", "穿上", "拿上"];

/** The followers by their first character: a name's end is looked up where it stands, not against every follower. */
const FOLLOWERS_BY_FIRST = new Map<string, string[]>();
for (const f of FOLLOWERS) FOLLOWERS_BY_FIRST.set(f[0]!, [...(FOLLOWERS_BY_FIRST.get(f[0]!) ?? []), f]);

/** Whether a name may end before `at`: the text ends, a character that is no Han one stands there, or a follower opens. */
export function followerAt(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  if (c < 0x4e00 || c > 0x9fff) return true;
  const starting = FOLLOWERS_BY_FIRST.get(text[at]!);
  // (Or a verb done, 着 or 了 after it: 乡村医生赵志刚翻着…, 董事长李建国迎了出来; or 有 and a count: 讲师马国栋有15年经验.)
  return (starting !== undefined && starting.some((f) => text.startsWith(f, at))) || /^[\u4e00-\u9fff][着了](?![着了])|^有[\d０-９一二三四五六七八九十几多]/.test(text.slice(at, at + 3));
}

/** The length of the longest follower at `at`, 0 where none is. */
export function followerLength(text: string, at: number): number {
  let longest = 0;
  for (const f of FOLLOWERS_BY_FIRST.get(text[at] ?? "") ?? []) if (f.length > longest && text.startsWith(f, at)) longest = f.length;
  return longest;
}
