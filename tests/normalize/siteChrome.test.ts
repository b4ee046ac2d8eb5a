import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/normalize/cleanText.ts';
import { isSiteChrome } from '../../src/normalize/isSiteChrome.ts';

const BODY_1 =
  '根据省委统一部署,2021年3月30日至6月18日,省委第二巡视组对杭州市进行了巡视。2021年8月30日,省委巡视组向杭州市委反馈了巡视意见。';
const BODY_2 =
  '一是全面打响水污染防治攻坚战。出台《东莞市水污染防治行动计划实施方案》等“1+N”文件,成立全市治水指挥部,大幅提升污水治理进度。';

describe('website chrome around a report is removed and recorded', () => {
  it('head: site owner, co-operator, licence numbers, breadcrumb, posting line, toolbar', () => {
    const head = [
      '主办单位：中共浙江省纪律检查委员会 浙江省监察委员会',
      '承办单位:浙江在线',
      '浙ICP备05007654号-1 浙公网安备 33010602000001号',
      '当前位置：首页 > 巡视巡察 > 整改通报',
      '发布时间：2021-10-15 10:20 来源：省纪委监委网站',
      '【字体：大 中 小】【打印本页】【关闭窗口】',
      '分享到：',
    ];
    const { text, removed } = cleanText([...head, BODY_1, BODY_2].join('\n'));
    expect(text).toBe(`${BODY_1}\n${BODY_2}`);
    expect(removed).toEqual(head);
  });

  it('tail: after the signature, buttons, neighbours and footer go; the signature stays', () => {
    const tail = [
      '上一篇：中共绍兴市委关于省委巡视整改进展情况的通报',
      '下一篇：中共宁波市委关于省委巡视整改进展情况的通报',
      '打印 | 关闭',
      '版权所有 © 中共浙江省纪律检查委员会',
      '网站标识码：3300000001',
    ];
    const { text, removed } = cleanText([BODY_1, BODY_2, '中共杭州市委', '2021年10月15日', ...tail].join('\n'));
    expect(text).toBe(`${BODY_1}\n${BODY_2}\n中共杭州市委\n2021年10月15日`);
    expect(removed).toEqual(tail);
  });

  it('a reprint notice that reads like a sentence is still chrome at the edge of the page', () => {
    const notice = '本网站所刊登的各种新闻、信息和各种专题专栏资料,均为本网版权所有,未经协议授权,禁止下载使用。';
    const reprint = '未经本网书面许可,任何单位和个人不得转载、摘编或以其他方式使用本网内容。';
    const { text, removed } = cleanText([notice, BODY_1, BODY_2, '中共杭州市委', reprint].join('\n'));
    expect(text).toBe(`${BODY_1}\n${BODY_2}\n中共杭州市委`);
    expect(removed).toEqual([notice, reprint]);
  });

  it('never touches the body, even a body line that mentions a website or printing', () => {
    const inside = '来源:群众来信反映的问题全部办结。';
    const content = [BODY_1, inside, '打印', BODY_2].join('\n');
    expect(cleanText(content).text).toBe(content);
  });

  it('keeps a report heading at the top and the contact sentence at the end', () => {
    const content = [
      '中共杭州市委关于省委巡视整改进展情况的通报',
      BODY_1,
      '欢迎广大干部群众对巡视整改落实情况进行监督。联系方式:电话0571-85252000;邮政编码:310025。',
    ].join('\n');
    expect(cleanText(content)).toEqual({ text: content, removed: [] });
  });
});

describe('page-break markers and whitespace', () => {
  it('strips [NextPage] markers anywhere, recording each', () => {
    const { text, removed } = cleanText(`${BODY_1}\n[NextPage][/NextPage]二、聚焦问题精准发力\n${BODY_2}[NextPage]\n[/NextPage]`);
    expect(text).toBe(`${BODY_1}\n二、聚焦问题精准发力\n${BODY_2}`);
    expect(removed).toEqual(['[NextPage][/NextPage]', '[NextPage]', '[/NextPage]']);
  });

  it('CRLF and CR become LF, blank-line runs one newline, edge spaces and indentation go, inner runs collapse', () => {
    const { text, removed } = cleanText(`\uFEFF\r\n　　${BODY_1}  \r\n\r\n\r\n\t${BODY_2}\r二、聚焦问题   精准发力\u00A0\n\n`);
    expect(text).toBe(`${BODY_1}\n${BODY_2}\n二、聚焦问题 精准发力`);
    expect(removed).toEqual([]);
  });

  it('zero-width characters and control characters (a DOS ^Z at the end) are not text', () => {
    expect(cleanText(`${BODY_1.slice(0, 10)}\u200B${BODY_1.slice(10)}\n${BODY_2}\x1a`).text).toBe(`${BODY_1}\n${BODY_2}`);
  });

  it('other kinds of space (no-break, thin, form feed) become a plain space', () => {
    expect(cleanText(`${BODY_1}\n党内警告\u00A06人\u2009严重警告\f7人`).text).toBe(`${BODY_1}\n党内警告 6人 严重警告 7人`);
  });

  it('keeps a single ideographic space between items as written', () => {
    const line = '给予党纪处分22人　其中党内警告6人';
    expect(cleanText(`${BODY_1}\n${line}`).text).toBe(`${BODY_1}\n${line}`);
  });
});

describe('isSiteChrome', () => {
  it.each([
    '主办单位:中共广东省纪律检查委员会 广东省监察委员会',
    '合作单位:南方新闻网',
    '粤ICP备2024185129号',
    '京ICP证030173号',
    '您现在的位置：网站首页 > 工作动态',
    '首页 > 新闻中心 > 正文',
    '【打印】【关闭】',
    '打印本页 | 关闭窗口 | 返回顶部',
    '字号：大 中 小',
    '责任编辑：张三',
    '浏览次数：1024',
    '相关链接',
  ])('chrome: %s', (line) => expect(isSiteChrome(line)).toBe(true));

  it.each([
    '中共东莞市委',
    '2018年11月26日',
    '一、全面向上对标对表,坚决落实巡视整改政治责任',
    '中共上海市徐汇区委员会关于十二届市委第二轮巡视集中整改进展情况的通报',
    '大力推动“四个根本性提升”',
    '关闭违规企业32家,打印台账。',
  ])('not chrome: %s', (line) => expect(isSiteChrome(line)).toBe(false));
});
