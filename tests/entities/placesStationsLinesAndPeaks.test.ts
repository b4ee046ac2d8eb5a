import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Sentences written for this test (helper places9), not taken from a report or a news text.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('railway lines named by their ends', () => {
  it('reads a line jieba knows whole as a name (宝成铁路/nz), where no word ends between the ends and the line', () => {
    expect(places('宝成铁路和鹰厦铁路的建成，改善了沿线交通。')).toEqual(['宝成铁路', '鹰厦铁路']);
    expect(places('京广铁路、京九铁路客货运输十分繁忙。')).toEqual(['京九铁路', '京广铁路']);
  });
  it('reads lines listed by their short names alone when a count of lines closes the list', () => {
    expect(places('新乡至焦作间的新焦、太焦两条铁路完成电气化改造。')).toEqual(expect.arrayContaining(['太焦', '新焦']));
    expect(places('长江大桥把京汉和粤汉两大铁路干线连结起来。')).toEqual(expect.arrayContaining(['京汉', '粤汉']));
    expect(places('修建川黔和黔桂两条铁路。')).toEqual(['川黔', '黔桂']);
  });
  it('reads no line out of a list the count does not match, nor out of directions', () => {
    expect(places('陇海、京广、京九三条铁路在此交会。')).toEqual(expect.arrayContaining(['京九', '京广', '陇海']));
    expect(places('东部和西部两大地区差距缩小。')).toEqual([]);
    expect(places('南北两大铁路干线全线贯通。')).toEqual([]);
  });
});

describe('railway stations named by their place', () => {
  it('reads the station, not the city, where the text names a station', () => {
    expect(places('旅客从北京西站出发，经石家庄站抵达郑州东站。')).toEqual(['北京西站', '石家庄站', '郑州东站']);
    expect(places('长沙火车站和广州南站迎来客流高峰。')).toEqual(['广州南站', '长沙火车站']);
  });
  it('reads a station named by its town without 镇', () => {
    expect(places('郑州铁路分局月山车站完成扩能改造。')).toContain('月山车站');
  });
  it('reads no station out of a verb or a tour leg', () => {
    expect(places('北京人民站起来了。')).not.toContain('北京站');
    expect(places('开展“三湘环保世纪行”株洲站活动。')).not.toContain('株洲站');
  });
});

describe('mountains, peaks, lakes and gardens jieba knows as places', () => {
  it('reads ranges, peaks and waters ending in 岭, 峰 and 海', () => {
    expect(places('加强大兴安岭天然林保护。')).toEqual(['大兴安岭']);
    expect(places('登山队从珠穆朗玛峰北坡登顶成功。')).toEqual(['珠穆朗玛峰']);
    expect(places('国务院总理在中南海会见来访的外国客人。')).toEqual(['中南海']);
  });
  it('reads no idiom or person that ends so', () => {
    expect(places('穿越崇山峻岭，广场上人山人海。')).toEqual([]);
    expect(places('欧阳峰来到这里。')).toEqual([]);
  });
  it('reads a garden of three characters jieba knows as a place, not a phrase', () => {
    expect(places('颐和园清明假期接待游客45万人次。')).toEqual(['颐和园']);
    expect(places('灾后重建新家园。')).toEqual([]);
  });
});

describe('foreign cities in lists and planets as objects', () => {
  it('reads every member of a list that opens with a known city, and a city after its country in a list of such pairs', () => {
    expect(places('代表团访问了匈牙利布达佩斯、德布勒森和塞格德。')).toEqual(['匈牙利', '塞格德', '布达佩斯', '德布勒森']);
    expect(places('我市与波兰弗罗茨瓦夫、捷克布尔诺结为友好城市。')).toEqual(['布尔诺', '弗罗茨瓦夫', '捷克', '波兰']);
  });
  it('reads a planet after a preposition and before a light verb, and a planet’s moon by number', () => {
    expect(places('探测器对火星进行了观测。')).toEqual(['火星']);
    expect(places('测算表明，海卫1表面温度上升。')).toEqual(['海卫1']);
    expect(places('加强火星探测。')).toEqual([]);
  });
});
