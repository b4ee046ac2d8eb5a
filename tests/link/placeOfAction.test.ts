import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const links = figureLinks;
const place = (name: string, text: string) => makeEntity('place', name, text);
const org = (name: string, text: string) => makeEntity('organization', name, text);

// The gold links a figure to "the place of the quantity" named in its sentence (5人死亡 → 高埗镇). A place written as where
// the action happens (在X, or X某单位 for an unnamed party) is that place for the figures that follow in the sentence.
describe('linkReport: the place where the action happens', () => {
  it('links the figures after 在X to X', () => {
    const text = '示范区建设在嘉善县全面启动,引进重大项目31个,总投资427.5亿元。';
    expect(links(text, [place('嘉善县', text)])).toEqual([
      ['31个', ['嘉善县']],
      ['427.5亿元', ['嘉善县']],
    ]);
  });

  it('takes the places coordinated after 在', () => {
    const text = '在新昌县、嵊州市推广线上问诊应用,累计服务群众152万人次。';
    expect(links(text, [place('新昌县', text), place('嵊州市', text)])).toEqual([['152万人次', ['新昌县', '嵊州市']]]);
  });

  it('takes a town written right after its county after 在, and the towns coordinated with it', () => {
    const text = '在沂源县鲁村镇、东里镇实施水源涵养工程,完成矿山生态修复1860亩。';
    expect(links(text, [place('沂源县', text), place('鲁村镇', text), place('东里镇', text)])).toEqual([
      ['1860亩', ['沂源县', '鲁村镇', '东里镇']],
    ]);
  });

  it('links a count to the body that acts on the counted things after 被, not to the places of the clause before', () => {
    const text = '实施宁固镇校舍改造项目14个,其中7所学校被晋中市教育局评为市级标准化学校。';
    expect(links(text, [place('宁固镇', text), org('晋中市教育局', text)])).toEqual([
      ['14个', ['宁固镇']],
      ['7所', ['晋中市教育局']],
    ]);
  });

  it('keeps the subject for things counted in units it visits (…10个乡镇（街道）的42所学校), not when the units act', () => {
    const person = (name: string, text: string) => makeEntity('person', name, text);
    const text = '副局长阎秀梅同志带队深入10个乡镇（街道）的42所学校开展专项督导。';
    expect(links(text, [person('阎秀梅', text)])).toEqual([
      ['10个', ['阎秀梅']],
      ['42所', ['阎秀梅']],
    ]);
    const acting = '阎秀梅同志带队督导,10个乡镇（街道）召开会议42场。';
    expect(links(acting, [person('阎秀梅', acting)])).toEqual([
      ['10个', ['阎秀梅']],
      ['42场', []],
    ]);
  });

  it('reads X某单位 as the place of a case', () => {
    const text = '严肃查处海盐县某单位违规发放津补贴问题,追缴违规资金56.8万元。';
    expect(links(text, [place('海盐县', text)])).toEqual([['56.8万元', ['海盐县']]]);
  });

  it('keeps the acting body and adds the place; a later 在Y replaces X', () => {
    const text = '市建设集团在雄安新区承建项目21个;在深圳市新签合同额218.3亿元。';
    expect(links(text, [org('市建设集团', text), place('雄安新区', text), place('深圳市', text)])).toEqual([
      ['21个', ['市建设集团', '雄安新区']],
      ['218.3亿元', ['市建设集团', '深圳市']],
    ]);
  });

  it('drops the place once an unnamed body stands between it and the figure', () => {
    const text = '在高埗镇发生一起事故,造成2人受伤,对相关部门3名工作人员进行问责。';
    expect(links(text, [place('高埗镇', text)])).toEqual([
      ['2人', ['高埗镇']],
      ['3名', []],
    ]);
  });
});

// links14 (written before the rule): 邵福寺村依托夹山寺发展民宿14家 (held-out 常德) linked the temple the village relies on.
describe('linkReport: what a subject relies on (依托/依靠/借助 X)', () => {
  it('is not what the subject counts', () => {
    const text = '石桥村依托青龙寺发展农家乐26家。';
    expect(links(text, [place('石桥村', text), org('青龙寺', text)])).toEqual([['26家', ['石桥村']]]);
  });

  it('stays where no subject opens the clause (the places relied on are where the work is)', () => {
    const text = '依托五峰山开发登山线路12条。';
    expect(links(text, [place('五峰山', text)])).toEqual([['12条', ['五峰山']]]);
  });
});
