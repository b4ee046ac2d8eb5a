import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// A body's party committee or group written right after its name, and the discipline team stationed in a body, in the
// style of a customs district's, a bureau's and a ministry's reports. Sentences written for the case.
const orgs = (text: string) => namesOf(entitiesOf(text), 'organization');

describe("a body's party committee or group written after it", () => {
  // The dev gold reads the body before its party committee (广东唯美陶瓷有限公司党委主题党日 → the company), as the
  // earlier probes do (宜丰县公安局党委 → 宜丰县公安局).
  it('reads a ministry jieba glued to its party group (教育部党组/n) as the ministry', () => {
    const names = orgs('2023年，拱北海关在海关总署党委的坚强领导下，认真落实教育部党组、国家税务总局党委的部署。');
    expect(names).toEqual(expect.arrayContaining(['海关总署', '教育部', '国家税务总局']));
  });
});

describe("a body's mention written with its party committee", () => {
  it('reads 海关总署党委 and 县公安局党组 as mentions of the body, whose name the entity keeps', () => {
    const es = entitiesOf('拱北海关在海关总署党委的坚强领导下开展工作，县公安局党组召开专题会议。');
    const customs = es.find((e) => e.name === '海关总署');
    expect(customs?.mentions.map((m) => m.surface)).toEqual(['海关总署党委']);
    expect(es.find((e) => e.name === '县公安局')?.mentions.map((m) => m.surface)).toEqual(['县公安局党组']);
  });

  it('leaves the party committee out before its post (海关总署党委书记)', () => {
    const es = entitiesOf('海关总署党委书记、署长出席会议。');
    expect(es.find((e) => e.name === '海关总署')?.mentions.map((m) => m.surface)).toEqual(['海关总署']);
  });
});

describe('a discipline team stationed in a body', () => {
  it('reads the team with the body it is stationed in, the body read whole inside it', () => {
    const names = orgs('扎实开展主题教育，配合驻海关总署纪检监察组开展专项监督。');
    expect(names).toContain('驻海关总署纪检监察组');
    expect(names).not.toContain('海关总署');
  });

  it('keeps a body whose name holds 和 as one host, and teams of every body as no team', () => {
    expect(orgs('县纪委监委驻县自然资源和规划局纪检监察组全程监督土地出让。')).toContain('县纪委监委驻县自然资源和规划局纪检监察组');
    expect(orgs('各驻部门纪检监察组要加强日常监督。').filter((n) => n.endsWith('纪检监察组'))).toEqual([]);
  });
});
