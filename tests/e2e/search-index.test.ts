/**
 * The built search index through /search/thai-search.js in Node, as the evaluation
 * uses it: only published releases, filters and sorts, excerpts that read as Thai, and
 * shard by shard the same releases as one search of every shard at once.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSiteSearch, type SiteSearchModule } from '../../scripts/eval-search/site-search.ts';
import { locatesEveryWord, prepareQuery } from '@/search/browser/query.ts';
import { wordsOfQuery } from '@/search/browser/query-worker.ts';
import { pagefindFilters, pagefindSort } from '@/search/browser/state.ts';
import type { Pagefind } from '@/search/browser/pagefind-api.ts';
import { SEARCH_MODULE } from '@/site/relative-paths.ts';

const siteDir = inject('siteDir');
const { search, searchInTurn, filterCounts } = await loadSiteSearch(siteDir);
const urls = async (found: Awaited<ReturnType<typeof search>>): Promise<string[]> =>
  Promise.all(
    found.results.map(async (result) => {
      const { url } = await result.data();
      return url.slice(url.lastIndexOf('/releases/'));
    }),
  );

describe('search index', () => {
  it('is served at a stable URL with Pagefind beside it, in shards of months', async () => {
    expect(existsSync(path.join(siteDir, 'search/thai-search.js'))).toBe(true);
    const shards = (await readdir(path.join(siteDir, 'pagefind'))).sort().reverse();
    expect(shards).toHaveLength(4);
    for (const shard of shards) expect(existsSync(path.join(siteDir, 'pagefind', shard, 'pagefind-entry.json'))).toBe(true);
    expect(await readFile(path.join(siteDir, 'search/thai-search.js'), 'utf8')).toContain(
      JSON.stringify(shards).replaceAll(',', ', '),
    );
  });

  it('sorts by date across shards', async () => {
    const newest = await urls(await search('', { filters: { year: ['2561', '2562', '2563', '2568'] }, sort: 'newest' }));
    expect(newest).toHaveLength(12);
    expect(newest).toEqual([...newest].sort().reverse());
    const oldest = await urls(await search('ประชาชน', { sort: 'oldest' }));
    expect(oldest.length).toBeGreaterThan(4);
    expect(oldest).toEqual([...oldest].sort());
  });

  it('finds a word that only one shard holds, and nothing from shards that lack it', async () => {
    // Only the seed release names นครศรีธรรมราช; Pagefind answers the other shards with นคร….
    expect(await urls(await search('นครศรีธรรมราช'))).toEqual(['/releases/2017-11-02-7766/']);
    const counts = await filterCounts('นครศรีธรรมราช');
    expect(Object.values(counts['year'] ?? {}).reduce((sum, n) => sum + n, 0)).toBe(1);
  });

  it('holds every published release and no draft', async () => {
    const all = await search('', { filters: { year: ['2560', '2561', '2562', '2563', '2568'] } });
    expect(all.results).toHaveLength(13);
    // Words only the draft contains find nothing.
    expect((await search('ลอยกระทง')).results).toHaveLength(0);
  });

  it('finds a Thai compound inside run-on text, and Thai digits as Arabic ones', async () => {
    expect(await urls(await search('ค่าจ้างขั้นต่ำ'))).toContain('/releases/2025-10-01-labour-minimum-wage/');
    expect(await urls(await search('๒๖'))).toContain('/releases/2020-03-26-pmo-covid-emergency/');
  });

  it('finds a phrase whose last word begins a longer word, and counts it per filter', async () => {
    // สนับสนุน|เครื่อง stands alone in the PM2.5 release; the rice release has สนับสนุน|เครื่องจักร….
    const found = await search('สนับสนุนเครื่อง');
    expect(found.matchedAs).toBe('phrase');
    expect(new Set(await urls(found))).toEqual(
      new Set(['/releases/2025-01-20-natural-resources-pm25/', '/releases/2018-12-05-agri-rice-korat/']),
    );
    const ministries = Object.entries((await filterCounts('สนับสนุนเครื่อง'))['ministry'] ?? {});
    expect(Object.fromEntries(ministries.filter(([, count]) => count > 0))).toEqual({ 'natural-resources': 1, agriculture: 1 });
    const newest = await urls(await search('สนับสนุนเครื่อง', { sort: 'newest' }));
    expect(newest).toEqual(['/releases/2025-01-20-natural-resources-pm25/', '/releases/2018-12-05-agri-rice-korat/']);
  });

  it('finds a word the reader has not finished, alone or at the end of a phrase', async () => {
    // ICU splits เศรษฐกิ as เศรษฐ|กิ, which no release holds side by side: the text has เศรษฐกิจ.
    const whole = await urls(await search('เศรษฐกิจ'));
    expect(whole.length).toBeGreaterThan(1);
    // Not as the words apart (เศรษฐ… and กิ… anywhere), the fallback for a phrase found nowhere.
    const unfinished = await search('เศรษฐกิ');
    expect(unfinished.matchedAs).not.toBe('words');
    expect(new Set(await urls(unfinished))).toEqual(new Set(whole));
    const inPhrase = await search('หลักปรัชญาเศรษฐกิ');
    expect(inPhrase.matchedAs).toBe('phrase');
    expect(await urls(inPhrase)).toEqual(['/releases/2017-11-02-7766/']);
  });

  it('filters by province (OR) and year (AND), and sorts by date', async () => {
    const found = await search('ประชาชน', { filters: { province: ['TH-50', 'TH-10'] }, sort: 'oldest' });
    expect(await urls(found)).toEqual([
      '/releases/2018-03-15-pm-chiang-mai-haze/',
      '/releases/2025-01-20-natural-resources-pm25/',
    ]);
    const narrowed = await search('ประชาชน', { filters: { province: ['TH-50', 'TH-10'], year: ['2568'] } });
    expect(await urls(narrowed)).toEqual(['/releases/2025-01-20-natural-resources-pm25/']);
  });

  it('counts each filter value with the other filters applied but not its own', async () => {
    const counts = await filterCounts('ประชาชน', { province: ['TH-50'] });
    expect(counts['province']?.['TH-10']).toBe(1);
    expect(counts['year']).toMatchObject({ 2561: 1, 2568: 0 });
  });

  it('gives title and ISO date as written, and excerpts without spaces between Thai words', async () => {
    const [first] = (await search('ค่าจ้างขั้นต่ำ')).results;
    const data = await first!.data();
    expect(data.meta.title).toBe('แรงงานประกาศอัตราค่าจ้างขั้นต่ำใหม่ มีผล 1 ตุลาคม 2568');
    expect(data.meta.date).toBe('2025-10-01');
    expect(data.excerpt).toContain('<mark>ค่าจ้างขั้นต่ำ</mark>');
  });

  it('marks in each excerpt what its own search found, when two searches read one release at once', async () => {
    // Pagefind hands every search the same cached fragment of a release and sets its locations on it.
    const release = (found: Awaited<ReturnType<typeof search>>) =>
      found.results.find((result) => result.id === sufficiency.results[0]?.id)!;
    const sufficiency = await search('ปรัชญาเศรษฐกิจพอเพียง');
    const [economy, wellbeing] = await Promise.all([search('เศรษฐกิจ'), search('อยู่ดีกินดี')]);
    const [ofEconomy, ofWellbeing] = await Promise.all([release(economy).data(), release(wellbeing).data()]);
    expect(ofEconomy.excerpt).toContain('<mark>เศรษฐกิจ</mark>');
    expect(ofEconomy.excerpt).not.toContain('<mark>อยู่ดีกินดี</mark>');
    expect(ofWellbeing.excerpt).toContain('<mark>อยู่ดีกินดี</mark>');
  });

  it('escapes release text in excerpts, which start after the title (<ด่วน> in it stays text)', async () => {
    const tricky = await loadSiteSearch(inject('trickySiteDir'));
    const [first] = (await tricky.search('ด่วน')).results;
    const data = await first!.data();
    expect(data.excerpt).toContain('และ &amp; กับ &lt; ที่ต้อง');
    expect(data.excerpt).not.toContain('ด่วน');
    expect(data.excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(data.meta.title).toContain('<ด่วน>');
  });
});

type SearchOptions = Parameters<SiteSearchModule['search']>[1];
const shardUrl = (name: string): string => pathToFileURL(path.join(siteDir, 'pagefind', name, '/')).href;

/** Pagefind's own search of every shard merged at once, keeping the results that hold the query. */
async function everyShardAtOnce(query: string, { filters, sort }: SearchOptions = {}): Promise<string[]> {
  const [newest, ...older] = (await readdir(path.join(siteDir, 'pagefind'))).sort().reverse();
  const { createInstance } = (await import(`${shardUrl(newest!)}pagefind.js`)) as {
    createInstance: (options: object) => Pagefind & { mergeIndex: (url: string) => Promise<void> };
  };
  const merged = createInstance({ basePath: shardUrl(newest!), baseUrl: '/' });
  await merged.init();
  for (const shard of older) await merged.mergeIndex(shardUrl(shard));
  const { term } = prepareQuery(wordsOfQuery(query));
  const found = await merged.search(term, { filters: pagefindFilters(filters), sort: pagefindSort(sort) });
  const held = await Promise.all(
    found.results.map(async (result) => {
      const data = await result.data();
      return term === null || locatesEveryWord(data.content, data.locations, term) ? [result.id] : [];
    }),
  );
  return held.flat();
}

describe('search shard by shard', () => {
  const asked: [string, SearchOptions][] = [
    ['ประชาชน', {}],
    ['จังหวัด', { sort: 'oldest' }],
    ['ค่าจ้างขั้นต่ำ', {}],
    ['', { filters: { year: ['2561', '2563', '2568'] }, sort: 'newest' }],
    ['จังหวัด', { filters: { year: ['2562'], province: ['TH-83', 'TH-90'] } }],
  ];

  it.each(asked)('finds for “%s” %j the releases one search of every shard at once finds', async (query, options) => {
    const ids = (await search(query, options)).results.map((result) => result.id);
    expect(ids.length).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual((await everyShardAtOnce(query, options)).sort());
  });

  it('answers newest shard first, each answer the one before with more results after it', async () => {
    const answers: Awaited<ReturnType<SiteSearchModule['search']>>[] = [];
    for await (const answer of searchInTurn('จังหวัด')) answers.push(answer);
    expect(answers.length).toBeGreaterThan(1);
    expect(answers.map((answer) => answer.complete)).toEqual([...answers.map(() => false).slice(1), true]);
    for (const [at, answer] of answers.slice(1).entries()) {
      expect(answer.results.slice(0, answers[at]!.results.length)).toEqual(answers[at]!.results);
    }
    // What each answer added came from older releases than anything before it.
    const dates = await Promise.all(answers.at(-1)!.results.map(async (result) => (await result.data()).meta.date!));
    const added = answers.map((answer, at) => dates.slice(answers[at - 1]?.results.length ?? 0, answer.results.length));
    for (const [at, part] of added.slice(1).entries()) {
      expect([...part].sort().at(-1)! < [...added[at]!].sort()[0]!).toBe(true);
    }
  });

  it('stops before its next shard once the reader has left it', async () => {
    const left = new AbortController();
    const answers = searchInTurn('จังหวัด', { signal: left.signal });
    expect((await answers.next()).value.complete).toBe(false);
    left.abort();
    await expect(answers.next()).rejects.toThrow(/abort/i);
  });

  it('fetches only the shards that can hold a chosen year', async () => {
    const { fetched, found } = await watchingFetches('year', (fresh) =>
      fresh.search('', { filters: { year: ['2561'] }, sort: 'oldest' }),
    );
    expect(found.results).toHaveLength(3);
    expect(shardsIn(fetched)).toEqual(['2017-11']);
  });

  it('fetches Pagefind’s WebAssembly once, however many shards a search asks', async () => {
    const { fetched } = await watchingFetches('wasm', (fresh) => fresh.search('ประชาชน'));
    expect(shardsIn(fetched).length).toBeGreaterThan(1);
    expect(fetched.filter((url) => /\/wasm\.[^/]*\.pagefind$/.test(url)).length).toBeLessThanOrEqual(1);
  });

  it('asks only the shards that hold every query word, from the word directory', async () => {
    // Only the seed release, of November 2017, names นครศรีธรรมราช.
    const { fetched, found } = await watchingFetches('words', (fresh) => fresh.search('นครศรีธรรมราช'));
    expect(found.results).toHaveLength(1);
    expect(shardsIn(fetched)).toEqual(['2017-11']);
    expect(fetched.some((url) => url.includes('/search/words/'))).toBe(true);
    // No shard holds both words: none is asked, and nothing is found.
    const apart = await watchingFetches('apart', (fresh) => fresh.search('นครศรีธรรมราช ค่าจ้างขั้นต่ำ'));
    expect(apart.found.results).toHaveLength(0);
    expect(shardsIn(apart.fetched)).toEqual([]);
  });

  it('asks for a phrase only the shards that hold its words side by side, from the pair directory', async () => {
    // ประชาชน and และ are both in releases of newer shards; only the seed release has them side by side.
    const { fetched, found } = await watchingFetches('pairs', (fresh) => fresh.search('ประชาชนและ'));
    expect(found.results).toHaveLength(1);
    expect(shardsIn(fetched)).toEqual(['2017-11']);
    expect(fetched.some((url) => url.endsWith('.pf_pairs'))).toBe(true);
    for (const word of ['ประชาชน', 'และ'])
      expect(shardsIn((await watchingFetches(`pairs-${word}`, (fresh) => fresh.search(word))).fetched)).toEqual(
        expect.arrayContaining(['2020-06', '2019-02', '2017-11']),
      );
  });
});

/** What a search fetches, in a module of its own so that no shard is loaded yet (site-search.ts answers file: URLs). */
async function watchingFetches<T>(
  name: string,
  act: (fresh: SiteSearchModule) => Promise<T>,
): Promise<{ fetched: string[]; found: T }> {
  const fresh = (await import(`${pathToFileURL(path.join(siteDir, SEARCH_MODULE)).href}?${name}`)) as SiteSearchModule;
  const fetched: string[] = [];
  const fetchFiles = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    fetched.push(String(input instanceof Request ? input.url : input));
    return fetchFiles(input, init);
  };
  try {
    return { fetched, found: await act(fresh) };
  } finally {
    globalThis.fetch = fetchFiles;
  }
}

const shardsIn = (urls: readonly string[]): string[] => [
  ...new Set(urls.flatMap((url) => /\/pagefind\/([^/]+)\//.exec(url)?.[1] ?? [])),
];
