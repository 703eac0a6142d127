// Studios named after their masters (孙卫东名校长工作室, 李春雷劳模创新工作室, 刘建国焊接技能大师工作室): the master named before the
// honour, a trade perhaps between.
import { hasNonNameChars, hasSurname, isMongolianName } from "./person-names.js";

/** The honours a studio is named for, right before 工作室. */
const HONOUR = /(名校长|名园长|名班主任|名教师|名师|名医|名中医|名蒙医|劳模工匠创新|劳模创新|工匠创新|职工创新|劳模|工匠|技能大师|专家)$/;

export interface StudioMaster { start: number; name: string }

/** The master whose name opens the studio whose 工作室 starts at `s`, with `ordinary` telling a trade's word (焊接) from a name. */
export function studioMaster(text: string, s: number, ordinary: (word: string) => boolean): StudioMaster | undefined {
  if (!text.startsWith("工作室", s)) return undefined;
  const honour = HONOUR.exec(text.slice(Math.max(0, s - 6), s));
  if (!honour) return undefined;
  const end = s - honour[0].length;
  // The name right before the honour, or before a trade of one word between: 京蒙协作孙卫东 is 孙卫东, 刘建国焊接 is 刘建国.
  // (A trade's word first, so that 国焊接 is not read for 刘建国 before 焊接.)
  for (const trade of [4, 3, 2, 0]) {
    // (A trade only before an honour of skill, not a body's kind before a doctor's: 蒙中医院名医工作室.)
    if (trade > 0 && (!/(技能大师|劳模|工匠)/.test(honour[0]) || !ordinary(text.slice(end - trade, end)))) continue;
    for (const len of [4, 3, 2]) {
      const name = text.slice(end - trade - len, end - trade);
      if (name.length !== len || !/^[\u4e00-\u9fff]+$/.test(name)) continue;
      if ((isMongolianName(name, 2) && !hasNonNameChars(name)) || (len <= 3 && hasSurname(name) && !hasNonNameChars(name) && !ordinary(name))) return { start: end - trade - len, name };
    }
  }
  return undefined;
}
