import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

const campaigns = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'campaign')
    .map((e) => e.mentions.map((m) => m.surface).join('|'))
    .sort();

// Misses of the blind recall audit tests/fixtures/audit/gwr-recall.tsv and sentences of the State Council's reports.
describe('a programme told by its being carried out or tried after its name', () => {
  it('reads …工程 before 的实施, 顺利实施 or 试点 (gwr-2000, gwr-2006, gwr-2004)', () => {
    expect(campaigns('加大长江上游、黄河上中游天然林保护工程的实施力度。')).toEqual(['长江上游、黄河上中游天然林保护工程']);
    expect(campaigns('公共文化基础设施建设进一步加强，文化信息资源共享工程顺利实施。')).toEqual(['文化信息资源共享工程']);
    expect(campaigns('主要用于补助中西部农村教师工资发放、中小学危房改造、中小学现代远程教育工程试点。')).toEqual([
      '中小学现代远程教育工程',
    ]);
  });
  it('reads no construction work, no works a clause of its own sets about, and none named by a count, a rank or a word before it (written for the rule)', () => {
    expect(campaigns('为城市改造工程的顺利实施创造了条件。水利工程的实施要统筹安排。')).toEqual([]);
    expect(campaigns('为区镇的20处小型集中供水工程实施消毒设备改造。')).toEqual([]);
    expect(campaigns('确保重点工程的顺利实施。这项工程的实施将带动就业。全市十大民生工程顺利实施。')).toEqual([]);
    expect(campaigns('为民生实事工程的顺利实施提供保障，推进示范工程试点。')).toEqual([]);
  });
});

describe("a campaign's whole name at each of its mentions", () => {
  it('reads the name again wherever a word ends before it, not only after a verb that launches it (gwr-2010, gwr-1964)', () => {
    expect(campaigns('二是继续大规模实施保障性安居工程。中央财政安排保障性安居工程补助资金551亿元。')).toEqual([
      '保障性安居工程|保障性安居工程',
    ]);
    expect(campaigns('在城乡开展社会主义教育运动。我们相信，随着这次社会主义教育运动的胜利开展，不仅农村的面貌会改变。')).toEqual([
      '社会主义教育运动|社会主义教育运动',
    ]);
  });
  it('takes a quoted name without a head for no campaign where it is a title given (anqing-womens-federation-2024 in kind)', () => {
    expect(campaigns('一是开展“最美家庭”寻找活动，推出市级最美家庭100户。')).toEqual(['“最美家庭”寻找活动']);
  });
});
