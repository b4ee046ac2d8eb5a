import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/foldText.ts';
import { entitiesOf } from './entityTestKit.ts';

const laws = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.type === 'regulation')
    .map((e) => e.mentions.map((m) => m.surface).join('|'))
    .sort();

// Sentences of the State Council's work reports (gwr-1982 … gwr-2016), of the news set and sentences written for the rule.
describe('laws named without title marks', () => {
  it('reads the constitution and laws named for a thing (gwr-2008, gwr-1982, gwr-2004)', () => {
    expect(laws('必须坚持依法行政。遵守宪法和法律是政府工作的根本原则。')).toEqual(['宪法']);
    expect(laws('认真贯彻执行专利法，鼓励和保护发明创造。')).toEqual(['专利法']);
    expect(laws('严格按照香港基本法和澳门基本法办事。')).toEqual(['澳门基本法', '香港基本法']);
  });
  it('reads a law named for what it does only after a verb of law (gwr-1992, gwr-2008)', () => {
    expect(laws('继续坚定不移地执行民族区域自治法。')).toEqual(['民族区域自治法']);
    expect(laws('认真贯彻实施行政许可法，推进行政审批制度改革。')).toEqual(['行政许可法']);
    expect(laws('推广满负荷工作法。水泥生产的窑外分解法可以节约能源。宣传唯物论、辩证法。')).toEqual([]);
  });
  it('reads a kind of law named with its field (行政|诉讼法) and a law after a verb jieba glued to its adverb (written for the rule)', () => {
    expect(laws('各级法院要认真执行行政诉讼法，支持行政机关依法行政。')).toEqual(['行政诉讼法']);
    expect(laws('法院和学校一起深入宣传未成年人保护法，办好家长课堂。')).toEqual(['未成年人保护法']);
    expect(laws('要宣传好的工作方法，改进宣传办法。')).toEqual([]);
  });
  it('reads no way, act or slogan in 法 (gwr)', () => {
    expect(laws('改进教学方法，制定实施办法，严格执法，遵纪守法，该法规定，全面贯彻农业“八字宪法”。')).toEqual([]);
  });
});

describe('plan outlines named without title marks', () => {
  it('reads …规划纲要 and …发展纲要 back to the verb that carries them out (gwr-2012, gwr-2008, gwr-2010)', () => {
    expect(laws('深入贯彻落实教育改革和发展规划纲要。')).toEqual(['教育改革和发展规划纲要']);
    expect(laws('我们制定了国家中长期科学和技术发展规划纲要。')).toEqual(['国家中长期科学和技术发展规划纲要']);
    expect(laws('要抓紧启动实施国家中长期教育改革和发展规划纲要。')).toEqual(['国家中长期教育改革和发展规划纲要']);
  });
  it('starts after a document joined by 和, and reads no outline named by its years alone (gwr-2004, gwr-1978)', () => {
    expect(laws('抓紧制定文化体制改革总体方案和文化发展纲要。')).toEqual(['文化发展纲要']);
    expect(laws('国务院对十年规划纲要作了进一步的补充。')).toEqual([]);
  });
});

describe('treaties named in quotation marks', () => {
  it('reads a treaty, convention or charter in “” or 「」, the traditional form by its simplified name (gwr-1984, gwr-1954)', () => {
    expect(laws('我国决定加入“不扩散核武器条约”。')).toEqual(['不扩散核武器条约']);
    const traditional = '美國拼湊了「東南亞集體防務條約」。';
    const treaty = entitiesOf(traditional, foldText(traditional)).find((e) => e.type === 'regulation');
    expect([treaty?.name, treaty?.mentions[0]?.surface]).toEqual(['东南亚集体防务条约', '東南亞集體防務條約']);
    expect(laws('他们签订了“城市合作协定”和“区域发展公约”。')).toEqual(['区域发展公约', '城市合作协定']);
  });
  it('reads no quoted phrase that is not a document (“条约精神”, “三个代表”)', () => {
    expect(laws('要发扬“条约精神”，践行“三个代表”。')).toEqual([]);
  });
});

// Sentences of gwr-1956, gwr-2008, gwr-2012 and sentences written for the rules (tests/fixtures/campreg/genre-sentences.tsv).
describe('rules named without title marks (…条例, …若干规定, …实施细则)', () => {
  it('reads a rule back to the verb that carries it out or cites it (gwr-2008, gwr-2012, gwr-1956)', () => {
    expect(laws('全面贯彻党的宗教工作基本方针，落实宗教事务条例，发挥宗教界人士作用。')).toEqual(['宗教事务条例']);
    expect(laws('严格保护耕地。制定出台农村集体土地征收补偿条例。')).toEqual(['农村集体土地征收补偿条例']);
    expect(laws('国家已经在本年修订公布了文化娱乐税条例，并且规定对戏曲免税。')).toEqual(['文化娱乐税条例']);
    expect(laws('严格执行党政机关厉行节约反对浪费条例，公务接待费用下降12%。')).toEqual(['党政机关厉行节约反对浪费条例']);
    expect(laws('按照信访工作条例规定，及时受理群众来信来访。依据问责条例对12名领导干部进行问责。')).toEqual(['信访工作条例', '问责条例']);
  });
  it('reads a body’s rules of procedure (…工作规则, …议事规则) named by whose work they rule, and the civil code (written for the rules)', () => {
    expect(laws('严格遵守监督执纪工作规则，全年未发生以案谋私问题。')).toEqual(['监督执纪工作规则']);
    expect(laws('认真执行市政府常务会议议事规则。完善议事规则。遵守交通规则。')).toEqual(['市政府常务会议议事规则']);
    expect(laws('深入贯彻实施民法典，开展宣传活动。')).toEqual(['民法典']);
  });
  it('reads the party’s or the state’s rule by its issuer named first, after 的 (written for the rule)', () => {
    expect(laws('组织学习新修订的中国共产党纪律处分条例，开展党纪知识测试。')).toEqual(['中国共产党纪律处分条例']);
  });
  it('reads a law’s implementing rule with the law, and a law’s nouns (and the act it is named for) before it after a verb of law or in a list; whose law (国家) is no part of its name', () => {
    expect(laws('严格执行监察法实施条例，规范留置措施使用。')).toEqual(['监察法实施条例']);
    expect(laws('严格依照公职人员政务处分法和监察法实施条例的规定，给予政务处分35人。')).toEqual(['公职人员政务处分法', '监察法实施条例']);
    expect(laws('认真贯彻执行保守国家秘密法。认真执行国家教师法。')).toEqual(['保守国家秘密法', '教师法']);
    expect(laws('深入学习宣传贯彻监察法、公职人员政务处分法。认真贯彻执行安全生产法。')).toEqual([
      '公职人员政务处分法',
      '安全生产法',
      '监察法',
    ]);
  });
  it('reads no rule named by a general word, a norm, or a rule after a noun or 的 (gwr-1978, gwr-1964, gwr-1988, gwr-2004)', () => {
    expect(laws('修改和制订工、农、商、学、兵各个方面的工作条例。制定环境保护的法令和条例。')).toEqual([]);
    expect(laws('提出了一些工作条例草案。认真实施军队的条令条例。')).toEqual([]);
    expect(laws('我们一贯遵循国际关系准则。根据国际准则确定该地区的自治。')).toEqual([]);
    expect(laws('认真落实国务院颁布的实施民族区域自治法若干规定。')).toEqual(['民族区域自治法']);
  });
});

// Sentences of gwr-1956, gwr-1958, gwr-1980, gwr-2012, xuhui-2023 and sentences written for the rule.
describe('titles 关于…的意见/决定/通知 named without title marks', () => {
  it('reads a title right after the verb that issues or carries it out, with 的 or 了 between (gwr-2012, gwr-1956)', () => {
    expect(laws('出台关于保障性安居工程建设和管理的指导意见，完善财政投入。')).toEqual(['关于保障性安居工程建设和管理的指导意见']);
    expect(laws('国务院根据西藏地方政府的要求所作的关于帮助西藏地方进行建设事项的决定，已经在执行中。')).toEqual([
      '关于帮助西藏地方进行建设事项的决定',
    ]);
    expect(laws('市纪委监委制定了关于加强对“一把手”和领导班子监督的实施办法，压实监督责任。')).toEqual([
      '关于加强对“一把手”和领导班子监督的实施办法',
    ]);
  });
  it('reads a title right after its issuer, the issuer left out of the name (gwr-1980, gwr-1958)', () => {
    expect(laws('根据党中央关于加快农业发展若干问题的决定，各地区在尊重社队自主权的前提下。')).toEqual(['关于加快农业发展若干问题的决定']);
    expect(laws('中共中央和国务院关于兴修农田水利和积肥运动的决定的发布。')).toEqual(['关于兴修农田水利和积肥运动的决定']);
  });
  it('reads no views heard, no 关于 after another word and no kind of document running on (xuhui-2023, written for the rule)', () => {
    expect(laws('认真听取关于整改工作的意见，广泛征求关于干部作风的意见和建议。')).toEqual([]);
    expect(laws('落实习近平总书记关于巡视工作的重要论述,深刻领会“两个确立”的决定性意义。')).toEqual([]);
    expect(laws('制定关于加强监督的决定性措施。')).toEqual([]);
  });
});
