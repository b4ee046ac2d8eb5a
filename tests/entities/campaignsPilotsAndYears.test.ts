import { describe, expect, it } from 'vitest';
import { findCampaigns } from '../../src/entities/findCampaigns.ts';

// Quoted pilots and system reforms, and years given to one push: sentences written by helper camps17.
const names = (text: string) => findCampaigns(text, text).map((c) => c.canonical ?? c.surface);

describe('quoted pilots and reforms of a system', () => {
  it('reads a pilot and a system reform by their quoted name', () => {
    expect(names('深化“林权收储”制度改革，收储林地1.2万亩。')).toEqual(['林权收储']);
    expect(names('开展“碳汇银行”试点，交易林业碳汇3万吨。')).toEqual(['碳汇银行']);
    expect(names('把“三权分置”试点扩大到全县。')).toEqual(['三权分置']);
  });

  it('reads no pilot from the places and bodies it is tried in, nor a system alone', () => {
    expect(names('推进“两山”试点区建设。')).toEqual([]);
    expect(names('确定“一窗受理”试点单位12个。')).toEqual([]);
    expect(names('全面推行“河长制”，落实“首问负责制”。')).toEqual([]);
  });
});

describe('years given to one push', () => {
  it('reads a year named by what it pushes, not a 年 that begins a word', () => {
    expect(names('开展项目建设推进年活动，新开工项目38个。')).toEqual(['项目建设推进年']);
    expect(names('深入开展机关效能年活动。')).toEqual(['机关效能年']);
    expect(names('持续深化年轻干部培养，选拔优秀年轻干部12名。')).toEqual([]);
    expect(names('按照工作推进年度计划完成任务。')).toEqual([]);
  });
});
