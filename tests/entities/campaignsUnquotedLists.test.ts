import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

// Unquoted drives and programmes the blind sample of tests/fixtures/audit/campaigns-recall.tsv missed (gwr-2008, gwr-2012,
// a county's work report), with sentences of other State Council reports and written ones beside them.
const names = (text: string) => findCampaigns(text, text).map((c) => c.surface);

describe('a launched …行动 whose target joins two things', () => {
  it('is one drive, launched by the verb before the whole', () => {
    expect(names('深入开展打击侵犯知识产权和制售假冒伪劣商品行动。')).toEqual(['打击侵犯知识产权和制售假冒伪劣商品行动']);
    expect(names('深入开展打击走私和非法贩运野生动物行动。')).toEqual(['打击走私和非法贩运野生动物行动']);
  });

  it('is not two things joined: a drive and a movement (each a name of its own, launched by the one verb), a task and a struggle', () => {
    expect(names('深入开展健康中国行动和爱国卫生运动。')).toEqual(['健康中国行动', '爱国卫生运动']);
    expect(names('纵深推进党风廉政建设和反腐败斗争。')).toEqual([]);
  });
});

describe('a launched …行动 after the plan period it belongs to', () => {
  it('is launched by the verb before the quoted period', () => {
    expect(names('实施“十四五”县域商业体系建设行动，新建乡镇商贸中心5个。')).toEqual(['“十四五”', '县域商业体系建设行动']);
  });
});

describe('the last of a list of programmes run by one verb, with the head written once', () => {
  it('is a programme', () => {
    expect(names('实施基础研究、高技术研究和科技支撑计划。')).toEqual(['科技支撑计划']);
    expect(names('实施退耕还林、退牧还草和京津风沙源治理工程。')).toEqual(['京津风沙源治理工程']);
    expect(names('实施建筑能效提升、节能产品惠民工程，发展清洁生产。')).toEqual(['节能产品惠民工程']);
  });

  it('takes a first item of one word as a modifier the two share', () => {
    expect(names('继续实施农村和贫困地区专项招生计划。')).toEqual(['农村和贫困地区专项招生计划']);
  });

  it('is none where the last item is a verb or a rank sharing the head with the one before', () => {
    expect(names('实施湿地等生态保护与恢复工程。')).toEqual([]);
    expect(names('实施节能减排重大技术和示范工程。')).toEqual([]);
    expect(names('加快实施重要生态系统保护和修复重大工程。')).toEqual([]);
    expect(names('实施城镇老旧小区改造和棚户区改造工程。')).toEqual([]);
  });
});
