import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Rules found on the orgs19 news set (tests/fixtures/orgs19), tried here on sentences written for them.

describe('a body’s own organs (orgs19)', () => {
  it('reads the executive board or committee of an international body with the body', () => {
    expect(namesOf(entitiesOf('世界银行执行董事会批准了一笔贷款。'), 'organization')).toEqual(['世界银行执行董事会']);
  });

  it('reads the committee that decides a court’s or procuratorate’s cases with the court', () => {
    const es = entitiesOf('县人民法院审判委员会讨论了该案，市人民检察院检察委员会作出决定。');
    expect(namesOf(es, 'organization')).toEqual(expect.arrayContaining(['县人民法院审判委员会', '市人民检察院检察委员会']));
    expect(namesOf(entitiesOf('市中级人民法院审判员出庭。'), 'organization')).toEqual(['市中级人民法院']);
  });
});

describe('names jieba glues to what follows them (orgs19)', () => {
  it('reads a university before its professor or president', () => {
    expect(namesOf(entitiesOf('华中科技大学教授李明介绍了研究进展。'), 'organization')).toEqual(['华中科技大学']);
    expect(namesOf(entitiesOf('一位大学教授表示赞同。'), 'organization')).toEqual([]);
  });

  it('reads a brand before its legal form jieba holds as one word (股份公司)', () => {
    expect(namesOf(entitiesOf('西门子股份公司宣布扩大在华投资。'), 'organization')).toEqual(['西门子股份公司']);
  });
});

describe('a party’s short name after its country (orgs19)', () => {
  it('reads the country’s party jieba files as a common noun, and the word alone after it as the same party', () => {
    const es = entitiesOf('德国基社盟主席表示支持，基社盟将参加联合政府。');
    expect(namesOf(es, 'organization')).toEqual(['德国基社盟']);
    expect(es.find((e) => e.name === '德国基社盟')?.aliases).toEqual(['基社盟']);
  });

  it('reads no kind of party after a country (执政党, 反对党)', () => {
    expect(namesOf(entitiesOf('日本执政党和反对党就预算案展开辩论。'), 'organization')).toEqual([]);
  });
});
