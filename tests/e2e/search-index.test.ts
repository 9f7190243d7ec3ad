/**
 * The built search index through /search/thai-search.js in Node, as the evaluation
 * uses it: only published releases, filters and sorts, and excerpts that read as Thai.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadSiteSearch } from '../../scripts/eval-search/site-search.ts';

const siteDir = inject('siteDir');
const { search, filterCounts } = await loadSiteSearch(siteDir);
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
