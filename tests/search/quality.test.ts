/**
 * Thai search quality on 600 real releases (needs the shared corpus; skipped without it).
 * Floors guard against regressions; the targets and the 3,000-release figures come from
 * `npm run eval:search`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CORPUS_ARCHIVE } from '../../scripts/lib/corpus.ts';
import { evalSite, loadQueries, releaseTruth, runQueries, scoreByClass } from '../../scripts/lib/search-eval.ts';

const hasCorpus = existsSync(CORPUS_ARCHIVE);
const FLOOR = { overallRecall: 0.97, overallPrecision: 0.97, classRecall: 0.95, classPrecision: 0.95, zeroResults: 0.02, titleFirst: 0.9 };

describe.skipIf(!hasCorpus)('Thai search quality on 600 corpus releases (needs ../shared)', () => {
  it('finds what the text contains, ranks it first, and answers every query', async () => {
    // Shards of 200 releases: the merged shards must find what one index finds.
    const { releasesDir, siteDir } = await evalSite(600, { shardSize: 200 });
    const outcomes = await runQueries(siteDir, await releaseTruth(releasesDir), await loadQueries());
    expect(outcomes.length).toBeGreaterThanOrEqual(150);
    const [overall, ...classes] = scoreByClass(outcomes);
    expect(overall!.recall).toBeGreaterThanOrEqual(FLOOR.overallRecall);
    expect(overall!.precisionAt10).toBeGreaterThanOrEqual(FLOOR.overallPrecision);
    expect(overall!.zeroResultRate).toBeLessThanOrEqual(FLOOR.zeroResults);
    // A release with the query in its title comes first (phrases too: see phrase-rank.ts).
    expect(overall!.titleFirst).toBeGreaterThanOrEqual(FLOOR.titleFirst);
    expect(classes).toHaveLength(7);
    for (const score of classes) {
      expect(score.recall, `${score.name} recall`).toBeGreaterThanOrEqual(FLOOR.classRecall);
      expect(score.precisionAt10, `${score.name} P@10`).toBeGreaterThanOrEqual(FLOOR.classPrecision);
    }
  });
});
