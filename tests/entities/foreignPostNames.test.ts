import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/foldText.ts';
import { entitiesOf, namesOf } from './entityTestKit.ts';

const people = (s: string) => namesOf(entitiesOf(s, foldText(s)), 'person');

// Sentences of tests/fixtures/world/foreign-affairs.tsv and others written for the rule (not from any measured set).
describe('a person named after the post a foreign state or international body gives them', () => {
  it('reads the name however jieba cut it, up to the preposition, conjunction or act after it', () => {
    expect(people('法国总统马克龙和德国总理朔尔茨在巴黎共同会见了中国国务院总理李强。')).toEqual(['朔尔茨', '李强', '马克龙']);
    expect(people('越南国家主席梁强和越共中央总书记苏林分别会见了中国代表团。')).toContain('梁强');
    expect(people('土耳其总统埃尔多安在安卡拉会见了伊朗外长阿拉格齐。')).toEqual(['埃尔多安', '阿拉格齐']);
    expect(people('俄罗斯总理米舒斯京在莫斯科会见了中国石油天然气集团有限公司董事长。')).toEqual(['米舒斯京']);
    expect(people('英国首相斯塔默和德国总理默茨通电话。')).toEqual(['斯塔默', '默茨']);
  });
  it('after an international body, an organ of a state, a rank or 兼', () => {
    expect(people('世界卫生组织总干事谭德塞在日内瓦表示，各国应加强合作。')).toEqual(['谭德塞']);
    expect(people('亚洲基础设施投资银行行长金立群在北京会见了欧洲复兴开发银行代表。')).toEqual(['金立群']);
    expect(people('日本外务大臣岩屋毅与韩国外交部长官赵兑烈在东京举行会谈。')).toEqual(['岩屋毅', '赵兑烈']);
    expect(people('沙特王储兼首相穆罕默德·本·萨勒曼在利雅得会见了中方代表团。')).toEqual(['穆罕默德·本·萨勒曼']);
    expect(people('中国驻日本大使馆举行国庆招待会，日本前首相福田康夫出席。')).toEqual(['福田康夫']);
  });
  it('a time word ends the name', () => {
    expect(people('埃及总理詹祖里最近在内阁会议上宣布，将增加投资。')).toEqual(['詹祖里']);
  });
  it('no name where an ordinary word follows the post', () => {
    expect(people('美国总统选举将于明年举行。')).toEqual([]);
    expect(people('美国总统访华期间双方签署协议。')).toEqual([]);
    expect(people('日本首相官邸发表声明。')).toEqual([]);
  });
});
