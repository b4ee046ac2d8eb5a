import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

// Sentences written for the rules (orgs17), none of the sentence set's.
describe('the units and organs a body keeps, named after it', () => {
  it('reads a circuit court of the supreme court by its number', () => {
    expect(orgs('最高人民法院第五巡回法庭在重庆审理一起合同纠纷。')).toEqual(['最高人民法院第五巡回法庭']);
  });
  it('reads a procuratorate’s department whose head jieba glued to the word after it (检察|部对/x)', () => {
    expect(orgs('县人民检察院第二检察部对该案依法提起公诉。')).toEqual(['县人民检察院第二检察部']);
  });
  it('reads the council and the secretariat of an international body as its own', () => {
    expect(orgs('世界贸易组织总理事会审议了争端解决机制改革。')).toEqual(['世界贸易组织总理事会']);
    expect(orgs('东南亚国家联盟秘书处发布经济展望报告。')).toEqual(['东南亚国家联盟秘书处']);
  });
  it('reads a level’s academy with its institute, and a level’s vocational college', () => {
    expect(orgs('市农业科学院蔬菜研究所培育出新品种。')).toEqual(['市农业科学院蔬菜研究所']);
    expect(orgs('县职业技术学院与企业共建实训基地。')).toEqual(['县职业技术学院']);
  });
});

describe('courts a place sets up for one field', () => {
  it('reads the place’s court of that field, however generic the field’s word', () => {
    expect(orgs('北京金融法院审结一起证券虚假陈述案。')).toEqual(['北京金融法院']);
  });
});

describe('names cut where jieba read a word of another kind', () => {
  it('keeps the 区 of a park’s 园区 in the company named after it (产业园|区)', () => {
    expect(orgs('滨海产业园区开发建设有限公司完成融资10亿元。')).toEqual(['滨海产业园区开发建设有限公司']);
  });
  it('reads 组织 jieba tags as a verb as the head of a foreign body after its field', () => {
    expect(orgs('巴基斯坦空间研究组织发射了一颗遥感卫星。')).toEqual(['巴基斯坦空间研究组织']);
    expect(orgs('在马良镇汉江堤段组织全市防汛演练。')).toEqual([]);
  });
  it('opens an institution’s name at a side of the country jieba read as a direction (南方/f|科技|大学)', () => {
    expect(orgs('北方工业大学与企业共建实验室。')).toEqual(['北方工业大学']);
  });
  it('opens a state company’s name at 中 jieba cut off a name it knows (中|铁十八局), not at the postposition', () => {
    expect(orgs('中铁十八局集团承建了这条隧道。')).toEqual(['中铁十八局集团']);
    expect(orgs('在这次活动中铁路公司表现突出。')).toEqual([]);
  });
});

describe('a CPPCC’s standing committee and committees', () => {
  it('reads the standing committee as a body of its own, by its level word or after the CPPCC’s full name', () => {
    expect(orgs('市政协常委会听取了提案办理情况的报告。')).toEqual(['市政协常委会']);
    expect(orgs('政协台州市第六届委员会常务委员会召开第五次会议。')).toEqual(['政协台州市委员会常务委员会']);
  });
  it('reads a committee whose last field jieba tags a verb after 和 (文史|和|学习/v|委员会)', () => {
    expect(orgs('县政协文化文史和学习委员会征集史料80篇。')).toEqual(['县政协文化文史和学习委员会']);
  });
});

describe('the federations of one place’s fellowships in another', () => {
  it('are named with the place they sit in first', () => {
    expect(orgs('澳门江门同乡总会组织会员回乡考察。')).toEqual(['澳门江门同乡总会']);
    expect(orgs('香港广东社团联会举办国庆酒会。')).toEqual(['香港广东社团联会']);
  });
});

describe('a police bureau’s corps', () => {
  it('reads a corps jieba knows by its work as the bureau’s, named with it', () => {
    expect(orgs('县公安局交警大队在国道沿线设置执勤点。')).toEqual(['县公安局交警大队']);
  });
  it('reads a corps named by a distinguishing word and its work (刑事/b|侦查|支队) with the bureau', () => {
    expect(orgs('市公安局刑事侦查支队破获电信诈骗案件36起。')).toEqual(['市公安局刑事侦查支队']);
  });
});
