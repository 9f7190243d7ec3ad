import { describe, expect, it } from 'vitest';
import { unwrapLines } from '../../scripts/import/unwrap-lines.ts';

// A radio script as thaigov pastes it: every line ends where the page did.
const WRAPPED_SCRIPT = [
  'รัฐบาลเชิญชวนประชาชนเที่ยวชมงานเกษตรแฟร์ประจำปี ซึ่งจัดขึ้นเป็นครั้งที่ 40 ณ',
  'ศูนย์ประชุมแห่งชาติ ระหว่างวันที่ 1 – 7 มิถุนายน 2568 ภายในงานมีการแสดงสินค้าเกษตร',
  'ผลิตภัณฑ์ชุมชนจากทั่วประเทศ และการสาธิตนวัตกรรมการเกษตรสมัยใหม่ให้เกษตรกรได้เรียนรู้',
  'เปิดให้เข้าชมฟรีทุกวันตั้งแต่เวลา 09.00 น.',
  'ผู้สนใจสามารถเดินทางด้วยรถไฟฟ้าใต้ดินลงที่สถานีศูนย์การประชุม แล้วเดินต่ออีกประมาณ',
  'สองร้อยเมตรถึงประตูทางเข้างาน หรือสอบถามรายละเอียดเพิ่มเติมได้ที่สายด่วนของกระทรวง',
  'ตลอด 24 ชั่วโมง',
];

describe('hard-wrapped releases get their paragraphs back', () => {
  it('joins the lines the page ended and keeps the paragraph ends', () => {
    expect(unwrapLines(WRAPPED_SCRIPT)).toEqual([
      'รัฐบาลเชิญชวนประชาชนเที่ยวชมงานเกษตรแฟร์ประจำปี ซึ่งจัดขึ้นเป็นครั้งที่ 40 ณ ศูนย์ประชุมแห่งชาติ ระหว่างวันที่ 1 – 7 มิถุนายน 2568 ภายในงานมีการแสดงสินค้าเกษตร ผลิตภัณฑ์ชุมชนจากทั่วประเทศ และการสาธิตนวัตกรรมการเกษตรสมัยใหม่ให้เกษตรกรได้เรียนรู้ เปิดให้เข้าชมฟรีทุกวันตั้งแต่เวลา 09.00 น.',
      'ผู้สนใจสามารถเดินทางด้วยรถไฟฟ้าใต้ดินลงที่สถานีศูนย์การประชุม แล้วเดินต่ออีกประมาณ สองร้อยเมตรถึงประตูทางเข้างาน หรือสอบถามรายละเอียดเพิ่มเติมได้ที่สายด่วนของกระทรวง ตลอด 24 ชั่วโมง',
    ]);
  });

  it('closes up a word the page cut in two, but not before an abbreviation', () => {
    const lines = [...WRAPPED_SCRIPT];
    lines[2] = 'ผลิตภัณฑ์ชุมชนจากทั่วประเทศ และการสาธิตนวัตกรรมการเกษตรสมัยใหม่ให้เกษตรกรได้ดำเนินกา';
    lines[3] = 'รตามแนวทางที่ถูกต้อง';
    lines[5] = 'สองร้อยเมตรถึงประตูทางเข้างาน ตั้งอยู่ที่ถนนรัชดาภิเษก เขตคลองเตย ในพื้นที่ของ';
    lines[6] = 'กทม.';
    const [first, second] = unwrapLines(lines);
    expect(first).toContain('ได้ดำเนินการตามแนวทาง');
    expect(second).toContain('ในพื้นที่ของ กทม.');
  });

  it('keeps list items and numbered resolutions on lines of their own', () => {
    const lines = [
      'ที่ประชุมคณะรัฐมนตรีเห็นชอบแนวทางการพัฒนาสหกรณ์ระยะ 5 ปี ซึ่งประกอบด้วยสาระสำคัญดังนี้',
      '1. การพัฒนาศักยภาพการบริหารจัดการและการขับเคลื่อนองค์กรด้วยเทคโนโลยีและนวัตกรรม',
      'พร้อมสร้างวัฒนธรรมแห่งการเรียนรู้ของสมาชิก',
      '2. การสร้างการเชื่อมโยงและความร่วมมือทางธุรกิจและสังคมเพื่อการเติบโตอย่างยั่งยืนของชุมชน',
      '- การสร้างธรรมาภิบาลในขบวนการสหกรณ์และนวัตกรรมการป้องกันและปราบปรามการทุจริตเชิงรุก',
      'ทั้งนี้ให้หน่วยงานที่เกี่ยวข้องรับไปดำเนินการต่อไป',
    ];
    expect(unwrapLines(lines)).toEqual([lines[0], `${lines[1]} ${lines[2]}`, lines[3], `${lines[4]} ${lines[5]}`]);
  });

  it('joins wrapped English with a space and leaves a heading after a full stop alone', () => {
    const lines = [
      'The Department of Disease Control has organised an event on vaccination at an elderly home in',
      'Bangkok to raise awareness among the target groups of the importance of a booster dose, and it',
      'plans to provide vaccination services to the elderly in care homes and nearby communities soon.',
      'Gist',
      'The draft regulation prescribes standards for hot-rolled steel used in machine structures, and',
      'shall take effect 180 days after being announced in the Royal Gazette.',
    ];
    expect(unwrapLines(lines)).toEqual([`${lines[0]} ${lines[1]} ${lines[2]}`, 'Gist', `${lines[4]} ${lines[5]}`]);
  });

  it('leaves releases written a paragraph per line as they are', () => {
    const paragraphs = [
      'วันนี้ (1 มิถุนายน 2568) เวลา 10.00 น. ณ ทำเนียบรัฐบาล นายกรัฐมนตรีเป็นประธานการประชุมคณะกรรมการนโยบายการท่องเที่ยวแห่งชาติ ครั้งที่ 1/2568 เพื่อพิจารณามาตรการกระตุ้นการท่องเที่ยวในช่วงฤดูฝน',
      'ที่ประชุมเห็นชอบมาตรการ 5 ด้าน',
      'นายกรัฐมนตรีกล่าวว่า รัฐบาลให้ความสำคัญกับการกระจายรายได้สู่ชุมชน',
      'ทั้งนี้ ให้กระทรวงการท่องเที่ยวและกีฬารายงานผลการดำเนินงานต่อที่ประชุมทุกเดือน',
      'จึงขอเชิญชวนประชาชนร่วมเที่ยวเมืองรอง',
    ];
    expect(unwrapLines(paragraphs)).toEqual(paragraphs);
    expect(unwrapLines(WRAPPED_SCRIPT.slice(0, 4))).toEqual(WRAPPED_SCRIPT.slice(0, 4));
  });
});
