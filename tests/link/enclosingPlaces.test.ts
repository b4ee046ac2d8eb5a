import { describe, expect, it } from 'vitest';
import { figureLinks, makeEntity } from '../fixtures/figures/makeReport.ts';

const place = (name: string, text: string, level: string) => makeEntity('place', name, text, [], { level } as never);

// links13: a village named again in its sentence keeps the places it was first written in, and a village's collective
// economy named by its level word alone (村集体, 嘎查集体) is the village's.
describe('linkReport: a village and the places it was written in', () => {
  it('links the district and township a village opening a later clause was first written in', () => {
    const text = '东山区南岭乡桃源村党支部书记李建国带领群众种植茶叶500亩，桃源村集体经济收入突破60万元。';
    const names = [place('东山区', text, 'county'), place('南岭乡', text, 'town'), place('桃源村', text, 'village')];
    expect(figureLinks(text, [...names, makeEntity('person', '李建国', text)])).toEqual([
      ['500亩', ['东山区', '南岭乡', '桃源村', '李建国']],
      ['60万元', ['东山区', '南岭乡', '桃源村']],
    ]);
  });

  it('links a village’s collective income named by 嘎查 alone to the village, not to the person who led the work', () => {
    const text = '巴彦镇乌兰嘎查党支部书记那仁带领牧民发展饲草种植，嘎查集体经济收入突破45万元。';
    const names = [place('巴彦镇', text, 'town'), place('乌兰嘎查', text, 'village'), makeEntity('person', '那仁', text)];
    expect(figureLinks(text, names)).toEqual([['45万元', ['巴彦镇', '乌兰嘎查']]]);
  });

  it('links no one village where the level word speaks of each of several listed before', () => {
    const text = '在东岭镇上坪村、西河乡下湾村建设蔬菜基地2个，村集体经济年增收6万元以上。';
    const names = [
      place('东岭镇', text, 'town'),
      place('上坪村', text, 'village'),
      place('西河乡', text, 'town'),
      place('下湾村', text, 'village'),
    ];
    expect(figureLinks(text, names)).toEqual([
      ['2个', ['东岭镇', '上坪村', '西河乡', '下湾村']],
      ['6万元', []],
    ]);
  });

  it('does not add the places a town was written in inside a list the work acts on', () => {
    const text = '抽查了南岭县安平镇、石门镇的补助资金，发现：安平镇白沙村将产业资金12万元用于村部维修。';
    const names = [
      place('南岭县', text, 'county'),
      place('安平镇', text, 'town'),
      place('石门镇', text, 'town'),
      place('白沙村', text, 'village'),
    ];
    expect(figureLinks(text, names)).toEqual([['12万元', ['安平镇', '白沙村']]]);
  });

  it('links the town and village a cooperative is named by, not the city a company is named by', () => {
    const text = '青石镇红岩村金穗种植专业合作社流转土地900亩。江州市城市建设投资集团有限公司完成投资42亿元。';
    const names = [
      place('青石镇', text, 'town'),
      place('红岩村', text, 'village'),
      place('江州市', text, 'city'),
      makeEntity('organization', '青石镇红岩村金穗种植专业合作社', text),
      makeEntity('organization', '江州市城市建设投资集团有限公司', text),
    ];
    expect(figureLinks(text, names)).toEqual([
      ['900亩', ['青石镇红岩村金穗种植专业合作社', '青石镇', '红岩村']],
      ['42亿元', ['江州市城市建设投资集团有限公司']],
    ]);
  });
});
