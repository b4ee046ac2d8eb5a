import { describe, expect, it } from 'vitest';
import { segment, tagOf, tagOfCharAt } from '../../src/entities/segment.ts';
import { finerWords, nameEnd, nameSpan, roleOf } from '../../src/entities/spanBoundary.ts';
import { namesAClass } from '../../src/entities/namedOrClass.ts';
import { entitiesOf, namesOf } from './entityTestKit.ts';

/** The text of nameSpan over `name` in `text`, with `head` characters of head at its end. */
function trimmed(text: string, name: string, head: number): string | undefined {
  const seg = segment(text);
  const at = text.indexOf(name);
  const span = nameSpan(seg, text, at, at + name.length, { headStart: at + name.length - head });
  return span && text.slice(span.start, span.end);
}

describe('span boundaries from the language (spanBoundary)', () => {
  it('gives words their role by jieba tag: function words, verbs, counts and content', () => {
    expect(roleOf({ word: '于', tag: 'p' })).toBe('function');
    expect(roleOf({ word: '了', tag: 'ul' })).toBe('function');
    expect(roleOf({ word: '查处', tag: 'v' })).toBe('predicate');
    expect(roleOf({ word: '三', tag: 'm' })).toBe('count');
    expect(roleOf({ word: '一座座', tag: 'n' })).toBe('count');
    expect(roleOf({ word: '第二', tag: 'm' })).toBe('content');
    expect(roleOf({ word: '银行', tag: 'n' })).toBe('content');
  });

  it('reads the tag of a character of a word by its code as tagOf reads it from the character (tagOfCharAt)', () => {
    // The first two characters of 一座座 and 三个 are what the count test asks about; asked twice, the second answer is the
    // one kept by code.
    for (const word of ['一座座', '三个', '第二', '银行', '并于', 'A股'])
      for (let i = 0; i < word.length; i++) {
        expect(tagOfCharAt(word, i)).toBe(tagOf(word[i]!));
        expect(tagOfCharAt(word, i)).toBe(tagOf(word[i]!));
      }
    expect(tagOfCharAt('三个', 0)).toBe('m');
    expect(tagOfCharAt('三个', 1)).toBe('q');
  });

  it('splits a compound jieba tagged as one word into its words, and function characters off a glued word', () => {
    const text = '我们要严肃查处违规行为，还同外方合作。';
    const seg = segment(text);
    const words = (s: string) => finerWords(seg, text, text.indexOf(s), text.indexOf(s) + s.length).map((w) => w.word);
    expect(words('严肃查处')).toEqual(['严肃', '查处']);
    expect(words('还同')).toEqual(['还', '同']);
  });

  it('drops leading verbs, adverbs, particles and function words from a name (sentences written for the test)', () => {
    expect(trimmed('各地要严肃查处银行违规放贷。', '严肃查处银行', 2)).toBeUndefined();
    expect(trimmed('他们还同国外石油公司签订合同。', '还同国外石油公司', 2)).toBe('国外石油公司');
    expect(trimmed('群众揭露了林彪反党集团的罪行。', '了林彪反党集团', 2)).toBe('林彪反党集团');
    expect(trimmed('这里建起一座座新城。', '一座座新城', 2)).toBeUndefined();
  });

  it('keeps verbs that are words of company names where the caller says so', () => {
    const text = '华源地产控股有限公司召开会议。';
    const seg = segment(text);
    const span = nameSpan(seg, text, 0, 10, { headStart: 6, nameVerbs: (w) => w === '控股' });
    expect(span && text.slice(span.start, span.end)).toBe('华源地产控股有限公司');
  });

  it('cuts a name that runs on into a verb', () => {
    const text = '王建国说要抓好落实。';
    expect(text.slice(0, nameEnd(segment(text), text, 0, 5, 2))).toBe('王建国');
  });
});

describe('a named thing, not a class (namedOrClass)', () => {
  const classOf = (text: string, name: string, head: number) => {
    const at = text.indexOf(name);
    return namesAClass(segment(text), text, at, at + name.length - head);
  };

  it('reads names made only of generic modifiers as classes', () => {
    expect(classOf('鼓励商业银行增加贷款。', '商业银行', 2)).toBe(true);
    expect(classOf('允许外资银行设立分行。', '外资银行', 2)).toBe(true);
    expect(classOf('组建大型企业集团。', '大型企业集团', 2)).toBe(true);
    expect(classOf('加快沿海地区发展。', '沿海地区', 2)).toBe(true);
  });

  it('keeps names with a naming word', () => {
    expect(classOf('中国农业银行发放贷款。', '中国农业银行', 2)).toBe(false);
    expect(classOf('国家开发银行发放贷款。', '国家开发银行', 2)).toBe(false);
    expect(classOf('沈阳第二机床厂投产。', '沈阳第二机床厂', 3)).toBe(false);
    expect(classOf('严厉查处长春长生公司问题疫苗案件。', '长春长生公司', 2)).toBe(false);
  });
});

describe('organizations and places bounded by the language (judged bad on the government work reports: negatives)', () => {
  const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');
  const places = (text: string) => namesOf(entitiesOf(text), 'place');

  it('reads no class of body as an organization', () => {
    for (const text of [
      '鼓励商业银行和外资银行公平竞争。',
      '组建若干大型企业集团和金融控股公司。',
      '深化公立医院综合改革。',
      '严肃查处银行违规行为。',
      '重点检查上市公司信息披露。',
    ])
      expect(orgs(text), text).toEqual([]);
  });

  it('keeps named banks and companies, without the verbs before them', () => {
    expect(orgs('中国农业银行和国家开发银行加大支持力度。')).toEqual(['中国农业银行', '国家开发银行'].sort());
    expect(orgs('依法严厉查处长春长生公司问题疫苗案件。')).toEqual(['长春长生公司']);
  });

  it('reads no slogan, policy or class of area as a place', () => {
    expect(places('坚持港人治港、高度自治。')).toEqual([]);
    expect(places('开展家电下乡和摩托车下乡。')).toEqual([]);
    expect(places('加大对沿海地区和民族地区的支持。')).toEqual([]);
    expect(places('支持产粮大县发展。')).toEqual([]);
    expect(places('合理利用山区资源。')).toEqual([]);
    expect(places('新建工矿区和住宅区。')).toEqual([]);
  });

  it('keeps regions named by a direction or a place word', () => {
    // One entity each under its bare name, the 地区 form an alias (as 亚太 / 亚太地区).
    expect(places('振兴东北地区等老工业基地，加强亚太地区合作。')).toEqual(expect.arrayContaining(['东北', '亚太']));
  });
});

describe('more bounds from the language (sentences written for the test)', () => {
  it('reads two lakes or rivers written side by side as two places, not one (太湖巢湖)', () => {
    const places = namesOf(entitiesOf('重点治理淮河海河辽河、太湖巢湖滇池。'), 'place');
    expect(places).not.toContain('太湖巢湖');
    expect(places).not.toContain('淮河海河');
  });

  it('starts a body at an international body its name ends with (高度评价七十七国集团)', () => {
    expect(namesOf(entitiesOf('我们高度评价七十七国集团在这方面所作出的努力。'), 'organization')).toEqual(['七十七国集团']);
  });

  it('reads 中央人民政府 as the central government, not the party centre', () => {
    expect(namesOf(entitiesOf('现在，我代表中央人民政府作工作报告。'), 'organization')).toEqual(['中央人民政府']);
  });

  it("reads no province's government in a national report that names many provinces (省政府 is any province's)", () => {
    const text =
      '河北省、山西省、辽宁省、吉林省、江苏省、浙江省和广东省的农业生产都有增长。行政公署作为省政府的代表机关，负责对所属各县的工作进行指导。';
    expect(namesOf(entitiesOf(text), 'organization')).toEqual([]);
  });
});
