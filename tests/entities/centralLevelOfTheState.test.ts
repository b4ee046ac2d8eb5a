import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entityTestKit.ts';

// A bare 中央 at the state's central level, or in a meeting's name, is not the Party centre: found by the mention precision
// audit of the State Council reports (tests/fixtures/audit/mentions-gwr-1819.tsv, row 72, and the 75 bare 中央 of gwr read
// after it). Report sentences and sentences written by helper audit18.
const centre = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.name === '党中央')
    .flatMap((e) => e.mentions.map((m) => m.surface));

describe('中央 at the state’s central level', () => {
  it('reads no Party centre in the central level of taxes, funds and offices (gwr-1994, 2010, 2016, 2018, 1958)', () => {
    expect(centre('按税种划分中央和地方财政收入，建立中央税收和地方税收体系。')).toEqual([]);
    expect(centre('中央下达农村义务教育经费。进一步压缩中央专项转移支付规模。')).toEqual([]);
    expect(centre('实施企业职工基本养老保险基金中央调剂制度。中央有关部门应当帮助地方建设。')).toEqual([]);
    expect(centre('健全中央统筹、省负总责、市县抓落实的工作机制，健全从中央到地方直至基层的追溯体系。')).toEqual([]);
    expect(centre('选择少量中央管理的大型企业试点。新一轮机构改革中央层面基本完成。')).toEqual([]);
  });

  it('reads no Party centre in a meeting named by 中央 (gwr-2022, gwr-1994)', () => {
    expect(centre('贯彻落实中央经济工作会议精神。认真贯彻落实去年召开的中央农村工作会议精神。')).toEqual([]);
  });

  it('reads no Party centre in the centre set against the local level, nor in what local budgets remit to it (gwr-1956, 2016, 2000, 2008, 1954; audit21, mentions-gwr-2121.tsv row 137)', () => {
    expect(centre('正确的办法，是使中央的统一领导、统一计划的原则，同地方的分级负责、因地制宜的原则结合起来。')).toEqual([]);
    expect(centre('坚持市场倒逼、企业主体、地方组织、中央支持，严格控制新增产能。')).toEqual([]);
    expect(centre('地方预算支出（扣除上解中央的部分）为七十七亿元。')).toEqual([]);
    expect(centre('形成中央和省两级政府办学、以地方政府管理为主的新体制。今年中央用于廉租住房制度建设的资金68亿元。')).toEqual([]);
    expect(centre('单是中央的六个工业部加上地质、建筑工程六个部，就可以节约大量资金。')).toEqual([]);
  });

  it('still reads the Party centre where another 中央 stands between it and the local level (gwr-1978)', () => {
    expect(centre('要在巩固中央集中统一领导的前提下，发挥中央和地方两个积极性。')).toEqual(['中央']);
  });

  it('still reads the Party centre where 中央 decides, deploys and leads (gwr-1998, gwr-2000; dongguan-2018)', () => {
    expect(centre('中央提出，要用三年左右的时间使大多数国有大中型亏损企业摆脱困境。')).toEqual(['中央']);
    expect(centre('地方政府机构改革要按照中央的部署和要求抓紧进行。')).toEqual(['中央']);
    expect(centre('积极贯彻落实中央和省关于防止干部“带病提拔”的意见。')).toEqual(['中央']);
  });
});
