import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { inferReportMeta } from '../../src/normalize/inferReportMeta.ts';

// Rules from the twenty-second held-out set (an audit bureau's rectification report read to a congress, a county government
// work report), each tried on sentences written for it and on the other held-out reports (曲靖, 三明 lost their false links
// to the issuer too).

/** Each figure's text and the names of what it is linked to, for a report given as text. */
function linksOf(content: string): [string, string[]][] {
  const got = extractReport({ path: 'r.txt', file: 'r.txt', format: 'txt', encoding: 'UTF-8', content, meta: {} });
  const name = new Map(got.entities.map((e) => [e.id, e.name]));
  return got.figures.map((f) => [f.text, f.entities.map((id) => name.get(id) ?? id)]);
}

const HEAD = [
  '关于2023年度市级预算执行审计查出问题整改情况的报告',
  '——2024年12月20日在宁波市第十六届人民代表大会常务委员会第二十次会议上',
  '宁波市审计局局长　陈立军',
  '主任、各位副主任、秘书长、各位委员：',
  '受市人民政府委托，我向市人大常委会报告整改情况，请予审议。',
  '一、整改工作情况',
].join('\n');

describe('the body whose head reads the report under its dateline is its issuer', () => {
  it('reads the body before the post of the byline (受…委托，我向…报告 names only whom it speaks for)', () => {
    expect(inferReportMeta(HEAD, HEAD).issuer).toBe('宁波市审计局');
    const court = HEAD.replace('宁波市审计局局长　陈立军', '宁波市中级人民法院院长 王海平');
    expect(inferReportMeta(court, court).issuer).toBe('宁波市中级人民法院');
  });

  it('leaves the speaker of 我代表… first, and reads no body from a salutation or a person alone', () => {
    const speech = `政府工作报告\n洛川县人民政府县长　韩志强\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。`;
    expect(inferReportMeta(speech, speech).issuer).toBe('县人民政府');
    const bare = HEAD.replace('宁波市审计局局长　陈立军', '陈立军');
    expect(inferReportMeta(bare, bare).issuer).toBeUndefined();
  });

  it('so its own counts done with a partner after 会同 or 与 are the partner’s', () => {
    const text = `${HEAD}\n市审计局会同市财政局对31个部门开展整改“回头看”，发现问题12个。市审计局与市统计局联合开展数据核查，比对数据4.2万条。`;
    expect(linksOf(text)).toEqual([
      ['31个', ['宁波市财政局']],
      ['12个', ['宁波市财政局']],
      ['4.2万条', ['宁波市统计局']],
    ]);
  });
});

describe('the issuer named before a partner after 与/同 works with it as after 会同', () => {
  it('links the joint work to the partner only (市公安局与…签订…协议，定向培养…45名)', () => {
    const text = ['曲靖市公安局2023年工作总结', '一、队伍建设', '市公安局与曲靖师范学院签订警务人才培养合作协议，定向培养辅警45名。'].join(
      '\n',
    );
    expect(linksOf(text)).toEqual([['45名', ['曲靖师范学院']]]);
  });

  it('keeps a body that is not the issuer with its partner', () => {
    const text = ['曲靖市公安局2023年工作总结', '一、队伍建设', '市司法局与曲靖师范学院签订合作协议，联合培养法律人才45名。'].join('\n');
    expect(linksOf(text)[0]![1].sort()).toEqual(['曲靖师范学院', '曲靖市司法局'].sort());
  });
});

describe('the part a firm plays in the works, written before its name, opens the clause on that firm', () => {
  it('gives a clause after ； its own firm (施工单位X, 中标单位X), not the one of the clause before', () => {
    const text = `${HEAD}\n宁波城建投资集团有限公司已核减工程价款3600万元；中标单位浙江甬江建设工程有限公司已退回多计价款820万元。`;
    expect(linksOf(text)).toEqual([
      ['3600万元', ['宁波城建投资集团有限公司']],
      ['820万元', ['浙江甬江建设工程有限公司']],
    ]);
    const built = text.replace('中标单位', '施工单位');
    expect(linksOf(built)[1]).toEqual(['820万元', ['浙江甬江建设工程有限公司']]);
  });
});

describe('a hospital, a school or a firm a subjectless clause builds up owns the counts after it', () => {
  it('links the beds and places added to the hospital and school worked on (推进X新院区建设，新增床位600张)', () => {
    const text = [
      '政府工作报告',
      '一、2024年重点工作',
      '推进宁波市第二医院新院区建设，新增床位600张。加快镇海中学扩建，新增学位450个。',
    ].join('\n');
    expect(linksOf(text)).toEqual([
      ['600张', ['宁波市第二医院']],
      ['450个', ['镇海中学']],
    ]);
  });

  it('not a party or government body worked on, nor a clause that names its own figure', () => {
    const text = ['政府工作报告', '一、2024年重点工作', '支持县委党校新校区建设，新增培训能力500人。'].join('\n');
    expect(linksOf(text)).toEqual([['500人', []]]);
  });
});
