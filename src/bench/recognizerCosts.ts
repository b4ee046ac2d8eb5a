import { readCpuProfile, samplesOf, sourceName, type Sample } from './cpuProfile.ts';

// What each recognizer costs a report, read from a V8 .cpuprofile of an extraction: the time spent inside every function
// a stage calls directly (findOrganizations → placeLedBodies, listedBrandNames …), divided by the number of reports. A new
// recognizer shows up here by its own name without being registered anywhere, and one over the budget is marked, so that
// its cost is seen before it lands (the seventh session's new recognizers ate that session's speed work unseen).

/** The stages whose direct callees are the recognizers and readers worth a line each. */
export const STAGES = [
  'extractReport',
  'findEntities',
  'entityContext',
  'findOrganizations',
  'findPeople',
  'findPlaces',
  'findCampaigns',
  'findRegulations',
  'findFigures',
  'describeFigures',
  'findIndicators',
  'mendReads',
  'linkReport',
] as const;

/** A recognizer costing more than this per report (ms of the profile's time) is marked: look at it before landing it. */
export const RECOGNIZER_BUDGET_MS = 0.5;
// Lines below this share of a report are left out: they are noise at a profile's sampling interval.
const SHOWN_MIN_MS = 0.05;

export interface StageCost {
  stage: string;
  /** ms per report spent inside the stage (its outermost call). */
  ms: number;
  /** ms per report inside each function the stage calls directly, most first; '(self)' is the stage's own code. */
  callees: [string, number][];
}

/** The cost per report of every stage and of each function it calls directly, from a .cpuprofile file or its samples. */
export function recognizerCosts(from: string | Sample[], reports: number): StageCost[] {
  const samples = typeof from === 'string' ? samplesOf(readCpuProfile(from)) : from;
  const totals = new Map<string, number>();
  const callees = new Map<string, Map<string, number>>(STAGES.map((s) => [s, new Map()]));
  for (const { stack, us: micros } of samples) {
    const chain = stack.map((f) => sourceName(f, STAGES));
    for (const stage of STAGES) {
      // The outermost call of the stage: a stage that calls itself is counted once.
      const at = chain.lastIndexOf(stage);
      if (at < 0) continue;
      totals.set(stage, (totals.get(stage) ?? 0) + micros);
      const callee = at === 0 ? '(self)' : chain[at - 1]!;
      const m = callees.get(stage)!;
      m.set(callee, (m.get(callee) ?? 0) + micros);
    }
  }
  const perReport = (micros: number) => micros / 1000 / Math.max(1, reports);
  return STAGES.filter((s) => totals.has(s)).map((stage) => ({
    stage,
    ms: perReport(totals.get(stage)!),
    callees: [...callees.get(stage)!]
      .map(([k, v]): [string, number] => [k, perReport(v)])
      .filter(([, ms]) => ms >= SHOWN_MIN_MS)
      .sort((a, b) => b[1] - a[1]),
  }));
}

// A stage's own code, a stage it calls and the pipeline's stages (extractReport's callees) are no recognizer of their own.
const isRecognizer = (stage: string, callee: string) =>
  stage !== 'extractReport' && callee !== '(self)' && !(STAGES as readonly string[]).includes(callee);

export function formatRecognizerCosts(costs: StageCost[], reports: number): string {
  const ms = (x: number) => x.toFixed(2).padStart(6);
  const lines = [`cost per report by stage and recognizer (${reports} reports; ! over the budget of ${RECOGNIZER_BUDGET_MS} ms):`];
  for (const c of costs) {
    lines.push(`  ${ms(c.ms)} ms  ${c.stage}`);
    for (const [name, x] of c.callees)
      lines.push(`  ${x > RECOGNIZER_BUDGET_MS && isRecognizer(c.stage, name) ? '!' : ' '}   ${ms(x)}  ${name}`);
  }
  return lines.join('\n');
}
