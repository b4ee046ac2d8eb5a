import { segment } from '../segment.ts';
import { LAUNCH_VERBS } from './lexicon.ts';

// 推进住房公积金“跨省通办”, 推进政务服务“一网通办”: the field of service a drive is run in, one or two nouns, may stand between
// the verb that launches it and its quoted name. An adjective or a word jieba does not know (推进老旧小区“微改造”: 老旧/x)
// is a target's description, not a field; nor are the people a rule is applied to (推动干部“能上能下”: a principle of cadres).
const FIELD_TAG = /^(?:n|vn)$/;
const PEOPLE = /(?:干部|群众|职工|党员|人员|人才|学生|教师|农民|居民|村民|家长|员工)$/;
const FIELD = /^[\u4e00-\u9fff]{2,6}$/;

/** Whether a verb that launches drives stands right before the nouns of a field that end at `openAt`. */
export function launchedInField(folded: string, openAt: number): boolean {
  const window = folded.slice(Math.max(0, openAt - 8), openAt);
  for (const verb of LAUNCH_VERBS) {
    const at = window.lastIndexOf(verb);
    if (at < 0) continue;
    const field = window.slice(at + verb.length);
    if (!FIELD.test(field) || PEOPLE.test(field)) continue;
    const words = segment(field).tokens;
    if (words.length <= 2 && words.every((w) => FIELD_TAG.test(w.tag))) return true;
  }
  return false;
}
