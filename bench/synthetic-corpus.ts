// A seeded corpus of articles written from the gazetteer and the sentence patterns real reports use.
import { defaultGazetteer } from "../src/gazetteer/index.js";
import { seededRandom } from "./synthetic-graph.js";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华".split("");
const CORES = "金泰丰华瑞祥兴隆和顺安康宏远鑫源绿峰草原牧歌".split("");

/** Returns `count` articles of about `size` characters each. */
export function synthesiseCorpus(count: number, size = 3000, seed = 7): { name: string; text: string }[] {
  const g = defaultGazetteer();
  const rand = seededRandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const districts = g.units.filter((u) => u.label === "District");
  const banners = g.units.filter((u) => u.label === "Banner");
  const word = (n: number) => Array.from({ length: n }, () => pick(CORES)).join("");
  const person = () => pick(SURNAMES) + pick(GIVEN) + (rand() < 0.5 ? pick(GIVEN) : "");
  const out: { name: string; text: string }[] = [];
  for (let a = 0; a < count; a++) {
    const d = pick(districts);
    const b = pick(banners);
    const league = g.parent(b.id)!;
    const parts = [`${b.name}京蒙协作工作纪实（${a}）\n\n□${person()} ${person()}\n`];
    while (parts.join("").length < size) {
      const amount = `${Math.floor(rand() * 9000) + 10}${rand() < 0.3 ? "余" : ""}万元`;
      const town = word(2) + pick(["镇", "乡", "苏木"]);
      const village = word(2) + pick(["村", "嘎查"]);
      const sentences = [
        `北京市${d.name}对口帮扶${league.name}${b.name},两地协作不断深化。`,
        `${d.name}投入${amount}实施${word(2)}产业项目,带动${b.name}${town}${village}群众增收。`,
        `北京${word(2)}${pick(["科技有限公司", "农牧业有限公司", "集团"])}投资${amount}在${b.name}建设${word(2)}基地。`,
        `来自北京市${d.name}${word(2)}医院的主任医师${person()}在${b.name}人民医院开展为期${Math.floor(rand() * 60) + 10}天的医疗帮扶工作。`,
        `北京市${d.name}${word(2)}小学的一名教师${person()}赴${b.name}支教。`,
        `${d.name}${word(2)}街道与${b.name}${word(2)}街道结对帮扶,捐助${amount}。`,
        `乡村振兴,产业兴旺是基石,京蒙协作开始从输血式帮扶走向造血式协作,产业协作共赢成为新的主题。`,
        `截至目前,当地农特产品销售突破${amount},累计培训农牧民${Math.floor(rand() * 5000)}人次。`,
      ];
      parts.push(pick(sentences));
      if (rand() < 0.2) parts.push("\n");
    }
    out.push({ name: `synthetic-${String(a).padStart(5, "0")}.txt`, text: parts.join("") });
  }
  return out;
}
