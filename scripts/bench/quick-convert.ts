/**
 * A deliberately quick converter from thaigov raw text to release Markdown, for
 * benchmarks only: title, Thai date, source id and body, with a crude ministry (the first
 * ministry named, else pmo) and provinces (every "จังหวัด<name>"), so that ministry and
 * province pages and feeds are filled about as they will be. The importer does it properly.
 */
import { ministries, provinces } from '@/release/registries.ts';
import { withoutUnpublishableCharacters } from '@/release/characters.ts';
import { gregorianYear } from '@/thai/buddhist-era.ts';
import { provinceName } from '@/thai/province-name.ts';
import { THAI_MONTHS, thaiMonthNumber } from '@/thai/months.ts';

const PROVINCE_MENTIONS = provinces.map((p) => ({ code: p.code, mention: provinceName(p) }));
const DATE_LINE = new RegExp(`^วัน\\S*ที่\\s*(\\d{1,2})\\s*(${THAI_MONTHS.map((month) => month.name).join('|')})\\s*(\\d{4})`);
const SOURCE = /ที่มา\s*:\s*(https?:\/\/\S*thaigov\.go\.th\/news\/contents\/details\/(\d+))/;

export interface QuickRelease {
  path: string;
  text: string;
  id: string;
}

export function quickConvert(raw: string): QuickRelease | undefined {
  // Stray C1 bytes occur in the corpus; check refuses them, as it should.
  const lines = withoutUnpublishableCharacters(raw)
    .replace(/^\uFEFF/, '')
    .replace(/\r/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const title = lines[0]?.replace(/^[^-]*-[^-]*-/, '').trim();
  const dateIndex = lines.findIndex((l) => DATE_LINE.test(l));
  const source = [...raw.matchAll(new RegExp(SOURCE, 'g'))].at(-1);
  if (!title || dateIndex < 0 || !source) return undefined;
  const [, day, monthName, beYear] = DATE_LINE.exec(lines[dateIndex]!)!;
  const iso = `${gregorianYear(Number(beYear))}-${String(thaiMonthNumber(monthName!)).padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const body = lines
    .slice(dateIndex + 2)
    .filter((l) => !SOURCE.test(l) && !/^-{3,}$/.test(l))
    .map((l) => l.replace(/^([#>*+-]|\d+\.)/, '\\$1').replace(/</g, '&lt;'))
    .join('\n\n');
  if (!body) return undefined;
  const id = source[2]!;
  const text = `${title}\n${body}`;
  const ministry =
    ministries
      .map((m) => ({ slug: m.slug, at: text.indexOf(m.nameTh) }))
      .filter((m) => m.at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.slug ?? 'pmo';
  const named = PROVINCE_MENTIONS.filter((p) => text.includes(p.mention)).map((p) => p.code);
  const front = [
    `title: ${JSON.stringify(title)}`,
    `date: ${iso}`,
    `ministry: ${ministry}`,
    `provinces: [${named.join(', ')}]`,
    `source: ${source[1]}`,
  ].join('\n');
  return { id, path: `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso}-${id}.md`, text: `---\n${front}\n---\n${body}\n` };
}

/** Years between copies: a multiple of four, so that 29 February stays a real date. */
const COPY_YEARS = 4;

/**
 * The `copy`-th copy of a converted release, `4 × copy` years earlier, with its own
 * slug and source URL: a synthetic archive larger than the corpus, as dense per year.
 */
export function earlierCopy(release: QuickRelease, copy: number): QuickRelease {
  const [, year, rest] = /^date: (\d{4})(-\d{2}-\d{2})$/m.exec(release.text)!;
  const iso = `${Number(year) - COPY_YEARS * copy}${rest}`;
  const id = `${release.id}-copy${copy}`;
  const text = release.text
    .replace(/^date: .*$/m, `date: ${iso}`)
    .replace(/^source: (.*)$/m, (_, url: string) => `source: ${url}?copy=${copy}`);
  return { id, path: `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso}-${id}.md`, text };
}
