import type { FigureSlot, SentenceFigure } from './figureSlots.ts';
import type { IndicatorRead } from './indicatorRead.ts';
import { giveTopics } from './clauseTopic.ts';
import { scopeReads } from './clauseScope.ts';
import { keyBaseRatios } from './baseRatio.ts';
import { reachedBy } from './beneficiaries.ts';
import { fundedPurpose } from './fundedPurpose.ts';
import { pilotPlaces } from './pilotPlaces.ts';
import { partOfWhole } from './partOfWhole.ts';
import { shareHead } from './sharedHead.ts';
import { elidedHeads } from './elidedHead.ts';
import { repeatedSubjects } from './repeatedNoun.ts';
import { ratedNouns } from './ratedNouns.ts';
import { perUnitList } from './perUnitList.ts';
import { listFragments } from './listFragment.ts';
import { respectivelyEarlier } from './respectivelyEarlier.ts';
import { bodyNameTails } from './bodyNameTail.ts';
import { shareOfThose } from './shareOfThose.ts';
import { relativeCount } from './relativeCount.ts';
import { bareDeeds } from './bareDeed.ts';
import { planExcess } from './planExcess.ts';
import { timeOrPartReads } from './timeOrPartRead.ts';
import { sharedOpeningVerb } from './sharedOpeningVerb.ts';
import { perHead } from './perHead.ts';
import { boundedClass } from './boundedClass.ts';
import { thresholdClass } from './thresholdClass.ts';
import { respectiveShares } from './respectiveShares.ts';
import { planBase } from './planBase.ts';
import { remainders } from './remainder.ts';
import { basisPhrases } from './basisPhrase.ts';
import { bracketedAlternates } from './bracketedAlternates.ts';
import { receiverPhrases } from './receiverPhrase.ts';

// The passes over a sentence's first reads (findIndicators), in order: each mends one kind of read from what the sentence
// says around it (a topic clause, a scope, a base ratio, people reached, a purpose, …).
const PASSES = [
  giveTopics,
  scopeReads,
  keyBaseRatios,
  reachedBy,
  fundedPurpose,
  pilotPlaces,
  partOfWhole,
  shareHead,
  elidedHeads,
  repeatedSubjects,
  ratedNouns,
  perUnitList,
  listFragments,
  respectivelyEarlier,
  bodyNameTails,
  shareOfThose,
  relativeCount,
  bareDeeds,
  remainders,
  basisPhrases,
  bracketedAlternates,
  receiverPhrases,
  planExcess,
  timeOrPartReads,
  sharedOpeningVerb,
  perHead,
  boundedClass,
  thresholdClass,
  respectiveShares,
  planBase,
] as const;

/** Mends the reads of a sentence's figures in place, pass after pass. */
export function mendReads(sentence: string, figures: readonly SentenceFigure[], slots: readonly FigureSlot[], out: IndicatorRead[]): void {
  for (const pass of PASSES) pass(sentence, figures, slots, out);
}
