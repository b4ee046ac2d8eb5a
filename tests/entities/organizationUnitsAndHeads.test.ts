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
