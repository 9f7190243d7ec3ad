/**
 * Finds the provinces a release names as places, in Thai or English. A name counts where it
 * stands on word boundaries (ICU word segmentation, so อัตรา|ดอกเบี้ย hides ตราด and
 * ประชุม|พร้อม hides ชุมพร). Names that are also common words or person names (เลย, แพร่,
 * น่าน, ตาก …) count only after จังหวัด/จ. (before Province in English) or inside a list of
 * provinces. A name inside the name of an organisation, a road or a person is not the place.
 */
import { provinces } from '@/release/registries.ts';
import { boundaryAt } from './word-boundary.ts';
import { detectLanguage } from './detect-language.ts';

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
  // A river mouth; only old usage names Samut Prakan so.
  'ปากน้ำ',
  'Nan',
  'Tak',
  'Phrae',
  'Surin',
  'Surat',
]);
/** Words that contain a province name without naming the place. */
const NOT_A_PLACE = [
  /ธนาคารกรุงเทพ/,
  // Bangkok Hospital, a private group with branches over the country (โรงพยาบาลกรุงเทพหาดใหญ่, รพ.กรุงเทพตราด).
  /(โรงพยาบาล|รพ\.)\s?กรุงเทพ(?!มหานคร|ฯ)/,
  /กรุงเทพประกันภัย/,
  /กรุงเทพธนาคม/,
  /น่าน(น้ำ|ฟ้า)/,
  /แพร่(ระบาด|กระจาย|เชื้อ|ภาพ|ข่าว|หลาย)/,
  // Surnames of royal descent: ณ ระนอง, ณ อยุธยา (the place is written พระนครศรีอยุธยา), also run on
  // (เทพหัสดินณ อยุธยา); the others as words (not ทักษิณ สงขลา). "At" a province is nearly always
  // ณ จังหวัด…: of some 150 releases writing ณ สงขลา or ณ สกลนคร, two mean "at", and both name Songkhla again;
  // every ณ หนองคาย, ณ น่าน, ณ พัทลุง, ณ ลำพูน and ณ นครพนม of both corpora (some 65) is a surname.
  /ณ\s?(ระนอง|อยุธยา)/,
  /(?<![\u0E00-\u0E7F])ณ\s?(สงขลา|สกลนคร|หนองคาย|น่าน|พัทลุง|ลำพูน|นครพนม)/,
  // A princess's royal title: สมเด็จพระเจ้าพี่นางเธอ เจ้าฟ้ากัลยาณิวัฒนา กรมหลวงนราธิวาสราชนครินทร์.
  /กรมหลวงนราธิวาส/,
  /ตาก(ใบ|แดด|ฝน|ลม)/,
  // Towns at other river mouths: ปากน้ำโพ is Nakhon Sawan, ปากน้ำปราณ Prachuap, ปากน้ำประแสร์ Rayong, ปากน้ำโจ้โล้ Chachoengsao.
  /ปากน้ำ(โพ|ปราณ|ประแสร์|โจ้โล้)/,
  // The Prime Minister's guest house at Government House, and a Bangkok expressway's toll plaza.
  /(?<!ชาว|หมู่)บ้านพิษณุโลก/,
  /ด่านกำแพงเพชร\s?\d/,
  // Companies, a state enterprise and documents named after Bangkok (the Bangkok Mass Transit Authority, the Bangkok
  // Rules, in Thai ข้อกำหนดกรุงเทพ: the UN's rules for women prisoners).
  /Bangkok (Bank|Post|Airways|Mass\b|Metro\b|Business|Gems|Goals|Declaration|Rules)/,
  /ข้อกำหนดกรุงเทพ/,
  // Islands in Surat Thani.
  /หมู่เกาะอ่างทอง/,
  // Terengganu, a Malaysian state; and "no port or airport at all" (ไม่มีท่าเรือเลย), not Loei's.
  /ตรังกานู/,
  /ไม่มี(ท่าเรือ|ท่าอากาศยาน|สนามบิน)เลย/,
];
/**
 * An organisation, campus, road, station, place of worship, rice variety or title whose name runs on into the
 * province name without a space (มหาวิทยาลัยราชภัฏเชียงใหม่, ถนนกำแพงเพชร 6, สถานีกลางกรุงเทพอภิวัฒน์,
 * คริสตจักรเสรีภาพกรุงเทพ, ข้าวปทุมธานี 1, เจ้าคณะกรุงเทพมหานคร), unless จังหวัด or ใน comes between:
 * สำนักงานสาธารณสุขจังหวัดเชียงใหม่ is in Chiang Mai. A government office, provincial hospital or provincial
 * administration named after its province is there (สำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 1, โรงพยาบาลขอนแก่น,
 * อบจ.นนทบุรี), and so is a highway district office (แขวงทางหลวงชนบทศรีสะเกษ, หมวดทางหลวง…), though a highway is no
 * place: the labelling guide counts an office located in a province as naming it.
 */
const NAME_OF_SOMETHING_ELSE =
  /(มหาวิทยาลัย|วิทยาลัย|ราชภัฏ|คริสตจักร|มัสยิด|(?<![\u0E00-\u0E7F])วัด|ข้าว|วิทยาเขต|โรงแรม|โรงเรียน|ธนาคาร|บริษัท|หจก\.|อาสาสมัคร|สมาคม|มูลนิธิ|สหกรณ์|เจ้าคณะ|องค์การ|ถนน|(?<!แขวง|หมวด)ทางหลวง|สถานี)((?!ใน|จังหวัด)\S){0,24}$/;
/**
 * Organisations and events whose names run on into จังหวัด and the province (สมาคมธุรกิจการท่องเที่ยวจังหวัดพังงา,
 * หอการค้าจังหวัดสงขลา, งานมหกรรมพืชสวนโลกจังหวัดอุดรธานี): the labelling guide counts an event's or organisation's
 * name as no place.
 */
const NAMED_WITH_PROVINCE = /(สมาคม|ชมรม|หอการค้า|สภาอุตสาหกรรม|มหกรรม|เทศกาล)((?!ใน)\S){0,30}$/;
/** A body under a province's administration (สังกัด กทม.) or an era (สมัยอยุธยา): not the place. */
const NOT_THE_PLACE_BEFORE = /(สังกัด|สมัย)\s?$/;
/** A vehicle's licence plate (กข 1234 กรุงเทพมหานคร, หมวด 3กก - 4กฆ กรุงเทพมหานคร) names the province it is registered in. */
const LICENCE_PLATE = /(?<![\u0E00-\u0E7F\d])(\d?[ก-ฮ]{1,2}\s?\d{1,4}|\d[ก-ฮ]{1,2})\s*$/;
/** The far end of a road named after the two places it joins: ถนนรังสิต - นครนายก. */
const ROAD_BETWEEN = /(ถนน|ทางหลวง)\S+\s?[-–]\s?$/;
/**
 * An expressway's toll plaza named after the road it stands on (ด่านทางพิเศษกำแพงเพชร 2); not a route's ends
 * (ทางพิเศษสายฉลองรัช-นครนายก-สระบุรี), which are places where the release is about the route.
 */
const EXPRESSWAY_PLAZA = /ทางพิเศษ(ที่ด่าน)?$/;
/** A road's other name in brackets, a province's with a number: ถนนเลียบทางรถไฟ (กำแพงเพชร 6). */
const ROAD_BEFORE_BRACKET = /(ถนน|ทางหลวง|ทางพิเศษ)\S*\s?\($/;
const ROAD_NUMBER = /^\s?\d+\s?\)/;
/** A company named after its province: บริษัท คูย่งฮวด อุดรธานี จำกัด, บริษัท เชียงใหม่เฟรชมิลค์; not จำกัด the verb (ภูเก็ต จำกัดการเดินทาง). */
const COMPANY_SUFFIX = /^\s?จำกัด(?![\u0E01-\u0E4E])/;
/**
 * …also where its name runs on before จำกัด (บริษัท สหพันธ์ ร้อยเอ็ดทัวร์ จำกัด), with บริษัท or หจก. shortly before: without
 * it the words after a province are the sentence's (จังหวัดน่านมีพื้นที่จำกัด, ชลบุรีจำนวนจำกัด).
 */
const COMPANY_RUN_ON = /^[\u0E01-\u0E4EA-Za-z]{1,20}\s?จำกัด(?![\u0E01-\u0E4E])/;
const COMPANY_NEAR = /(บริษัท|หจก\.|ห้างหุ้นส่วน)[^\n]{0,40}$/;
const COMPANY_BEFORE = /(บริษัท|หจก\.)\s?$/;
/** More of the name after the province, not a word of the sentence joined to it (ขอนแก่นและอุดรธานี). */
const RUNS_ON = /^(?!และ|หรือ|ที่|ซึ่ง|เข้า|ของ|ใน|จะ|ได้|เป็น)[\u0E01-\u0E4EA-Za-z]/;
/** A rice variety: a province's name with its number joined, among rice words (พันธุ์ปทุมธานี1, ขาวดอกมะลิ105 สุพรรณบุรี1). */
const VARIETY_NUMBER = /^\d/;
const RICE_BEFORE = /(พันธุ์|ข้าว|กข\s?\d|ขาวดอกมะลิ)[^\n]{0,30}$/;
/** A football club: บุรีรัมย์ ยูไนเต็ด, ระยอง เอฟซี, Buriram United (not the United Nations or States). */
const CLUB_SUFFIX = /^\s?(ยูไนเต็ด|United(?! (Nations|States|Kingdom|Arab))|เอฟซี|FC\b)/;
// จว. is the military and police abbreviation of จังหวัด. A port or an airport named after a province is
// there (ท่าเรือระนอง, สนามบินตราด), as the labelling guide settles, even where the name is also a word; so is
// the provincial town or its district (อำเภอเมืองตรัง, อ.เมืองแพร่, ตัวเมืองสระบุรี), but not เมือง ending another
// word (บ้านเมืองเลย, การเมืองเลย: "the country at all"). So is a provincial office by its initials, which end in จ.
// for จังหวัด (ผวจ.ตาก, พมจ.เลย: read as จ.), an educational service area's (สพป.ชุมพร เขต 1) or a hospital's
// (รพ.ตรัง): ICU reads such initials and the name after the dot as one word, so no word boundary stands between.
const STRONG_PREFIX =
  /(จังหวัด|จว?\.\s?|(?<![\u0E01-\u0E4E])(สพ[ปม]|รพ)\.\s?|ท่าเรือ|ท่าอากาศยาน|สนามบิน|(?<![\u0E00-\u0E7F])เมือง|(อำเภอ|อ\.|ตัว)\s?เมือง)$/;
/** Characters before a name that may hold a strong prefix: the longest, ท่าอากาศยาน, is 11. */
const STRONG_PREFIX_WINDOW = 12;
const STRONG_SUFFIX = /^\s[Pp]rovince/;
/** Where things come from (เครื่องเงินจากน่าน): a name that is also a word is the place there. */
const FROM = /จาก\s?$/;
/** Between two names of a list: spaces, commas, dashes, และ, หรือ, and counts such as "8 ราย" or "1,319 จุด". */
const LIST_GAP = /^[\s,、\-–]*([\d,.]+\s*[\u0E01-\u0E4E]{0,12}[\s,、\-–]*)?(และ|หรือ|and|or)?\s*$/;

interface Name {
  code: string;
  text: string;
}

const NAMES: Name[] = provinces
  .flatMap((p) => [p.nameTh, p.nameEn, ...p.aliases].map((text) => ({ code: p.code, text })))
  .sort((a, b) => b.text.length - a.text.length);

const NAME_CODE = new Map(NAMES.map((n) => [n.text, n.code]));
const NAME_PATTERN = new RegExp(NAMES.map((n) => n.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

export interface Mention {
  code: string;
  start: number;
  end: number;
  strong: boolean;
  /** After จาก: enough to take a name that is also a word as the place. */
  from?: boolean;
}

export function detectProvinces(text: string): string[] {
  const codes = new Set(provinceMentions(text).map((m) => m.code));
  return [...codes].sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)));
}

/** Every mention of a province that counts as naming the place, in text order. */
export function provinceMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  // Whether the release is written in English, asked only when an English name is found.
  let english: boolean | undefined;
  const writtenInEnglish = (): boolean => (english ??= detectLanguage([text]) === 'en');
  for (const match of text.matchAll(NAME_PATTERN)) {
    const name = match[0];
    const at = match.index;
    const end = at + name.length;
    const strong =
      STRONG_PREFIX.test(text.slice(Math.max(0, at - STRONG_PREFIX_WINDOW), at)) || STRONG_SUFFIX.test(text.slice(end, end + 10));
    // Abbreviations ending in a dot (กทม.) end wherever the dot is; words must end on a boundary.
    if (!(strong || boundaryAt(text, at)) || !(name.endsWith('.') || boundaryAt(text, end))) continue;
    if (NOT_A_PLACE.some((pattern) => matchesAt(pattern, text, at, end))) continue;
    const before = text.slice(Math.max(0, at - 60), at);
    const after = text.slice(end, end + 30);
    if (
      NAME_OF_SOMETHING_ELSE.test(before) ||
      NAMED_WITH_PROVINCE.test(before) ||
      NOT_THE_PLACE_BEFORE.test(before) ||
      LICENCE_PLATE.test(before) ||
      ROAD_BETWEEN.test(before) ||
      EXPRESSWAY_PLAZA.test(before) ||
      (ROAD_BEFORE_BRACKET.test(before) && ROAD_NUMBER.test(after)) ||
      COMPANY_SUFFIX.test(after) ||
      (COMPANY_RUN_ON.test(after) && COMPANY_NEAR.test(before)) ||
      (COMPANY_BEFORE.test(before) && RUNS_ON.test(after)) ||
      (!strong && CLUB_SUFFIX.test(after)) ||
      (!strong && VARIETY_NUMBER.test(after) && RICE_BEFORE.test(before)) ||
      (!strong && inLatinName(text, at, end, writtenInEnglish))
    )
      continue;
    mentions.push({ code: NAME_CODE.get(name)!, start: at, end, strong, from: FROM.test(before) });
  }
  return acceptAmbiguous(text, mentions);
}

/**
 * A name opening a numbered item (2. ระนอง มีผู้ลงทะเบียน…, 16) ระนอง): the name opening the item numbered next is
 * its list neighbour, however long the item (not a bracket closing "(Covid – 19)", nor item 1 of another list).
 */
const NUMBERED_ITEM = /(?:^|\s)(\d{1,2})[.)]\s?$/;
/** How much text one numbered item may hold after its province for the next to be read as the same list. */
const NUMBERED_ITEM_REACH = 400;

/**
 * Unambiguous and prefixed mentions count; an ambiguous one counts when it stands in a list
 * next to one that counts, or between two list neighbours (ตาก น่าน แพร่), also as the next
 * numbered item (1. แม่ฮ่องสอน … 2. ระนอง …). Acceptance spreads along a list: ระยอง - จันทบุรี -
 * ตราด accepts both.
 */
function acceptAmbiguous(text: string, mentions: readonly Mention[]): Mention[] {
  const itemNumber = (m: Mention): number | undefined => {
    const item = NUMBERED_ITEM.exec(text.slice(Math.max(0, m.start - 8), m.start));
    return item ? Number(item[1]) : undefined;
  };
  const nextItem = (a: Mention, b: Mention): boolean => {
    const first = itemNumber(a);
    return first !== undefined && itemNumber(b) === first + 1 && b.start - a.end <= NUMBERED_ITEM_REACH;
  };
  const listed = (a: Mention, b: Mention): boolean => LIST_GAP.test(text.slice(a.end, b.start)) || nextItem(a, b);
  const accepted = mentions.map(
    (m, i) =>
      m.strong ||
      m.from === true ||
      !AMBIGUOUS.has(text.slice(m.start, m.end)) ||
      (i > 0 && i < mentions.length - 1 && listed(mentions[i - 1]!, m) && listed(m, mentions[i + 1]!)),
  );
  for (let changed = true; changed;) {
    changed = false;
    mentions.forEach((m, i) => {
      if (accepted[i]) return;
      if ((i > 0 && accepted[i - 1] && listed(mentions[i - 1]!, m)) || (accepted[i + 1] && listed(m, mentions[i + 1]!))) {
        accepted[i] = changed = true;
      }
    });
  }
  return mentions.filter((_, i) => accepted[i]);
}

/** The labelling guide settles Phuket Sandbox, the reopening scheme (also Phuket sandbox, Phuket Wellness Sandbox), as naming Phuket. */
const SANDBOX = /^(\s+[A-Za-z]+){0,2}\s*sandbox/i;
/** What an English name of a place may stand with and still be the place: the country, an organisation's initials. */
const PLACE_WORDS = /Thailand/g;
const ABBREVIATION_IN_BRACKETS = /\(\s*[A-Z]{2,}\s*\)?/g;

/**
 * In Thai text, a province's English name among other English words is part of a name: an event,
 * hotel or office (Money Expo 2023 Bangkok, Bangkok ASEAN Film Festival, JETRO Bangkok); Thai text
 * names the place in Thai. Not in a release written in English (glossed in Thai or not), nor with
 * only places around it (Bangkok, Thailand; Bangkok - Chiang Mai) or ending an address after a comma.
 */
function inLatinName(text: string, at: number, end: number, writtenInEnglish: () => boolean): boolean {
  if (!/^[A-Za-z]/.test(text.slice(at, end)) || writtenInEnglish()) return false;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  if (!/[\u0E00-\u0E7F]/.test(text.slice(lineStart, lineEnd))) return false;
  const before = /[^\u0E00-\u0E7F(“"]*$/.exec(text.slice(lineStart, at))![0];
  const after = /^[^\u0E00-\u0E7F)”"]*/.exec(text.slice(end, lineEnd))![0];
  const placesOnly = (latin: string): boolean =>
    !/[A-Za-z0-9]/.test(latin.replace(NAME_PATTERN, ' ').replace(PLACE_WORDS, ' ').replace(ABBREVIATION_IN_BRACKETS, ' '));
  // The end of an address: ณ United Nations Conference Centre, Bangkok (UNESCAP); not Thailand Biennale, Krabi 2018.
  const endOfAddress = /,\s*$/.test(before) && placesOnly(after);
  return !SANDBOX.test(after) && !endOfAddress && !placesOnly(`${before} ${after}`);
}

/** How far around a name a NOT_A_PLACE pattern may start or end: the longest, ไม่มีท่าอากาศยาน, is 16 characters before it. */
const MATCH_REACH = 20;

/** True when a match of the pattern overlaps the mention at [at, end). */
function matchesAt(pattern: RegExp, text: string, at: number, end: number): boolean {
  const from = Math.max(0, at - MATCH_REACH);
  for (const match of text.slice(from, end + MATCH_REACH).matchAll(new RegExp(pattern.source, 'g'))) {
    const start = from + match.index;
    if (start < end && start + match[0].length > at) return true;
  }
  return false;
}
