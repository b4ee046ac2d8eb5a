import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Customs offices are named by their port: a city, a county or district by its short name, a town, a border crossing.
// Sentences written for the case, in the style of a customs district's annual summary and of news.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe('customs named by their port', () => {
  it('reads a customs office named by a district or county short name, or a port jieba tags a place', () => {
    const text = '原斗门海关副关长吴某因违规收受礼金受到开除党籍处分。满洲里海关、二连海关、霍尔果斯海关、吉隆海关联合开展口岸卫生检疫。';
    expect(orgs(text)).toEqual(expect.arrayContaining(['斗门海关', '满洲里海关', '二连海关', '霍尔果斯海关', '吉隆海关']));
  });

  it('reads a customs office jieba keeps as one word with its port (黄埔海关) or cuts across (舟|山海关)', () => {
    expect(orgs('黄埔海关、舟山海关查获侵权货物1.6万件。')).toEqual(expect.arrayContaining(['黄埔海关', '舟山海关']));
  });

  it('reads a customs office named by a town of the report’s own city', () => {
    const text =
      '2023年，拱北海关在海关总署党委的坚强领导下，全力促进珠海市外贸稳规模。珠海市香洲区拱北街道口岸通关顺畅。拱北海关缉私局与广东海警局联合开展海上打私行动9次。';
    expect(orgs(text)).toEqual(expect.arrayContaining(['拱北海关', '拱北海关缉私局']));
  });

  it('does not read a kind of customs, a slogan or a port word far from home as an office', () => {
    const names = orgs('推进智慧海关建设，加强口岸海关协作，各地海关要严把国门。');
    expect(names).not.toContain('智慧海关');
    expect(names).not.toContain('口岸海关');
  });
});
