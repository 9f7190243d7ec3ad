import { describe, expect, it } from 'vitest';
import { dateLine, parseThaiDateLine, parseSlashDate } from '../../scripts/import/thai-date-line.ts';
import { parseThaigov } from '../../scripts/import/parse-thaigov.ts';
import type { ParseResult } from '../../scripts/import/raw-release.ts';
import { cleanText } from '../../scripts/import/clean-text.ts';
import { withStandardSpelling } from '@/thai/spelling.ts';
import { decodeInput } from '../../scripts/import/decode-input.ts';
import { markdownBody } from '../../scripts/import/release-markdown.ts';
import { cabinetHeadings } from '../../scripts/import/cabinet-headings.ts';
import { joinWrappedResolutionTitles } from '../../scripts/import/cabinet-wrapped-titles.ts';
import { renderMarkdown } from '@/site/markdown/markdown.ts';

const SOURCE = 'ที่มา : http://www.thaigov.go.th/news/contents/details/7766';

function raw(lines: string[]): string {
  return lines.join('\n');
}

function ok(result: ParseResult) {
  if (!result.ok) throw new Error(`expected a release, got ${result.reason}`);
  return result.release;
}

describe('Thai date lines', () => {
  it.each([
    ['วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', '2017-11-02'],
    ['วันพฤหัสบดีที่ ๒ พฤศจิกายน ๒๕๖๐', '2017-11-02'],
    ['2 พ.ย. 2560', '2017-11-02'],
    ['วันอังคารที่ 31 ธ.ค. พ.ศ. 2562 เวลา 10.00 น.', '2019-12-31'],
    ['  วันพฤหัสบดีที่ 4 มกราคม 2561  ', '2018-01-04'],
    ['วันศุกร์ที่ 29 กุมภาพันธ์ 2563', '2020-02-29'],
    ['วันพฤหัสบดี ที่ 2 พฤศจิกายน 2560', '2017-11-02'],
    ['วันที่ 2 พฤศจิกายน 2564', '2021-11-02'],
  ])('%s → %s', (line, iso) => {
    expect(parseThaiDateLine(line)).toBe(iso);
  });

  it.each(['วันอังคารที่ 30 กุมภาพันธ์ 2563', 'พฤศจิกายน 2560', 'ข่าวประจำวัน'])('refuses %s', (line) => {
    expect(parseThaiDateLine(line)).toBeUndefined();
  });

  it('reads dd/mm/yyyy with a Buddhist or Gregorian year', () => {
    expect(parseSlashDate('02/11/2560')).toBe('2017-11-02');
    expect(parseSlashDate('๐๒/๑๑/๒๕๖๐')).toBe('2017-11-02');
    expect(parseSlashDate('2/11/2017')).toBe('2017-11-02');
  });
});

describe('lines that are a date and nothing more', () => {
  it.each([
    ['วันพฤหัสบดีที่ 1 มิถุนายน 2566', '2023-06-01'],
    ['1 มิถุนายน 2566', '2023-06-01'],
    ['วันที่ 1 มิ.ย. 2566 เวลา 10.30 น.', '2023-06-01'],
    ['วันที่ 27 ธันวาคม 2564 เวลา 15.00 น', '2021-12-27'],
    ['23/06/2568', '2025-06-23'],
    ['23/06/2025', '2025-06-23'],
  ])('%s → %s', (line, iso) => {
    expect(dateLine(line)).toBe(iso);
  });

  it.each(['วันที่ 1 มิถุนายน 2566 นายอนุชา นาคาศัย รัฐมนตรีประจำสำนักนายกรัฐมนตรี', '23/06/2568 ประชุม', '1 มิถุนายน 2566 – 30 มิถุนายน 2566'])(
    'refuses %s',
    (line) => {
      expect(dateLine(line)).toBeUndefined();
    },
  );
});

describe('a hard-wrapped radio script', () => {
  it('reads as paragraphs, its sign-off on a line of its own', () => {
    const title = 'ชวนเที่ยวงานเกษตรแฟร์ประจำปี';
    const wrapped = [
      'รัฐบาลเชิญชวนประชาชนเที่ยวชมงานเกษตรแฟร์ประจำปี ซึ่งจัดขึ้นเป็นครั้งที่ 40 ณ',
      'ศูนย์ประชุมแห่งชาติ ระหว่างวันที่ 1 – 7 มิถุนายน 2568 ภายในงานมีการแสดงสินค้าเกษตร',
      'ผลิตภัณฑ์ชุมชนจากทั่วประเทศ และการสาธิตนวัตกรรมการเกษตรสมัยใหม่ให้เกษตรกรได้เรียนรู้',
      'เปิดให้เข้าชมฟรีทุกวันตั้งแต่เวลา 09.00 น. และสอบถามรายละเอียดเพิ่มเติมได้ที่สายด่วน',
      '“สื่อสารภารกิจรัฐบาล” กับผม อนุกูล พฤกษานุศักดิ์ รองโฆษกประจำสำนักนายกรัฐมนตรี',
    ];
    const release = ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันพุธที่ 4 มิถุนายน 2568', title, ...wrapped, SOURCE])));
    expect(release.paragraphs).toEqual([wrapped.slice(0, 4).join(' '), wrapped[4]]);
  });
});

describe('the opening and the leftovers of the page never reach the body', () => {
  const title = 'โฆษกรัฐบาลยืนยัน รัฐบาลให้ส่วนลดค่าไฟฟ้า';
  const lead = 'วันที่ 1 มิถุนายน 2566 นายอนุชา บูรพชัยศรี โฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่า';

  it('takes the Thai date line and drops the dd/mm/yyyy line and พิมพ์ before the repeated title', () => {
    const release = ok(
      parseThaigov(
        raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, '', 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', '01/06/2566', 'พิมพ์', title, lead, SOURCE]),
      ),
    );
    expect(release.date).toBe('2023-06-01');
    expect(release.title).toBe(title);
    expect(release.paragraphs).toEqual([lead]);
  });

  it.each([
    ['above the print link', ['3,622', '', 'พิมพ์', '']],
    ['above the title again', ['4,490']],
  ])('drops the page’s count of its views %s', (_, opening) => {
    const release = ok(
      parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, '', 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', '', ...opening, title, lead, SOURCE])),
    );
    expect(release.paragraphs).toEqual([lead]);
  });

  it('drops the page’s video player, its script pasted above the title', () => {
    const player = [
      '$("#video-player3").css("background-color", "#000000");',
      'var container = document.getElementById("video-player3");',
      'flowplayer.conf = {',
      '// autoplay    :false,',
      '};',
      'flowplayer(container, {',
      'clip: {',
      'sources: [',
      '{',
      'type: "video/mp4",',
      '}',
      '],',
      '}',
      '});',
    ];
    const release = ok(
      parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, '', 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', ...player, title, lead, SOURCE])),
    );
    expect(release.paragraphs).toEqual([lead]);
    // Without its closing line nearby, nothing is taken for the script: the text after it stays.
    const text = Array.from({ length: 40 }, (_, i) => `${lead} ข้อ ${i + 1}`);
    const unclosed = ok(
      parseThaigov(
        raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', title, player[0]!, ...text, '});', SOURCE]),
      ),
    );
    const kept = unclosed.paragraphs.join(' ');
    expect(text.every((line) => kept.includes(line))).toBe(true);
  });

  it.each([
    ['on its own', '****************************** 10 มิถุนายน 2566', [lead]],
    ['after the ministry’s number for the release', 'ตุลาคม 3/10 ************* 1 มิถุนายน 2566', [lead]],
    ['after a number for a range of days', 'พฤษภาคม4/9-10 ************* 1 มิถุนายน 2566', [lead]],
    ['dated by its month alone', '************* มิถุนายน 2566', [lead]],
    ['dated in English', '************* June 1, 2023', [lead]],
    [
      'on the text’s last line',
      'ทั้งนี้ ขอให้ติดตามข่าวสารจากทางราชการ *************** 1 มิถุนายน 2566',
      [lead, 'ทั้งนี้ ขอให้ติดตามข่าวสารจากทางราชการ'],
    ],
  ])('drops the closing row of asterisks and the date again %s', (_, closing, text) => {
    const release = ok(
      parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', title, lead, closing, SOURCE])),
    );
    expect(release.paragraphs).toEqual(text);
  });

  const last = 'ทั้งนี้ ขอให้ติดตามข่าวสารจากทางราชการอย่างใกล้ชิดต่อไป';
  const opening = [`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', title];

  it('drops a row alone after the last sentence', () => {
    expect(ok(parseThaigov(raw([...opening, lead, `${last} *************`, SOURCE]))).paragraphs).toEqual([lead, last]);
  });

  it('keeps one copy of a text pasted twice, each copy closed by a row and the date', () => {
    const copy = [lead, last, '*************** 1 มิถุนายน 2566'];
    expect(ok(parseThaigov(raw([...opening, ...copy, ...copy, SOURCE]))).paragraphs).toEqual([lead, last]);
  });

  it('keeps a row of asterisks that no date follows', () => {
    const release = ok(
      parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', title, lead, '***** ข้อควรระวัง', SOURCE])),
    );
    expect(release.paragraphs).toEqual([lead, '***** ข้อควรระวัง']);
  });

  it('keeps a number that opens the text after the title', () => {
    const release = ok(
      parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', title, '1,500', lead, SOURCE])),
    );
    expect(release.paragraphs).toEqual(['1,500', lead]);
  });

  it('keeps a lead paragraph that opens with a date, also when it is the only date', () => {
    expect(ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, '01/06/2566', title, lead, SOURCE]))).paragraphs).toEqual([
      lead,
    ]);
    const undated = ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, title, lead, SOURCE])));
    expect(undated.date).toBe('2023-06-01');
    expect(undated.paragraphs).toEqual([lead]);
  });

  it.each([
    'วันเสาร์ที่ 16 พฤาภาคม 2563',
    'วันอังคารที่ 7 กรกฏาคม 2563',
    'วันศุกร์ที่ 9 สิงหาคม 25 62',
    'วันพฤหัสบดีที่่ 23 กันยายน 2564',
    'วันศุกร์ ที่ 14 ก.พ.68',
    'วันจันทร์ที่ 28',
    '18 พ.ค.67',
  ])('drops a misspelt or shortened date line before the lead and the title under it: %s', (line) => {
    const release = ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, '01/06/2566', line, title, lead, SOURCE])));
    expect(release.paragraphs).toEqual([lead]);
  });

  it.each(['วันเสาร์ที่ 5 เวลา 9.00', 'วันศุกร์ที่ 10 และ 11', 'วันพุธที่ 3 ถึง 5', 'วันจันทร์ที่ดี', '5 ส.ส. 12'])(
    'keeps a line that is not the date again: %s',
    (line) => {
      const release = ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, '01/06/2566', title, line, lead, SOURCE])));
      expect(release.paragraphs).toEqual([line, lead]);
    },
  );

  it('keeps a date line that gives the event its time or place, and a lead that opens with a number and a word', () => {
    const timed = 'วันศุกร์ที่ 26 มิถุนายน 2563 เวลา 14.30 – 16.00 น.';
    const measures = '5 มาตรการหลักป้องกันโควิด-19';
    const release = ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, '01/06/2566', title, timed, lead, SOURCE])));
    expect(release.paragraphs).toEqual([timed, lead]);
    const listed = ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, '01/06/2566', title, measures, lead, SOURCE])));
    expect(listed.paragraphs).toEqual([measures, lead]);
  });

  it('takes the whole title when the header cut it, and drops its copies, also one broken over two lines', () => {
    const long =
      'รมว.ทส. เข้าร่วม FCCT panel discussion on “A green & resilient ‘new normal’ for Thailand : Planning for a post-Pandemic sustainable economy”';
    const release = ok(
      parseThaigov(
        raw([
          'รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-รมว.ทส. เข้าร่วม FCCT panel discussion on “A green & resilient ‘new normal’ for Thailand',
          '',
          'วันพุธที่ 9 กันยายน 2563',
          'พิมพ์',
          long,
          long,
          'รมว.ทส. เข้าร่วม FCCT panel discussion on “A green & resilient ‘new normal’ for Thailand :',
          'Planning for a post-Pandemic sustainable economy”',
          'วันที่ 8 กันยายน 2563 นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม',
          SOURCE,
        ]),
      ),
    );
    expect(release.title).toBe(long);
    expect(release.paragraphs).toEqual(['วันที่ 8 กันยายน 2563 นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม']);
  });

  it('takes the whole title past a copy spaced otherwise and cut short, and drops both copies', () => {
    // thaigov's own: the header and first copy cut at 180, a copy with จิตอาสาพัฒนา run together and cut, the whole.
    const cut =
      'จังหวัดสกลนคร จัดกิจกรรม “จิตอาสา พัฒนาพื้นที่โคก หนอง นา อารยเกษตร” ขับเคลื่อนโครงการเฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ';
    const whole = `${cut} 28 กรกฎาคม 2567 เพื่อเป็นต้นแบบในการพัฒนาคุณภาพชีวิตประชาชนให้มีความสุขอย่างยั่งยืน`;
    const respaced =
      'จังหวัดสกลนคร จัดกิจกรรม “จิตอาสาพัฒนาพื้นที่โคก หนอง นา อารยเกษตร” ขับเคลื่อนโครงการเฉลิมพระเกียรติพระบาทสมเด็จพระเจ้าอยู่หัว เนื่องในโอกาสพระราชพิธีมหามงคลเฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567 เพื่อเป็นต้นแบบในการพัฒนาคุณภาพชีวิตประชาชน';
    expect(cut.length).toBe(180);
    const release = ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${cut}`, '18/06/2567', cut, respaced, whole, lead, SOURCE])));
    expect(release.title).toBe(whole);
    expect(release.paragraphs).toEqual([lead]);
  });

  it('drops lone punctuation, separator rows, the site address, style rules, the related list and a date under the office', () => {
    const release = ok(
      parseThaigov(
        raw([
          `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`,
          'วันพฤหัสบดีที่ 1 มิถุนายน 2566',
          title,
          '.',
          lead,
          '-',
          '--',
          'span.s1 {font-kerning: none}',
          'p.p1 {margin: 0.0px 0.0px 0.0px 0.0px; font: 16.0px Helvetica}',
          'http://www.thaigov.go.th',
          'ย่อหน้าที่สอง',
          '╔════════╗',
          '้',
          '...`',
          'อัลบั้มภาพ',
          'prev',
          'next',
          'ข่าวที่เกี่ยวข้อง',
          'ข่าวอื่นของวันนั้น',
          SOURCE,
        ]),
      ),
    );
    expect(release.paragraphs).toEqual([lead, 'ย่อหน้าที่สอง']);
    const signed = ok(
      parseThaigov(
        raw([
          `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`,
          'วันพฤหัสบดีที่ 1 มิถุนายน 2566',
          title,
          lead,
          '+++++++++++++++++++',
          'กองเผยแพร่และประชาสัมพันธ์',
          '1 มิถุนายน 2566',
          '',
          SOURCE,
        ]),
      ),
    );
    expect(signed.paragraphs).toEqual([lead]);
    expect(signed.office).toBe('กองเผยแพร่และประชาสัมพันธ์');
    const dated = ok(
      parseThaigov(
        raw([
          `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`,
          'วันพฤหัสบดีที่ 1 มิถุนายน 2566',
          title,
          lead,
          '1 มิถุนายน 2566',
          'กองเผยแพร่และประชาสัมพันธ์',
          SOURCE,
        ]),
      ),
    );
    expect(dated.paragraphs).toEqual([lead]);
    expect(dated.office).toBe('กองเผยแพร่และประชาสัมพันธ์');
  });

  it('drops a radio script’s opening line and reads its sign-off as the issuing office', () => {
    const script = ok(
      parseThaigov(
        raw([
          `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`,
          'วันพฤหัสบดีที่ 1 มิถุนายน 2566',
          title,
          'ต่อจากนี้ไป ขอเชิญรับฟังไทยคู่ฟ้า ครับ',
          lead,
          '“สื่อสารภารกิจรัฐบาล” กับสำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี',
          SOURCE,
        ]),
      ),
    );
    expect(script.paragraphs).toEqual([lead]);
    expect(script.office).toBe('สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี');
  });

  it('keeps a long last paragraph after a separator as text, not as an office the schema would refuse', () => {
    const title = 'ข่าวทดสอบ';
    const closing = `ทั้งนี้ สำนักงานคณะกรรมการ${'พัฒนาการเศรษฐกิจและสังคมแห่งชาติ '.repeat(8)}รายงานผลต่อคณะรัฐมนตรี`;
    const release = ok(
      parseThaigov(
        raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', title, 'ย่อหน้าแรก', '---------', closing, SOURCE]),
      ),
    );
    expect(closing.length).toBeGreaterThan(200);
    expect(release.office).toBeUndefined();
    expect(release.paragraphs).toEqual(['ย่อหน้าแรก', closing]);
  });

  it('keeps a last line that is the venue, hashtags, a list item or a sentence’s end as text, not as the issuing office', () => {
    const title = 'ปลัดกระทรวงยุติธรรม ประชุมคณะอนุกรรมการ';
    // After a separator, where a line with an office's word was taken for the office most readily.
    const parse = (last: string) =>
      ok(
        parseThaigov(
          raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันอังคารที่ 25 เมษายน 2560', title, 'ย่อหน้าแรก', '---------', last, SOURCE]),
        ),
      );
    // Each as the corpora end a release, and each refused by one part of the rule only.
    for (const last of [
      'ณ สำนักงานบังคับคดีจังหวัดสุราษฎร์ธานี',
      'สถานที่: ศูนย์การประชุมแห่งชาติสิริกิติ์',
      'ศูนย์ราชการเฉลิมพระเกียรติฯ กรุงเทพฯ',
      'สอบถามข้อมูลเพิ่มเติมได้ที่กองเศรษฐกิจวัฒนธรรม โทร. 02 209 3597',
      'สามารถติดต่อได้ที่สำนักงานยุติธรรมจังหวัดในพื้นที่',
      'ต้องการทราบรายละเอียดเพิ่มเติมเกี่ยวกับการใช้บริการ ได้ที่ศูนย์ Call Center 1348',
      'มีให้บริการที่สำนักงานขนส่งจังหวัด ทุกจังหวัด',
      'ทั่วประเทศ หรือโทรสายด่วนกระทรวงแรงงาน 1506',
      '#สำนักงานปลัดกระทรวงกลาโหม',
      '- คณะอนุกรรมการเสริมสร้างการมีส่วนร่วม',
      '• รายงานความคืบหน้าให้ทราบจนกว่าจะจบภารกิจ',
      'และกรมศุลกากรว่าจะดำเนินการอย่างไร',
      'โดยประสานงานกับกรมสอบสวนคดีพิเศษ',
      'เพื่อระดมความคิดและหาแนวทางในการปรับปรุงงานด้านสุขภาพเรือนจำ',
      'ซึ่งฝ่ายเวียนนายินดีให้การสนับสนุนอย่างเต็มที่',
      'ในการทำงานเพื่อให้เกิดประสิทธิภาพมากยิ่งขึ้น',
      'ของคณะกรรมการพัฒนาการบริหารงานยุติธรรมแห่งชาติ',
      'ตลอดจนสอดคล้องกับเป้าหมายการดำเนินงาน และสถานการณ์ในปัจจุบัน',
      'ทั้งนี้ภายในงานได้มีการจัดกิจกรรม ได้แก่',
      'ตามนโยบายของรัฐมนตรีว่าการกระทรวงยุติธรรม',
      'รวมทั้งได้รับรางวัลจากกระทรวงอุตสาหกรรมหลายรางวัล',
      'แก่ประชาชนทุกฝ่ายด้วยเป็นธรรม และความเท่าเทียม',
      'การให้ความช่วยเหลือจากกองทุนยุติธรรมตามขั้นตอนทางกฎหมายต่อไป',
      'คณะผู้บริหาร และเจ้าหน้าที่หน่วยงานที่เกี่ยวข้อง เข้าร่วมฯ',
      'อธิบดีกรมธนารักษ์กล่าวในตอนท้าย',
    ]) {
      const release = parse(last);
      expect(release.office, last).toBeUndefined();
      expect(release.paragraphs).toEqual(['ย่อหน้าแรก', last]);
    }
    // An office whose name holds a word of the rule's is still the office.
    for (const office of ['กองเผยแพร่และประชาสัมพันธ์', 'ฝ่ายสื่อสารองค์กร ธนาคารอาคารสงเคราะห์', 'ศูนย์อำนวยการความปลอดภัยทางถนน'])
      expect(parse(office).office).toBe(office);
  });

  it('drops the first part of the title on its own line and keeps the subheading that runs on', () => {
    const head = 'วธ. ผนึกกำลังศิลปิน-เครือข่ายวัฒนธรรม เชิญชวนนายกรัฐมนตรี-ครม. ชมกิจกรรม';
    const release = ok(
      parseThaigov(
        raw([
          `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${head} ชมฟรี`,
          'วันพุธที่ 9 กันยายน 2563',
          'พิมพ์',
          `${head} ชมฟรี`,
          head,
          'ชมฟรี ๑๕ - ๒๐ ก.ย. นี้',
          'เมื่อวันที่ ๘ กันยายน ๒๕๖๓ นายอิทธิพล คุณปลื้ม',
          SOURCE,
        ]),
      ),
    );
    expect(release.paragraphs).toEqual(['ชมฟรี ๑๕ - ๒๐ ก.ย. นี้', 'เมื่อวันที่ ๘ กันยายน ๒๕๖๓ นายอิทธิพล คุณปลื้ม']);
  });

  it('drops the page’s teaser and the title broken over two lines after it, keeping a standfirst the lead does not repeat', () => {
    const title = 'บีโอไอย้ำไทยฮับเศรษฐกิจดิจิทัล ยักษ์ไอทีระดับโลกปักหมุดลงทุน Data Center';
    const summary = 'บีโอไอ ย้ำศักยภาพและความพร้อมของประเทศไทยในด้านอุตสาหกรรมดิจิทัล';
    const lead = 'นายนฤตม์ เทอดสถีรศักดิ์ เลขาธิการบีโอไอ เปิดเผยว่า';
    const broken = ['บีโอไอย้ำไทยฮับเศรษฐกิจดิจิทัล', 'ยักษ์ไอทีระดับโลกปักหมุดลงทุน Data Center'];
    const parse = (standfirst: string) =>
      ok(
        parseThaigov(
          raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันพุธที่ 2 ตุลาคม 2567', title, summary, ...broken, standfirst, lead, SOURCE]),
        ),
      );
    // Given again after the copy: it was the teaser, and appears once.
    expect(parse(summary).paragraphs).toEqual([summary, lead]);
    // Not given again (a standfirst of its own): it stays.
    const kept = parse('').paragraphs;
    expect([kept[0], kept.at(-1)]).toEqual([summary, lead]);
  });

  it('drops a teaser that the lead holds after its dateline, between the title and its copy', () => {
    const title = 'รองปลัดฯ วรวรรณ เป็นประธานการประชุมคณะทำงานขับเคลื่อนมาตรการป้องกันและควบคุมโรค';
    const teaser = 'นางวรวรรณ ชิตอรุณ รองปลัดกระทรวงอุตสาหกรรม เป็นประธานการประชุมคณะทำงาน';
    const lead = `วันนี้ (18 ตุลาคม 2564) ${teaser} ในสถานประกอบกิจการ ผ่านระบบวิดีโอ`;
    const release = ok(
      parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันจันทร์ที่ 18 ตุลาคม 2564', 'พิมพ์', title, teaser, title, lead, SOURCE])),
    );
    expect(release.paragraphs).toEqual([lead]);
    // A standfirst the lead does not repeat stays: one repeated only past the source line (a related link), or only
    // inside the title's own copy, is no teaser.
    const standfirst = 'นางวรวรรณ ชิตอรุณ รองปลัดกระทรวงอุตสาหกรรม เป็นประธานการประชุม';
    const other = 'วันนี้ (18 ตุลาคม 2564) ที่กระทรวงอุตสาหกรรม มีการประชุมผ่านระบบวิดีโอ';
    const parse = (lines: string[]) =>
      ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันจันทร์ที่ 18 ตุลาคม 2564', title, ...lines]))).paragraphs;
    expect(parse([standfirst, title, other, SOURCE, `${standfirst} อ่านต่อ`])).toEqual([standfirst, other]);
    const [first, second] = ['รองปลัดฯ วรวรรณ เป็นประธานการประชุม', 'คณะทำงานขับเคลื่อนมาตรการป้องกันและควบคุมโรค'];
    expect(parse(['มาตรการป้องกันและควบคุมโรค', first, second, other, SOURCE])).toEqual(['มาตรการป้องกันและควบคุมโรค', other]);
    // A short line only mentioned further on (a label, not the lead's opening) stays.
    expect(parse(['กระทรวงดิจิทัลฯ', title, `ทั้งนี้ กระทรวงดิจิทัลฯ มอบหมาย${other}`, SOURCE])).toEqual([
      'กระทรวงดิจิทัลฯ',
      `ทั้งนี้ กระทรวงดิจิทัลฯ มอบหมาย${other}`,
    ]);
    // Also the lead cut very short, as some pages show it.
    const short = ok(
      parseThaigov(
        raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันจันทร์ที่ 18 ตุลาคม 2564', title, 'วันนี้ (18 ตุลาค', title, lead, SOURCE]),
      ),
    );
    expect(short.paragraphs).toEqual([lead]);
  });

  it('gives a headline and subheading shown twice at the top once, but keeps a table row that repeats further down', () => {
    const title = 'รมช.มนัญญา เปิดประชุมสร้างความร่วมมือด้านเครือข่ายการผลิต';
    const headline = [`${title} ขยายช่องทางตลาด`, 'เดินหน้ายกระดับศูนย์กระจายสินค้าสหกรณ์ให้มีศักยภาพ'];
    const lead = 'นางสาวมนัญญา ไทยเศรษฐ์ รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ เปิดเผยว่า';
    const text = ['อัตราค่าธรรมเนียมเดิมและที่เสนอใหม่ มีดังนี้', 'ค่าธรรมเนียมเดิม', 'ค่าธรรมเนียมใหม่', 'ตามที่กรมส่งเสริมสหกรณ์เสนอ'];
    const row = ['ใบอนุญาตประกอบกิจการ ฉบับละ 5,000 บาท', '(ใบอนุญาตมีอายุ 1 ปี นับแต่วันที่ออก)'];
    const release = ok(
      parseThaigov(
        raw([
          `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`,
          'วันพุธที่ 16 กันยายน 2563',
          title,
          ...headline,
          ...headline,
          lead,
          ...text,
          ...row,
          ...row,
          SOURCE,
        ]),
      ),
    );
    expect(release.paragraphs.slice(0, 3)).toEqual([...headline, lead]);
    expect(release.paragraphs.filter((p) => p === row[0])).toHaveLength(2);
  });

  it('gives a block of paragraphs pasted twice in a row once, and keeps short cells that repeat', () => {
    const title = 'นายกรัฐมนตรีเข้าเฝ้า ฯ สมเด็จพระราชาธิบดีแห่งจอร์แดน';
    const lead = 'วันนี้ ( 20 กันยายน 2559) เวลา 11.35 น. ตามเวลาท้องถิ่น พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เข้าเฝ้าฯ';
    const block = [
      'นายกรัฐมนตรีกล่าวแสดงความซาบซึ้งและเป็นพระมหากรุณาธิคุณ',
      'นายกรัฐมนตรียังได้กล่าวชื่นชมบทบาทของจอร์แดนในการรักษาสันติภาพ',
      'โอกาสนี้ สมเด็จพระราชาธิบดีแห่งราชอาณาจักรฮัชไมต์จอร์แดน ทรงขอบคุณ',
    ];
    const cells = ['ข้าว', '100', 'ข้าว', '100'];
    const release = ok(
      parseThaigov(
        raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันจันทร์ที่ 31 ตุลาคม 2559', title, lead, ...block, ...block, ...cells, SOURCE]),
      ),
    );
    expect(release.paragraphs.slice(0, 5)).toEqual([lead, ...block, expect.not.stringContaining(block[0]!)]);
    expect(release.paragraphs.join(' ')).toContain(cells.join(' '));
  });

  it('gives paragraphs pasted again further down, twice or more, once; a table’s clause unchanged in both columns stays', () => {
    const title = 'นายกรัฐมนตรีหารือร่วมกับสภาธุรกิจสหรัฐฯ-อาเซียน';
    const lead = 'วันนี้ 22 กันยายน 2559 เวลา 18.00 น. พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี หารือร่วมกับสภาธุรกิจ';
    const speech = [
      'นายกรัฐมนตรีกล่าวถึงความสัมพันธ์อันดีระหว่างไทยและสหรัฐฯ ที่มีมายาวนาน พร้อมขอบคุณสภาธุรกิจที่สนับสนุนไทยตลอดมา '.repeat(3).trim(),
      'ไทยมีความสำคัญต่อภูมิภาคเอเชียตะวันออกเฉียงใต้ในฐานะเศรษฐกิจที่ก้าวหน้า และเป็นประตูสู่ประชาคมอาเซียน '.repeat(3).trim(),
    ];
    // Spaced otherwise in the second column, as the page's table cells often are.
    const clause = 'ข้อ 7 ให้กรมบัญชีกลางรับฝากเงินกู้ไว้ในบัญชีเงินฝาก และจัดทำระบบบัญชีระบบการเบิกจ่ายเงินกู้สำหรับโครงการ';
    // Past the opening lines, where a block given twice is the page's doing anyway.
    const opening = [lead, ...['หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า'].map((n) => `ย่อหน้าที่${n}ของข่าว`)];
    const parse = (...body: string[]) =>
      ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันพฤหัสบดีที่ 22 กันยายน 2559', title, ...opening, ...body, SOURCE])));
    expect(parse(...speech, ...speech).paragraphs).toEqual([...opening, ...speech]);
    expect(parse(...speech, ...speech, ...speech, 'ท้ายข่าว').paragraphs).toEqual([...opening, ...speech, 'ท้ายข่าว']);
    const columns = parse('ระเบียบเดิม', 'ร่างที่เสนอ', clause, clause.replace('ระบบบัญชี', 'ระบบบัญชี '));
    expect(columns.paragraphs.filter((p) => p.startsWith('ข้อ 7'))).toHaveLength(2);
    // Nor a long clause alone, two short measures, or a list of short items, each in both columns.
    const keptTwice = (...block: string[]) => {
      const spaced = block.map((line) => line.replace(' ', ''));
      expect(parse('มาตรการเดิม', 'มาตรการใหม่', ...block, ...spaced).paragraphs.slice(opening.length + 2)).toEqual([
        ...block,
        ...spaced,
      ]);
    };
    keptTwice(`ข้อ 12 ${clause.repeat(6)}`);
    keptTwice(`- ${clause}`, `- ${speech[1]!.slice(0, 100)}`);
    keptTwice(...Array.from({ length: 19 }, (_, n) => `(${n + 1}) คดีความผิดตามกฎหมายว่าด้วยเรื่องที่ ${n + 1}`));
  });

  it('gives the lead pasted twice at the top, one space apart, once', () => {
    const title = '“บิ๊กอู๋”สั่งลงโทษเด็ดขาดทุจริตเงินประกันสังคม เยียวยาผู้เสียหาย';
    const lead = 'รมว.แรงงาน สั่งลงโทษเด็ดขาด กรณีพนักงานประกันสังคมทุจริตเงินสมทบบำนาญชราภาพของผู้ประกันตน';
    // The page pasted it again with a space lost; near the top the later copy is kept.
    const again = lead.replace(' กรณี', 'กรณี');
    const next = 'นางเพชรรัตน์ สินอวย รองปลัดกระทรวงแรงงาน ในฐานะโฆษกกระทรวงแรงงาน เปิดเผยว่า';
    const release = ok(
      parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันจันทร์ที่ 18 ธันวาคม 2560', title, lead, again, next, SOURCE])),
    );
    expect(release.paragraphs).toEqual([again, next]);
  });

  it('drops the title given again after a press number or a standfirst: spaced otherwise, or broken over two lines', () => {
    const title = 'ผลประชุม คกก.ขับเคลื่อนการศึกษาในพื้นที่เขตพัฒนาพิเศษภาคตะวันออก ครั้งที่ 1/2560';
    const number = 'ข่าวสำนักงานรัฐมนตรี 428/2560';
    const lead = 'วันนี้ กระทรวงศึกษาธิการ (ศธ.) ประชุมคณะกรรมการขับเคลื่อนการศึกษา ครั้งแรก';
    const parse = (...copy: string[]) =>
      ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันพุธที่ 20 กันยายน 2560', title, number, ...copy, lead, SOURCE])));
    expect(parse(title.replace('ตะวันออก ', 'ตะวันออก')).paragraphs).toEqual([number, lead]);
    expect(parse('ผลประชุม คกก.ขับเคลื่อนการศึกษา', 'ในพื้นที่เขตพัฒนาพิเศษภาคตะวันออก ครั้งที่ 1/2560').paragraphs).toEqual([number, lead]);
    // Only the title's first words on a line of their own, after the opening, are text (a heading that runs on).
    expect(parse('ผลประชุม คกก.ขับเคลื่อนการศึกษา').paragraphs).toContain('ผลประชุม คกก.ขับเคลื่อนการศึกษา');
  });

  describe('a title thaigov cut at 180 characters', () => {
    // 178 characters, then a word with no space before character 180: the site cut there.
    const start = `${'กระทรวงแรงงานเร่งช่วยเหลือ '.repeat(6)}ลูกจ้างที่ได้รับผลกระทบ`.slice(0, 178);
    const whole = `${start}จากน้ำท่วมภาคใต้`;
    const lead = 'วันนี้ (1 มิ.ย. 66) กระทรวงแรงงานลงพื้นที่';
    const parse = (line: string) =>
      ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, line, lead, SOURCE])));

    it('is the whole title given on the next line, which leaves the body', () => {
      const release = parse(whole);
      expect(release.title).toBe(whole);
      expect(release.paragraphs).toEqual([lead]);
    });

    it('is the whole title given after the part the site cut off on a line of its own; both leave the body', () => {
      const cutOff = whole.slice(start.length);
      const release = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, cutOff, whole, lead, SOURCE])),
      );
      expect(release.title).toBe(whole);
      expect(release.paragraphs).toEqual([lead]);
    });

    it('is the whole title given after the page’s teaser (the lead cut short); teaser and copy leave the body', () => {
      const teaser = lead.slice(0, 25);
      const release = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, teaser, whole, lead, SOURCE])),
      );
      expect(release.title).toBe(whole);
      expect(release.paragraphs).toEqual([lead]);
    });

    it('is the whole title given after the headline worded otherwise and cut short, which leaves the body too', () => {
      // As thaigov gives it: the title cut at 180, the headline reworded (ปลัด มท.) and cut at 250, the whole title.
      const cut =
        'ปลัดมหาดไทย เผยความคืบหน้าการแก้ไขปัญหาหนี้นอกระบบ ดำเนินการแล้วเสร็จทั่วประเทศ 135,736 ราย มูลหนี้ลดลง 1,140.296 ล้านบาท กำชับทุกจังหวัดเร่งรัดแก้ไขปัญหาหนี้นอกระบบอย่างต่อเนื่อง';
      const rest = 'ให้ครบทุกกรณีและเป็นธรรม พร้อมบูรณาการภาคีเครือข่ายยกระดับคุณภาพชีวิตลูกหนี้';
      const reworded = `${cut.replace('ปลัดมหาดไทย', 'ปลัด มท.').replace('แล้วเสร็จ', 'แล้ว')}${rest}`;
      const full = `${cut}${rest}ในทุกมิติ`;
      const parse = (...opening: string[]) =>
        ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${cut}`, 'วันอาทิตย์ที่ 5 พฤษภาคม 2567', cut, ...opening, lead, SOURCE])));
      const release = parse(reworded, full);
      expect(release.title).toBe(full);
      expect(release.paragraphs).toEqual([lead]);
      // Only before the title it completes: a line as close to the lead after the whole title stays.
      const paraphrase = lead.replace('ลงพื้นที่', 'ลงพื้นที่ภาคใต้');
      expect(parse(full, paraphrase).paragraphs).toEqual([paraphrase, lead]);
    });

    it('is the whole title after the headline worded otherwise at more length and cut at 250, which leaves the body', () => {
      // thaigov's own (ธอส., 2024): the title cut at 180, the headline reworded and cut at 250, the whole title.
      const cut =
        'ธอส. ร่วมกับ สำนักงานประกันสังคม ลงนาม MOU โครงการสินเชื่อที่อยู่อาศัยเพื่อผู้ประกันตน พ.ศ. 2567 ปล่อยสินเชื่ออัตราดอกเบี้ย 5 ปีแรก เพียง 1.59% ต่อปี ช่วยเหลือผู้ประกันตนมีบ้านเป';
      const headline =
        'ธอส. ร่วมกับ สำนักงานประกันสังคม ลงนามบันทึกข้อตกลงความร่วมมือ (MOU) จัดทำโครงการสินเชื่อที่อยู่อาศัยเพื่อผู้ประกันตน พ.ศ. 2567 กรอบวงเงิน 10,000 ล้านบาท ปล่อยสินเชื่ออัตราดอกเบี้ยต่ำ 5 ปีแรก เพียง 1.59% ต่อปี ให้กับผู้ประกันตนตามมาตรา 33, 39 หรือ 40';
      const full = `${cut}็นของตนเอง`;
      expect(headline).toHaveLength(250);
      const release = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${cut}`, 'วันพฤหัสบดีที่ 26 กันยายน 2567', cut, headline, full, lead, SOURCE])),
      );
      expect(release.title).toBe(full);
      expect(release.paragraphs).toEqual([lead]);
      // Reworded and stopping up to ten short of 250, the guide's copies of 240–250 (พ่อเมืองประจวบฯ…, 244, 2024).
      const shorter = headline.slice(0, headline.lastIndexOf(' ', 245));
      expect(shorter).toHaveLength(242);
      expect(
        ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${cut}`, 'วันพฤหัสบดีที่ 26 กันยายน 2567', cut, shorter, full, lead, SOURCE]))),
      ).toMatchObject({ title: full, paragraphs: [lead] });
      // Not so a line of that length that opens otherwise: the lead cut short by the page, say, stays text.
      const other = `วันนี้ ${headline}`.slice(0, 250).trimEnd();
      const kept = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${cut}`, 'วันพฤหัสบดีที่ 26 กันยายน 2567', cut, other, full, lead, SOURCE])),
      );
      expect(kept.paragraphs[0]).toBe(other);
    });

    it('is the whole title after a headline its editor cut with dots, the whole past the dotted-title rule’s 250', () => {
      // thaigov's own (ปลัด มท. วันดินโลก, 2022): the copy cut at 180, the headline ending …อุดมสมบูรณ์.., the whole (298).
      const full = `${whole} ${'และช่วยเหลือแรงงานอีกมาก '.repeat(3)}ให้ทั่วถึง`;
      const dotted = `${full.slice(0, 230).trimEnd()}..`;
      expect(full.length).toBeGreaterThan(250);
      expect(full.length).toBeLessThanOrEqual(300);
      const release = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, dotted, full, lead, SOURCE])),
      );
      expect(release).toMatchObject({ title: full, paragraphs: [lead] });
      // A draft law's year left open (พ.ศ. ....) is no such cut: the whole title is that line, a longer one a subheading.
      const law = `${whole} ร่างพระราชกฤษฎีกา พ.ศ. ....`;
      const subheading = `${law} ตามที่ กระทรวงแรงงาน เสนอ`;
      expect([law.length, subheading.length]).toEqual([222, 248]);
      const draft = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, law, subheading, lead, SOURCE])),
      );
      expect(draft).toMatchObject({ title: law, paragraphs: [subheading, lead] });
    });

    it('is the whole headline, not a later copy worded at more length and cut at 250 that only has more letters', () => {
      // thaigov's own (ปัตตานี, 2023): …ผู้บริหาร อปท. ด้วยความจงรักภักดี (249), then …ผู้บริหารองค์กรปกครองส่วนท้องถิ่น (249).
      const short = `${whole} ทุกจังหวัด ร่วมกับผู้บริหาร อปท. ด้วยความจงรักภักดี`;
      const long = `${whole} ทุกจังหวัด ร่วมกับผู้บริหารองค์กรปกครองส่วนท้องถิ่น ด้วยความจงรักภักดี`.slice(0, short.length);
      expect([short.length, long.length]).toEqual([246, 246]);
      const release = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, short, long, lead, SOURCE])),
      );
      expect(release.title).toBe(short);
      expect(release.paragraphs.at(-1)).toBe(lead);
    });

    it('is the whole title after a copy that goes on from the cut one and stops up to ten short of 250', () => {
      // thaigov's own (…เนื่องในโอกาสมหามงคลเฉลิมพระชนมพรรษา 6 รอบ, 243, then the same going on …28 กรกฎาคม 2567).
      const copy = `${whole} ร่วมกับภาคีเครือข่าย เนื่องในวันแรงงานแห่งชาติ`;
      const full = `${copy} 1 พฤษภาคม 2567`;
      expect(copy.length).toBe(241);
      const parseCopy = (line: string, next: string) =>
        ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, line, next, lead, SOURCE])));
      expect(parseCopy(copy, full)).toMatchObject({ title: full, paragraphs: [lead] });
      // Further short of 250 than the guide's 240, no cut explains the copy: it is the title, the longer line a subheading.
      const whole237 = `${whole} เนื่องในโอกาสมหามงคลเฉลิมพระชนมพรรษา 6 รอบ`;
      const longer = `${whole237} 28 กรกฎาคม 2567`;
      expect(whole237.length).toBe(237);
      expect(parseCopy(whole237, longer)).toMatchObject({ title: whole237, paragraphs: [longer, lead] });
    });

    it('is not a later line that only spaces the whole title otherwise: the whole title stays as first given', () => {
      // thaigov's own (บอร์ดกองทุนสื่อ, 2025): the whole title of 249, then the same with one space more (ที่ 21).
      const full = `${whole} ${'และช่วยเหลือแรงงาน '.repeat(4)}`.slice(0, 249);
      const spaced = full.replace('ภาคใต้', 'ภาค ใต้');
      expect([full.length, spaced.length]).toEqual([249, 250]);
      const release = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, full, spaced, lead, SOURCE])),
      );
      expect(release).toMatchObject({ title: full, paragraphs: [lead] });
    });

    it('is the whole title after a copy that goes on from the cut one, worded otherwise at its end and cut at 250', () => {
      // thaigov's own (แม่ฮ่องสอน จับยา…, 2024): the title cut at 180, a copy running on from it cut at 250, the whole title.
      const cut =
        'แม่ฮ่องสอน จับยา “ล็อตใหญ่กว่า 6 ล้านเม็ด” ผู้ว่าฯ เข้ม! สั่งการให้ชุดปฏิบัติการพิเศษฝ่ายปกครอง บูรณาการร่วมกับตำรวจทหารเต็มกำลัง ออกลาดตระเวนแนวชายแดน เพื่อป้องกันการลำเลียง';
      const atCut = `${cut}ยาเสพติดเข้ามาในพื้นที่อย่างเข้มข้น หากพี่น้องประชาชนพบเบาะแสแจ้งสายด่วน1567`;
      const full = `${cut}ยาเสพติดเข้ามาในพื้นที่อย่างเข้มข้น หากพี่น้องประชาชนพบเบาะแส แจ้งเจ้าหน้าที่ฝ่ายความมั่นคง หรือโทรสายด่วน 1567 ทันที`;
      expect(atCut).toHaveLength(250);
      const opening = [`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${cut}`, 'วันเสาร์ที่ 20 กรกฎาคม 2567', cut];
      const release = ok(parseThaigov(raw([...opening, atCut, full, lead, SOURCE])));
      expect(release.title).toBe(full);
      expect(release.paragraphs).toEqual([lead]);
      // Where no longer title follows, the copy cut at 250 is the title.
      expect(ok(parseThaigov(raw([...opening, atCut, lead, SOURCE]))).title).toBe(atCut);
      // A whole title that happens to end near 250, then a subheading that opens on the cut title and says
      // something else: the title stays, and the subheading is text.
      const subheading = `${cut}ยาเสพติด ผู้ว่าราชการจังหวัดแม่ฮ่องสอน เผยผลการปฏิบัติการตลอดสัปดาห์ ตรวจยึดของกลางได้กว่าหกล้านเม็ด ขยายผลต่อ`;
      const kept = ok(parseThaigov(raw([...opening, atCut, subheading, lead, SOURCE])));
      expect(kept.title).toBe(atCut);
      expect(kept.paragraphs).toEqual([subheading, lead]);
    });

    it('is not reached past a standfirst that paraphrases the headline: the standfirst is text and stays', () => {
      const cut =
        'EXIM BANK ติดต่อลูกค้าทุกราย พร้อมพักชำระหนี้ทั้งเงินต้นและดอกเบี้ย 6 เดือน เยียวยาผลกระทบโควิด-19 ให้เงินกู้ดอกเบี้ยต่ำใช้หมุนเวียนในกิจการส่งออกและลงทุนของลูกค้าและผู้ประกอบการ';
      const standfirst =
        'EXIM BANK ติดตามลูกค้าทุกราย พร้อมพักชำระหนี้และดอกเบี้ย 6 เดือน และให้เงินกู้ดอกเบี้ยต่ำ 2% แก่ผู้ประกอบการทุกกลุ่มอุตสาหกรรม ระยะเวลาชำระคืน 7 ปี วงเงิน 20-100 ล้านบาท รวมทั้งพิจารณาเป็นรายกรณีเพิ่มเติมตามความจำเป็น';
      const full = `${cut}ทุกกลุ่มอุตสาหกรรม`;
      const release = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${cut}`, 'วันจันทร์ที่ 6 เมษายน 2563', cut, standfirst, full, lead, SOURCE])),
      );
      expect(release.paragraphs[0]).toBe(standfirst);
    });

    it('is not a paragraph that opens on the title after the lead: the lead stays, and the title as cut', () => {
      const paragraph = `${whole} และได้มอบถุงยังชีพแก่ลูกจ้าง`;
      const release = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, lead, paragraph, SOURCE])),
      );
      expect(release.title).toBe(start);
      expect(release.paragraphs).toEqual([lead, paragraph]);
    });

    it('is whole once past 180: a still longer line (not past 250) going on after a space is a subheading and stays', () => {
      const subheading = `${whole} สะพานชำรุด`;
      const release = ok(
        parseThaigov(
          raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, whole, subheading, lead, SOURCE]),
        ),
      );
      expect(release.title).toBe(whole);
      expect(release.paragraphs).toEqual([subheading, lead]);
    });

    it('was whole when the longer line has a space before 180: that line is a subheading and stays', () => {
      const subheading = `${start.slice(0, 150)} พร้อมมอบเงินช่วยเหลือ ${'ครอบครัวละ 5,000 บาท '.repeat(3)}`.trim();
      const short = start.slice(0, 150);
      const release = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${short}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', short, subheading, lead, SOURCE])),
      );
      expect(subheading.length).toBeGreaterThan(180);
      expect(release.title).toBe(short);
      expect(release.paragraphs).toEqual([subheading, lead]);
    });

    it('counts the 180 also without the marks above and below, as some pages do', () => {
      // 202 characters but 161 places on the line, then a word with no space before place 180.
      const marked = `${'ผู้ที่มีสิทธิ์ได้รับเงินช่วยเหลือ '.repeat(2)}${'กระทรวงแรงงานเร่งช่วยเหลือ '.repeat(5)}`.trimEnd();
      const full = `${marked} ลูกจ้างที่ได้รับผลกระทบจากน้ำท่วมภาคใต้`;
      const release = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${marked}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', marked, full, lead, SOURCE])),
      );
      expect(marked.length).toBeGreaterThan(180);
      expect(release.title).toBe(full);
      expect(release.paragraphs).toEqual([lead]);
    });

    it('counts the 180 as thaigov did, with sara am typed as two characters, before spelling it as one', () => {
      // 167 characters as typed (155 spelt), then a word with no space before character 180 as typed.
      const typed = Array(12).fill('การด\u0E4D\u0E32เนินงาน').join(' ');
      const typedWhole = `${typed} สำนักงานส่งเสริมวิสาหกิจ`;
      const release = ok(
        parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${typed}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', typed, typedWhole, lead, SOURCE])),
      );
      expect(release.title).toBe(withStandardSpelling(typedWhole));
      expect(release.paragraphs).toEqual([lead]);
    });

    it('counts what the header’s title stands after, as thaigov did: the title is whole though not past 180', () => {
      // Ten spaces and 170 characters cut inside a word: 180 as thaigov counted. The whole title is 178.
      const cut = start.slice(0, 170);
      const parseIndented = (indent: string, copy = cut) =>
        ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${indent}${copy}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', copy, start, lead, SOURCE])));
      expect(parseIndented(' '.repeat(10))).toMatchObject({ title: start, paragraphs: [lead] });
      // Not indented, nothing was cut: the longer line is a subheading.
      expect(parseIndented('')).toMatchObject({ title: cut, paragraphs: [start, lead] });
      // A zero-width space counts though cleaning removes it. After it, the whole title's 180th character is a space,
      // its 179th is not: cut back to the space after 170 characters. Counted without it, that cut leaves 179.
      const beforeSpace = `${start.slice(0, 162)}ลูกจ้างท`;
      const wholeAfterSpace = `${beforeSpace} ผลกระทบท จากน้ำท่วม`;
      const parseZeroWidth = (indent: string) =>
        ok(
          parseThaigov(
            raw([
              `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${indent}${beforeSpace}`,
              'วันพฤหัสบดีที่ 1 มิถุนายน 2566',
              beforeSpace,
              wholeAfterSpace,
              lead,
              SOURCE,
            ]),
          ),
        );
      expect([beforeSpace.length, wholeAfterSpace.indexOf(' ', 171)]).toEqual([170, 179]);
      expect(parseZeroWidth('\u200B')).toMatchObject({ title: wholeAfterSpace, paragraphs: [lead] });
      expect(parseZeroWidth('')).toMatchObject({ title: beforeSpace, paragraphs: [wholeAfterSpace, lead] });
    });

    it('counts the header’s title as thaigov typed it, zero-width spaces and all, but not its indent, entities or next line', () => {
      // Six zero-width spaces: 180 characters as typed, cut inside a word (…กระทรวงแรงงา), 174 once cleaned.
      const typed = `${'กระทรวงแรงงาน\u200Bเร่งช่วยเหลือ '.repeat(6)}กระทรวงแรงงา`;
      const cleaned = typed.replaceAll('\u200B', '');
      const full = `${typed.replaceAll('\u200B', ' ')}น ภาคใต้`;
      const parseTyped = (header: string, indent = '') =>
        ok(
          parseThaigov(
            raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${indent}${header}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', header, full, lead, SOURCE]),
          ),
        );
      expect([typed.length, cleaned.length, /\s/.test(full[typed.length]!)]).toEqual([180, 174, false]);
      expect(parseTyped(typed)).toMatchObject({ title: full, paragraphs: [lead] });
      // Typed without them, the same words stop short of the cut: the longer line is another headline and stays.
      expect(parseTyped(cleaned)).toMatchObject({ title: cleaned, paragraphs: [full, lead] });
      // Typed past 180 (a zero-width space before every space too), nothing was cut at 180.
      const overTyped = typed.replaceAll(' ', '\u200B ');
      expect(overTyped.length).toBe(186);
      expect(parseTyped(overTyped)).toMatchObject({ title: cleaned, paragraphs: [full, lead] });
      // An indent is counted once, as the cut it shortens: ten spaces and 158 or 165 characters were not cut.
      for (const short of [cleaned.slice(0, 158), cleaned.slice(0, 165)])
        expect(parseTyped(short, ' '.repeat(10))).toMatchObject({ title: short, paragraphs: [full, lead] });
      // An HTML entity is the export's, not thaigov's typing: 172 characters with & (176 as &amp;) were not cut.
      const ampersand = `${cleaned.slice(0, 160)} & ${cleaned.slice(163, 172)}`;
      const wholeAmpersand = `${ampersand}${cleaned.slice(172)}น ภาคใต้ ${'และจังหวัดใกล้เคียง '.repeat(2)}`.trimEnd();
      expect([ampersand.length, /\s/.test(wholeAmpersand[ampersand.length]!)]).toEqual([172, false]);
      expect(
        ok(
          parseThaigov(
            raw([
              `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${ampersand.replace('&', '&amp;')}`,
              'วันพฤหัสบดีที่ 1 มิถุนายน 2566',
              ampersand,
              wholeAmpersand,
              lead,
              SOURCE,
            ]),
          ),
        ),
      ).toMatchObject({ title: ampersand, paragraphs: [wholeAmpersand, lead] });
      // A line separator ends the header's line, as cleaning reads it: what follows it is not the title's.
      const s150 = cleaned.slice(0, 150);
      expect(
        ok(
          parseThaigov(
            `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${s150}\u2028${'ก'.repeat(27)}\nวันพฤหัสบดีที่ 1 มิถุนายน 2566\n${s150}\n${full}\n${lead}\n${SOURCE}\n`,
          ),
        ).title,
      ).toBe(s150);
    });

    describe('and the whole title given next spaced a little otherwise', () => {
      // thaigov's own (ขอนแก่น, 2024): a copy of 180 …อีสานเหนือ252…พร้อมกัน, then …อีสานเหนือ 252…พร้อมกันในเช้ามืด….
      const parseCopy = (copy: string, line: string) =>
        ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${copy}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', copy, line, lead, SOURCE])));
      // 180 characters ending at a word; the whole title goes on after a space.
      const atCut = `${start.slice(0, 162)}ลูกจ้างที่ได้รับผล`;
      const respaced = (copy: string) => `${copy.replace('เหลือ กระทรวง', 'เหลือกระทรวง')} กระทบจากน้ำท่วมภาคใต้`;

      it('is that line when the copy stops inside a word at the cut', () => {
        const spacedWhole = whole.replace('เหลือ ลูกจ้าง', 'เหลือลูกจ้าง');
        expect(parse(spacedWhole)).toMatchObject({ title: spacedWhole, paragraphs: [lead] });
      });

      it('is that line when the copy stops at a word exactly at the cut', () => {
        expect(atCut.length).toBe(180);
        expect(parseCopy(atCut, respaced(atCut))).toMatchObject({ title: respaced(atCut), paragraphs: [lead] });
      });

      it('is that line when the header’s copy reaches the cut as typed, a doubled space and all (179 once cleaned)', () => {
        // thaigov's own (โฆษก ศบค., 2020): …ที่เกาหลีใต้  ยืนยัน…ตามปกติ, 180 as typed, then the whole title respaced.
        const doubled = atCut.replace('เหลือ กระทรวง', 'เหลือ  กระทรวง').replace('แรงงาน', 'แรงาน');
        const cleaned = doubled.replace('  ', ' ');
        expect([doubled.length, cleaned.length]).toEqual([180, 179]);
        expect(parseCopy(doubled, respaced(cleaned))).toMatchObject({ title: respaced(cleaned), paragraphs: [lead] });
      });

      it('is not reached from a copy that stops short of the cut: the longer line is another headline and stays', () => {
        const short = atCut.replace('แรงงาน', 'แรงาน');
        expect(short.length).toBe(179);
        expect(parseCopy(short, respaced(short))).toMatchObject({ title: short, paragraphs: [respaced(short), lead] });
      });

      it('is not a copy of the whole title that only adds a space: the whole title stays as first given', () => {
        const spacedCopy = whole.replace('เหลือ ลูกจ้าง', 'เหลือ  ลูกจ้าง').replace('ลูกจ้างที่', 'ลูกจ้าง ที่');
        expect(parseCopy(start, whole).title).toBe(whole);
        expect(
          ok(
            parseThaigov(
              raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, whole, spacedCopy, lead, SOURCE]),
            ),
          ).title,
        ).toBe(whole);
      });
    });

    describe('and a copy that goes on from it, cut again inside a word where no cut of 180 or 250 explains it', () => {
      // thaigov's own (กองอาสารักษาดินแดน, 2023): the header and a copy cut at 180, a copy of 228 ending …ไว้ซึ่งสถาบัน,
      // then the whole title going on with ชาติ.
      const middle = `${whole} เจ้าหน้าที่ฝ่ายปกครองลงพื้นที่ตรวจสถาน`;
      const parseMiddle = (...lines: string[]) =>
        ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', start, ...lines, lead, SOURCE])));

      it('is the whole title given next, going on from that copy with no space; both copies leave the body', () => {
        // A space before 250: no cut at 250 explains the copy.
        const full = `${middle}บริการ เพื่อสร้างสังคมให้สงบสุข`;
        expect(middle.length).toBeLessThan(250 - 4);
        expect(full.indexOf(' ', middle.length)).toBeLessThan(250);
        expect(parseMiddle(middle, full)).toMatchObject({ title: full, paragraphs: [lead] });
      });

      it('is that copy when the longer line goes on after a space: the copy was whole, the longer line a subheading', () => {
        const subheading = `${middle} ณ ศาลากลางจังหวัด`;
        expect(parseMiddle(middle, subheading)).toMatchObject({ title: middle, paragraphs: [subheading, lead] });
      });

      it('is the whole title given next also where that copy spaced a word otherwise', () => {
        // thaigov's own (วธ., 2018): a copy …ฉากบังเพลิง ได้รับรางวัล…ประจำปี 2, then …ฉากบังเพลิงได้รับรางวัล…ประจำปี 2560.
        const full = `${middle}บริการ เพื่อสร้างสังคมให้สงบสุข`;
        const spacedCopy = `${whole} ${middle.slice(whole.length + 1).replace('ลงพื้นที่', ' ลงพื้นที่')}`;
        expect(spacedCopy.replace(/ /g, '')).toBe(middle.replace(/ /g, ''));
        expect(parseMiddle(spacedCopy, full)).toMatchObject({ title: full, paragraphs: [lead] });
      });

      it('is the whole title given next where that copy’s editor wrote ฯ for the rest of a word', () => {
        // thaigov's own (มท., 2024): a copy ending …พัฒนาโครงการฯ, then …พัฒนาโครงการเพื่อยกระดับคุณภาพชีวิต….
        const abridged = `${middle}ฯ`;
        const full = `${middle}บริการเพื่อยกระดับคุณภาพชีวิต`;
        expect(parseMiddle(abridged, full)).toMatchObject({ title: full, paragraphs: [lead] });
        // The same words again after ฯ and a space: a subheading.
        const subheading = `${middle} บริการประชาชน`;
        expect(parseMiddle(abridged, subheading)).toMatchObject({ title: abridged, paragraphs: [subheading, lead] });
        // ฯ standing apart (…พัชรกิติยาภา ฯ) abridges no word: a line going on after the space is a subheading.
        const apart = `${middle} ฯ`;
        const afterSpace = `${middle} ณ ศาลากลางจังหวัด`;
        expect(parseMiddle(apart, afterSpace)).toMatchObject({ title: apart, paragraphs: [afterSpace, lead] });
      });
    });

    describe('and a copy cut again at 250', () => {
      // thaigov's own (ด้านความมั่นคง, 2024): a copy of 250 characters ending …เพื่อสร้างส, the whole title on the next line.
      const whole250 = `${whole} เจ้าหน้าที่ฝ่ายปกครองลงพื้นที่ตรวจสถานบริการเพื่อสร้างสังคมให้สงบสุข บ้านเมืองเป็นระเบียบเรียบร้อย`;
      const copy250 = whole250.slice(0, 250);
      const parse250 = (...lines: string[]) =>
        ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${start}`, 'วันพฤหัสบดีที่ 1 มิถุนายน 2566', ...lines, lead, SOURCE])));

      it('is the whole title given on the next line, after the header cut at 180 and a copy cut at 250', () => {
        const release = parse250(start, copy250, whole250);
        expect(release.title).toBe(whole250);
        expect(release.paragraphs).toEqual([lead]);
      });

      it('is the whole title after a copy cut inside a word, which cleaning made shorter than the cut', () => {
        // thaigov's own (วธ. ชวนนั่งรถเที่ยว…, 2022): the copy cut at 250 as typed inside …ความสามัคค|ี, 248 once its
        // doubled spaces are one; the space after that word would otherwise read as one before the cut.
        const words = 'เจ้าหน้าที่ฝ่ายปกครองลงพื้นที่ตรวจสถานบริการเพื่อสร้างสังคมให้สงบสุขบ้านเมืองเป็นระเบียบ';
        const cleaned = `${whole} ${words.slice(0, 249 - whole.length - 1)} บ้านเมืองเป็นระเบียบเรียบร้อย`;
        const typed = (text: string) => text.replace(' ', '   ');
        const copy = cleaned.slice(0, 248);
        expect(typed(copy)).toHaveLength(250);
        expect(cleaned[248]).not.toBe(' ');
        expect(cleaned[249]).toBe(' ');
        const release = parse250(start, typed(copy), typed(cleaned));
        expect(release.title).toBe(cleaned);
        expect(release.paragraphs).toEqual([lead]);
      });

      it('was whole when the longer line has a space before 250: that line is a subheading and stays', () => {
        const subheading = `${whole} ตรวจ สถานบริการ เจ้าหน้าที่ฝ่ายปกครองลงพื้นที่ เพื่อสร้างสังคมให้สงบสุข บ้านเมืองเป็นระเบียบ`;
        const release = parse250(start, whole, subheading);
        expect(subheading.length).toBeGreaterThan(250); // and within a title's 300
        expect(release.title).toBe(whole);
        expect(release.paragraphs).toEqual([subheading, lead]);
      });
    });
  });

  describe('a title its editor cut short and marked with dots', () => {
    // thaigov's own (มหาดไทย, 2022): the header and its copy cut at 178 and marked "..", the whole title next.
    const words =
      'มหาดไทย ลงนาม MOU เรื่อง การบูรณาการความร่วมมือในการจัดการด้านการเปลี่ยนแปลงสภาพภูมิอากาศ เพื่อประเทศไทยบรรลุเป้าหมายลดการปล่อยก๊าซเรือนกระจก ด้วยการส่งเสริมการใช้วัสดุก่อสร้าง';
    const whole = `${words}ประเภทปูนซีเมนต์ไฮดรอลิก สำหรับการก่อสร้างของส่วนราชการและ อปท.`;
    const lead = 'วันนี้ (10 ส.ค. 65) ที่ศาลาว่าการกระทรวงมหาดไทย';
    const parse = (cut: string, ...lines: string[]) =>
      ok(parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${cut}`, 'วันพุธที่ 10 สิงหาคม 2565', cut, ...lines, lead, SOURCE])));

    it.each(['..', '...', ' ....', '…'])('is the whole title given next, which leaves the body: cut marked %j', (dots) => {
      const release = parse(`${words}${dots}`, whole);
      expect(release.title).toBe(whole);
      expect(release.paragraphs).toEqual([lead]);
    });

    it('is the whole title, and a subheading past 250 that opens on the same words stays in the body', () => {
      // As thaigov gives it: the dotted copy, the whole title, then a standfirst of 367 characters that opens on it.
      const standfirst = `${words}ประเภทปูนซีเมนต์ไฮดรอลิก สำหรับการก่อสร้างของส่วนราชการและองค์กรปกครองส่วนท้องถิ่น ร่วมกัน 7 ฝ่าย เพื่อให้เกิดงานก่อสร้างที่เป็นมิตรกับสิ่งแวดล้อม ช่วยลดภาวะโลกร้อน และสร้างการพัฒนาที่ยั่งยืน`;
      expect(parse(`${words}..`, whole, standfirst)).toMatchObject({ title: whole, paragraphs: [standfirst, lead] });
      expect(parse(`${words}..`, standfirst)).toMatchObject({ title: `${words}..`, paragraphs: [standfirst, lead] });
    });

    it('stays as written when short, when its dots are a draft law’s open year, or when the next line goes on with dots', () => {
      const draft = 'ร่างพระราชบัญญัติการประกอบกิจการโทรคมนาคม (ฉบับที่ ..) พ.ศ. ....';
      const onDraft = `${draft.replace(' พ.ศ. ....', '')} พ.ศ. 2565 และให้ ดศ. เป็นหน่วยงานกลาง`;
      expect(parse(draft, onDraft)).toMatchObject({ title: draft, paragraphs: [onDraft, lead] });
      // As long as a cut one, its dots the draft's year: the line that opens on it is the lead.
      const longDraft = `${words.slice(0, 100)} ตามร่างพระราชบัญญัติการส่งเสริมการใช้วัสดุก่อสร้าง พ.ศ. ....`;
      const onLongDraft = `${longDraft.replace(' ....', '')} 2565 ได้รับความเห็นชอบ`;
      expect(parse(longDraft, onLongDraft)).toMatchObject({ title: longDraft, paragraphs: [onLongDraft, lead] });
      expect(parse('รัฐบาลชวนเที่ยว...', 'รัฐบาลชวนเที่ยวงานกาชาด').title).toBe('รัฐบาลชวนเที่ยว...');
      expect(parse(`${words}..`, `${words}. ฉบับเต็ม`).title).toBe(`${words}..`);
    });
  });

  it('keeps a release that is only its title, given again over two lines, with the title as its text', () => {
    const release = ok(
      parseThaigov(
        raw([
          'รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-NO GIFT POLICY เปลี่ยนของขวัญ เป็นบัตรอวยพร',
          'วันพฤหัสบดีที่ 28 มกราคม 2564',
          'NO GIFT POLICY เปลี่ยนของขวัญ เป็นบัตรอวยพร',
          'NO GIFT POLICY',
          'เปลี่ยนของขวัญ เป็นบัตรอวยพร',
          SOURCE,
        ]),
      ),
    );
    expect(release.paragraphs).toEqual(['NO GIFT POLICY เปลี่ยนของขวัญ เป็นบัตรอวยพร']);
  });

  it('puts a draft law’s bare พ.ศ. .... back on its name', () => {
    const release = ok(
      parseThaigov(
        raw([
          `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`,
          'วันพฤหัสบดีที่ 1 มิถุนายน 2566',
          title,
          '1. ร่างพระราชกฤษฎีกากำหนดเขตพื้นที่',
          'พ.ศ. ....',
          'เห็นชอบ',
          SOURCE,
        ]),
      ),
    );
    expect(release.paragraphs).toEqual(['1. ร่างพระราชกฤษฎีกากำหนดเขตพื้นที่ พ.ศ. ....', 'เห็นชอบ']);
  });

  it('keeps a date line inside the body, where it is text (a schedule, a quoted date)', () => {
    const release = ok(
      parseThaigov(
        raw([
          `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`,
          'วันพฤหัสบดีที่ 1 มิถุนายน 2566',
          title,
          lead,
          '15 มิถุนายน 2566',
          'ประชุมครั้งต่อไป',
          SOURCE,
        ]),
      ),
    );
    expect(release.paragraphs).toEqual([lead, '15 มิถุนายน 2566', 'ประชุมครั้งต่อไป']);
  });
});

describe('parseThaigov', () => {
  const base = ['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อ - ข่าว', '', 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', 'หัวข้อ - ข่าว', 'ย่อหน้าแรก', SOURCE];

  it('takes the title from the repeated line, so hyphens in titles survive', () => {
    expect(ok(parseThaigov(raw(base))).title).toBe('หัวข้อ - ข่าว');
  });

  it('titles a weekly address thaigov filed under its day by the programme and the day', () => {
    const filed = (opening: string): string[] => [
      'รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-วันที่ 19 สิงหาคม 2559',
      '',
      'วันพุธที่ 2 พฤศจิกายน 2559',
      'วันที่ 19 สิงหาคม 2559',
      opening,
      'สวัสดีครับพ่อแม่พี่น้องชาวไทยทุกท่าน',
      SOURCE,
    ];
    const named = ok(parseThaigov(raw(filed('รายการคืนความสุขให้คนในชาติ วันที่ 19 สิงหาคม 2559'))));
    expect([named.title, named.paragraphs]).toEqual([
      'รายการคืนความสุขให้คนในชาติ วันที่ 19 สิงหาคม 2559',
      ['สวัสดีครับพ่อแม่พี่น้องชาวไทยทุกท่าน'],
    ]);
    const heading =
      'ศาสตร์พระราชา สู่การพัฒนาอย่างยั่งยืน พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี กล่าวในรายการ “ศาสตร์พระราชา สู่การพัฒนาอย่างยั่งยืน ” ออกอากาศทางโทรทัศน์รวมการเฉพาะกิจแห่งประเทศไทย วันศุกร์ที่ 19 สิงหาคม 2559 เวลา 20.15 น.';
    const headed = ok(parseThaigov(raw(filed(heading))));
    expect([headed.title, headed.paragraphs[0]]).toEqual(['ศาสตร์พระราชา สู่การพัฒนาอย่างยั่งยืน วันที่ 19 สิงหาคม 2559', heading]);
    // A day as the title of anything else stays.
    expect(ok(parseThaigov(raw(filed('ประชุมคณะรัฐมนตรีนัดพิเศษ เพื่อพิจารณาวาระเร่งด่วน')))).title).toBe('วันที่ 19 สิงหาคม 2559');
  });

  it('accepts other header prefixes', () => {
    const release = ok(
      parseThaigov(
        raw([
          'รัฐบาลไทย-รายงานข่าวกรณีโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)-ประจำวัน',
          'วันพฤหัสบดีที่ 2 เมษายน 2563',
          'ประจำวัน',
          'ข้อความ',
          SOURCE,
        ]),
      ),
    );
    expect(release.title).toBe('ประจำวัน');
  });

  it('lets the Thai date line win over a dd/mm/yyyy line', () => {
    const release = ok(
      parseThaigov(raw(['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ก', '01/01/2561', 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', 'ก', 'ข้อความ', SOURCE])),
    );
    expect(release.date).toBe('2017-11-02');
  });

  it('falls back to a dd/mm/yyyy line', () => {
    expect(ok(parseThaigov(raw(['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ก', '02/11/2560', 'ก', 'ข้อความ', SOURCE]))).date).toBe('2017-11-02');
  });

  it('drops the repeated title and lead, print artefacts, separators and the source line; keeps the office', () => {
    const release = ok(
      parseThaigov(
        raw([
          'รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-หัวข้อ',
          '',
          'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560',
          'หัวข้อ',
          'พิมพ์',
          'ปลัดแรงงานย้ำงานของกระทรวง',
          'ปลัดแรงงานย้ำงานของกระทรวง อยู่ในทุกลมหายใจของประชาชน',
          'ย่อหน้าที่สอง',
          '------------------------------------',
          'กองเผยแพร่และประชาสัมพันธ์',
          '',
          SOURCE,
        ]),
      ),
    );
    expect(release.paragraphs).toEqual(['ปลัดแรงงานย้ำงานของกระทรวง อยู่ในทุกลมหายใจของประชาชน', 'ย่อหน้าที่สอง']);
    expect(release.office).toBe('กองเผยแพร่และประชาสัมพันธ์');
  });

  it('takes the source from the last thaigov ที่มา line, keeping earlier ที่มา lines in the body', () => {
    const release = ok(
      parseThaigov(
        raw([
          ...base.slice(0, 5),
          'ที่มา : สำนักข่าวกรมประชาสัมพันธ์',
          'ที่มา : https://www.thaigov.go.th/news/contents/details/1',
          'ที่มา : https://www.thaigov.go.th/news/contents/details/24246',
        ]),
      ),
    );
    expect(release.fileStem).toBe('2017-11-02-24246');
    expect(release.source).toBe('https://www.thaigov.go.th/news/contents/details/24246');
    expect(release.paragraphs).toContain('ที่มา : สำนักข่าวกรมประชาสัมพันธ์');
  });

  it.each([
    ['no date', ['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ก', 'ก', 'ข้อความ', SOURCE]],
    [
      'no source URL',
      ['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ก', 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', 'ก', 'ข้อความ', 'ที่มา : https://www.example.com/1'],
    ],
    ['empty body', ['รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ก', 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', 'ก', 'พิมพ์', SOURCE]],
    ['not a press release', ['สวัสดีครับ พ่อแม่พี่น้องชาวไทย', 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', 'ข้อความ', SOURCE]],
  ])('skips with the reason "%s"', (reason, lines) => {
    const result = parseThaigov(raw(lines));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.detail).toBeTruthy();
    }
  });
});

describe('messy input', () => {
  it('handles a BOM, CRLF, zero-width and non-breaking spaces and HTML entities', () => {
    const text =
      "\uFEFFรัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าว\u200Bดี\u00A0&#39;มาก&#39; &amp; ด่วน\r\n\r\nวันพฤหัสบดีที่ 2 พฤศจิกายน 2560\r\nข่าวดี 'มาก' & ด่วน\r\nข้อความ\r\n" +
      SOURCE;
    const release = ok(parseThaigov(text));
    expect(release.title).toBe("ข่าวดี 'มาก' & ด่วน");
    expect(cleanText('a\u00A0b\u200Bc')).toBe('a bc');
  });

  it('removes C0 and C1 controls and invisible characters, and reads old Thai fonts’ private-use glyphs', () => {
    expect(cleanText('\u009F แนวทาง\u0007 ก\u202Aข\u202C\u200Eค\uFFFC')).toBe(' แนวทาง กขค');
    expect(cleanText('กู\uF70Bเงิน 1 ล\uF70Bาน ป\uF702 สถาป\uF710ตย\uF70E \uF0B7 ข\uE123')).toBe('กู้เงิน 1 ล้าน ปี สถาปัตย์ • ข');
  });

  it('spells sara am and sara ae typed as two characters as one letter, as readers type and search for them', () => {
    const title = 'ส\u0E4D\u0E32นักงานจัดหางาน กระทรวง\u0E40\u0E40รงงาน ด\u0E4D\u0E32เนินการ';
    const release = ok(
      parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันพฤหัสบดีที่ 2 พฤศจิกายน 2560', title, 'ข้อความ', SOURCE])),
    );
    expect(release.title).toBe('สำนักงานจัดหางาน กระทรวงแรงงาน ดำเนินการ');
    expect(release.paragraphs).toEqual(['ข้อความ']);
  });

  it('drops control characters a release may not hold, typed or written as entities (stray U+009F in the corpus)', () => {
    expect(cleanText('ข่าว\u009Fดี\u0007 &#27;x\u0000\tจบ\n')).toBe('ข่าวดี x จบ\n');
    expect(cleanText('😀 \ud800!')).toBe('😀 !');
  });

  it('decodes Windows-874 / TIS-620 files', () => {
    const thai = 'รัฐบาลไทย';
    // TIS-620 maps U+0E01–U+0E5B to 0xA1–0xFB.
    const bytes = Uint8Array.from([...thai].map((c) => c.charCodeAt(0) - 0x0e01 + 0xa1));
    expect(decodeInput(bytes)).toEqual({ ok: true, text: thai, encoding: 'windows-874' });
  });

  it('refuses empty and binary files with a reason', () => {
    expect(decodeInput(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeInput(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({
      ok: false,
      reason: 'binary file, not text',
    });
  });
});

describe('escaping so the page shows exactly the original words', () => {
  it.each([
    ['# ไม่ใช่หัวข้อ'],
    ['* ไม่ใช่รายการ'],
    ['- ไม่ใช่รายการ'],
    ['> ไม่ใช่คำพูด'],
    ['1. ข้อเดียวที่ไม่ใช่รายการ'],
    ['ราคา <100 บาท> และ a&b'],
    ['**ไม่หนา** _ไม่เอียง_ [ไม่ใช่ลิงก์](x) `ไม่ใช่โค้ด`'],
    ['&#39; ยังคงเป็นข้อความ'],
  ])('%s', (line) => {
    const html = renderMarkdown(markdownBody([line]));
    const text = html.replace(/<\/?p>/g, '').trim();
    expect(text).toBe(line.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;').replace(/>/g, '>'));
  });

  it.each([
    ['<b>ไม่หนา</b> <!-- ไม่ใช่ความเห็น --> <tel:1669>'],
    ['[ไม่ใช่การอ้างอิง]: tel:1669 [ก](ข) ![ค](ง)'],
    ['a\\*b\\ และ C:\\ไฟล์'],
    ['~~ไม่ขีดฆ่า~~ 10~20 และ 30~40'],
    ['snake_case ข้อ_ความ _ไม่เอียง_ __ไม่หนา__'],
    ['&amp; &#39; &#x41; ยังเป็นข้อความ'],
    ['> ไม่ใช่คำพูด > และไม่ใช่ต่อ'],
  ])('%s', (line) => {
    const text = renderMarkdown(markdownBody([line]))
      .replace(/<\/?p>/g, '')
      .trim();
    expect(text).toBe(line.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;'));
  });

  it('escapes nothing that Markdown would show as it is', () => {
    expect(markdownBody(['Travel & Fair 2566 | ราคา <100 บาท> ข้อ_ความ a > b {x} (y) "z" #1 + 2 = 3 - 4 ! 50%'])).toBe(
      'Travel & Fair 2566 | ราคา <100 บาท> ข้อ_ความ a > b {x} (y) "z" #1 + 2 = 3 - 4 ! 50%\n',
    );
  });

  it('keeps a numbered run as a list', () => {
    expect(renderMarkdown(markdownBody(['มาตรการ', '1. แรก', '2. สอง', '3. สาม']))).toContain('<ol>');
  });
});

describe('headings of cabinet meeting summaries', () => {
  const title = 'สรุปข่าวการประชุมคณะรัฐมนตรี 27 มิถุนายน 2566';
  const paragraphs = [
    'วันนี้ (27 มิถุนายน 2566) เวลา 09.00 น. พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เป็นประธานการประชุมคณะรัฐมนตรี',
    'กฎหมาย',
    '1. เรื่อง ร่างกฎกระทรวงกำหนดให้ผลิตภัณฑ์อุตสาหกรรม',
    '2. เรื่อง ร่างข้อบังคับการรถไฟฟ้า',
    'เศรษฐกิจ - สังคม',
    '3. เรื่อง การโอนเงิน',
    'แต่งตั้ง',
    '4. เรื่อง การแต่งตั้งข้าราชการ',
    'กฎหมาย',
    '1. เรื่อง ร่างกฎกระทรวงกำหนดให้ผลิตภัณฑ์อุตสาหกรรม',
    'คณะรัฐมนตรีมีมติอนุมัติหลักการ',
    '1. ร่างกฎกระทรวงฉบับแรก',
    '2. ร่างกฎกระทรวงฉบับที่สอง',
    '2. เรื่อง ร่างข้อบังคับการรถไฟฟ้า #',
    'เห็นชอบ',
    '9. เรื่อง ข้อย่อยที่ไม่ใช่มติถัดไป',
    'เศรษฐกิจ - สังคม',
    '3. การโอนเงิน',
    '1. เรื่อง ที่อ้างถึงในมติเดิม',
    '4. ข้อย่อย',
    'อนุมัติ',
    'แต่งตั้ง',
    '4. เรื่อง การแต่งตั้งข้าราชการ',
    'อนุมัติ',
  ];

  it('gives the sections and each numbered resolution of the full part a heading (known by its subject without เรื่อง), not the list above it', () => {
    const html = renderMarkdown(markdownBody(paragraphs, cabinetHeadings(title, paragraphs)));
    expect([...html.matchAll(/<h([23])[^>]*>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      '2 กฎหมาย',
      '3 1. เรื่อง ร่างกฎกระทรวงกำหนดให้ผลิตภัณฑ์อุตสาหกรรม',
      '3 2. เรื่อง ร่างข้อบังคับการรถไฟฟ้า #',
      '2 เศรษฐกิจ - สังคม',
      '3 3. การโอนเงิน',
      '2 แต่งตั้ง',
      '3 4. เรื่อง การแต่งตั้งข้าราชการ',
    ]);
    // The numbered points inside a resolution stay a list.
    expect(html).toMatch(/<li>\s*<p>ร่างกฎกระทรวงฉบับแรก<\/p>/);
  });

  it('gives each resolution of an English digest a heading without its Title:, and a release only quoting one none', () => {
    const english = [
      'The cabinet met on March 7, 2023. Some of the resolutions are as follows:',
      'Title: One-year extension of soft loan scheme for SMEs',
      'The cabinet has made approval to a one-year extension of the soft loan scheme.',
      'Gist',
      'The scheme is worth 250 billion Baht.',
      'Title: Undergraduate scholarship program for students from Southernmost provinces',
      'The cabinet has made approval to the 4th-phase program.',
    ];
    const html = renderMarkdown(markdownBody(english, cabinetHeadings('The cabinet met on March 7, 2023', english)));
    expect([...html.matchAll(/<h([23])[^>]*>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      '2 One-year extension of soft loan scheme for SMEs',
      '2 Undergraduate scholarship program for students from Southernmost provinces',
    ]);
    expect(cabinetHeadings('PM welcomes the soft loan scheme', english).size).toBe(0);
  });

  it('never gives an ordinary release a heading, even one with the same words', () => {
    expect(cabinetHeadings('นายกรัฐมนตรีหารือรัฐมนตรีต่างประเทศ', paragraphs).size).toBe(0);
    expect(cabinetHeadings(title, ['ต่างประเทศ', 'ข้อความ']).size).toBe(0);
    expect(renderMarkdown(markdownBody(paragraphs))).not.toMatch(/<h[1-6]/);
  });
});

describe('resolution subjects a cabinet summary broke over lines', () => {
  const title = 'สรุปข่าวการประชุมคณะรัฐมนตรี 4 มีนาคม 2568';
  const list = [
    'วันนี้ (4 มีนาคม 2568) เวลา 09.00 น. นายกรัฐมนตรี เป็นประธานการประชุมคณะรัฐมนตรี',
    'กฎหมาย',
    '1. เรื่อง ร่างพระราชกฤษฎีกาจัดตั้งศูนย์ทดสอบเครื่องจักรกลการเกษตร',
    'ภาคตะวันออกเฉียงเหนือ พ.ศ. ....',
    'ต่างประเทศ',
    '2. เรื่อง ร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการศึกษา ระหว่างไทยกับเวียดนาม',
    '3. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการส่งเสริมสวัสดิ',
    'การสังคม',
    'สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี',
  ];
  const full = [
    'กฎหมาย',
    '1. เรื่อง ร่างพระราชกฤษฎีกาจัดตั้งศูนย์ทดสอบเครื่องจักรกลการเกษตร ภาคตะวันออกเฉียงเหนือ พ.ศ. ....',
    'คณะรัฐมนตรีมีมติอนุมัติหลักการ',
    'ต่างประเทศ',
    '2. เรื่อง ร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการศึกษา',
    'ระหว่างไทยกับเวียดนาม',
    'คณะรัฐมนตรีมีมติเห็นชอบ',
    '3. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการส่งเสริมสวัสดิการสังคม',
    'ระหว่างวาระ',
    'คณะรัฐมนตรีมีมติอนุมัติ',
  ];
  const paragraphs = [...list, ...full];

  it('joins the lines of the list and of the heads where the other copy goes on with them, spaced as it is', () => {
    const joined = joinWrappedResolutionTitles(title, paragraphs);
    expect(joined).toEqual([
      list[0],
      'กฎหมาย',
      '1. เรื่อง ร่างพระราชกฤษฎีกาจัดตั้งศูนย์ทดสอบเครื่องจักรกลการเกษตร ภาคตะวันออกเฉียงเหนือ พ.ศ. ....',
      'ต่างประเทศ',
      list[5],
      // Broken inside a word (สวัสดิ / การสังคม), joined without a space as the head writes it.
      '3. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการส่งเสริมสวัสดิการสังคม',
      // The office under the list goes on no subject.
      'สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี',
      'กฎหมาย',
      full[1],
      'คณะรัฐมนตรีมีมติอนุมัติหลักการ',
      'ต่างประเทศ',
      '2. เรื่อง ร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการศึกษา ระหว่างไทยกับเวียดนาม',
      'คณะรัฐมนตรีมีมติเห็นชอบ',
      // The line under a whole head is the resolution's text: the list's subject does not go on with it.
      full[7],
      'ระหว่างวาระ',
      'คณะรัฐมนตรีมีมติอนุมัติ',
    ]);
    // The page's table of contents lists each head whole; the list keeps its sections apart from its entries.
    const html = renderMarkdown(markdownBody(joined, cabinetHeadings(title, joined)));
    expect(html).toContain('<h3 id=');
    expect(html).toContain('ความร่วมมือด้านการศึกษา ระหว่างไทยกับเวียดนาม</h3>');
    expect(html).not.toMatch(/<p>ภาคตะวันออกเฉียงเหนือ/);
  });

  it('is how the importer reads a summary', () => {
    const release = ok(
      parseThaigov(raw([`รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-${title}`, 'วันอังคารที่ 4 มีนาคม 2568', title, ...paragraphs, SOURCE])),
    );
    expect(release.paragraphs).toContain('2. เรื่อง ร่างบันทึกความเข้าใจว่าด้วยความร่วมมือด้านการศึกษา ระหว่างไทยกับเวียดนาม');
    expect(release.paragraphs).not.toContain('ภาคตะวันออกเฉียงเหนือ พ.ศ. ....');
  });

  it('leaves any other release as it is', () => {
    expect(joinWrappedResolutionTitles('นายกรัฐมนตรีเป็นประธานการประชุม', paragraphs)).toEqual(paragraphs);
  });
});
