import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf, spans } from './entityTestKit.ts';

describe('campaigns: an initiative the state puts to the world (全球…倡议)', () => {
  it('reads 全球 + a field + 倡议 as the initiative, in a list too (gwr-2022, gwr-2024)', () => {
    const es = entitiesOf('推进落实全球发展倡议，弘扬全人类共同价值。落实全球发展倡议、全球安全倡议、全球文明倡议，深化拓展全球伙伴关系。');
    expect(namesOf(es, 'campaign')).toEqual(['全球发展倡议', '全球安全倡议', '全球文明倡议'].sort());
    expect(spans(entity(es, 'campaign', '全球发展倡议'))).toEqual([
      [4, 10, '全球发展倡议'],
      [23, 29, '全球发展倡议'],
    ]);
  });

  it('reads no initiative in a call made to the world or within it (written sentences)', () => {
    const es = entitiesOf('我们向全球发出倡议，共同应对气候变化。这是在全球范围内的倡议。全球共同倡议和平。');
    expect(namesOf(es, 'campaign')).toEqual([]);
  });
});
