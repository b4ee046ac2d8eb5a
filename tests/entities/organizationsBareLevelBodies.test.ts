import { describe, expect, it } from 'vitest';
import { entitiesOf, entity, namesOf } from './entityTestKit.ts';

// A county's, town's or village's body written bare, in news text whose home place (guessed from the places it names most)
// is not the place of the body: the news gold reads it as one body (县委书记 → 县委, 村委会主任 → 村委会).
const elsewhere = '广元市召开会议。广元市领导出席。';

describe('organizations: bare level bodies in news text', () => {
  it('reads the body of a named holder of its post as one body, named as written (县委书记王建国, 村委会主任丁显宝)', () => {
    expect(namesOf(entitiesOf(`${elsewhere}县委书记王建国带领工作组深入山区走访贫困户。`), 'organization')).toEqual(['县委']);
    expect(namesOf(entitiesOf(`${elsewhere}刚刚届满的村委会主任丁显宝这样说。`), 'organization')).toEqual(['村委会']);
  });

  it('reads no body of every village or county, and none of a post no one is named to (各村委会主任, 一肩挑)', () => {
    expect(namesOf(entitiesOf(`${elsewhere}全县各村委会主任参加培训。`), 'organization')).toEqual([]);
    expect(namesOf(entitiesOf(`${elsewhere}推行村党组织书记、村委会主任一肩挑。`), 'organization')).toEqual([]);
  });

  it('reads 县委 as the committee of the county its sentence names, whatever city the text is mostly about', () => {
    const es = entitiesOf(`${elsewhere}十几年来，恭城先后换了六届县委书记、五任县长。`);
    expect(entity(es, 'organization', '中共恭城瑶族自治县委')?.aliases).toContain('县委');
  });
});
