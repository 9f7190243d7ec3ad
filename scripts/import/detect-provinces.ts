/**
 * Finds the provinces a release names as places. A name counts where it stands on word
 * boundaries (ICU word segmentation, so อัตรา|ดอกเบี้ย hides ตราด and ประชุม|พร้อม hides
 * ชุมพร). Names that are also common words or person names (เลย, แพร่, น่าน, ตาก …) count
 * only after จังหวัด/จ. or inside a list of other provinces.
 */
import { provinces } from '@/release/registries.ts';
import { boundaryAt } from './word-boundary.ts';

/** Province names that are also ordinary words, districts, surnames or given names. */
const AMBIGUOUS = new Set([
  'เลย',
  'ตาก',
  'น่าน',
  'แพร่',
  'ตรัง',
  'ตราด',
  'ชุมพร',
  'ระนอง',
  'กระบี่',
  'สุรินทร์',
  'พิจิตร',
  'สตูล',
  'ยะลา',
  'พังงา',
  'ลำปาง',
  'ชัยนาท',
  'สระบุรี',
  'ราชบุรี',
  'กาญจนบุรี',
  'จันทบุรี',
  'สุโขทัย',
]);
/** Words that contain a province name without naming the place. */
const NOT_A_PLACE = [
  /ธนาคารกรุงเทพ/,
  /กรุงเทพประกันภัย/,
  /กรุงเทพธนาคม/,
  /น่าน(น้ำ|ฟ้า)/,
  /แพร่(ระบาด|กระจาย|เชื้อ|ภาพ|ข่าว|หลาย)/,
  /ณ\s?ระนอง/,
  /ตาก(ใบ|แดด|ฝน|ลม)/,
];
const STRONG_PREFIX = /(จังหวัด|จ\.\s?)$/;
/** Between two names of a list: spaces, commas, และ, หรือ. */
const LIST_GAP = /^[\s,、]*(และ|หรือ)?\s*$/;

interface Name {
  code: string;
  text: string;
}

const NAMES: Name[] = provinces
  .flatMap((p) => [p.nameTh, ...p.aliases.filter((a) => /[\u0E00-\u0E7F]/.test(a))].map((text) => ({ code: p.code, text })))
  .sort((a, b) => b.text.length - a.text.length);

const NAME_CODE = new Map(NAMES.map((n) => [n.text, n.code]));
const NAME_PATTERN = new RegExp(NAMES.map((n) => n.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

interface Mention {
  code: string;
  start: number;
  end: number;
  strong: boolean;
}

export function detectProvinces(text: string): string[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(NAME_PATTERN)) {
    const name = match[0];
    const at = match.index;
    const end = at + name.length;
    const before = text.slice(Math.max(0, at - 8), at);
    const strong = STRONG_PREFIX.test(before);
    // Abbreviations ending in a dot (กทม.) end wherever the dot is; words must end on a boundary.
    if (!(strong || boundaryAt(text, at)) || !(name.endsWith('.') || boundaryAt(text, end))) continue;
    if (NOT_A_PLACE.some((pattern) => matchesAt(pattern, text, at, end))) continue;
    mentions.push({ code: NAME_CODE.get(name)!, start: at, end, strong });
  }
  const accepted = new Set<string>();
  mentions.forEach((mention, i) => {
    const name = text.slice(mention.start, mention.end);
    if (!AMBIGUOUS.has(name) || mention.strong || inList(text, mentions, i)) accepted.add(mention.code);
  });
  return [...accepted].sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
}

/** True when a match of the pattern overlaps the mention at [at, end). */
function matchesAt(pattern: RegExp, text: string, at: number, end: number): boolean {
  const from = Math.max(0, at - 12);
  for (const match of text.slice(from, end + 12).matchAll(new RegExp(pattern.source, 'g'))) {
    const start = from + match.index;
    if (start < end && start + match[0].length > at) return true;
  }
  return false;
}

/** A mention next to another province mention with only a list gap between them. */
function inList(text: string, mentions: readonly Mention[], i: number): boolean {
  const before = mentions[i - 1];
  const after = mentions[i + 1];
  const mention = mentions[i]!;
  const unambiguous = (m: Mention): boolean => m.strong || !AMBIGUOUS.has(text.slice(m.start, m.end));
  return (
    (before !== undefined && unambiguous(before) && LIST_GAP.test(text.slice(before.end, mention.start))) ||
    (after !== undefined && unambiguous(after) && LIST_GAP.test(text.slice(mention.end, after.start))) ||
    (before !== undefined &&
      after !== undefined &&
      LIST_GAP.test(text.slice(before.end, mention.start)) &&
      LIST_GAP.test(text.slice(mention.end, after.start)))
  );
}
