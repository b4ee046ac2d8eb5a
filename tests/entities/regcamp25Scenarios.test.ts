import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';
import { foldText } from '../../src/text/foldText.ts';
import { entitiesOf } from './entityTestKit.ts';

// The misses of regcamp25's hand-written set, read again on sentences of the State Council reports (gwr-1960) and on
// sentences written apart from the set, with the readings the rules must leave alone.
const campaigns = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);
const regulations = (text: string) =>
  entitiesOf(text, foldText(text))
    .filter((e) => e.type === 'regulation')
    .map((e) => e.name)
    .sort();

describe('movements named by a deed, launched with a description closed by 的', () => {
  it('reads the movement of a State Council report (gwr-1960)', () => {
    expect(campaigns('去年十月以来，全国各地又普遍展开了一个群众性的养猪运动，并且以养猪为首。')).toEqual(['养猪运动']);
    expect(campaigns('两年以来还普遍开展了群众性的土壤普查运动，各地正在把普查所得的资料加以科学分析。')).toEqual(['土壤普查运动']);
  });

  it('reads a deed of two characters after a bare launch verb, and no one who moves nor a field', () => {
    expect(campaigns('并在东北大力开展扫盲运动。')).toEqual(['扫盲运动']);
    expect(campaigns('开展群众运动和体育运动。')).toEqual([]);
    expect(campaigns('开展了新的运动。')).toEqual([]);
  });
});

describe('works sought, numbered formulas, drives of mending', () => {
  it('reads a work sought, not a plan to fulfil', () => {
    expect(campaigns('积极争取农网巩固提升工程，改造线路86公里。')).toEqual(['农网巩固提升工程']);
    expect(campaigns('争取超额完成计划。')).toEqual([]);
  });

  it('reads a numbered formula in 化 as a name, an adverb in 化 as a manner', () => {
    expect(campaigns('实施“四边三化”示范工程。')).toEqual(['“四边三化”示范工程']);
    expect(campaigns('推行“清单化”管理。')).toEqual([]);
  });

  it('reads a launched drive of mending by its field, not the ordinary work', () => {
    expect(campaigns('开展城乡环境整治行动。')).toEqual(['城乡环境整治行动']);
    expect(campaigns('开展环境整治行动。')).toEqual([]);
  });
});

describe('ordinances a legislature passes, approves, amends and repeals', () => {
  it('reads them unquoted, with a subject joined by 与', () => {
    expect(regulations('批准清源市城市绿化条例等法规9件。')).toEqual(['清源市城市绿化条例']);
    expect(regulations('修正湖南省人口与计划生育条例。')).toEqual(['湖南省人口与计划生育条例']);
    expect(regulations('认真贯彻与税收征收管理条例。')).toEqual(['税收征收管理条例']);
  });

  it('reads no class of law as a law', () => {
    expect(regulations('纠正与上位法不一致的规范性文件14件。')).toEqual([]);
  });
});
