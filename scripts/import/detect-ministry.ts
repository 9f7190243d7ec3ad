/**
 * Picks the one ministry that is the principal actor of a release. Names count more in
 * the title than in the lead, and more in the lead than further down: a release by the
 * labour ministry often mentions the Prime Minister's policy in passing. Cabinet meeting
 * summaries, the Prime Minister, deputy PMs acting as such and government spokespersons
 * are `pmo`; state banks and funds are finance (their agencies in content/ministries.json).
 */
import { ministries } from '@/release/registries.ts';

const CABINET_SUMMARY = /(สรุปข่าว|ผลการ)?การประชุม(คณะรัฐมนตรี|\s*ครม\.)|มติ(คณะรัฐมนตรี|\s*ครม\.)/;
/** Words that mark the Prime Minister or the government's spokespeople as the actor. */
const PMO_ACTORS = [
  'นายกรัฐมนตรี',
  'นายกฯ',
  'นายก ฯ',
  'นรม.',
  'รอง นรม.',
  'รอง.นรม.',
  'โฆษกประจำสำนักนายกรัฐมนตรี',
  'รองโฆษกประจำสำนักนายกรัฐมนตรี',
  'โฆษกรัฐบาล',
  'ทำเนียบรัฐบาล',
  'คณะรัฐมนตรี',
  'รัฐบาล',
];
/** Phrases that name the Prime Minister or the government without making them the actor. */
const PMO_IN_PASSING = /(ร่วมคณะ|ตามนโยบาย(ของ)?|ตามข้อสั่งการ(ของ)?|ตามที่)\s*(นายกรัฐมนตรี|นายกฯ|รัฐบาล)/g;
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
}

const TERMS: Term[] = ministries
  .flatMap((m) => {
    const short = m.nameTh.replace(/^กระทรวง/, '').split(' ')[0]!;
    const strong = [
      m.nameTh,
      ...m.formerNames.filter((n) => /[\u0E00-\u0E7F]/.test(n)),
      ...MINISTER_TITLES.map((t) => `${t}${short}`),
      ...MINISTER_TITLES.map((t) => `${t} ${short}`),
    ];
    const agencies = m.agencies.filter((a) => a.length >= 3);
    // A spokesperson speaking makes it the government's release, whoever else is named.
    const pmoWeight = (text: string): number =>
      text === 'รัฐบาล' ? 0.3 : text.startsWith('โฆษก') || text.startsWith('รองโฆษก') ? 1.5 : 0.8;
    const pmo = m.slug === 'pmo' ? PMO_ACTORS.map((text) => ({ slug: m.slug, text, weight: pmoWeight(text) })) : [];
    return [
      ...strong.map((text) => ({ slug: m.slug, text, weight: 1 })),
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

export function detectMinistry(title: string, paragraphs: readonly string[]): string {
  if (CABINET_SUMMARY.test(title)) return 'pmo';
  const scores = new Map<string, number>();
  const add = (text: string, place: keyof typeof PLACE_WEIGHT): void => {
    const counts = new Map<string, number>();
    for (const [found] of text.replace(PMO_IN_PASSING, ' ').matchAll(TERM_PATTERN)) {
      const term = TERM_BY_TEXT.get(found)!;
      const seen = (counts.get(term.slug) ?? 0) + 1;
      counts.set(term.slug, seen);
      if (place === 'body' && seen > MAX_BODY_MENTIONS) continue;
      scores.set(term.slug, (scores.get(term.slug) ?? 0) + term.weight * PLACE_WEIGHT[place]);
    }
  };
  add(title, 'title');
  add(paragraphs[0] ?? '', 'lead');
  add(paragraphs.slice(1).join('\n'), 'body');
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
