// The search page asks Pagefind part by part: the first results are shown once enough reports are found, without
// waiting for the slowest part; a rare word waits for every part; a query that finds nothing gives way to the next.
import { describe, expect, it } from 'vitest';
import type { Found, Group, Ref } from '../../src/client/search/searchClient.ts';
import { searchInTurn, type PartsSearcher } from '../../src/client/search/searchInTurn.ts';

const ref = (from: number, part: number, id: string, score: number): Ref => ({ from, part, id, score });
const group = (report: string, score: number, part = 0): Group => ({ report, score, count: 1, refs: [ref(0, part, report, score)] });
const reports = (n: number, part: number, best: number): Found => ({
  groups: Array.from({ length: n }, (_, i) => group(`part ${part} report ${i}`, best - i, part)),
  others: [],
});

/** A client whose parts answer when the test says so: answer(query, part) sends that part's answer. */
function fakeClient(answers: Record<string, Found[]>) {
  const asked: string[] = [];
  const pending = new Map<string, () => void>();
  const client: PartsSearcher = {
    async search(query, _filters, _sections, onPart, near) {
      asked.push(near ? `${query} (near ${near})` : query);
      await Promise.all(
        (answers[query] ?? []).map(
          (found, part) =>
            new Promise<void>((resolve) =>
              pending.set(`${query} ${part}`, () => {
                onPart(found);
                resolve();
              }),
            ),
        ),
      );
    },
  };
  const answer = async (query: string, part: number) => {
    await Promise.resolve();
    pending.get(`${query} ${part}`)!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { client, asked, answer };
}

describe('searchInTurn', () => {
  it('is ready once one part has found enough reports, and the later parts join the rest by score', async () => {
    const { client, answer } = fakeClient({ '"违规"': [reports(12, 0, 10), reports(12, 1, 20)] });
    let ready = false;
    const answers = searchInTurn(client, ['"违规"', '违规'], {}, 3, 10).then((a) => ((ready = true), a));
    await answer('"违规"', 0);
    expect(ready).toBe(true);
    const got = await answers;
    expect(got.total).toBe(12);
    expect(got.rest.groups[0]!.report).toBe('part 0 report 0');
    // The page takes its first batch; the slow part answers after.
    got.rest.groups.splice(0, 10);
    await answer('"违规"', 1);
    await got.all;
    expect(got.total).toBe(24);
    // Higher scores first among what is left: the slow part's best come before the first part's last two.
    expect(got.rest.groups.map((g) => g.report).slice(0, 2)).toEqual(['part 1 report 0', 'part 1 report 1']);
    expect(got.rest.groups.at(-1)!.report).toBe('part 0 report 11');
  });

  it('waits for every part when the first ones found fewer reports than a first page', async () => {
    const { client, answer } = fakeClient({ '"大朗"': [reports(1, 0, 5), reports(0, 1, 0), reports(1, 2, 9)] });
    let ready = false;
    const answers = searchInTurn(client, ['"大朗"', '"大 朗"'], {}, 3, 10).then((a) => ((ready = true), a));
    await answer('"大朗"', 0);
    await answer('"大朗"', 1);
    expect(ready).toBe(false);
    await answer('"大朗"', 2);
    const got = await answers;
    // In score order although the best came last.
    expect(got.rest.groups.map((g) => g.report)).toEqual(['part 2 report 0', 'part 0 report 0']);
  });

  it('asks the next query when every part of one found nothing, and counts only its own answers', async () => {
    const { client, asked, answer } = fakeClient({
      '"乡村 振兴"': [reports(0, 0, 0), reports(0, 1, 0)],
      '乡村 振兴': [reports(3, 0, 4), reports(2, 1, 3)],
    });
    const answers = searchInTurn(client, ['"乡村 振兴"', '乡村 振兴'], {}, 3, 10);
    await answer('"乡村 振兴"', 1);
    await answer('"乡村 振兴"', 0);
    await answer('乡村 振兴', 0);
    await answer('乡村 振兴', 1);
    const got = await answers;
    expect(asked).toEqual(['"乡村 振兴"', '乡村 振兴']);
    expect(got.total).toBe(5);
  });

  it('widens a phrase found by the words apart standing together, after all of its own pages and not counted', async () => {
    const phrase = { groups: [group('甲', 5, 0), group('乙', 4, 1)], others: [ref(0, 0, 'page', 3)] };
    // The words apart find a report the phrase missed (the index cut it otherwise), a report it found, and the same page.
    const apart = { groups: [group('丙', 9, 0), group('甲', 8, 0)], others: [ref(0, 0, 'page', 7), ref(0, 1, 'other', 6)] };
    const { client, asked, answer } = fakeClient({ '"全面 从 严 治 党"': [phrase], '全面 从 严 治 党': [apart] });
    const answers = searchInTurn(client, ['"全面 从 严 治 党"', '全面 从 严 治 党'], {}, 3, 10);
    await answer('"全面 从 严 治 党"', 0);
    const got = await answers;
    const widened = got.widen();
    await answer('全面 从 严 治 党', 0);
    await widened;
    expect(asked).toEqual(['"全面 从 严 治 党"', '全面 从 严 治 党 (near 5)']);
    expect(got.rest.groups.map((g) => g.report)).toEqual(['甲', '乙', '丙']);
    expect(got.rest.others.map((o) => o.id)).toEqual(['page', 'other']);
    expect(got.total).toBe(3);
  });

  it('within one report (every record asked for), adds the records of it the phrase missed', async () => {
    const inReport = (...ids: string[]): Found => ({
      groups: [{ report: '甲', score: 5, count: ids.length, refs: ids.map((id, i) => ref(0, 0, id, 5 - i)) }],
      others: [],
    });
    const { client, answer } = fakeClient({ '"市民 服务 中心"': [inReport('a')], '市民 服务 中心': [inReport('a', 'b')] });
    const answers = searchInTurn(client, ['"市民 服务 中心"', '市民 服务 中心'], { report: '甲' }, Infinity, 10);
    await answer('"市民 服务 中心"', 0);
    const got = await answers;
    const widened = got.widen();
    await answer('市民 服务 中心', 0);
    await widened;
    expect(got.rest.groups.map((g) => g.refs.map((r) => r.id))).toEqual([['a'], ['b']]);
  });

  it('does not widen a name found whole', async () => {
    const { client, asked, answer } = fakeClient({ '"大朗"': [reports(1, 0, 3)] });
    const answers = searchInTurn(client, ['"大朗"', '"大 朗"', '大 朗'], {}, 3, 10);
    await answer('"大朗"', 0);
    await (await answers).widen();
    expect(asked).toEqual(['"大朗"']);
  });

  it('has nothing to widen when the words apart were the query asked', async () => {
    const { client, asked, answer } = fakeClient({ '乡村 振兴': [reports(2, 0, 3)] });
    const answers = searchInTurn(client, ['乡村 振兴'], {}, 3, 10);
    await answer('乡村 振兴', 0);
    await (await answers).widen();
    expect(asked).toEqual(['乡村 振兴']);
  });
});
