import { describe, expect, it } from 'vitest';
import { segmentThai, queryWords } from '@/search/common/segment.ts';
import { prepareQuery, locatesEveryWord, chunkProbes, joinedReadings } from '@/search/browser/query.ts';
import { wordsOfQuery } from '@/search/browser/query-worker.ts';
import { buildExcerpt, displayText } from '@/search/common/excerpt.ts';
import { indexForm, normaliseSearchText, readableForm, SPACE_AFTER, INNER_WORDS } from '@/search/common/thai-text.ts';
import { innerWords } from '@/search/common/inner-words.ts';

/** Where `word` is in indexed text, with or without the writer's space after it. */
const wordAt = (indexed: string, word: string): number =>
  indexed.split(' ').findIndex((each) => each.replace(SPACE_AFTER, '') === word);

describe('text for the index', () => {
  it('folds Thai digits, drops invisible characters and collapses spaces', () => {
    expect(normaliseSearchText('ปี ๒๕๖๓\u200B  ครั้งที่\u00A0๑')).toBe('ปี 2563 ครั้งที่ 1');
  });

  it('spells sara am and sara ae as one letter, so a query typed either way finds text written either way', () => {
    expect(queryWords('ดำเนินการ แรงงาน')).toEqual(queryWords('ด\u0E4D\u0E32เนินการ \u0E40\u0E40รงงาน'));
    expect(segmentThai('การด\u0E4D\u0E32เนินงาน')).toBe(segmentThai('การดำเนินงาน'));
  });

  it('splits Thai into words, and keeps the writer’s spaces on the word before them', () => {
    expect(segmentThai('แรงงานนอกระบบ ได้รับ')).toBe(`แรงงาน นอก ระบบ${SPACE_AFTER} ได้ รับ`);
    expect(segmentThai('ข่าว ( ด่วน )')).toBe(`ข่าว${SPACE_AFTER} (${SPACE_AFTER} ด่วน${SPACE_AFTER} )`);
  });

  it('gives a query no spaces to match: a phrase matches across the writer’s spaces, and no query loads every space', () => {
    expect(queryWords('ค่าจ้าง ขั้นต่ำ').join(' ')).not.toContain(SPACE_AFTER);
    expect(queryWords('ฟื้นฟู SMEs')).toEqual(queryWords('ฟื้นฟูSMEs'));
  });

  it('splits numbers and abbreviations at their punctuation, so 190 is not found in 1,900', () => {
    expect(segmentThai('1,900 บาท')).toBe(`1, 900${SPACE_AFTER} บาท`);
    expect(segmentThai('จ.เชียงใหม่')).toBe('จ. เชียงใหม่');
  });

  it('gives a name after a title the words it has typed alone (นายอรรษิษฐ์ is read นา|ยอรรษิษฐ์ in running text)', () => {
    const indexed = indexForm(segmentThai('โดยมี นายอรรษิษฐ์ สัมพันธรัตน์ อธิบดีกรม')).replaceAll(SPACE_AFTER, '');
    expect(indexed).toContain(queryWords('อรรษิษฐ์ สัมพันธรัตน์').join(' '));
    expect(segmentThai('นายอรรษิษฐ์ สัมพันธรัตน์')).toMatch(/^นาย อรรษิษฐ์/);
    // Also where the title is written against the word before it.
    const glued = indexForm(segmentThai('โดยมีนางสาวอัจฉรินทร์ พัฒนพันธ์ชัย ปลัด')).replaceAll(SPACE_AFTER, '');
    expect(glued).toContain(queryWords('อัจฉรินทร์ พัฒนพันธ์ชัย').join(' '));
    // And a search for the title and given name alone.
    expect(glued).toContain(queryWords('นางสาวอัจฉรินทร์').join(' '));
    // A title's letters inside a word (วัฒนายิ่ง) are no title: the name typed alone is the name in the text.
    const doctor = indexForm(segmentThai('โดย นายแพทย์สุวรรณชัย วัฒนายิ่งเจริญชัย อธิบดี')).replaceAll(SPACE_AFTER, '');
    expect(doctor).toContain(queryWords('สุวรรณชัย วัฒนายิ่งเจริญชัย').join(' '));
    // Nor in a word ICU keeps whole: the month and abbreviations are found as they are typed.
    for (const [text, query] of [
      ['เดือนมิถุนายนที่ผ่านมา', 'มิถุนายน'],
      ['ผู้กู้ยืม กยศ. และกองทุน', 'กยศ.'],
      ['สป.ดศ. วันจันทร์', 'ดศ.'],
    ])
      expect(indexForm(segmentThai(text!)).replaceAll(SPACE_AFTER, '').split(' ')).toContain(queryWords(query!).join(' '));
    // Not a title: นายกรัฐมนตรี stays as ICU reads it.
    expect(segmentThai('นายกรัฐมนตรี')).toBe('นายก รัฐมนตรี');
  });

  it('splits PM2.5 as PM 2.5 is split, so either finds the other, and ฝุ่น in ฝุ่นPM2.5', () => {
    expect(queryWords('PM2.5')).toEqual(queryWords('PM 2.5'));
    expect(segmentThai('ฝุ่นPM2.5 สูง')).toBe('ฝุ่น PM 2. 5^ สูง');
  });

  it('splits a number or a Latin word from the Thai written against it, so 2565 is found in ปี2565', () => {
    expect(segmentThai('ปี2565')).toBe('ปี 2565');
  });

  it('keeps punctuation on its word', () => {
    expect(segmentThai('“ปลัดแรงงาน”')).toBe('“ปลัด แรงงาน”');
    expect(segmentThai('(ขอนแก่น),')).toBe('(ขอนแก่น),');
  });

  it('gives Pagefind every Thai mark as a letter, which it can neither drop nor fold, and reads it back', () => {
    const indexed = indexForm('ข่าย ขาย พาณิชย์');
    expect(indexed).not.toMatch(/\p{M}/u);
    expect(indexed.split(' ')[0]).not.toBe('ขาย');
    expect(readableForm(indexed)).toBe('ข่าย ขาย พาณิชย์');
  });

  it('reads back exactly as written, whatever the index needed', () => {
    const text = 'นายกฯ ลงพื้นที่ จ.เชียงใหม่ (ไฟไหม้) ใช้งบ 1,900 ล้านบาท COVID-19 ที่ประชุม “ขอนแก่น”';
    expect(displayText(indexForm(segmentThai(text)))).toBe(text);
  });
});

describe('queries', () => {
  it('searches one word as a prefix and several as an exact phrase', () => {
    expect(prepareQuery(wordsOfQuery('แรงงาน'))).toEqual({ term: 'แรงงาน', words: 'แรงงาน' });
    expect(prepareQuery(wordsOfQuery('แรงงานนอกระบบ'))).toEqual({ term: '"แรงงาน นอก ระบบ"', words: 'แรงงาน นอก ระบบ' });
    expect(prepareQuery(wordsOfQuery('แรงงาน ระบบ'))).toEqual({ term: '"แรงงาน ระบบ"', words: 'แรงงาน ระบบ' });
  });

  it('finds Thai digits as Arabic ones, and ignores quotes the reader typed', () => {
    expect(prepareQuery(wordsOfQuery('๒๕๖๓')).term).toBe('2563');
    expect(prepareQuery(wordsOfQuery('"ค่าจ้าง"')).term).toBe(indexForm('"ค่า จ้าง"'));
  });

  it('searches an abbreviation exactly, so อย. does not find อยู่', () => {
    expect(prepareQuery(wordsOfQuery('อย.')).term).toBe('"อย."');
  });

  it('searches what the reader typed around lone punctuation as if it were not there', () => {
    expect(queryWords("ประชาชน $& $` $'")).toEqual(queryWords('ประชาชน'));
    expect(queryWords('ประชาชน $& คน')).toEqual(queryWords('ประชาชน คน'));
  });

  it('has nothing to search for in punctuation or spaces', () => {
    expect(prepareQuery(wordsOfQuery(' ... ')).term).toBeNull();
    expect(queryWords('!!')).toEqual([]);
  });

  it('preloads the index chunks that hold longer words beginning with a query word, and none for a phrase', () => {
    const starts = ['กา', 'การ', 'การค', 'การจ', 'ขาย'];
    expect(chunkProbes('การ', starts)).toEqual(['การค', 'การจ']);
    expect(chunkProbes('การจ', starts)).toEqual([]);
    expect(chunkProbes('"การ ค้า"', starts)).toEqual([]);
  });

  it('reads an unfinished last word, which ICU splits, as its pieces joined again, the longest join first', () => {
    const indexed = (words: string[]): string[] => words.map(indexForm);
    expect(wordsOfQuery('ศักยภาพอุตสาหกร')).toEqual(indexed(['ศักยภาพ', 'อุตสาห', 'กร']));
    expect(joinedReadings(wordsOfQuery('ศักยภาพอุตสาหกร'))).toEqual([['ศักยภาพอุตสาหกร'], ['ศักยภาพ', 'อุตสาหกร']].map(indexed));
    expect(joinedReadings(indexed(['ประ', 'ชา', 'สัม', 'พันธ'])).at(0)).toEqual(indexed(['ประชาสัมพันธ']));
    // Latin, digits and a single word are never joined.
    expect(joinedReadings(wordsOfQuery('covid 19'))).toEqual([]);
    expect(joinedReadings(['ยอด', '19'])).toEqual([]);
    // ๆ and ฯ end a word: ต่างๆ is not an unfinished word.
    expect(joinedReadings(indexed(['ต่าง', 'ๆ']))).toEqual([]);
    expect(joinedReadings(wordsOfQuery('แรงงาน'))).toEqual([]);
  });

  it('tells a real match from Pagefind’s quiet shorter-prefix substitute', () => {
    const indexed = segmentThai('ร้อยละ 25 ของ 2563');
    const at = (word: string): number => wordAt(indexed, word);
    expect(locatesEveryWord(indexed, [at('25')], '2560')).toBe(false);
    expect(locatesEveryWord(indexed, [at('2563')], '256')).toBe(true);
    // Pagefind finds sky in OpenSky, a part of a word in mixed case.
    const camel = segmentThai('แอป “OpenSky” ใหม่');
    expect(locatesEveryWord(camel, [wordAt(camel, '“OpenSky”')], 'sky')).toBe(true);
  });
});

describe('excerpts', () => {
  const indexed = indexForm(segmentThai('กระทรวงแรงงานประกาศค่าจ้าง <b>ใหม่</b> & อื่น ๆ'));
  const words = indexed.split(' ');

  it('marks the matched words, joins Thai words again and escapes everything else', () => {
    const html = buildExcerpt(indexed, [words.indexOf('แรงงาน')]);
    expect(html).toBe('กระทรวง<mark>แรงงาน</mark>ประกาศค่าจ้าง &lt;b&gt;ใหม่&lt;/b&gt; &amp; อื่น ๆ');
  });

  it('merges adjacent matched words into one mark, but not across a real space', () => {
    const html = buildExcerpt(indexed, [wordAt(indexed, indexForm('ค่า')), wordAt(indexed, indexForm('จ้าง'))]);
    expect(html).toContain('<mark>ค่าจ้าง</mark> &lt;b&gt;');
  });

  it('shows the densest stretch of a long text, with ellipses where it was cut', () => {
    const long = indexForm(segmentThai(`${'ข่าว '.repeat(100)}ทุเรียน ${'ข่าว '.repeat(100)}`));
    const at = wordAt(long, indexForm('ทุเรียน'));
    const html = buildExcerpt(long, [at], { length: 20 });
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('<mark>ทุเรียน</mark>');
  });
});

describe('an excerpt under its title', () => {
  const title = indexForm(segmentThai('แรงงานประกาศค่าจ้าง'));
  const content = indexForm(segmentThai('แรงงานประกาศค่าจ้าง\nกระทรวงแรงงานประกาศอัตราใหม่'));
  const words = content.split(' ');

  it('starts after the title, which the result shows already, with the matches of the text marked', () => {
    const html = buildExcerpt(content, [0, words.lastIndexOf(indexForm('แรงงาน'))], { from: title.split(' ').length });
    expect(html).toBe('กระทรวง<mark>แรงงาน</mark>ประกาศอัตราใหม่');
  });

  it('is the title itself when the release has no other text', () => {
    expect(buildExcerpt(title, [0], { from: title.split(' ').length })).toBe('<mark>แรงงาน</mark>ประกาศค่าจ้าง');
  });
});

describe('words inside words', () => {
  it('indexes the endings of Thai words that start a syllable, so ชาติ is found in ธรรมชาติ', () => {
    const endings = innerWords(segmentThai('ธรรมชาติ ดาวเทียม').split(' '));
    expect(endings).toEqual(expect.arrayContaining(['ชาติ', 'เทียม']));
    // Not from inside a syllable (ทียม follows its leading vowel), nor shorter than three letters.
    expect(endings).not.toContain('ทียม');
    expect(endings.every((ending) => ending.length >= 3)).toBe(true);
  });

  it('keeps them out of what readers see, and marks the word that holds the match', () => {
    const content = indexForm(
      `${segmentThai('แหล่งน้ำธรรมชาติ')} ${INNER_WORDS} ${innerWords(segmentThai('แหล่งน้ำธรรมชาติ').split(' ')).join(' ')}`,
    );
    expect(displayText(content)).toBe('แหล่งน้ำธรรมชาติ');
    const inner = content.split(' ').indexOf(indexForm('ชาติ'));
    expect(buildExcerpt(content, [inner], { wanted: ['ชาติ'] })).toBe('แหล่งน้ำ<mark>ธรรมชาติ</mark>');
  });
});

describe('characters the index reserves', () => {
  it('are dropped from what writers and readers type, so they cannot fake a space or the end of a text', () => {
    expect(normaliseSearchText(`ข่าว${INNER_WORDS}${indexForm('่')}ด่วน`)).toBe('ข่าวด่วน');
    expect(normaliseSearchText(`ข่าว${SPACE_AFTER} ด่วน`)).toBe('ข่าว‸ ด่วน');
    expect(prepareQuery(wordsOfQuery(`ข่าว${INNER_WORDS}`)).term).toBe(indexForm('ข่าว'));
  });
});
