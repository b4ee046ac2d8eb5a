import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('a town’s station written as its short name, its field and 所 (泗安|自然资源|所)', () => {
  it('reads the station named by the town jieba does not know, after 原 ‘former’ too', () => {
    expect(orgs('梅溪自然资源所工作人员对辖区违法用地进行巡查。')).toEqual(['梅溪自然资源所']);
    expect(orgs('原泗安自然资源所所长因违规办理用地手续被立案审查。')).toEqual(['泗安自然资源所']);
    expect(orgs('城关市场监管所查处过期食品案件3起，新塘财政所完成年度预算。')).toEqual(['城关市场监管所', '新塘财政所']);
  });

  it('reads no station of every town or of the area', () => {
    expect(orgs('各自然资源所要加强日常巡查。')).toEqual([]);
    expect(orgs('辖区自然资源所开展执法巡查。')).toEqual([]);
  });
});

describe('a school one city built in another and named after itself', () => {
  it('names it with the city it stands in first (昌都市|天津|中学, 日喀则市|上海|实验学校)', () => {
    expect(orgs('昌都市天津中学高考上线率达到98%。')).toEqual(['昌都市天津中学']);
    expect(orgs('日喀则市上海实验学校举行新校区启用仪式。')).toEqual(['日喀则市上海实验学校']);
  });

  it('keeps a school after a place the sentence only passes through apart from it', () => {
    expect(orgs('他从北京市来到天津中学任教。')).toEqual(['天津中学']);
  });

  it('reads no school in a kind of school named by what befell it (积石山县灾后学校)', () => {
    expect(orgs('扎实推进积石山县灾后学校恢复重建。')).toEqual([]);
  });
});
