import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entityTestKit.ts';

// Places of kinds of text the earlier sets left out (tests/fixtures/places22: news digests, a tourism bulletin, a typhoon
// warning, a rural revitalisation report, an infrastructure plan) and sentences written for the case.
const places = (text: string) => namesOf(entitiesOf(text), 'place');

describe('seas CC-CEDICT names that are words of the language too', () => {
  it('reads the Red Sea listed before a strait jieba cut from its name (红海|和|曼德/x|海峡)', () => {
    expect(places('武装人员宣布将继续在红海和曼德海峡袭击商船。')).toEqual(['曼德海峡', '红海']);
    expect(places('不少企业希望跳出红海和内卷。')).toEqual([]);
  });
  it('reads the Black Sea before a word jieba read after it (黑海|港口), not the word 海港', () => {
    expect(places('黑海港口的粮食出口逐步恢复。')).toEqual(['黑海']);
  });
});

describe('what is done to a place is no part of its name', () => {
  it('reads no lake with the verb before a lake jieba takes for a name (整治|洪湖/nr)', () => {
    expect(places('整治洪湖周边堤防86公里。')).not.toContain('整治洪湖');
  });
  it('reads no village with a word of kind before its name (新建|龙庄村), but 新建村 is a name', () => {
    expect(places('新建龙庄村产业路3公里。')).not.toContain('新建龙庄村');
    expect(places('新建村、红旗村完成改厕。')).toEqual(['新建村', '红旗村']);
  });
});
