import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio/slim';
import { readReport } from '../../src/read/readReport.ts';
import { readHtml } from '../../src/read/readHtml.ts';
import { extractReport } from '../../src/corpus/extractReport.ts';
import { fixture, readFixture } from './inputFiles.ts';

// A county's report saved from a TRS-style government site: bold headings with their body in the same <p>, <h2>/<h3>
// headings, <br> inside paragraphs, indentation written as &nbsp; and full-width spaces, and nav, share bar, related
// links, footer and scripts around the #zoom container.
const PAGE = 'county-bold-headings.html';

const lines = (html: string) => readHtml(`<html><body><div id="zoom">${html}</div></body></html>`).content.split('\n');

describe('a saved page that writes headings in bold, in <h2>/<h3>, and breaks lines with <br>', () => {
  const raw = readReport(fixture(PAGE));

  it('puts each heading on a line of its own, and strips the indentation', () => {
    expect(raw.content.split('\n')).toEqual([
      '根据市委巡察工作统一部署，2021年3月至5月，市委第二巡察组对青溪县委开展了巡察。6月15日，巡察组向青溪县委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。',
      '一、提高政治站位，扛起整改主体责任',
      '县委把巡察整改作为重大政治任务，成立以县委书记为组长的整改工作领导小组，召开县委常委会会议8次专题研究整改工作。',
      '（一）关于落实主体责任的问题',
      '一是压实整改责任。制定整改方案，明确整改措施56条。二是建立整改台账。实行销号管理，已完成整改49条。',
      '（二）关于学习贯彻党的创新理论的问题',
      '一是健全学习制度。修订县委理论学习中心组学习规则，开展专题学习12次。',
      '二是推动学习成果转化。组织党员干部下基层调研，形成调研报告23篇。',
      '二、聚焦突出问题，推动整改落地见效',
      '（一）关于作风建设的问题',
      '一是整治形式主义。精简文件会议，全县发文数量同比下降31%。二是纠治“四风”问题。查处违反中央八项规定精神问题15起，给予党纪政务处分17人。',
      '（二）关于基层治理的问题',
      '一是加强村级组织建设。调整村党组织书记6名，新建党群服务中心4个。二是规范“三资”管理。清理村集体合同312份，收回集体资金126.5万元。',
      '三、下一步工作打算',
      // A bold word that opens a sentence is stressed, not a heading: the sentence stays whole.
      '县委书记将继续履行第一责任人职责，推动整改工作常态化、长效化。',
      '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0571-12345678；邮政信箱：青溪县人民路1号县委办公室。',
      '中共青溪县委',
      '2021年9月28日',
    ]);
  });

  it('keeps every visible character of the report, in order (only whitespace and line breaks change)', () => {
    const $ = cheerio.load(readFixture(PAGE));
    const visible = (s: string) => s.replace(/[\s\u00a0\u3000]/g, '');
    expect(visible(raw.content)).toBe(visible($('#zoom').text()));
  });

  it('drops the navigation, share bar, related links, footer and scripts', () => {
    for (const chrome of ['新闻中心', '当前位置', '分享到', '打印本页', '相关新闻', '主办单位', 'ICP备', '统计脚本', '切换字号']) {
      expect(raw.content).not.toContain(chrome);
    }
  });

  it('end to end: extractReport finds the sections under their parts and the measures under their sections', () => {
    const ex = extractReport(raw);
    expect(ex.report.title).toBe('中共青溪县委关于县委巡察整改进展情况的通报');
    expect(ex.report.date).toBe('2021-09-28');
    const byId = new Map(ex.report.sections.map((s) => [s.id, s]));
    expect(ex.report.sections.map((s) => [s.level, s.number, s.heading, s.parent && byId.get(s.parent)!.number])).toEqual([
      [1, '一、', '提高政治站位，扛起整改主体责任', null],
      [2, '（一）', '关于落实主体责任的问题', '一、'],
      [2, '（二）', '关于学习贯彻党的创新理论的问题', '一、'],
      [1, '二、', '聚焦突出问题，推动整改落地见效', null],
      [2, '（一）', '关于作风建设的问题', '二、'],
      [2, '（二）', '关于基层治理的问题', '二、'],
      [1, '三、', '下一步工作打算', null],
    ]);
    expect(ex.measures.map((m) => [byId.get(m.section!)!.heading, m.ordinal, m.heading])).toEqual([
      ['关于落实主体责任的问题', '一是', '压实整改责任'],
      ['关于落实主体责任的问题', '二是', '建立整改台账'],
      ['关于学习贯彻党的创新理论的问题', '一是', '健全学习制度'],
      ['关于学习贯彻党的创新理论的问题', '二是', '推动学习成果转化'],
      ['关于作风建设的问题', '一是', '整治形式主义'],
      ['关于作风建设的问题', '二是', '纠治“四风”问题'],
      ['关于基层治理的问题', '一是', '加强村级组织建设'],
      ['关于基层治理的问题', '二是', '规范“三资”管理'],
    ]);
  });
});

describe('which bold runs end a line', () => {
  it('a numbered bold heading in every numbering style breaks from its body', () => {
    for (const [head, body] of [
      ['一、组织领导情况', '县委成立领导小组。'],
      ['(一)关于主体责任的问题', '一是压实责任。'],
      ['（一）关于主体责任的问题。', '一是压实责任。'],
      ['1.强化监督执纪', '查处问题15起。'],
      ['1、强化监督执纪', '查处问题15起。'],
      ['（1）健全制度体系', '修订制度8项。'],
      ['第一部分　整改工作总体情况', '县委高度重视。'],
    ]) {
      expect(lines(`<p>&nbsp;&nbsp;<strong>${head}</strong>${body}</p>`)).toEqual([head, body]);
    }
  });

  it('an unnumbered bold phrase before its body is a heading; adjacent bold elements make one run', () => {
    expect(lines('<p>　　<b>坚持问题导向抓整改</b>对照反馈意见逐条研究。</p>')).toEqual(['坚持问题导向抓整改', '对照反馈意见逐条研究。']);
    expect(lines('<p><b>（一）</b><b>关于作风建设的问题</b>一是整治形式主义。</p>')).toEqual([
      '（一）关于作风建设的问题',
      '一是整治形式主义。',
    ]);
    expect(lines('<p><b>一、总体情况</b>（一）强化组织领导。</p>')).toEqual(['一、总体情况', '（一）强化组织领导。']);
    expect(lines('<p><span style="font-weight: 700">强化组织领导</span>成立整改工作领导小组。</p>')).toEqual([
      '强化组织领导',
      '成立整改工作领导小组。',
    ]);
  });

  it('bold words inside a sentence, a bold number alone, a bold lead sentence or label stay on the line', () => {
    for (const html of [
      '<p>　　<strong>县委书记</strong>亲自部署整改工作。</p>',
      '<p>县委<strong>高度重视</strong>巡察整改工作。</p>',
      '<p><b>一、</b>提高政治站位，全面推进整改。</p>',
      '<p><strong>一是压实整改责任。</strong>县委成立领导小组。</p>',
      '<p><strong>一是压实整改责任</strong>，县委成立领导小组。</p>',
      '<p><strong>主要做法：</strong>县委成立领导小组。</p>',
      '<p><strong>东莞市委常委会</strong>、市政府党组先后召开会议。</p>',
      '<p><strong>中共青溪县委常委会</strong>高度重视巡察整改工作。</p>',
      '<p><b>一、提高政治站位</b>（牵头单位：县委办公室）</p>',
    ]) {
      expect(lines(html)).toHaveLength(1);
    }
  });

  it('<br> breaks lines, also inside a bold run, and indentation at a line start goes', () => {
    expect(
      lines('<p>　　第一行文字<br/>&nbsp;&nbsp;&nbsp;&nbsp;第二行文字<br><b>（二）关于作风建设的问题<br>二是改进作风。</b></p>'),
    ).toEqual(['第一行文字', '第二行文字', '（二）关于作风建设的问题', '二是改进作风。']);
    expect(lines('<h3>　　三、下一步工作打算</h3><p>　　县委将持续用力。</p>')).toEqual(['三、下一步工作打算', '县委将持续用力。']);
  });
});

describe('a bold heading followed by a bold enumerated action', () => {
  it('ends before the action, which stays with its body', () => {
    expect(lines('<p><b>（一）关于落实主体责任的问题</b><b>一是压实整改责任。</b>制定整改方案。</p>')).toEqual([
      '（一）关于落实主体责任的问题',
      '一是压实整改责任。制定整改方案。',
    ]);
  });
});
