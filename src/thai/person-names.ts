/**
 * People's names as releases write them: a title, the given name and the surname
 * (นายอนุทิน ชาญวีรกูล, พล.ต.อ. วิสนุ ปราสาททองโอสถ, ดร.นลินี ทวิสิน). ICU's dictionary does
 * not know most names and splits them anywhere (ชาญ|วีร|กูล), so the site keeps each part
 * whole: the title with the given name, and the surname. The space between is where a
 * typesetter breaks a long name, as for a ministry's.
 */

/** Titles as patterns (a dot escaped), longest first where one begins another (นางสาว before นาง, นายแพทย์ before นาย). */
const TITLES = [
  'นางสาว',
  'นาง',
  'นายแพทย์',
  'แพทย์หญิง',
  'นาย',
  'ดร\\.',
  'ว่าที่ร้อยตรี',
  'ว่าที่ ร\\.ต\\.',
  'ศาสตราจารย์',
  'รองศาสตราจารย์',
  'ผู้ช่วยศาสตราจารย์',
  'ศ\\.',
  'รศ\\.',
  'ผศ\\.',
  'นพ\\.',
  'พญ\\.',
  'ทพ\\.',
  'ม\\.ร\\.ว\\.',
  'ม\\.ล\\.',
  // Ranks: written out (พลเอก, พลตำรวจเอก) or abbreviated (พล.อ., พล.ต.อ., พ.ต.ท., ร.ต.อ.).
  '(?:พล|พัน|ร้อย)(?:ตำรวจ|เรือ|อากาศ)?(?:เอก|โท|ตรี)',
  '(?:พล|พ|ร)\\.(?:ต\\.|ร\\.|อ\\.)?[อทต]\\.',
];

/**
 * Words that begin with a title but are not one (นายกรัฐมนตรี, นายอำเภอ, นายจ้าง, นางพยาบาล):
 * what follows the title must not start with these.
 */
const NOT_A_NAME = [
  'ก(?:รัฐมนตรี|\\s*ฯ|เทศมนตรี|สมาคม|องค์การ|สภา|สโมสร|อบ)',
  'อำเภอ',
  'จ้าง',
  'ทหาร',
  'หน้า',
  'ทะเบียน',
  'ด่าน',
  'ตำรวจ',
  'สถานี',
  'ช่าง',
  'ประกัน',
  'ทุน',
  'สัตวแพทย์',
  'ห้าง',
  'พราน',
  'ร้อย',
  'สิบ',
  'เรือ',
  'พยาบาล',
  'งาม',
  'รำ',
  'แบบ',
  'ฟ้า',
  'กำนัล',
  'งาน',
];

/** Thai letters and marks: each part of a name is one run of them, the given name followed by a space. */
const THAI = '[\\u0E01-\\u0E4E]';
/** A name starts at a consonant or a vowel written before one, never at a mark (วัฒนายิ่ง holds no นาย + name). */
const NAME_START = '[\\u0E01-\\u0E2E\\u0E40-\\u0E44]';
/** A title and a given name, followed by `after`, and the surname if there is one. */
const name = (after: string): string =>
  `(?<given>(?<title>(?:${TITLES.join('|')}) ?)(?=${NAME_START})(?!${NOT_A_NAME.join('|')})${THAI}{2,16})(?=${after})(?: (?<surname>${THAI}{2,20})(?!${THAI}|\\.))?`;
const PERSON = new RegExp(`(?<!${THAI})${name(' ')}`, 'dg');
/**
 * For search, also a title written against the word before it (โดยมีนางสาว…; segment.ts keeps it only where ICU
 * starts a word there), and a name that ends the text, as a query does (นางสาวอุษณี).
 */
const PERSON_IN_RUN = new RegExp(name(' |$'), 'dg');

/** A person's name in a text: where it starts, where its title ends and the given name starts, where it ends. */
export type NameCut = readonly [start: number, titleEnd: number, end: number];

/**
 * Each person's name in `text`, for search: ICU reads a title and an unknown name as other words (นา|ยอรรษิษฐ์),
 * and the same name typed alone otherwise again.
 */
export function personNameCuts(text: string): NameCut[] {
  return [...text.matchAll(PERSON_IN_RUN)].map((match) => [
    match.index,
    match.indices!.groups!['title']![1],
    match.index + match[0].length,
  ]);
}

/** The [start, end) offsets of each part of each person's name in `text`: title with given name, then surname. */
export function personNameParts(text: string): [number, number][] {
  return [...text.matchAll(PERSON)].flatMap((match) =>
    [match.indices?.groups?.['given'], match.indices?.groups?.['surname']].filter((part) => part !== undefined),
  );
}
