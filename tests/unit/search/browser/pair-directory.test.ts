import { describe, expect, it } from 'vitest';
import { ShardPairs } from '@/search/indexing/shard-pairs.ts';
import { pairDirectory } from '@/search/indexing/pair-directory.ts';
import { phraseHashes, shardsHoldingPairs } from '@/search/browser/pair-directory.ts';
import { queryWords, segmentThai } from '@/search/common/segment.ts';
import { indexForm } from '@/search/common/thai-text.ts';
import type { SearchRecord } from '@/search/indexing/record.ts';

/** A shard's pairs from release texts, indexed as a build indexes them (record.ts). */
function shardOf(texts: string[]): Float64Array {
  const pairs = new ShardPairs();
  for (const text of texts)
    pairs.add({ content: indexForm(segmentThai(text)), meta: { title: '', date: 'd20240101' } } as SearchRecord);
  return pairs.hashes();
}

function directoryOf(shards: string[][], bucketBytes?: number) {
  const directory = pairDirectory(shards.map(shardOf), bucketBytes);
  const reads: string[] = [];
  const holding = (query: string): Promise<boolean[]> =>
    shardsHoldingPairs(phraseHashes(queryWords(query)), directory.layout, async (file) => {
      reads.push(file);
      return directory.contents.get(file)!;
    });
  return { directory, reads, holding };
}

const newest = ['แรงงานนอกระบบได้รับการช่วยเหลือ', 'กระทรวงแรงงานเปิดรับสมัคร'];
const oldest = ['นายกรัฐมนตรีเดินทางไปจังหวัดเชียงใหม่', 'รัฐมนตรีว่าการกระทรวงมหาดไทย', 'ข่าว OpenSky news วันนี้'];

describe('shardsHoldingPairs', () => {
  it('keeps the shards whose text has the phrase, and drops those that have its words only apart', async () => {
    const { holding } = directoryOf([newest, oldest]);
    expect(await holding('แรงงานนอกระบบ')).toEqual([true, false]);
    expect(await holding('เดินทางไปจังหวัด')).toEqual([false, true]);
    // แรงงาน and ระบบ are both in the newest shard, but not side by side.
    expect(await holding('ระบบแรงงาน')).toEqual([false, false]);
  });

  it('drops a shard that has each pair of a phrase but not its three words together', async () => {
    const { holding } = directoryOf([['ลงนาม alpha beta delta', 'omega beta gamma'], newest]);
    expect(await holding('alpha beta delta')).toEqual([true, false]);
    // alpha beta and beta gamma stand in the first shard, never alpha beta gamma.
    expect(await holding('alpha beta gamma')).toEqual([false, false]);
  });

  it('keeps a shard where the last word of the phrase begins a longer word', async () => {
    const { holding } = directoryOf([newest, oldest]);
    // ว่าการกระ: the text has ว่าการ|กระทรวง.
    expect(await holding('ว่าการกระ')).toEqual([false, true]);
  });

  it('matches a word part as Pagefind does (OpenSky: open sky) and folds case', async () => {
    const { holding } = directoryOf([newest, oldest]);
    expect(await holding('sky news')).toEqual([false, true]);
    expect(await holding('OPENSKY NEWS')).toEqual([false, true]);
  });

  it('reads nothing and keeps every shard for one word', async () => {
    const { holding, reads } = directoryOf([newest, oldest]);
    expect(await holding('แรงงาน')).toEqual([true, true]);
    expect(reads).toEqual([]);
  });

  it('never drops a shard that has the pair, and drops nearly all that lack it', async () => {
    // Letters only: a digit would split the word (w2x is w 2 x, as PM2.5 is PM 2.5).
    const letters = (n: number): string => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
    const words = Array.from({ length: 3000 }, (_, at) => `w${letters(at)}x`);
    const text = words.join(' ');
    const { holding, directory } = directoryOf([[text]], 1024);
    expect(directory.layout.buckets).toBeGreaterThan(1);
    for (let at = 0; at + 1 < words.length; at += 7) expect(await holding(`${words[at]} ${words[at + 1]}`)).toEqual([true]);
    let passed = 0;
    const tries = 2000;
    for (let at = 0; at < tries; at++) if ((await holding(`${words[at]} ${words[(at * 7 + 3) % words.length]}`))[0]) passed++;
    expect(passed / tries).toBeLessThan(0.03);
  });

  it('holds no phrase in a site without pairs', async () => {
    const { holding } = directoryOf([[]]);
    expect(await holding('แรงงานนอกระบบ')).toEqual([false]);
  });
});

describe('phraseHashes', () => {
  it('checks each three words side by side, or the pair of two, leaving out a short last word that may go on', () => {
    expect(phraseHashes(['แรงงาน', 'นอก'])).toHaveLength(1);
    expect(phraseHashes(['แรงงาน', 'นอ'])).toEqual([]);
    expect(phraseHashes(['แรงงาน', 'นอ', 'ระบบ'])).toHaveLength(1);
    expect(phraseHashes(['อิ', 'ซุ', 'มิ', 'ฮิโร', 'โตะ'])).toHaveLength(3);
  });
});
