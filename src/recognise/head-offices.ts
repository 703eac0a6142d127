// A branch named after its head office (国家金融监督管理总局 + 锡林郭勒监管分局…, 国家税务总局 + 锡林郭勒盟税务局), and a hospital's campus after the hospital
// (北京积水潭医院 + 回龙观院区): one body, the branch or the campus, named whole.
import type { Mention } from "./types.js";

const HEAD_OFFICE = /(总局|总行|总公司|总会)$/;
const BRANCH = /(分局|支局|监管局|分行|支行|分公司|支公司|分会|税务局|税务所)$/;
/** A hospital's campus written right after its name (回龙观院区, 南区 before no other word, before its department, 南区急诊科, or
 * before a word joining it to another: 北京同仁医院南区与巴林右旗医院结成帮扶对子). */
// (Not a campus only new or old, 新院区, which is the hospital's building: 阿尔山市人民医院新院区选址 is the hospital; nor a clause's
// words before 院区, 宁城县中心医院也将院区东侧绿地改造.)
const CAMPUS = /^(?:(?![新老旧本主]院区)(?:(?![的在与和及或了对为从向把被由于其该这那也将已还又再都就并而但让使])[\u4e00-\u9fff]){1,4}院区|[东南西北]区(?=$|[^\u4e00-\u9fff]|[的与和及在是于为向]|[\u4e00-\u9fff]{1,4}科))/;

/** The institutions with each branch written right after its head office joined to it (the head office no body of its own
 * there): 国家金融监督管理总局锡林郭勒监管分局太仆寺监管支局. */
export function withHeadOffices(text: string, institutions: Mention[]): Mention[] {
  const starting = new Map(institutions.filter((m) => BRANCH.test(m.name)).map((m) => [m.start, m] as const));
  const joined = new Set<Mention>();
  const out: Mention[] = [];
  for (const head of institutions) {
    const branch = HEAD_OFFICE.test(head.name) ? starting.get(head.end) : undefined;
    if (!branch || joined.has(branch)) continue;
    joined.add(head).add(branch);
    const surface = text.slice(head.start, branch.end);
    out.push({ ...branch, start: head.start, surface, name: surface });
  }
  for (const hospital of institutions) {
    const campus = hospital.label === "Hospital" && !joined.has(hospital) ? CAMPUS.exec(text.slice(hospital.end, hospital.end + 7))?.[0] : undefined;
    if (!campus) continue;
    joined.add(hospital);
    const surface = text.slice(hospital.start, hospital.end + campus.length);
    out.push({ ...hospital, end: hospital.end + campus.length, surface, name: surface });
  }
  return joined.size === 0 ? institutions : [...institutions.filter((m) => !joined.has(m)), ...out].sort((a, b) => a.start - b.start || b.end - a.end);
}
