/**
 * Picks the one ministry that is the principal actor of a release. Names count more in
 * the title than in the lead, and more in the lead than further down: a release by the
 * labour ministry often mentions the Prime Minister's policy in passing. Cabinet meeting
 * summaries, the Prime Minister, deputy PMs acting as such and government spokespersons
 * are `pmo`; state banks and funds are finance (their agencies in content/ministries.json).
 */
import { ministries } from '@/release/registries.ts';
import { boundaryAt } from './word-boundary.ts';

const CABINET_SUMMARY = /(สรุปข่าว|ผลการ)?การประชุม(คณะรัฐมนตรี|\s*ครม\.)|มติ(คณะรัฐมนตรี|\s*ครม\.)/;
/** Words that mark the Prime Minister or the government's spokespeople as the actor. */
/** The deputy Prime Minister: pmo when acting as such, their ministry when they also hold one. */
const DEPUTY_PM_TITLES = ['รองนายกรัฐมนตรี', 'รองนายกฯ', 'รอง นรม.', 'รอง.นรม.', 'รองนรม.'];
const PMO_ACTORS = [
  'นายกรัฐมนตรี',
  'นายกฯ',
  'นายก ฯ',
  'นรม.',
  ...DEPUTY_PM_TITLES,
  'โฆษกประจำสำนักนายกรัฐมนตรี',
  'รองโฆษกประจำสำนักนายกรัฐมนตรี',
  'โฆษกรัฐบาล',
  'ทำเนียบรัฐบาล',
  'คณะรัฐมนตรี',
  'รัฐบาล',
  'Prime Minister',
  'Government Spokesperson',
  'Government House',
];

/** Phrases that name the Prime Minister or the government without making them the actor. */
const PMO_IN_PASSING = /(ร่วมคณะ|นโยบาย(ของ)?|ข้อสั่งการ(ของ)?|ตามที่|รับลูก|ขานรับ|สนอง|มอบหมาย(ของ|จาก)?)\s*(นายกรัฐมนตรี|นายกฯ|รัฐบาล)/g;
/**
 * A deputy PM who also holds a ministry is named with both posts (รองนายกรัฐมนตรีและรมว.สาธารณสุข).
 * That mention counts half for pmo and half for the ministry, and their other mentions as deputy
 * PM (รองนายกฯ อนุทิน in the title) count for the ministry: mostly they act for it.
 */
const DEPUTY_PM_AS_MINISTER = /(รองนายก(รัฐมนตรี|ฯ)|รอง\s?\.?นรม\.)\s*(และ\s*)?(?=รัฐมนตรีว่าการ|รมว\.)/g;
const SECOND_POST = /^\s*(และ\s*)?(รัฐมนตรีว่าการ|รมว\.)/;
/** Registry abbreviations that are also common abbreviations of other words: kilogram, student. */
const AMBIGUOUS_ABBREVIATIONS = new Set(['กก.', 'นร.']);
const MINISTER_TITLES = [
  'รมว.',
  'รมช.',
  'ปลัด',
  'รัฐมนตรีว่าการกระทรวง',
  'รัฐมนตรีช่วยว่าการกระทรวง',
  'ปลัดกระทรวง',
  'ผู้ช่วยรัฐมนตรีประจำกระทรวง',
];

interface Term {
  slug: string;
  text: string;
  weight: number;
  /** Short abbreviations count only where they stand as a word: ดีอี is not the start of ดีอีก. */
  word?: boolean;
}

const TERMS: Term[] = ministries
  .flatMap((m) => {
    const short = m.nameTh.replace(/^กระทรวง/, '').split(' ')[0]!;
    const strong = [
      m.nameTh,
      ...m.formerNames,
      // English releases name the ministry and its minister in English.
      m.nameEn,
      m.nameEn.replace(/^Ministry of/, 'Minister of'),
      ...MINISTER_TITLES.map((t) => `${t}${short}`),
      ...MINISTER_TITLES.map((t) => `${t} ${short}`),
    ];
    // Thai abbreviations (มท., ดีอีเอส, อุตฯ) also stand inside titles: มท.1, รมว.ดีอีเอส, ก.อุตฯ.
    const abbreviations = m.abbreviations.filter((a) => /[\u0E00-\u0E7F]/.test(a) && !AMBIGUOUS_ABBREVIATIONS.has(a));
    const agencies = m.agencies.filter((a) => a.length >= 3);
    // A spokesperson speaking makes it the government's release, whoever else is named.
    const pmoWeight = (text: string): number => (text === 'รัฐบาล' ? 0.3 : /^(รอง)?โฆษก|Spokesperson/.test(text) ? 1.5 : 0.8);
    const pmo = m.slug === 'pmo' ? PMO_ACTORS.map((text) => ({ slug: m.slug, text, weight: pmoWeight(text) })) : [];
    return [
      ...strong.map((text) => ({ slug: m.slug, text, weight: 1 })),
      ...abbreviations.map((text) => ({ slug: m.slug, text, weight: 1, word: true })),
      ...agencies.map((text) => ({ slug: m.slug, text, weight: 0.9 })),
      ...pmo,
    ];
  })
  .sort((a, b) => b.text.length - a.text.length);

const TERM_BY_TEXT = new Map(TERMS.map((t) => [t.text, t]));
/** One pass over the text finds every term, longest first at each position. */
const TERM_PATTERN = new RegExp([...TERM_BY_TEXT.keys()].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/** How much a mention counts, by where it stands. */
const PLACE_WEIGHT = { title: 6, lead: 3, body: 1 } as const;
const MAX_BODY_MENTIONS = 3;
/** A name repeated in the lead is one actor named again, not more evidence. */
const MAX_LEAD_MENTIONS = 2;

export function detectMinistry(title: string, paragraphs: readonly string[]): string {
  if (CABINET_SUMMARY.test(title)) return 'pmo';
  const scores = new Map<string, number>();
  for (const { slug, points } of ministryEvidence(title, paragraphs)) scores.set(slug, (scores.get(slug) ?? 0) + points);
  let best = 'pmo';
  let bestScore = 0;
  for (const [slug, score] of scores) {
    if (score > bestScore) {
      best = slug;
      bestScore = score;
    }
  }
  return best;
}

export interface Evidence {
  slug: string;
  text: string;
  place: keyof typeof PLACE_WEIGHT;
  points: number;
}

/** Every counted mention of a ministry and what it scores; detectMinistry sums them. */
export function ministryEvidence(title: string, paragraphs: readonly string[]): Evidence[] {
  const evidence: Evidence[] = [];
  const deputyPmMinistry = ministryOfDeputyPm([title, ...paragraphs].join('\n'));
  const add = (text: string, place: keyof typeof PLACE_WEIGHT): void => {
    const counts = new Map<string, number>();
    const counted = text.replace(PMO_IN_PASSING, ' ');
    for (const { 0: found, index } of counted.matchAll(TERM_PATTERN)) {
      const term = TERM_BY_TEXT.get(found)!;
      if (term.word && !standsAsWord(counted, index, found)) continue;
      const shares: [string, number][] =
        deputyPmMinistry && DEPUTY_PM_TITLES.includes(found)
          ? SECOND_POST.test(counted.slice(index + found.length))
            ? [
                [term.slug, 0.5],
                [deputyPmMinistry, 0.5],
              ]
            : [[deputyPmMinistry, 1]]
          : [[term.slug, 1]];
      for (const [slug, share] of shares) {
        const seen = (counts.get(slug) ?? 0) + 1;
        counts.set(slug, seen);
        if ((place === 'body' && seen > MAX_BODY_MENTIONS) || (place === 'lead' && seen > MAX_LEAD_MENTIONS)) continue;
        evidence.push({ slug, text: found, place, points: share * term.weight * PLACE_WEIGHT[place] });
      }
    }
  };
  add(title, 'title');
  add(paragraphs[0] ?? '', 'lead');
  add(paragraphs.slice(1).join('\n'), 'body');
  return evidence;
}

/** The ministry the first deputy PM named with a second post holds, if any. */
function ministryOfDeputyPm(text: string): string | undefined {
  for (const match of text.matchAll(DEPUTY_PM_AS_MINISTER)) {
    const after = new RegExp(TERM_PATTERN.source, 'y');
    after.lastIndex = match.index + match[0].length;
    const term = after.exec(text);
    if (term) return TERM_BY_TEXT.get(term[0])!.slug;
  }
  return undefined;
}

/** A word on its own: a boundary before it, and after it unless it ends in a dot (มท.1). */
function standsAsWord(text: string, at: number, word: string): boolean {
  return boundaryAt(text, at) && (word.endsWith('.') || boundaryAt(text, at + word.length));
}
