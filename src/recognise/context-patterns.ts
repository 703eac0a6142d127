// The patterns of the context that vouches for a name: a clause's subject, a profile's opening, a roster's line, a heading, a
// form's field, a speaker's label. people-context.ts reads names by them.
import { LABEL_GLOSS, PERSON_LABELS, PHONE } from "./suffixes.js";

/** Names listed with their home and title in brackets (分别是：刘建国（北京市丰台区中心医院心血管内科主任医师）、陈晓燕（…）), in a
 * numbered list or a table's cell too (2. 孙悦（北京中关村数字农业科技有限公司）). */
// (Items a semicolon parts, a town's post among them: …；陈思远（顺义区李桥镇党委委员、副镇长）挂任….)
// (Or a head's post of a place or party: 赵磊（北京市昌平区副区长）, 包金山（…旗委副书记、旗长）.)
// (Items a comma parts too, as an attendance list's: 密云区：邓远明（区委副书记、区长），宋建平（副区长），….)
// (Or a line of its own, as a second contact's under the first: 　　　　朝鲁门（赤峰市乡村振兴局东西部协作科副科长）.)
export const LISTED_WITH_HOME_RE = /(?:[：:、；;|,，]|是|^[ \t\u3000]*(?:[0-9]{1,3}[.．、)）]|[（(][0-9一二三四五六七八九十]{1,3}[)）])[ \t\u3000]*|^[ \t\u3000]*)([\u4e00-\u9fff]{2,3})[（(](?=[^（()）\n]{2,30}?(?:医院|学校|中学|小学|大学|学院|局|委员会|中心|公司|镇|乡|街道|苏木|[旗县区市盟]长|书记)[^（()）\n]{0,16}?[）)])/gm;
/** A name opening a clause before the post it takes or took: 田静任奈曼旗委常委、副旗长, 王哲原任延庆区…副局长, 周立新原任大兴区住房和城乡
 * 建设委员会副主任 (a body's long name before the post). */
export const TAKES_POST_RE = /(?:^|[，,。；;、\s的])([\u4e00-\u9fff]{2,3}?)((?:挂职|挂|担|兼|出|原|现|曾|接|继)?任)(?=[\u4e00-\u9fff]{2,18}?(?:委常委|副?(?:旗长|县长|市长|区长|盟长|镇长|乡长|局长|院长|校长|主任|书记)))/g;
export const SUBJECT_RE = /(?:^|[的,。;:!?“”"\s】])([\u4e00-\u9fff]{2,3})(?=是|就是|说|表示|介绍|作为|担任|现任|曾任|来自北京|虽然|将自己|出席并|主持会议|致辞|(?:拉着|握着|指着|看着|望着|摸着|搂着|捧着|拍着|抱着)[^，,。；;“”]{1,12}?(?:说|介绍|告诉)|[,，](?:一个|一名|一位|今年|现年|是)|(?:今年|现年)[0-9一二三四五六七八九十]{2,4}岁)/g;
/** A speaker right after the quote they said, before a verb of saying and how (“…。”宝音德力格尔笑着说): a Mongolian name whole. */
export const SPEAKER_AFTER_QUOTE_RE = /[”"]([\u4e00-\u9fff]{2,6}?)(?=(?:笑着|笑呵呵地|高兴地|激动地|感慨地|自豪地)?(?:说|告诉|表示|介绍))/g;
/** A name of three after a noun for what one does, before a verb of saying (民宿管家韩桂芝说, 养殖能手王春生介绍): the noun's last
 * character is a person's (家, 手, 人, 员, 师, 匠, 工, 户, 主). */
export const SPEAKER_AFTER_KIND_RE = /[家手人员师匠工户主]([\u4e00-\u9fff]{3})(?=说|表示|介绍|告诉|坦言|感慨|笑着说|高兴地说)/g;
/** A name opening a clause before what it was (杨国栋原是…的一名科长, 吕翔原是…的老师): its 原 is no part of it. */
export const WAS_RE = /(?:^|[的,。;:!?“”"\s])([\u4e00-\u9fff]{2,3}?)(?=(?:原|曾|此前|之前)(?:是|为|系|在))/g;
/** A Mongolian name of three characters or more, whole or two parts joined, before a verb of saying or one's age (乌日娜表示,
 * 额尔敦毕力格介绍, …的阿拉坦其其格今年38岁). */
export const MONGOLIAN_SUBJECT_RE = /([\u4e00-\u9fff]{3,6})(?=说|表示|介绍|告诉|认为|坦言|回忆|是|作为|(?:今年|现年)[0-9一二三四五六七八九十]{2,4}岁)/g;
/** Someone introduced by their age (25岁的萨仁托雅已经…, 今年58岁的王建国): the name is read after 的, its end by what it can be. */
// (A kind of person may stand between: 56岁的牧民其其格; a people and an old hand's trade too, 68岁的鄂伦春族老马倌关福林.)
export const AGED_RE = /[0-9一二三四五六七八九十]{1,3}岁的(?:[\u4e00-\u9fff]{1,3}族)?(?:牧民|村民|农民|居民|老党员|党员|护林员|绣娘|脱贫户|老人|老?(?:马倌|羊倌|牛倌|猎民|渔民))?([\u4e00-\u9fff]{2,6})/g;
/** A card's name alone on its line, a mark or a number before it, over the person's fields (1️⃣ 王志刚 / 👤原单位：…), or
 * before them on its line after a comma (1.李文博，派出单位：…，服务单位：…). */
export const CARD_NAME_RE = /(?:^|\n)[ \t]*(?:[0-9]{1,2}(?:\uFE0F?\u20E3|[.、．])|[\p{Extended_Pictographic}\p{So}]\uFE0F?)?[ \t]*([\u4e00-\u9fff]{2,4})(?=[ \t]*(?:\n[ \t]*(?:[\p{Extended_Pictographic}\p{So}]\uFE0F?[ \t]*)?|[,，][ \t]*)(?:原单位|派出单位|工作单位|所在单位)[:：])/gu;
export const NAME_FIELD_RE = /(?:^|\n)[ \t]*(?:姓名|名字)[:：][ \t]*([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,5})(?=[ \t]*(?:\n|$|[,，;；|]))/g;
export const BRACKETED_POST_RE = /[（(](?:挂职|现任|任|拟任|援派|派驻|原任?(?=[\u4e00-\u9fff]{2,12}(?:局|委|办|院|校|区|县|旗|市|中心|公司)[\u4e00-\u9fff]{0,6}?(?:长|主任|书记|委员|干部)[）)]))/g;
/** A list of those who held a post in turn, each line a tenure, the name and the home in brackets (2018—2020｜邢志远（昌平区农业
 * 农村局）, 2022年至今 刘一鸣（经开区…干部）); its lines may run on after a colon or a semicolon, as a PDF's do. */
export const TENURE_LINE_RE = /(?:^|(?<=[：:；;]))[ \t\u3000]*(?:19|20)[0-9]{2}年?(?:[ \t]*[—\-－~～至到]+[ \t]*(?:(?:19|20)[0-9]{2}年?|今))?(?:至今)?(?:[ \t\u3000]*[|:：][ \t\u3000]*|[ \t\u3000]+|(?<=[年今]))([\u4e00-\u9fff]{2,6})(?=[（(])/gm;
export const NARRATOR_RE = /(?:我叫|我的名字叫|我是|本人)([\u4e00-\u9fff]{2,3})(?=[,，。;；]|[,，]?是)/g;
/** A list's line that opens with a name and a colon, then where the person works and the post (杨帆：北京市顺义区医院普外科
 * 副主任医师，挂职…). */
export const LINE_NAME_RE = /(?:^|\n)[ \t]*([\u4e00-\u9fff]{2,3})[:：](?=[^\n:：]{2,40}?(?:医师|医生|教师|老师|护士长|护士|技师|干部|调研员|研究员|局长|主任|书记|院长|校长|经理|科长|处长))/g;
/** Someone said to come from a place or body, then what they take on (来自丰台区的温少杰接任卓资县委常委、副县长, 来自…的马骏目前在…). */
// (Or one said to live in a place, doing something now: 家住新地房村的刘桂兰如今在…, 来自突泉镇永安村的王志强一边….)
// (A comma and a date may come between: 来自西城区发展和改革委员会的孟繁宇，2023年7月起挂职莫旗副旗长, …的赵红岩自2022年起挂职.)
export const COME_FROM_RE = /(?:来自|家住)[\u4e00-\u9fff]{2,20}?的([\u4e00-\u9fff]{2,3}?)(?=(?:[,，]?(?:(?:自|从|于)?(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:起|以来|开始)?[,，]?)?)?(?:目前|现在|如今|眼下|正|已|现)?(?:接任|现任|现为|挂职|挂任|担任|任|来到|赴|将在|在|一边|正在))/g;
/** Someone named after their body and 的, then the post or place they go to (商务金融局的孟祥宇挂任巴林右旗副旗长, 博兴街道的曹蕾到…). */
// (Or then a pronoun that goes on about them: 海淀区人力资源和社会保障局的朱晓，她挂职…; or when they went: 房山区应急管理局的杨帆，
// 2023年3月到库伦旗….)
export const OF_BODY_RE = /(?:局|委|办|院|校|公司|集团|街道|中心|医院|学校|中学|小学)的([\u4e00-\u9fff]{2,3}?)(?=挂任|挂职|担任|出任|到|赴|来到|前往|被派|[,，][他她]|[,，](?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?[,，]?(?:到|赴|来到|前往|挂职|被派))/g;
/** A line of a notice appointing or removing, opening with the name (刘志强（挂职）为…副主任；杜建新的…副主任（挂职）职务；). */
export const APPOINTED_RE = /(?:^|\n)[ \t]*(?:[0-9]{1,2}[.、．]\s*)?(?:任命|免去|聘任)?([\u4e00-\u9fff]{2,3})(?:同志)?(?=(?:的|[（(]挂职[)）]为|为)[^\n；;。]{2,40}?(?:职务|[（(]挂职[)）])[；;。]?[ \t]*(?:\n|$))/g;
/** One of a group counted before, named after 其中 (…一共四个人，其中赵磊来自东华门街道办事处). */
/** A name opening a clause before where the person came from to serve (刘思远2022年从顺义区商务局来到巴林左旗挂职,
 * 杨帆于2023年从昌平区…到阿旗挂职, 韩立军从…副主任的岗位上，来到…挂职). */
export const CAME_TO_SERVE_RE = /(?:^|[,，。；;：:\s])([\u4e00-\u9fff]{2,3}?)(?=(?:[于在]?(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?)?从[^，。；;]{2,30}?(?:岗位上)?[,，]?(?:来到|到|赴|前往|调到|派到)[^，。；;]{2,20}?(?:挂职|支教|任职|工作|帮扶|驻村))/g;
export const MEMBER_RE = /其中[,，]?([\u4e00-\u9fff]{2,3}?)(?=来自|从|现任|担任|原任|现在|在[\u4e00-\u9fff]{2,12}(?:挂职|支教|任教|工作))/g;
/** An item of a list run on in a paragraph, opening with the name and where the person comes from (；何建勇来自北京市房山区商务局，
 * 挂任…). */
/** A name after an honour in quotes that ends in a trade or a title (“金牌调解员”杨国栋先后3次赴察右前旗), before what follows names.
 * (Not a campaign's hands joined: “京蒙手拉手”夏令营.) */
export const QUOTED_TITLE_RE = /“[\u4e00-\u9fff]{1,6}(?:员|师|(?<![拉牵携联握])手|官|长|匠|能手|标兵|模范|书记|大姐)”([\u4e00-\u9fff]{2,3}?)(?=先后|曾|在|到|赴|从|说|是|的|和|与|[,，。、；;])/g;
export const ITEM_FROM_RE = /[；;]([\u4e00-\u9fff]{2,3}?)(?=来自[\u4e00-\u9fff]{2,24}?(?:局|委员会|委|办|院|校|中心|公司|政府|街道|镇|乡)[,，])/g;
/** A name right after the body the person comes from, then where they go (北京市房山区第一医院孔令辉，将到…, …委员会许文博，拟挂任…). */
export const BODY_THEN_NAME_RE = /(?:局|委员会|院|校|学校|医院|中心|公司)([\u4e00-\u9fff]{2,3}?)(?=[,，](?:拟|将|将要)(?:挂任|挂职|到|赴|前往|担任|出任))/g;
/** A name closing a line after its body and department and a space (敖汉旗教育体育局德育股 孙立国; …公安厅治安管理总队 包金山; 北京市怀柔区教育委员会 京蒙协作
 * 办公室 杜建军): a contact's or signatory's line; or after a colon, a phone closing the line (石景山区商务局：孙雅琪　010-68872317),
 * or a credit's bracket (（兴安盟投资促进中心　白晓燕）); or a comma and the phone's label (基础教育科：王磊，联系电话：010-…); or a pupil's
 * class signing (初二（1）班 孟梓涵). */
export const BODY_LINE_NAME_RE = new RegExp(`(?:局|委员会|委|科|股|室|办公室|中心|医院|学校|公司|部|处|站|院|校|班|队|所)(?:[ \\t\u3000]+|[:：][ \\t\u3000]*(?=[\\u4e00-\\u9fff]{2,3}[ \\t\u3000]*(?:[,，][ \\t\u3000]*)?(?:联系)?(?:电话|手机)?[:：]?[0-9]))([\\u4e00-\\u9fff]{2,5})[ \\t\u3000]*(?=[)）]?[ \\t\u3000]*(?:\\n|$)|(?:[,，][ \\t\u3000]*(?:联系)?(?:电话|手机)[:：]?[ \\t\u3000]*)?${PHONE}[ \\t\u3000]*[。.]?[ \\t\u3000]*(?:\\n|$))`, "g");
/** An author's name in a note on the author (（作者周文博系北京市东城区民政局干部…）). */
export const AUTHOR_NOTE_NAME_RE = /(?:^|[（(\n])作者([\u4e00-\u9fff·]{2,6}?)(?=系|现任|现为)/g;
/** A section's contact written right after its name, or a space after it, then the phone (…社会帮扶科张秀云，联系电话：0476-…; 流通业发展科 高乌日娜　联系电话, a Han surname before a Mongolian name). */
export const SECTION_CONTACT_RE = new RegExp(`(?:科|股|室|办公室)[ \\t\u3000]*([\\u4e00-\\u9fff]{2,4})(?=(?:[,，]|[ \\t\u3000])[ \\t\u3000]*(?:联系)?(?:电话|手机)[:：]?[ \\t\u3000]*${PHONE})`, "g");
/** A contact's line of comma-kept items: the body, the post, the name, the phone (北京市昌平区机关幼儿园，业务园长，刘静，010-6974××××). */
export const COMMA_CONTACT_RE = new RegExp(`(?:^|\\n)[ \\t\u3000]*[^\\n，,:：]{2,40}?(?:局|委员会|委|科|股|室|办|中心|院|校|园|所|司|部|处|站|馆|队|社|会)[，,][ \\t\u3000]*[\\u4e00-\\u9fff]{0,8}?(?:长|主任|助理|书记|经理|干事|科员|教师|老师|联络员|专员|负责人|干部)[，,][ \\t\u3000]*([\\u4e00-\\u9fff·]{2,6})(?=[ \\t\u3000]*[，,][ \\t\u3000]*${PHONE})`, "g");
/** A roster's line: a name (two characters padded to three, 赵　敏, as official lists align them), a space, then who they are, to the
 * line's end, a bracket or a comma: a post, or a body's name and a post (王建华　北京市东城区景山街道党工委书记, 包金山　科右前旗乡村振兴局股长,
 * ▶ 邵志刚（队长） 心血管内科副主任医师，帮扶期6个月). */
export const SPACED_ROSTER_LINE_RE = /(?:^|\n)[ \t]*(?:[0-9]{1,2}[.、．][ \t]*|[▶►▸•●○◆◇■★☆✦][ \t]*)?([\u4e00-\u9fff] [\u4e00-\u9fff]|[\u4e00-\u9fff]{2,5})(?:[（(][^（()）\n]{1,6}[)）])?[ \t]+(?=[^\n]{0,40}?(?:书记|[旗县区市盟镇乡局处科股站所部院校厂队组社馆行]长|主任|医师|医生|教师|老师|干部|经理|董事长|总裁|主席|会长|理事长|秘书长|委员|专员|科员|护士|技师|工程师|研究员|教授|馆员|社工|志愿者|记者|编辑|主持人|主播|播音员|技术员|演员|演奏员|干事|编导)(?:[（(][^\n]*)?[ \t]*(?:[,，；;][^\n]*|(?:→|->|⇒|➡)[^\n]*)?(?:\n|$))/g;
/** A heading's name between its body and its trade in brackets, a space before it or none (（一）翁牛特旗乌丹第一中学　包春梅（化学教师）). */
export const BODY_NAME_TRADE_RE = /(?:学校|中学|小学|医院|卫生院|局|委员会|中心|公司|办公室|政府)[ \t]?([\u4e00-\u9fff]{2,4})(?=[（(][^（()）\n]{0,10}(?:教师|老师|医师|医生|护士|护师|技师|主任|干部|校长|院长|局长|科长|站长)[)）][ \t]*(?:\n|$))/g;
/** A feature's section headed by its subject's name and their words in quotes (高雅静：“这里的孩子，眼睛特别亮”). */
export const QUOTED_HEADING_RE = /(?:^|\n)[ \t]*([\u4e00-\u9fff·]{2,4})[:：][ \t]*(?=[“"「][^\n]{2,40}[”"」][ \t]*(?:\n|$))/g;
/** A speaker's line of a transcript, the name, who they are in brackets, then a colon (刘卫东（石景山区委组织部副部长）：…). */
export const SPEAKER_LINE_RE = /(?:^|\n)[ \t\u3000]*([\u4e00-\u9fff·]{2,6})[（(][^（()）\n]{2,60}[）)][ \t\u3000]*[:：]/g;
/** A list's pair of names joined by a dash, the second's place in brackets (1. 孟庆华—吴海龙（鄂伦春自治旗人民医院普外科）): a
 * mentor and an apprentice, a helper and the helped. */
export const DASHED_PAIR_RE = /(?:^|\n)[ \t]*(?:[0-9]{1,2}[.、．]\s*)?([\u4e00-\u9fff]{2,4})[—–－]{1,2}([\u4e00-\u9fff]{2,4})(?=[（(])/g;
/** The one who said the words just quoted (说这话的是周振宇。). */
export const SPEAKER_NAMED_RE = /(?:说这话的|说这番话的|说话的|讲这话的)(?:人)?是([\u4e00-\u9fff]{2,3})(?=[。,，;；])/g;
/** A speaker's label in a video or radio script (同期声（张美兰）：…). */
// (Or the name after the label's bracket, its body in brackets after: 【同期声】莫秀珍（…合作社负责人）.)
export const SCRIPT_SPEAKER_RE = /(?:同期声|采访|受访者|口述|嘉宾)(?:[（(]|】[ \t]*)([\u4e00-\u9fff·]{2,6}?)(?=[)）]|[（(][^）)\n]{2,40}[)）][ \t]*(?:\n|$))/g;
/** A host's name in brackets after the label, a colon closing it (主持人（萨仁）：…): not a column's note, 主讲主播（单位）. */
export const HOST_RE = /(?:主持人|播音员|主播)[（(]([\u4e00-\u9fff·]{2,6}?)(?=[)）][ \t]*[:：])/g;
/** One named right after the verb that sends them, before the next of a list or where they go (选派韩冬和…杨帆到…). */
// (Or 的 between, and 来 before the unit one comes to: 西城区融媒体中心选派的刘思远来鄂伦春自治旗融媒体中心挂职.)
export const SENT_NAME_RE = /(?:选派|派出|委派|派遣|选送)的?([\u4e00-\u9fff]{2,3}?)(?=和另|、|同志|到|赴|前往|来[\u4e00-\u9fff]{2,8}?[旗县盟])/g;
/** Someone introduced by name (一位名叫张丽的北京医生, 一位名为乌兰的妇女, 他叫巴图，是…, 一个叫托娅的小姑娘, 马老师叫马德胜，是…). */
// (Or after a kind of person and a comma: 有一位…的老乡，叫郭二平，.)
// (A Mongolian name may run to six: 有一个鄂伦春族的女孩，叫莫日根其其格。)
// (Or 叫做, and after a man or woman or one's kin: 一个叫做白音仓的人, 男人叫李建国，; or 有个, 学徒里有个叫乌力吉的小伙子.)
export const NAMED_RE = /(?:名叫|名为|名字叫做|名字叫|叫做|[他她]叫做?|(?:一个|一位|一名|有个|有位)叫做?|(?:男人|女人|男子|女子|丈夫|妻子|爱人|老伴|儿子|女儿|女孩|男孩|孩子|姑娘|小伙子?|患儿)叫|(?<=[\u4e00-\u9fff](?:老师|医生|大夫|书记|院长|校长|主任))叫|(?:老乡|老人|牧民|村民|患者|小伙|姑娘|女孩|男孩|孩子|教师|老师|医生|干部)[,，]叫|(?:伙伴|朋友|同学)[,，]?叫)([\u4e00-\u9fff]{2,6}?)(?=[的,，。;；、]|[,，]?是)/g;
/** A name that becomes or is one of a body's staff (包桂英成为北京雅绣坊服饰有限公司的一名缝纫工). */
export const STAFF_OF_RE = /(?:^|[，,。；;：:\s“”"）)])([\u4e00-\u9fff]{2,3}?)(?=(?:是|成为|当上了?|现为)[^,，。；;]{4,30}?的(?:一名|一位)[\u4e00-\u9fff]{1,8}(?:工|员|师|生|长|手))/g;
/** A name said after 是, the next clause going on about the person by 他 or 她 (另外一个人是陈静，她是护士长). */
export const PRONOUN_NEXT_RE = /是([\u4e00-\u9fff]{2,3}?)(?=[,，][他她](?:是|来自|在|原|曾|今年|已经|已))/g;
export const PROFILE_RE = /(?:^|\n)\s*(?:[0-9]{1,2}[.、．]\s*|[(（][0-9一二三四五六七八九十]{1,2}[)）]\s*|【[^】\n]{1,8}】)?([\u4e00-\u9fff·]{2,6}?)(?:[,，][ \t\u3000]*|[ \t\u3000]+|(?=[男女][,，](?:[\u4e00-\u9fff]{1,4}族|[0-9]{4}年)))(?:男|女|[\u4e00-\u9fff]{1,4}族|[0-9]{2}岁)[,，]/g;
/** A name opening a clause before 系 (is) and the body and post it holds (黄晓岚系潮白河实验中学体育教研组长). */
export const COPULA_POST_RE = /(?:^|[；;。，,\n])([\u4e00-\u9fff]{2,3})(?=系[^，,。；;\n]{4,30}?(?:组长|主任|教师|老师|医生|医师|院长|校长|局长|干部|书记|经理|护士|技师))/g;
/** A name set apart by commas after one's post, as a clumsy translation writes it (合作社的理事长，孟庆山，这样告诉记者). */
// (Or 先生 after it, or 他的名字是 before it: 曲艺团的副团长，刘长顺先生，这样说道; 地震局的局长，他的名字是那顺巴雅尔，他说; 疾控中心的副主任，
// 其木格女士，认为….)
export const APPOSED_RE = /(?:理事长|董事长|总经理|经理|负责人|院长|校长|站长|所长|社长|队长|团长|馆长|会长|厂长|场长|主任|书记|局长|医生|医师|教师|老师|专家|护士长|护士|技术员)(?:[,，](?:他|她)的名字(?:是|叫)|[,，])([\u4e00-\u9fff]{2,5}?)(?=(?:先生|女士)?[,，](?:这样|在|说|表示|认为|告诉|介绍|是|来自|已经|今年|带领|从|被|对记者|向记者|他说|她说|他表示|她表示))/g;
/** A name after a post or an assignment and 的, then a verb or a stop (现任察右中旗副旗长的刘志强来自…, 在…中学支教的陈思远。). */
export const POST_OF_RE = /(?:旗长|县长|市长|区长|盟长|镇长|乡长|局长|处长|科长|书记|主任|院长|校长|医生|医师|教师|老师|干部|专家|支教|挂职|医疗帮扶)的([\u4e00-\u9fff]{2,3}?)(?=来自|是|说|常说|表示|介绍|认为|告诉|对记者|向记者|汇报|发言|讲话|致辞|在发言|在讲话|在会上|在|与|和|一道|一起|多方|积极|主动|亲自|先后|带领|牵头|牵线|推动|促成|协调|一直|始终|多次|全程|参与|负责|具体|全力|[,，。;；])/g;
/** Where a picture's caption places one standing in it, in brackets after the name (▲郑浩然（左二）, 张海涛（中）). */
export const PICTURE_PLACE_RE = /[（(](?:前排|后排|中排|第一排|第二排)?(?:[左右][一二三四五六七八九]|中)[)）]/g;
/** A name in brackets heading a line (【王强】北京市…副主任): a portrait's subject. */
/** A profile's heading before the name it opens with (【人物简介】王静，…馆员。). */
export const PROFILE_HEADING_RE = /(?:【(?:人物)?简介】|(?:^|\n)[ \t]*(?:人物)?简介[:：])[ \t\u3000]*([\u4e00-\u9fff·]{2,6}?)[,，]/g;
export const HEADING_NAME_RE = /(?:^|\n)[ \t]*【([\u4e00-\u9fff·]{2,6})】/g;
/** A name with its sex in brackets after it (李红梅（女，1985年生，…）): read back from the bracket. */
export const BRACKETED_SEX_RE = /[（(](?:男|女)[,，、)）]/g;
/** A roster's line: a name and, in brackets, where the person works or serves (王晓东（北京市东城区挂职阿尔山市副市长）). */
// (Or, in a notice of removal, the post it ends after the bracket: 黄志远（北京市丰台区选派挂职干部）的察哈尔右翼中旗副旗长挂职职务.)
export const ROSTER_LINE_RE = /(?:^|\n)[ \t]*([\u4e00-\u9fff·]{2,4})[（(](?=[^（()）\n]{0,40}(?:区|旗|县|市|盟|医院|学校|中学|小学|大学|学院|局|委|公司|镇|村|挂职|支教|帮扶)[^（()）\n]{0,40}[）)](?:[ \t]*(?:\n|$)|的[^（()）\n]{2,30}?职务))/g;
// (Any pictograph may be the bullet, joined ones too: 🧑‍💼唐伟，石景山区商务局副局长，….)
const PICTOGRAPH = "(?:\\uD83C[\\uDF00-\\uDFFF]|\\uD83D[\\uDC00-\\uDEFF]|\\uD83E[\\uDD00-\\uDEFF]|[\\u2600-\\u27BF])\\uFE0F?";
/** An item's mark opening a line of a list: its number, bracketed or not (1., （一）), a bullet (●, 🔹) or a dash (——戴晓峰，…). */
export const ITEM_MARK = `[0-9]{1,2}[.、．]\\s*|[(（][0-9一二三四五六七八九十]{1,2}[)）]\\s*|(?:[•▪◆■●▶►★☆➤]|${PICTOGRAPH}(?:\\u200D?${PICTOGRAPH})*|——)\\s*`;
/** A profile's opening, a name then its body and post (张伟，北京市…局副局长，…), at a line's start or an item's of a list run on
 * in a paragraph, after its heading's stop or the item before's semicolon (（一）挂职干部。刘建军，昌平区发展和改革委员会副主任，
 * 挂职…；王珊，昌平区农业农村局四级调研员，挂职…). */
// (A list's number or bullet may open the line: 1.王海鹰，北京市大兴区人民医院骨科副主任医师，援派至…, 🔹陈思远，…; and a trade's rank end the post:
// 高级农艺师; or a ward's head, a cadre or a librarian: 护士长, 文化和旅游局干部, 第二文化馆馆员; or a rank alone, its body said after:
// 6. 欧阳丹，主管药师，来自…; or a colon after a bullet, 🔹王一鸣：北京市顺义区文化和旅游局挂职干部，…; the post may end the item, 2. 刘建军，乌敦套海镇党委书记；.)
export const PROFILE_POST_RE = new RegExp(`(?:^|\\n|[。；;:：])\\s*(?:【[^】\\n]{1,8}】|${ITEM_MARK})?` + `(?:本文作者|作者)?([\u4e00-\u9fff]{2,6})(?:[,，]|(?<=(?:[•▪◆■●▶►★☆➤]|${PICTOGRAPH})\\s*[\u4e00-\u9fff]{2,6})[:：])` + /(?=[^,，。;；\n]{4,30}?(?:主任|局长|书记|院长|校长|处长|科长|旗长|县长|区长|市长|镇长|乡长|盟长|部长|会长|队长|技师|护士|护师|药师|经理|董事长|主席|教师|医生|医师|研究员|教授|调研员|农艺师|畜牧师|兽医师|工程师|站长|所长|研究生|讲师|助教|护士长|干部|馆员|科员|总监|技术员|主管|专员|社工|官员|组长|教研员|老师|馆长|园长|行长|厂长|社长|治疗师|康复师|营养师|检验师|麻醉师|助产士|规划师|设计师|教练|教练员|辅导员|演员|放映员)(?:[（(][^（()）\n]{1,10}[）)])?[,，。；;]|(?:副?主任|主治|主管|执业)(?:医师|药师|护师|技师)[,，。；;]|(?:高级|中级|一级|二级)(?:教师|农艺师|畜牧师|兽医师|工程师|讲师)[,，。；;]|副?教授[,，。；;]|副?研究员[,，。；;])/.source, "g");
/** A match of it that opens a numbered row (3. 高远，…). */
export const NUMBERED_ROW = /^[\n。；;:：]?\s*(?:[0-9]{1,2}[.、．]|[(（][0-9一二三四五六七八九十]{1,2}[)）])/;
/** Labels of a contact a body's name may stand right before (旗乡村振兴局联系人：白玉龙). */
const CONTACT_LABELS = "联系人|负责人|经办人|联络员";
/** A notice's labelled person (联系人：马骁, 组长：孟庆和…, 项目经理：孙志强（一级建造师）): the label's name, its spaces gone. */
// (The field may open a bracket: （联系人：杨帆，四子王旗东西部协作工作办公室；电话：…）.)
// (Or a bracket of credits, whatever comes before it: 【责任编辑：郭琳】, 2024年1月15日（联系人：白晓峰; or follow one, its space lost: …研究中心主任）成员：宋雅琴.)
// (A label may follow another field on its line, after a space or a bar: 编辑：王蕾　审核：苏日娜, 编辑：何苗 | 审核：哈斯巴根.)
// (A credit's bar or slash may stand for the colon: 编辑｜宋可欣, （文/周婷　编辑/高阳）; a picture's only with a slash, 图/刘畅, as 图： opens a caption.)
// (Or a body's name right before a contact's label, or its section's after a comma: 旗乡村振兴局联系人：白玉龙, …审批服务科，联系人：孟凡宇. Its lookbehind stands after the label, so that
// the engine still skips ahead to the characters a match can start with.)
/** A working group named before its members' label (课题组成员：, 调研组组长：), or the page or report a credit is of (本版责编：, 本报告执笔：).
 * (A picture's credit 图： only after a space, as a credits line writes it: 记者：特日格乐　图：张宇航; a caption opens a line with it.) */
const GROUP_OF_LABEL = "课题组|项目组|工作组|专家组|调研组|编写组|写作组|本版|本报告|本文|本期";
// (A label may open a line after an emoji, its space lost in normalising: 🔍审核:包红岩.)
export const LABELLED_PERSON_RE = new RegExp(`(?:(?:(?:^|\\n|[ \\t\u3000|｜)）\\uDC00-\\uDFFF\\u2600-\\u27BF\\uFE0F])[ \\t\u3000]*[（(【[]?|[（(【[])(?:${GROUP_OF_LABEL})?(?:${PERSON_LABELS}|文[/／]图|图[/／]文|文|图(?=[ \\t\u3000]*[/／])|图(?<=[ \\t\u3000]图)(?=[:：]))|(?:${CONTACT_LABELS})(?<=[局委办院校司室站所部科股组处馆会心,，;；。](?:${CONTACT_LABELS})))${LABEL_GLOSS}(?:[:：]|[ \\t\u3000]*[|｜/／])[ \\t\u3000]*(?=[\\u4e00-\\u9fff])`, "g");
export const LABEL_ANYWHERE = new RegExp(`(${PERSON_LABELS})${LABEL_GLOSS}(?:[:：]|[ \\t\u3000]*[|｜/／])`);
/** What may follow such a name on its line: the line's end, a bracket, a space or a mark, another field, a phone number whose
 * space was lost (包金山0482-8263175), or a body. */
export const AFTER_LABELLED = /^(?:$|\n|[(（)）】\]\s,，;；。:：、|]|联系|电话|手机|传真|邮箱|0[0-9]{2,3}-[0-9]{7,8}|1[3-9][0-9]{9}|[\u4e00-\u9fff]{1,12}?(?:旗|县|区|市|盟|局|委|办|院|校|公司|中心|镇|乡|苏木))/;
