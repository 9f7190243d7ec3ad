import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { detectProvinces } from '../../scripts/import/detect-provinces.ts';
import {
  CATEGORY_LEANS,
  CATEGORY_MINISTRIES,
  CATEGORY_SUBJECTS,
  isCloseCall,
  ministryCall,
  ministryCallOfRelease,
} from '../../scripts/import/detect-ministry.ts';
import { detectLanguage } from '../../scripts/import/detect-language.ts';

describe('provinces named as places', () => {
  it.each([
    [
      'a list of provinces',
      'ภาคใต้ ๙ จังหวัด ได้แก่ นครศรีธรรมราช กระบี่ ชุมพร ตรัง พังงา พัทลุง ภูเก็ต ระนอง และสุราษฎร์ธานี',
      ['TH-80', 'TH-81', 'TH-82', 'TH-83', 'TH-84', 'TH-85', 'TH-86', 'TH-92', 'TH-93'],
    ],
    ['จังหวัด and จ. prefixes', 'ณ จังหวัดเลย และ จ.น่าน', ['TH-42', 'TH-55']],
    ['จว., the military and police จังหวัด', 'อ.แม่สาย จว.เชียงราย และ จว. น่าน', ['TH-55', 'TH-57']],
    ['aliases', 'ในพื้นที่ กทม. และโคราช', ['TH-10', 'TH-30']],
    [
      'names misspelt as thaigov often does, also marks typed in the wrong order',
      'จังหวัดสุราษฏร์ธานี ศรีษะเกษ กาฬสินธ์ุ และประจวบคิรีขันธ์',
      ['TH-33', 'TH-46', 'TH-77', 'TH-84'],
    ],
    ['but not a surname that looks like a misspelt short name', 'ให้กับ นาย ชโรมจาน สุราษฏร์ อายุ 78 ปี', []],
    [
      'a province after จ. ending a numbered list item, not a rice variety',
      '9) กลุ่มผู้ผลิตเมล็ดพันธุ์ จ.กำแพงเพชร10) สหกรณ์การเกษตร จ.สงชลา',
      ['TH-62', 'TH-90'],
    ],
    ['แพร่ in เผยแพร่ and แพร่ระบาด', 'เผยแพร่ข่าวการแพร่ระบาดของโรค', []],
    ['เลย as an adverb and in จำเลย', 'ไม่ต้องกังวลเลย จำเลยให้การ', []],
    ['ตราด in อัตราดอกเบี้ย', 'ปรับอัตราดอกเบี้ยลง', []],
    ['ชุมพร in ประชุมพร้อม', 'เข้าประชุมพร้อมกัน', []],
    ['ตรัง in กัมมันตรังสี', 'ตรวจสารกัมมันตรังสี', []],
    ['น่าน in น่านน้ำ', 'เรือที่เข้ามาในน่านน้ำไทย', []],
    ['นครศรี inside พระนครศรีอยุธยา', 'จังหวัดพระนครศรีอยุธยา', ['TH-14']],
    ['the district ตากใบ', 'อำเภอตากใบ จังหวัดนราธิวาส', ['TH-96']],
    ['the surname ณ ระนอง', 'นายสมชาย ณ ระนอง ผู้อำนวยการ', []],
    [
      'a port or an airport named after a province, also one that is a word',
      'ท่าเรือเชียงของ ท่าเรือระนอง สนามบินตราด และท่าอากาศยานกระบี่',
      ['TH-23', 'TH-81', 'TH-85'],
    ],
    ['no port or airport at all, and Malaysia’s Terengganu', 'ยังไม่มีท่าเรือเลย ไม่มีท่าอากาศยานเลย ส่วนสนามบินตรังกานูอยู่ในมาเลเซีย', []],
    ['English names written with a hyphen', 'his field visit to Maha Sarakham and Roi-Et provinces', ['TH-44', 'TH-45']],
    ['Phang Nga written with a hyphen', 'to Phang-Nga', ['TH-82']],
    ['Phang Nga written with a hyphen, in small letters', 'to Phang-nga', ['TH-82']],
    ['Phang Nga in small letters', 'to Phang nga', ['TH-82']],
    [
      'English spellings of thaigov’s own',
      'in Samut Prakarn, Mukdaharn, Prachuab Kirikhan, Burirum and Yasothorn provinces',
      ['TH-11', 'TH-31', 'TH-35', 'TH-49', 'TH-77'],
    ],
    [
      'English spellings of thaigov’s own, found in its English releases',
      'border fences in Sakaeo, a reservoir in Sara Buri province, Mae Hongson, Angthong and Chumporn',
      ['TH-15', 'TH-19', 'TH-27', 'TH-58', 'TH-86'],
    ],
    [
      '…and more of them',
      'Chantaburi, Srisaket, Nakhonratchasima, Ubon Ratchatani, Mahasarakham, Sakon Nakorn, Samut Songkram and Phattalung',
      ['TH-22', 'TH-30', 'TH-33', 'TH-34', 'TH-44', 'TH-47', 'TH-75', 'TH-93'],
    ],
    ['a bank named after a city', 'ธนาคารกรุงเทพ จำกัด (มหาชน)', []],
    ['provinces of neighbouring countries', 'แขวงสะหวันนะเขต สปป.ลาว และจังหวัดเกาะกง กัมพูชา', []],
    ['a university named after a province', 'มหาวิทยาลัยราชภัฏเชียงใหม่ จัดงาน', []],
    ['an office located in Bangkok, named after it', 'ติดต่อสำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 1', ['TH-10']],
    ['a provincial office in its province', 'สำนักงานสาธารณสุขจังหวัดเชียงใหม่', ['TH-50']],
    [
      'a provincial office, school district or hospital by its initials, also one that is a word',
      'ผวจ.ตาก พมจ.เลย ผอ.สพป.ชุมพร เขต 1 และ รพ.ตรัง',
      ['TH-42', 'TH-63', 'TH-86', 'TH-92'],
    ],
    ['but not a university by its initials', 'ที่ มรภ.ศรีสะเกษ และ ม.ขอนแก่น', []],
    ['nor Bangkok Hospital’s branches over the country', 'ส่งตัวไปโรงพยาบาลกรุงเทพหาดใหญ่ และ รพ.กรุงเทพ สมุย', []],
    ['a road named after a province', 'ณ พื้นที่ถนนกำแพงเพชร 6', []],
    ['a highway named after a province', 'ซ่อมทางหลวงนครราชสีมา-ปักธงชัย', []],
    ['but a highway district office is in its province', 'โดยแขวงทางหลวงชนบทศรีสะเกษ และหมวดทางหลวงยโสธร', ['TH-33', 'TH-35']],
    ['a road’s other name in brackets', 'การก่อสร้างถนนเลียบทางรถไฟ (กำแพงเพชร 6) ชำรุด', []],
    ['an expressway toll plaza named after a road', 'ณ บริเวณด่านเก็บค่าผ่านทางพิเศษกำแพงเพชร 2 พลเอก ประยุทธ์', []],
    ['the same plaza as the expressway meets it', 'เชื่อมโยงทางด่วนศรีรัช ที่ด่านกำแพงเพชร 2 บริเวณชุมทางรถไฟบางซื่อ', []],
    ['the Prime Minister’s guest house', 'อาคารในทำเนียบรัฐบาล รวมทั้งบริเวณบ้านพิษณุโลก', []],
    ['but villagers of Phitsanulok', 'ชาวบ้านพิษณุโลกร่วมงาน', ['TH-65']],
    ['but the ends of an expressway route are places', 'โครงการทางพิเศษสายฉลองรัช-นครนายก-สระบุรี', ['TH-19', 'TH-26']],
    ['and a count in brackets after no road is the place', 'พบผู้ป่วยเพิ่ม (นครสวรรค์ 2) คน', ['TH-60']],
    [
      'but a province in brackets after a road is the place',
      'ซ่อมถนนสายหลัก (กำแพงเพชร) และถนน (นครสวรรค์ 2 สาย)',
      ['TH-60', 'TH-62'],
    ],
    ['a state enterprise named after Bangkok', 'องค์การขนส่งมวลชนกรุงเทพ เพิ่มรถ', []],
    ['a provincial administrative organisation is the province', 'นายกองค์การบริหารส่วนจังหวัดสุรินทร์', ['TH-32']],
    ['a company named after a province', 'บริษัท คูย่งฮวด อุดรธานี จำกัด', []],
    ['a company whose name runs on from a province before จำกัด', 'รถของบริษัท สหพันธ์ ร้อยเอ็ดทัวร์ จำกัด ชนตอม่อ', []],
    ['จำกัด as “limits” after a province is not a company', 'จังหวัดภูเก็ต จำกัดการเดินทางเข้าออก', ['TH-83']],
    ['a sentence running on into จำกัด after a province is no company', 'จังหวัดน่านมีพื้นที่จำกัด และชลบุรีจำนวนจำกัด', ['TH-20', 'TH-55']],
    [
      'a town or district named after its province, also one that is a word',
      'อำเภอเมืองตรัง อ.เมืองแพร่ ขาเข้าตัวเมืองสระบุรี ณ เมืองนนทบุรี',
      ['TH-12', 'TH-19', 'TH-54', 'TH-92'],
    ],
    ['เมือง ending another word before เลย is no town', 'ไม่เกิดประโยชน์กับบ้านเมืองเลย อย่ามองเป็นเรื่องการเมืองเลย', []],
    ['a company whose name runs on from a province', 'ลงพื้นที่บริษัท เชียงใหม่เฟรชมิลค์ อำเภอบ้านโฮ่ง จังหวัดลำพูน', ['TH-51']],
    ['a province standing after บริษัท is still the place', 'บริษัท ขอนแก่น ซึ่งตั้งอยู่', ['TH-40']],
    ['a province joined to a word after บริษัท is still the place', 'กลุ่มบริษัท ขอนแก่นและอุดรธานี', ['TH-40', 'TH-41']],
    ['an archipelago named like a province', 'อุทยานแห่งชาติหมู่เกาะอ่างทอง จังหวัดสุราษฎร์ธานี', ['TH-84']],
    ['a football club named after a province', 'นักเตะสโมสรบุรีรัมย์ ยูไนเต็ด เยือนจังหวัดสงขลา', ['TH-90']],
    ['a province before United Nations is the place', 'in Bangkok, United Nations Conference Centre', ['TH-10']],
    ['islands around a province are its own', 'ล่องเรือชมหมู่เกาะแล้วเดินทางต่อไปภูเก็ต', ['TH-83']],
    ['the surname ณ อยุธยา', 'นายรัชฎา สุริยกุล ณ อยุธยา อธิบดี', []],
    ['the surnames ณ สงขลา and ณ สกลนคร', 'นายเดชาภิวัฒน์ ณ สงขลา ผู้อำนวยการ ⏎ ปริยรณ พรหมสาขา ณ สกลนคร ภาพและข่าว', []],
    ['other royal-descent surnames', 'นายธีรวัฒน์ ณ ลำพูน ปลัดอำเภอ ⏎ นายสมพงษ์ รอดเรือง ณ หนองคาย ผู้ว่าราชการ', []],
    ['but a word ending in ณ before a province is no surname', 'จังหวัดฝั่งทักษิณ สงขลา และปัตตานี', ['TH-90', 'TH-94']],
    ['a princess’s royal title', 'เจ้าฟ้ากัลยาณิวัฒนา กรมหลวงนราธิวาสราชนครินทร์', []],
    ['the river mouth ปากน้ำ', 'ตำบลปากน้ำประแส อำเภอแกลง จังหวัดระยอง', ['TH-21']],
    ['a river-mouth town in a list of places', 'บาราย จ.ขอนแก่น 6. ปากน้ำโจ้โล้ (คลองท่าลาด) จ.ฉะเชิงเทรา', ['TH-24', 'TH-40']],
    [
      'a list with counts and dashes',
      'เข้าจังหวัดระยอง - จันทบุรี - ตราด ชลบุรี 8 ราย ราชบุรี 8 ราย',
      ['TH-20', 'TH-21', 'TH-22', 'TH-23', 'TH-70'],
    ],
    [
      'numbered items of one list, however long each item',
      '1. แม่ฮ่องสอน มีผู้ลงทะเบียน 63 ราย เจ้าหนี้ 31 ราย มูลหนี้ 2.462 ล้านบาท 2. ระนอง มีผู้ลงทะเบียน 109 ราย ⏎ 3) ตราด 1 แห่ง',
      ['TH-23', 'TH-58', 'TH-85'],
    ],
    [
      'but not a bracket closing a number, nor item 1 of another list',
      '1. ขอนแก่น มีผู้ลงทะเบียน 20 ราย (Covid – 19) แพร่ซ้ำ ⏎ 1. เชียงใหม่ 8 ราย ⏎ ผู้ใหญ่บ้าน 1. สุรินทร์ ทองดี',
      ['TH-40', 'TH-50'],
    ],
    [
      'nor an item with more than a long paragraph between',
      `1. แม่ฮ่องสอน ${'มีผู้ลงทะเบียนเพิ่มขึ้นต่อเนื่อง '.repeat(14)}2. ระนอง มีผู้ลงทะเบียน`,
      ['TH-58'],
    ],
    [
      'English names',
      'in 5 provinces, i.e., Phuket, Chiang Mai, Rayong, Nakhon Ratchasima, and Phra Nakhon Si Ayutthaya',
      ['TH-14', 'TH-21', 'TH-30', 'TH-50', 'TH-83'],
    ],
    ['an English name that is also a word only before Province', 'Nan Province, not the Bangkok Post', ['TH-55']],
    ['English names spelt otherwise', 'the cluster of Nong Bua Lamphu, Udon Thani and Beungkan', ['TH-38', 'TH-39', 'TH-41']],
    [
      'companies, a state enterprise and documents named after Bangkok',
      'The Bangkok Mass Transit Authority will adopt the Bangkok Goals on BCG in Chiang Mai',
      ['TH-50'],
    ],
    ['the Bangkok Rules in Thai', 'พัฒนาคุณภาพชีวิตผู้ต้องขังหญิงตามข้อกำหนดกรุงเทพฯ (Bangkok Rules) ที่เรือนจำ', []],
    ['a station named after Bangkok', 'ป้ายชื่อสถานีกลางกรุงเทพอภิวัฒน์ และสถานีขนส่งผู้โดยสารกรุงเทพ (จตุจักร)', []],
    ['a campus named after its province', 'มหาวิทยาลัยสวนดุสิต วิทยาเขตสุพรรณบุรี', []],
    ['the far end of a road between two places', 'เชื่อมถนนรังสิต - นครนายก (ทล.305) ในจังหวัดปทุมธานี', ['TH-13']],
    ['a body under the Bangkok administration', 'สถาบันอุดมศึกษา สังกัด กทม. 1 แห่ง', []],
    ['an era named after a former capital', 'ตำราเก่าครั้งสมัยอยุธยา', []],
    ['a Rajabhat university shortened to ม.', 'อบรมนักศึกษา ม.ราชภัฏมหาสารคาม', []],
    ['an association named with จังหวัด', 'สมาคมธุรกิจการท่องเที่ยวจังหวัดพังงา และจังหวัดกระบี่', ['TH-81']],
    ['a festival named after Bangkok', 'ศิลปินจากเทศกาลศิลปะแห่งกรุงเทพฯ', []],
    ['where goods come from', 'เครื่องเงินจากน่าน เซรามิคจากลำปาง', ['TH-52', 'TH-55']],
    [
      'a list with counts in other units',
      'ได้แก่ กาญจนบุรี 1,319 จุด ตาก 1,294 จุด อุตรดิตถ์ 804 จุด ลำปาง 429 จุด',
      ['TH-52', 'TH-53', 'TH-63', 'TH-71'],
    ],
    ['a licence plate’s province', 'รถยนต์ป้ายทะเบียนหมวด 3กก - 4กฆ กรุงเทพมหานคร และ กข 1234 ชลบุรี', []],
    ['a church and a rice variety named after provinces', 'ณ คริสตจักรเสรีภาพกรุงเทพ ปลูกข้าวปทุมธานี 1', []],
    ['a provincial hospital is in its province', 'ส่งต่อผู้ป่วยไปโรงพยาบาลขอนแก่น', ['TH-40']],
    [
      'a name run on into Latin letters or digits',
      'นำร่องที่โรงพยาบาลปทุมธานีMOPH Connect ได้แก่ 14) อุทัยธานี15) ติดต่อ กรุงเทพฯ10400',
      ['TH-10', 'TH-13', 'TH-61'],
    ],
    ['but not a rice variety with its number', 'เมล็ดพันธุ์ขาวดอกมะลิ105 ปทุมธานี1 และพันธุ์สุพรรณบุรี1', []],
    [
      'an English name among English words in Thai text is an event’s, a hotel’s or an office’s',
      'ธนาคารออมสินยกทัพผลิตภัณฑ์เงินฝากและสินเชื่อร่วมงาน Money Expo 2023 Bangkok ณ โรงแรม Novotel Bangkok Platinum และผู้บริหารพบประธาน JETRO Bangkok เพื่อหารือความร่วมมือ',
      [],
    ],
    ['but Thai text still names the place in Thai', 'งาน Bangkok Gems and Jewelry Fair ที่กรุงเทพฯ', ['TH-10']],
    ['and Phuket Sandbox, the reopening scheme, is Phuket', 'ภายใต้โครงการ Phuket Sandbox และ Phuket Wellness sandbox', ['TH-83']],
    [
      'and an address or a route in English is the place',
      'ณ UN Convention Center, Bangkok และเส้นทาง Bangkok - Chiang Mai',
      ['TH-10', 'TH-50'],
    ],
    [
      'and a release written in English keeps its places, Thai glosses or not',
      'The Ranong Port and Chittagong (จิตตะกอง) Port will be linked by a new route agreed in Bangkok',
      ['TH-10', 'TH-85'],
    ],
    ['and an English name before Province is the place', 'โครงการ “Community Strengthening, Songkhla Province”', ['TH-90']],
    ['towns at other river mouths', 'เส้นทางลพบุรี - ปากน้ำโพ และหาดปากน้ำปราณ', ['TH-16']],
  ])('%s', (_, text, expected) => {
    expect(detectProvinces(text)).toEqual(expected);
  });
});

/** One release per row: what it is, its title, its paragraphs, and the ministry it is. */
function ministryCases(name: string, cases: [string, string, string[], string][]): void {
  describe(name, () => {
    it.each(cases)('%s', (_, title, paragraphs, expected) => {
      expect(ministryCall(title, paragraphs).slug).toBe(expected);
    });
  });
}

ministryCases('the one ministry behind a release', [
  ['a cabinet meeting summary is pmo', 'สรุปข่าวการประชุมคณะรัฐมนตรี 3 มกราคม 2561', ['กระทรวงการคลังเสนอ'], 'pmo'],
  ['the Prime Minister is pmo', 'นายกรัฐมนตรีขอความร่วมมือนักท่องเที่ยว', ['กระทรวงสาธารณสุขรายงาน'], 'pmo'],
  ['a government spokesperson is pmo', 'รัฐยืนยันไม่แทรกแซงลูกจ้าง', ['โฆษกประจำสำนักนายกรัฐมนตรีเปิดเผยว่า กระทรวงแรงงาน'], 'pmo'],
  ['a minister acting for their ministry', 'รมว.แรงงาน ลงพื้นที่ตรวจเยี่ยม', ['ตามนโยบายนายกรัฐมนตรี'], 'labour'],
  [
    'a minister accompanying the Prime Minister',
    'รัฐมนตรีช่วยฯ ร่วมคณะนายกรัฐมนตรี ลงพื้นที่',
    ['รัฐมนตรีช่วยว่าการกระทรวงอุตสาหกรรม เยี่ยมโรงงาน'],
    'industry',
  ],
  ['a state bank is finance', 'ธนาคารออมสินเปิดสินเชื่อฉุกเฉิน', ['ผู้อำนวยการธนาคารออมสินเปิดเผย'], 'finance'],
  ['a department belongs to its ministry', 'กรมควบคุมโรคเตือนไข้เลือดออก', ['แนะกำจัดลูกน้ำยุงลาย'], 'public-health'],
  ['a former ministry name', 'กระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร จัดงาน', ['ข้อความ'], 'digital-economy'],
  ['a ministry abbreviation in a minister title', 'มท.1 ให้การต้อนรับคณะ', ['ที่รัฐบาลมอบหมาย'], 'interior'],
  ['DES as its ministry', 'ดีอีเอส เตือนอย่าหลงเชื่อข่าวปลอม', ['กรมควบคุมโรค ยืนยัน'], 'digital-economy'],
  [
    'the government’s spokesperson warning of a rumour speaks for the government, whatever it is about',
    'โฆษกรัฐบาลแจงข่าวเท็จ ยืนยันไม่มีการโอนเงินเข้าบัตรสวัสดิการแห่งรัฐ 1,000 บาท',
    ['นายอนุชา โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า กระทรวงการคลัง ยืนยันว่าไม่มีการโอนเงินเข้าบัตรสวัสดิการแห่งรัฐ'],
    'pmo',
  ],
  [
    'a ministry warning of a rumour, which a government spokesperson relays, is that ministry’s',
    'ก.แรงงาน เตือนข่าวปลอม รับสมัครงานเกาหลี',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า กระทรวงแรงงาน ขอเตือนประชาชนอย่าหลงเชื่อ'],
    'labour',
  ],
  [
    'the government named after the rumour word is the rumour’s subject, not its speaker',
    'เตือนข่าวปลอม อ้างรัฐบาลแจกเงิน 5,000 บาท',
    ['กระทรวงการคลัง ชี้แจงว่าไม่มีการแจกเงินตามที่กล่าวอ้าง', 'กระทรวงการคลังขอให้ประชาชนตรวจสอบข้อมูล'],
    'finance',
  ],
  [
    'a ministry’s spokesperson warning of a rumour speaks for the ministry',
    'โฆษกดีอีเอสเตือนอย่าหลงเชื่อข่าวปลอมเว็บไซต์ลงทะเบียนวัคซีน',
    ['โฆษกกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เปิดเผยว่า ตามที่รัฐบาลเปิดลงทะเบียน'],
    'digital-economy',
  ],
  [
    'COVID-19 health advice nobody is named for is public-health’s',
    'ล้างมืออย่างไร ให้ห่างไกลโควิด-19 ??',
    ['ควรล้างมือด้วยสบู่อย่างน้อย 20 วินาที'],
    'public-health',
  ],
  [
    'so is what to do when one has COVID-19',
    'วิธีปฏิบัติก่อนเข้า ร.พ. เมื่อติดโควิด-19',
    ['ผู้ติดเชื้อควรเตรียมเอกสารและของใช้จำเป็นให้พร้อม'],
    'public-health',
  ],
  [
    'so is advice on alcohol gel, the hygiene of the COVID-19 years',
    'แพทย์ผิวหนังแนะนำการใช้แอลกอฮอล์เจล',
    ['ใช้แอลกอฮอล์เจลบ่อยครั้งอาจทำให้ผิวแห้ง ควรทาครีมบำรุงผิว'],
    'public-health',
  ],
  [
    'COVID-19 relief, even in words of a guideline, is not health advice',
    'แนวทางปฏิบัติการขอรับเงินเยียวยาโควิด-19',
    ['ยื่นคำขอได้ทางออนไลน์'],
    'pmo',
  ],
  [
    'a COVID-19 economic plan nobody is named for stays the government’s',
    'เคาะแผนแม่บทเฉพาะกิจ ฟื้นเศรษฐกิจสู้โควิด-19',
    ['แผนแม่บทมีสามด้าน'],
    'pmo',
  ],
  [
    'a government scheme nobody is named for is the remit of the ministry that runs it',
    'ขยายเวลาใช้สิทธิ “เราเที่ยวด้วยกัน” ถึง เม.ย. นี้',
    ['ผู้ได้รับสิทธิใช้ได้ถึงสิ้นเดือน'],
    'tourism-sports',
  ],
  [
    '…its own scheme, where the name holds another’s (เที่ยวไทยคนละครึ่ง is tourism’s, คนละครึ่ง finance’s)',
    'เที่ยวไทยคนละครึ่ง ใช้สิทธิ์ได้ตั้งแต่ 4 ก.ค.-31ต.ค.68',
    ['ผู้ลงทะเบียนได้รับสิทธิ์ส่วนลดค่าที่พัก'],
    'tourism-sports',
  ],
  [
    'a relayed subject that is one ministry’s work: skill wages are labour’s',
    'ไฟเขียว ปรับค่าจ้างตามมาตรฐานฝีมือ 12 สาขาอาชีพ',
    ['รัฐบาลรับทราบอัตราใหม่ มีผลตั้งแต่ต้นปี'],
    'labour',
  ],
  [
    '…cyber security digital economy’s',
    'รัฐบาลชวนเยาวชนแข่งทักษะความปลอดภัยไซเบอร์',
    ['รัฐบาลเปิดรับสมัครทีมนักเรียนทั่วประเทศ'],
    'digital-economy',
  ],
  ['…vocational education education’s', 'ไทย-ญี่ปุ่น ร่วมพัฒนาผู้เรียนอาชีวศึกษา', ['รัฐบาลส่งเสริมการแลกเปลี่ยนครูและนักศึกษา'], 'education'],
  ['…the price of sugar cane industry’s', 'เคาะราคาอ้อยขั้นต้น ฤดูการผลิตปี 67/68', ['ชาวไร่ได้รับเงินตามรอบการผลิต'], 'industry'],
  ['…driving licences transport’s', 'ต่ออายุใบขับขี่ออนไลน์ได้แล้ววันนี้', ['ผู้ขับขี่ลงทะเบียนผ่านแอปพลิเคชัน'], 'transport'],
  [
    '…OTOP interior’s (its community development department)',
    'ชวนเที่ยวงาน OTOP City ส่งท้ายปี',
    ['สินค้าจากทุกภาคมาให้เลือกซื้อ'],
    'interior',
  ],
  ['…land tax finance’s', 'ลดภาษีที่ดินและสิ่งปลูกสร้าง 90% อีกหนึ่งปี', ['ผู้เสียภาษีได้รับการลดหย่อน'], 'finance'],
  [
    '…a weather forecast digital economy’s (its meteorological department)',
    'พยากรณ์อากาศประจำวันศุกร์',
    ['ภาคเหนือมีฝนร้อยละ 40 ของพื้นที่'],
    'digital-economy',
  ],
  ['…business nominees commerce’s', 'เตือนประชาชน อย่ายอมเป็นนอมินีให้คนต่างด้าว', ['ผู้ฝ่าฝืนมีโทษจำคุกและปรับ'], 'commerce'],
  ['…a debt clinic finance’s', 'ขยายโครงการคลินิกแก้หนี้ ถึงสิ้นปี', ['ลูกหนี้บัตรเครดิตสมัครได้ทางออนไลน์'], 'finance'],
  [
    '…savings cooperatives agriculture’s (its cooperatives department)',
    'ปรับเกณฑ์กำกับสหกรณ์ออมทรัพย์',
    ['สมาชิกได้รับความคุ้มครองมากขึ้น'],
    'agriculture',
  ],
  ['…cancer screening public health’s', 'รณรงค์ตรวจคัดกรองมะเร็งปากมดลูกฟรี', ['หญิงอายุ 30-60 ปีรับบริการได้ทุกพื้นที่'], 'public-health'],
  ['…HIV testing public health’s', 'ชวนคนไทยตรวจหาเชื้อ HIV ฟรี ปีละ 2 ครั้ง', ['ใช้สิทธิได้ทุกหน่วยบริการ'], 'public-health'],
  ['…controlled goods commerce’s', 'ปรับรายการสินค้าควบคุมปีหน้า', ['ผู้บริโภคได้รับการคุ้มครอง'], 'commerce'],
  [
    '…higher-education scholarships higher education’s',
    'ขยายทุนอุดมศึกษาเพื่อเด็กยากจนอีก 5 ปี',
    ['เปิดรับสมัครถึงสิ้นเดือน'],
    'higher-education',
  ],
  ['…research and innovation higher education’s', 'ชวนชมผลงานวิจัยและนวัตกรรมระดับชาติ', ['เข้าชมได้ฟรีทุกวัน'], 'higher-education'],
  ['…factory licences industry’s', 'ยอดจดทะเบียนโรงงานใหม่ครึ่งปีแรกเพิ่มขึ้น', ['จ้างงานเพิ่มกว่าหมื่นคน'], 'industry'],
  ['…playground equipment standards industry’s', 'ครม. ไฟเขียว มาตรฐานเครื่องเล่นสนามสาธารณะ', ['ป้องกันเด็กบาดเจ็บ'], 'industry'],
  [
    '…foreign businesses’ licences commerce’s (its business development department)',
    'ต่างชาติลงทุนไทยผ่านใบอนุญาตประกอบธุรกิจของคนต่างด้าว 6 เดือนแรก',
    ['นำเงินเข้าลงทุนกว่า 5 หมื่นล้านบาท'],
    'commerce',
  ],
  ['…relief on energy costs energy’s', 'ต่ออายุมาตรการลดภาระค่าใช้จ่ายด้านพลังงาน', ['ช่วยเหลือประชาชนอีก 3 เดือน'], 'energy'],
  [
    '…controlled engineering interior’s (its minister oversees the Council of Engineers)',
    'ปรับค่าธรรมเนียมใบอนุญาตวิศวกรรมควบคุม',
    ['ลดภาระผู้ประกอบวิชาชีพ'],
    'interior',
  ],
  ['…a financial hub finance’s', 'ผลักดันไทยเป็น Financial Hub ของภูมิภาค', ['ออกกฎหมายใหม่รองรับ'], 'finance'],
  ['…an army region’s work defence’s', 'กองทัพภาคที่ 2 เปิดจุดรับบริจาคช่วยผู้อพยพ', ['รับบริจาคถึงสิ้นเดือนนี้'], 'defence'],
  [
    '…but the Prime Minister at an army region’s anniversary acts himself',
    'นายกรัฐมนตรีเป็นประธานงานวันสถาปนากองทัพภาคที่ 1',
    ['นายกรัฐมนตรีกล่าวอวยพรกำลังพล'],
    'pmo',
  ],
  ['an army battalion is defence’s agency', 'กองพันทหารราบที่ 3 จัดกำลังพลบริจาคโลหิต', ['ร่วมวันผู้บริจาคโลหิตโลก'], 'defence'],
  ['…so is a regiment', 'กรมทหารราบที่ 6 จัดกำลังพลช่วยเก็บเกี่ยวข้าว', ['ช่วยเหลือเกษตรกรในพื้นที่'], 'defence'],
  ['…and the territorial defence command as นรด., a word of its own', 'ศปภ.นรด. แจกจ่ายน้ำให้ประชาชน', ['ช่วยภัยแล้ง'], 'defence'],
  ['…not inside a longer abbreviation', 'กนรด. แจกจ่ายน้ำให้ประชาชน', ['ช่วยภัยแล้ง'], 'pmo'],
  [
    '…a subject in Latin letters counts as a word or its plural',
    'Agency affirms Thailand’s credit ratings',
    ['The outlook stays stable.'],
    'finance',
  ],
  ['…but not inside another word: LPGA is golf, not gas', 'นักกอล์ฟไทยคว้าแชมป์ LPGA', ['เป็นความภาคภูมิใจของคนไทย'], 'pmo'],
  [
    '…humanitarian aid foreign affairs’',
    'ไทยส่งความช่วยเหลือทางมนุษยธรรมแก่ผู้ประสบภัย',
    ['มอบสิ่งของผ่านองค์การระหว่างประเทศ'],
    'foreign-affairs',
  ],
  ['…but an inhumane act is no humanitarian aid', 'รัฐบาลประณามการกระทำอันไร้มนุษยธรรม', ['ขอให้ทุกฝ่ายยุติความรุนแรง'], 'pmo'],
  [
    '…a warning on e-cigarettes public health’s',
    'เตือนภัย บุหรี่ไฟฟ้ารูปแบบใหม่ ล่อลวงเด็ก',
    ['ผู้ปกครองควรสังเกตพฤติกรรมบุตรหลาน'],
    'public-health',
  ],
  ['so is advice on any disease of people', 'ระวัง! โรคไข้ฉี่หนู….ในพื้นที่น้ำท่วมขัง', ['ผู้ที่ต้องลุยน้ำควรสวมรองเท้าบูท'], 'public-health'],
  ['…or on hygiene', 'วิธีปรับพฤติกรรมเพื่อสุขอนามัยที่ดี', ['มีวิธีการอย่างไรบ้างนะ'], 'public-health'],
  ['…named by whole words: โคลน is no cattle', 'เตือนระวังโรคไข้ฉี่หนู หลังย่ำโคลน', ['ผู้ที่ต้องลุยน้ำควรสวมรองเท้าบูท'], 'public-health'],
  [
    'but not news about a disease that gives no advice',
    'ไทยอันดับ 1 ในเอเชีย ประเทศที่มีความพร้อมรับมือโรคระบาดดีที่สุดในโลก',
    ['ผลการจัดอันดับ'],
    'pmo',
  ],
  ['nor advice on an animal’s disease', 'ยืนยัน ยังไม่พบการแพร่ระบาดโรคพิษสุนัขบ้าในโคไทย', ['ยังไม่พบการระบาด'], 'pmo'],
  [
    'nor a benefit paid because of an epidemic',
    'ประกาศ กฎกระทรวง การได้รับประโยชน์ทดแทนในกรณีว่างงานเนื่องจากเหตุสุดวิสัย อันเกิดจากการระบาดของโรค',
    ['ผู้ประกันตนได้รับเงินทดแทน'],
    'pmo',
  ],
  ['nor a royal act', 'พระบาทสมเด็จพระเจ้าอยู่หัว ทรงรับผู้ได้รับบาดเจ็บจากเหตุแผ่นดินไหว ไว้เป็นคนไข้ในพระบรมราชานุเคราะห์', ['ทรงรับไว้'], 'pmo'],
  ['ดีอี only as a word, not in ดีอีก', 'ผลตอบรับดีอีกครั้ง', ['ข้อความ'], 'pmo'],
  ['Krungthai Bank is finance', 'กรุงไทยเสนอขายหลักทรัพย์', ['กรุงไทยเตรียมเสนอขาย'], 'finance'],
  [
    'a deputy PM named as a minister',
    'รองนายกฯ หารือมาเลเซีย',
    ['นายอนุทิน รองนายกรัฐมนตรีและรมว.สาธารณสุข เปิดเผยผลการหารือ'],
    'public-health',
  ],
  [
    'a deputy PM whose second post is spelt otherwise',
    'รองนายกฯ เผย ดีอี ตั้งเป้าระบบ e-Office',
    ['นายประเสริฐ รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงดิจิทัลเศรษฐกิจและสังคม (ดีอี) กล่าวว่า'],
    'digital-economy',
  ],
  [
    'a ministry abbreviated after ปลัด. is that ministry’s',
    'รองปลัด.กษ. เป็นประธานการประชุมคณะอนุกรรมการพืชสวน',
    ['นายสินิตย์ รัฐมนตรีช่วยว่าการกระทรวงพาณิชย์ เป็นประธานการประชุม โดยมีปลัดกระทรวงพาณิชย์ และรองปลัดกระทรวงเกษตรและสหกรณ์ ร่วมประชุม'],
    'agriculture',
  ],
  ['รง. as a factory is not labour', 'สั่งปิด รง.น้ำตาล ลอบเปิดกิจการ', ['กระทรวงอุตสาหกรรม ตรวจพบ'], 'industry'],
  ['รง. standing apart is labour', 'รง. เสนอแผนจ้างงาน', ['ข้อความ'], 'labour'],
  [
    'the state enterprise policy office standing apart is finance, whatever state enterprises it reports on',
    'สคร. เร่งรัดการลงทุนของรัฐวิสาหกิจ',
    [
      'ผู้อำนวยการ สคร. เปิดเผยว่า การรถไฟแห่งประเทศไทย การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย และบริษัท ท่าอากาศยานไทย จำกัด (มหาชน) เบิกจ่ายงบลงทุนได้ตามเป้า',
    ],
    'finance',
  ],
  [
    'a numbered disease control office (สคร.12) is not finance',
    'สคร.12 สงขลา สอบสวนโรคในโรงเรียน',
    ['กรมควบคุมโรค กระทรวงสาธารณสุข ส่งทีมสอบสวนโรค'],
    'public-health',
  ],
  ['…nor one after ที่ (สคร.ที่ 6)', 'สคร.ที่ 6 ลงพื้นที่สอบสวนโรค', ['กรมควบคุมโรค กระทรวงสาธารณสุข ส่งทีมสอบสวนโรค'], 'public-health'],
  [
    'but the state enterprise policy office run on into a word is finance',
    'สคร.จัดเก็บเงินนำส่งรายได้แผ่นดินเกินเป้า',
    ['การรถไฟแห่งประเทศไทย นำส่งรายได้'],
    'finance',
  ],
  [
    'a cabinet decision with no named proposer goes to the ministry of its subject',
    'ครม.อนุมัติยกเว้นภาษีเงินได้ สำหรับผู้ร่วมโครงการ',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ครม.อนุมัติร่างกฎกระทรวง ตามที่กระทรวงสาธารณสุขรายงาน'],
    'finance',
  ],
  [
    'an extension is a decision too (ครม. ขยายเวลา…): relayed, its subject decides, not the agency named in passing',
    'ครม. ขยายเวลายกเว้นภาษีเงินได้นิติบุคคล 25% ส่งเสริมการใช้พลาสติกย่อยสลายได้',
    [
      'ที่ประชุม ครม. (5 เม.ย. 65) เห็นชอบขยายเวลามาตรการภาษีเพื่อส่งเสริมผลิตภัณฑ์พลาสติกที่ย่อยสลายได้ โดยยกเว้นภาษีเงินได้นิติบุคคลให้แก่บริษัท ที่ซื้อผลิตภัณฑ์จากผู้ผลิตที่ได้รับการรับรองจากสำนักงานเศรษฐกิจอุตสาหกรรม',
      'มาตรการดังกล่าวทำให้รัฐสูญเสียรายได้ประมาณปีละ 673 ล้านบาท',
    ],
    'finance',
  ],
  [
    'a cabinet decision on visas with no named proposer is foreign affairs’',
    'ครม.อนุมัติยกเว้นวีซ่านักธุรกิจญี่ปุ่น เป็นกรณีพิเศษ',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ที่ประชุมคณะรัฐมนตรีอนุมัติยกเว้นการตรวจลงตราให้แก่ผู้ถือหนังสือเดินทางญี่ปุ่น'],
    'foreign-affairs',
  ],
  ['a subject with no one acting is its ministry’s', 'ผู้ประกอบการเตรียมยื่นภาษีเงินได้', ['ข้อความ'], 'finance'],
  ['…also one named in Latin letters', 'ครม. ขยายเวลา คงอัตรา VAT 7% ต่อไปอีก 1 ปี', ['ข้อความ'], 'finance'],
  ['…or a festival', 'ชวน ปชช. ร่วมงานลอยกระทง 15 พ.ย.นี้', ['ข้อความ'], 'culture'],
  [
    'the SME Development Bank by its English name is the finance ministry’s',
    'SME Development Bank ยกทัพสินเชื่อ',
    ['ร่วมออกบูธในงานที่กระทรวงอุตสาหกรรมจัด'],
    'finance',
  ],
  ['…and by its initials', 'ธพว. ยกทัพสินเชื่อ', ['ร่วมออกบูธในงานที่กระทรวงอุตสาหกรรมจัด'], 'finance'],
  [
    'an agency by the initials its own releases use',
    'สบน. ประสบความสำเร็จในการจัดหาเงินกู้',
    ['สำนักงานบริหารหนี้สาธารณะจัดหาเงินกู้เพื่อสนับสนุนโครงการรถไฟฟ้าของกระทรวงคมนาคม'],
    'finance',
  ],
  [
    'the Tobacco Authority is a state enterprise of the finance ministry',
    'การยาสูบฯ เดินหน้านำที่ดินทำเลดีออกประมูลให้เอกชนเช่า',
    ['การยาสูบแห่งประเทศไทย (ยสท.) เปิดประมูลที่ดินในกรุงเทพฯ ให้เอกชนเช่าระยะยาว'],
    'finance',
  ],
  [
    'an English title opening on PM is the Prime Minister acting',
    'PM meets with Malaysian Minister of Foreign Affairs',
    ['Government Spokesperson disclosed that Malaysian Minister of Foreign Affairs paid a courtesy call on the Prime Minister.'],
    'pmo',
  ],
  [
    'PM2.5 opening a title is dust, not the Prime Minister',
    'PM 2.5 rises in the north, Ministry of Natural Resources and Environment warns',
    ['Ministry of Natural Resources and Environment warned of rising PM 2.5 levels in northern provinces.'],
    'natural-resources',
  ],
  [
    'in English, a ministry the Prime Minister instructs is told what to do',
    'PM instructs Ministry of Public Health and concerned agencies to prepare a response plan',
    [
      'July 25, 2022, Government Spokesperson Thanakorn Wangboonkongchana disclosed that Prime Minister Gen. Prayut Chan-o-cha was reported on the monkeypox situation in the country.',
      'The Prime Minister instructed Ministry of Public Health and all other concerned agencies to prepare response plans. Ministry of Public Health has also upgraded its alert to the national level.',
    ],
    'pmo',
  ],
  [
    'in English, the spokesperson’s post names no Prime Minister',
    'Cabinet approves Diesel Tax Cut Extension',
    [
      'July 5, 2023, Deputy Secretary-General to the Prime Minister and Acting Government Spokesperson Anucha Burapachaisri disclosed that the cabinet approved the extension of the excise tax cut on diesel, and ordered Ministry of Finance to report on its cost.',
    ],
    'finance',
  ],
  [
    'a spokesperson relaying a subject of one ministry',
    'รัฐบาลเตือนงดเผาป่า ลดฝุ่นละออง',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า รัฐบาลขอความร่วมมือประชาชน'],
    'natural-resources',
  ],
  [
    'the government relaying the gold-card health scheme is public health’s',
    'รัฐบาลเพิ่มสิทธิประโยชน์ “บัตรทอง” ตรวจแล็บฟรี 24 รายการ',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ผู้มีสิทธิสามารถรับบริการได้ที่หน่วยบริการใกล้บ้าน'],
    'public-health',
  ],
  [
    'the government relaying employers’ duties is labour’s',
    'รัฐบาลปรับปรุงกฎหมาย เพิ่มการดูแลลูกจ้าง นายจ้างต้องจ่ายค่าชดเชย',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า กฎหมายฉบับใหม่มีผลบังคับใช้แล้ว'],
    'labour',
  ],
  [
    'the government warning about a rumour is its own comment, not DES’s work',
    'รัฐบาล เตือนอย่าหลงเชื่อและไม่แชร์ข่าวปลอม เรื่องประกาศงดจัดเทศกาลปีใหม่',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี กล่าวถึงกรณีที่มีการส่งต่อข้อความในสื่อสังคมออนไลน์ว่าไม่เป็นความจริง'],
    'pmo',
  ],
  [
    'the spokesperson’s warning of a rumour DES’s anti-fake-news centre checked is still the government’s warning',
    'เตือนภัยข่าวปลอม อย่าแชร์ต่อ',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ศูนย์ต่อต้านข่าวปลอม ตรวจสอบแล้วพบว่าเป็นข้อมูลเท็จ', 'ติดตามข้อมูลได้ที่ศูนย์ต่อต้านข่าวปลอม'],
    'pmo',
  ],
  ['the Prime Minister acting on a subject stays pmo', 'นายกฯ สั่งเร่งแก้ปัญหาฝุ่นละออง', ['ข้อความ'], 'pmo'],
  ['the Prime Minister acting on the gold card stays pmo', 'นายกฯ มอบบัตรทองให้ประชาชน', ['ข้อความ'], 'pmo'],
  [
    'a radio script signed off by a spokesperson relays the ministry it tells of',
    'เตือนประชาชนป้องกัน HIV',
    [
      'วันเสาร์ ที่ 3 พ.ค.68',
      'กระทรวงสาธารณสุข เปิดเผยข้อมูลเกี่ยวกับสถานการณ์การแพร่ระบาดของเชื้อไวรัสเอชไอวี',
      'ขอเน้นย้ำสวมถุงยางอนามัยทุกครั้ง',
      '“สื่อสารภารกิจรัฐบาลกับผม อนุกูล พฤกษานุศักดิ์ รองโฆษกประจำสำนักนายกรัฐมนตรี”',
    ],
    'public-health',
  ],
  [
    'a short last paragraph of a spokesperson is no sign-off',
    'เตือนประชาชนป้องกันภัยหนาว',
    ['วันเสาร์ ที่ 3 พ.ค.68', 'กระทรวงสาธารณสุข เปิดเผยข้อมูล', 'รองโฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่ารัฐบาลห่วงใยประชาชน'],
    'pmo',
  ],
  [
    'a signed-off script that names one ministry in passing goes to its subject',
    'ชวนคนไทยกลุ่มเสี่ยง รับวัคซีนไข้หวัดใหญ่ฟรี',
    [
      'วันเสาร์ ที่ 3 พ.ค.68',
      'ผู้มีสิทธิ์ในระบบหลักประกันสุขภาพ ประกันสังคม หรือสิทธิข้าราชการ รับวัคซีนได้ฟรี',
      'ฉีดได้ที่สถานพยาบาลใกล้บ้าน',
      '“สื่อสารภารกิจรัฐบาลกับดิฉัน ศศิกานต์ วัฒนะจันทร์ รองโฆษกประจำสำนักนายกรัฐมนตรี”',
    ],
    'public-health',
  ],
  [
    'the sign-off spelt otherwise (quoted slogan, a space before กับ) is a sign-off too',
    'ชวนคนไทยกลุ่มเสี่ยง รับวัคซีนไข้หวัดใหญ่ฟรี',
    [
      'วันเสาร์ ที่ 3 พ.ค.68',
      'ผู้มีสิทธิ์ในระบบหลักประกันสุขภาพ ประกันสังคม หรือสิทธิข้าราชการ รับวัคซีนได้ฟรี',
      'ฉีดได้ที่สถานพยาบาลใกล้บ้าน รัฐบาลห่วงใยสุขภาพของประชาชน',
      '“สื่อสารภารกิจรัฐบาล” กับดิฉัน ศศิกานต์ วัฒนะจันทร์ รองโฆษกประจำสำนักนายกรัฐมนตรี',
    ],
    'public-health',
  ],
  [
    'a subject named only in passing in the body decides nothing',
    'รัฐบาลเดินหน้าแก้ปัญหาค่าครองชีพ',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า รัฐบาลติดตามสถานการณ์', 'รวมถึงราคาน้ำมัน'],
    'pmo',
  ],
  [
    'two ministries’ subjects alike decide nothing',
    'รัฐบาลลดหย่อนภาษี และตรึงราคาน้ำมัน',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า รัฐบาลช่วยประชาชน'],
    'pmo',
  ],
  [
    'the Prime Minister’s spouse is not the Prime Minister',
    'ปลัด พม. ให้การต้อนรับ “พญ.พักตร์พิไล ทวีสิน” พร้อมคณะ',
    [
      'พญ.พักตร์พิไล ทวีสิน ภริยานายกรัฐมนตรี ประธานคณะกรรมการคณะคู่สมรสคณะรัฐมนตรี ลงพื้นที่ โดยมีปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ให้การต้อนรับ',
    ],
    'social-development',
  ],
  [
    '“นายก” quoted in a title is the Prime Minister',
    'โฆษกรัฐบาลเผย “นายก”สั่งจับตาโควิด',
    ['โฆษกประจำสำนักนายกรัฐมนตรี เผย', 'สั่งการให้กระทรวงสาธารณสุข และกระทรวงสาธารณสุข เตรียมพร้อม'],
    'pmo',
  ],
  [
    'สป. before a ministry’s abbreviation is its permanent secretary’s office',
    'สป.สธ. รับการตรวจประเมินรางวัลเลิศรัฐ จาก ก.พ.ร.',
    ['สำนักงานปลัดกระทรวงสาธารณสุข ขอรับการตรวจประเมิน'],
    'public-health',
  ],
  [
    'a title opening on the ministry’s name alone',
    'มหาดไทย จับมือ สภาพัฒน์ และ สกสว. สร้างรากฐาน',
    ['ปลัดกระทรวงมหาดไทย ลงนามร่วมกับ เลขาธิการสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ และผู้อำนวยการ สกสว.'],
    'interior',
  ],
  [
    'a title opening on the subject, not the ministry',
    'แรงงานไทยในไต้หวันได้รับการดูแล',
    ['กระทรวงการต่างประเทศ ประสานงาน'],
    'foreign-affairs',
  ],
  [
    'a person a title names in quotes, whose long post ends past the usual window',
    '"วราวุธ" ลั่น ขยายผลความร่วมมือกับ ทส. ยก กระเสียวโมเดล',
    [
      'ที่ทำเนียบรัฐบาล นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (รมว.พม.) เปิดเผยว่า กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ร่วมมือ',
    ],
    'social-development',
  ],
  ['the Thai Trade Representative is the PMO’s', 'ผู้แทนการค้าไทย หารือภาคเอกชนเวียดนาม', ['ณ สถานเอกอัครราชทูตไทย'], 'pmo'],
  ['an English release', 'Minister meets investors', ['The Minister of Industry met investors.'], 'industry'],
  [
    'a minister named in the title by name only',
    'รมว.เฮ้ง ห่วงแรงงานไทยในไต้หวัน',
    ['นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน เปิดเผยว่า พล.อ.ประวิตร รองนายกรัฐมนตรี รักษาราชการแทนนายกรัฐมนตรี ห่วงใย'],
    'labour',
  ],
  [
    '…also after an opening cry',
    'ข่าวดีผู้ประกันตน!! รมว.เฮ้ง เร่งจ่ายเงินเยียวยา',
    ['นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน เปิดเผยว่า กระทรวงการคลังโอนเงินผ่านธนาคารกรุงไทย'],
    'labour',
  ],
  [
    'a minister named in the title by name only, whose post the lead proper gives after a subheading',
    'รมว.ธรรมนัส - รมช.อรรถกร ดันโครงการปุ๋ยคนละครึ่ง ในการประชุมคณะกรรมการ นบข. 2/2567',
    [
      // thaigov's own: the subheading repeats the title and names the meeting's chair, another minister.
      'รมว.ธรรมนัส - รมช.อรรถกร ดันโครงการปุ๋ยคนละครึ่ง ในการประชุมคณะกรรมการ นบข. 2/2567 โดยมี รองนายกฯ ภูมิธรรม เป็นประธาน',
      'ร้อยเอก ธรรมนัส พรหมเผ่า รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ เปิดเผยภายหลังการประชุม โดยมี นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงพาณิชย์ เป็นประธาน',
    ],
    'agriculture',
  ],
  [
    'a permanent secretary named in the title by name only, whose post the lead gives after a headline of its own',
    'ปลัดฯ สมชาย สั่งการ ทุกจังหวัดรับมือน้ำท่วม',
    ['ผนึกภาครัฐเอกชนส่งความช่วยเหลือผู้ประสบภัย', 'นายสมชาย ใจดี ปลัดกระทรวงอุตสาหกรรม เปิดเผยว่า กระทรวงแรงงานและกรมการจัดหางานร่วมด้วย'],
    'industry',
  ],
  [
    'a minister named in the title by their ministry, which the lead names in a longer word',
    'รัฐมนตรีเกษตรฯ หารือรัฐมนตรีพลังงาน ถกแผนเช็ค 15 บริษัทวินด์ฟาร์มในที่ ส.ป.ก. ยันหลัง 45 วันพร้อมส่งผลให้ก.พลังงาน',
    [
      'รัฐมนตรีเกษตรฯ หารือรัฐมนตรีพลังงาน ถกแผนเช็ค 15 บริษัทวินด์ฟาร์มในที่ ส.ป.ก. ยันหลัง 45 วันพร้อมส่งผลให้ก.พลังงาน เตรียมแผนหาพลังงานทดแทนหากพบไม่เข้าเงื่อนไขเกษตรกรได้ประโยชน์',
      'พลเอกฉัตรชัย สาริกัลยะ รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ หารือกับ พลเอก อนันตพร กาญจนรัตน์ รัฐมนตรีว่าการกระทรวงพลังงาน',
    ],
    'agriculture',
  ],
  [
    'a deputy permanent secretary named in the title by name only',
    'รองปลัดนวนิตย์ฯ ร่วมลงพื้นที่ตรวจราชการ',
    ['นายกรัฐมนตรี พร้อมด้วย รัฐมนตรีช่วยว่าการกระทรวงพาณิชย์ นายนวนิตย์ พลเคน รองปลัดกระทรวงเกษตรและสหกรณ์ ลงพื้นที่'],
    'agriculture',
  ],
  [
    'a cabinet decision on a ministry proposal, relayed by a spokesperson',
    'ครม.เคาะแก้กฎกระทรวง แลกเงินใช้บัตรเครดิตได้',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า คณะรัฐมนตรีเห็นชอบร่างกฎกระทรวงที่กระทรวงการคลังเสนอ'],
    'finance',
  ],
  [
    'a spokesperson relaying the work of one department',
    'รัฐบาลเตรียมส่งคืนสัตว์ป่าหายาก',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า รัฐบาลโดยกรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช', 'กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช จะส่งมอบ'],
    'natural-resources',
  ],
  [
    'a spokesperson relaying a department the body keeps naming, the Prime Minister’s concern around it',
    'โฆษกรัฐบาลเผย ยอดผู้ป่วยไข้เลือดออกพุ่ง เตือนประชาชนระวัง',
    [
      'นายอนุชา บูรพชัยศรี โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า นายกรัฐมนตรีห่วงใยประชาชนในช่วงฤดูฝน สั่งการให้ทุกหน่วยงานเร่งดูแล',
      'กรมควบคุมโรครายงานว่า ปีนี้พบผู้ป่วยไข้เลือดออกแล้ว 20,000 ราย',
      'กรมควบคุมโรคแนะนำให้ประชาชนกำจัดแหล่งเพาะพันธุ์ยุงลาย',
      'ทั้งนี้ กรมควบคุมโรคได้ส่งทีมสอบสวนโรคลงพื้นที่',
      'กรมควบคุมโรคขอให้ผู้มีไข้สูงรีบพบแพทย์',
      'สอบถามเพิ่มเติมได้ที่สายด่วนกรมควบคุมโรค 1422',
      'นายกรัฐมนตรีได้กำชับให้ติดตามสถานการณ์อย่างใกล้ชิด',
    ],
    'public-health',
  ],
  [
    'the Prime Minister’s own programme is his address, whatever ministry he reports on',
    'ศาสตร์พระราชา สู่การพัฒนาอย่างยั่งยืน วันศุกร์ที่ 11 มกราคม 2562',
    [
      'พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี กล่าวในรายการ “ศาสตร์พระราชา สู่การพัฒนาอย่างยั่งยืน” ออกอากาศทางโทรทัศน์',
      ...Array.from({ length: 5 }, () => 'กระทรวงศึกษาธิการได้ปรับหลักสูตรให้ทันสมัย'),
    ],
    'pmo',
  ],
  // A ministry telling of what the Prime Minister said in his programme, each way of telling on its own: its own work.
  ...['กล่าวว่า', 'ชี้แจงตามที่', 'ชี้แจงกรณี', 'เปิดเผยถึง', 'แถลงถึง', 'ชี้แจงจากที่', 'ชี้แจงสืบเนื่องกับ', 'ชี้แจงภายหลัง'].map(
    (telling): [string, string, string[], string] => [
      `a ministry telling of what the Prime Minister said in his programme (${telling}) is that ministry’s`,
      'มหาดไทยเปิดรับฟังความคิดเห็นประชาชนทุกจังหวัด',
      [
        `นายกฤษฎา บุญราช ปลัดกระทรวงมหาดไทย ${telling} พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ได้กล่าวผ่านรายการ`,
        'กระทรวงมหาดไทยได้สั่งการให้ทุกจังหวัดเปิดรับฟังความคิดเห็น',
      ],
      'interior',
    ],
  ),
  [
    'the Prime Minister named in a programme far into a ministry’s lead is no address of his',
    'มหาดไทยเปิดรับฟังความคิดเห็นประชาชนทุกจังหวัด',
    [
      `นายกฤษฎา บุญราช ปลัดกระทรวงมหาดไทย ${'ลงพื้นที่ตรวจเยี่ยมประชาชนในหมู่บ้าน '.repeat(4)}พร้อมนำข้อคิดที่ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี กล่าวในรายการ`,
      'กระทรวงมหาดไทยได้สั่งการให้ทุกจังหวัดเปิดรับฟังความคิดเห็น',
    ],
    'interior',
  ],
  [
    'a spokesperson of the Prime Minister’s office speaking in a programme relays what it tells of',
    'รัฐบาลเดินหน้าลดค่าไฟ เตรียมรื้อโครงสร้าง',
    [
      'นางสาวศศิกานต์ วัฒนะจันทร์ รองโฆษกประจำสำนักนายกรัฐมนตรี กล่าวในรายการ “เสียงจากใจไทยคู่ฟ้า” ว่า กระทรวงพลังงานเตรียมปรับโครงสร้างค่าไฟ',
      'กระทรวงพลังงานจะเสนอแนวทางต่อคณะรัฐมนตรี',
    ],
    'energy',
  ],
  [
    'a deputy PM sending two ministries is pmo',
    'รองนายกฯ มอบสองกระทรวงแก้ปัญหาแรงงานประมง',
    ['รองนายกรัฐมนตรี มอบหมายให้ รัฐมนตรีช่วยว่าการกระทรวงแรงงาน และรัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ ลงพื้นที่'],
    'pmo',
  ],
  [
    'a ministry given an order is not the actor',
    'นายกฯ กำชับ มท. เร่งสำรวจความเสียหาย',
    ['นายกรัฐมนตรี กำชับกระทรวงมหาดไทย และผู้ว่าราชการจังหวัด เร่งสำรวจ'],
    'pmo',
  ],
  [
    'every ministry listed after an order is told what to do',
    'นายกฯ ห่วงน้ำท่วม กำชับ มท.-ผู้ว่าฯ-ปภ. เตรียมพร้อมรับมือ',
    ['นายกรัฐมนตรี ติดตามสถานการณ์น้ำ กำชับกระทรวงมหาดไทย ผู้ว่าราชการจังหวัด และกรมป้องกันและบรรเทาสาธารณภัย เตรียมพร้อม'],
    'pmo',
  ],
  [
    'the ministry named first in the title acts, not its partners after ร่วมกับ',
    'กรมบัญชีกลาง แถลงการณ์การใช้สิทธิเบิกจ่ายค่ารักษาพยาบาล สำหรับผู้ป่วยที่ติดเชื้อโควิด 19 ร่วมกับ สปสช. และสำนักงานประกันสังคม',
    [
      'ปัจจุบันได้รับข้อร้องเรียนเกี่ยวกับค่ารักษาพยาบาล กรมบัญชีกลาง สำนักงานหลักประกันสุขภาพแห่งชาติ (สปสช.) และสำนักงานประกันสังคม',
      'นายประภาศ คงเอียด อธิบดีกรมบัญชีกลาง เปิดเผยว่า กรมบัญชีกลาง สปสช. และสำนักงานประกันสังคม จึงได้ร่วมบูรณาการ',
      '1. การตรวจยืนยันการติดเชื้อสำหรับประชาชนกลุ่มเสี่ยงและเป็นไปตามเกณฑ์ที่กระทรวงสาธารณสุขกำหนด',
    ],
    'finance',
  ],
  [
    'nor its partners after จับมือ or ผนึกกำลัง ("join hands")',
    'ทส. จับมือกระทรวงการท่องเที่ยวและกีฬา และบมจ.ศรีไทยซุปเปอร์แวร์ รณรงค์การใช้ภาชนะหมุนเวียนในเขตอุทยานแห่งชาติ',
    [
      'กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ร่วมกับ กระทรวงการท่องเที่ยวและกีฬา และ บมจ. ศรีไทยซุปเปอร์แวร์ จัดงานแถลงข่าว ณ กระทรวงการท่องเที่ยวและกีฬา',
    ],
    'natural-resources',
  ],
  [
    'nor its partners after แท็คทีม ("team up with")',
    'ก.อุตฯ แท็คทีม ก.คมนาคม และกรมทางหลวง เตรียมจัดงานแสดงสินค้าโรงงาน',
    ['ข้อความ'],
    'industry',
  ],
  ['…however it is spelt', 'ก.อุตฯ แทคทีม ก.คมนาคม และกรมทางหลวง เตรียมจัดงานแสดงสินค้าโรงงาน', ['ข้อความ'], 'industry'],
  ['…or after ร่วมมือกับ ("in cooperation with")', 'สคร. ร่วมมือกับ กฟภ. และ กฟน. ยกระดับการให้บริการรัฐวิสาหกิจ', ['ข้อความ'], 'finance'],
  [
    '…or after ผนึก alone, run on into the partner',
    'ก.แรงงาน ผนึกกระทรวงการคลังและกรมบัญชีกลาง ค้ำประกันสินเชื่อให้ผู้ผ่านการฝึกอาชีพ',
    ['ข้อความ'],
    'labour',
  ],
  [
    'but the Prime Minister named again after ร่วมกับ is no partner of his own',
    'นายกรัฐมนตรีมอบนโยบายผู้ว่าฯ 76 จังหวัด แนะปรับการทำงานร่วมกับนายกรัฐมนตรี',
    ['นายกรัฐมนตรี เป็นประธานการประชุมมอบนโยบายแก่ผู้ว่าราชการจังหวัด กระทรวงมหาดไทยรายงาน'],
    'pmo',
  ],
  [
    'nor the ones the Prime Minister meets with',
    'นายกรัฐมนตรีประชุมร่วมกับผู้ว่าราชการจังหวัดพื้นที่สีแดงเข้ม รับฟังปัญหา',
    ['นายกรัฐมนตรีประชุมร่วมกับผู้ว่าราชการจังหวัด กระทรวงมหาดไทยรายงานสถานการณ์'],
    'pmo',
  ],
  [
    'a deputy PM assigned with their second post acts for their ministry',
    'พิธีมอบรางวัลองค์กรดีเด่น ประจำปี 2567',
    ['นายกฯ มอบหมายให้รองนายกฯ และ รมว.คลัง เป็นประธานในพิธีมอบรางวัล ณ ทำเนียบรัฐบาล', 'กระทรวงการคลังจัดพิธีเป็นประจำทุกปี'],
    'finance',
  ],
  [
    'a passing "government" in the body relays nothing',
    'ส่งออกยางพาราอันดับ 1 ของโลก',
    ['กระทรวงพาณิชย์ เผยประเทศไทยครองแชมป์ผู้ส่งออก', 'ตามที่รัฐบาลส่งเสริม'],
    'commerce',
  ],
  [
    'an English cabinet digest',
    'The cabinet met on February 4, 2025',
    ['The Ministry of Agriculture and Cooperatives proposed'],
    'pmo',
  ],
  [
    'the actor a title opens on',
    'ดีอีเอส เตือนข่าวปลอมกรุงไทยส่ง SMS',
    ['โฆษกกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอีเอส) กล่าวว่า ธนาคารกรุงไทย ธนาคารกรุงไทย ธนาคารกรุงไทย'],
    'digital-economy',
  ],
]);

ministryCases('a cabinet digest is titled as one', [
  ['a digest', 'สรุปข่าวการประชุมคณะรัฐมนตรี 9 มีนาคม 2564', ['กระทรวงแรงงานเสนอ'], 'pmo'],
  ['a dated list of resolutions', 'มติ ครม. 13 มิถุนายน 2560', ['กระทรวงการคลังเสนอ'], 'pmo'],
  ['an English digest', 'Cabinet meeting on September 6, 2023', ['The Ministry of Finance proposed'], 'pmo'],
  [
    'a department acting on a resolution',
    'กรมการจัดหางาน เตือนนายจ้าง ยื่นขอใบอนุญาตตามมติ ครม. 20 ส.ค.',
    ['อธิบดีกรมการจัดหางาน เตือน'],
    'labour',
  ],
  [
    'a ministry preparing for a cabinet meeting',
    'ปลัดเกษตรฯ เตรียมความพร้อมการประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่',
    ['ปลัดกระทรวงเกษตรและสหกรณ์ เป็นประธานการประชุม'],
    'agriculture',
  ],
]);

ministryCases("the Prime Minister's second post is the Prime Minister's", [
  [
    'the PM also holding defence',
    'ห่วงเด็กนักเรียน ย้ำมาตรการป้องกันในโรงเรียน',
    ['พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี และ รมว.กลาโหม ห่วงเด็กนักเรียน'],
    'pmo',
  ],
  [
    'in English',
    'Thailand welcomes investors',
    ['Prime Minister and Minister of Finance Srettha Thavisin welcomed investors'],
    'pmo',
  ],
  [
    'a deputy PM holding a ministry acts for it',
    'เร่งซ่อมถนนสายใต้',
    ['นายสุริยะ รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงคมนาคม สั่งกรมทางหลวงเร่งซ่อมถนน'],
    'transport',
  ],
]);

ministryCases('a person the title names in quotes counts for their post', [
  [
    'a deputy PM by name acts for the ministry they hold',
    '"สุริยะ" เตรียมหารือกรมบัญชีกลาง',
    ['นายสุริยะ จึงรุ่งเรืองกิจ รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงคมนาคม เปิดเผยว่า จะหารือเรื่องผู้รับเหมา'],
    'transport',
  ],
  [
    'a minister of the PM’s office is pmo',
    '“ธนกร” ย้ำ ครม.เพิ่มค่าตอบแทน อสม.',
    ['นายธนกร วังบุญคงชนะ รมต.ประจำสำนักนายกรัฐมนตรี กล่าวว่า'],
    'pmo',
  ],
  [
    'a spokesperson relays, the Prime Minister by name acts',
    '"ทิพานัน" ชี้ "พล.อ.ประยุทธ์" แก้หนี้ครูแล้ว',
    [
      'น.ส.ทิพานัน ศิริชนะ รองโฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่า พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี แก้หนี้ครูกับกระทรวงศึกษาธิการ',
      'กระทรวงศึกษาธิการ',
    ],
    'pmo',
  ],
  [
    'a name is found whole, not inside a longer name',
    '“ทวี” นำคณะเยือนจีน',
    ['นายเศรษฐา ทวีสิน นายกรัฐมนตรี ส่งคณะเยือนจีน', 'พ.ต.อ.ทวี สอดส่อง รัฐมนตรีว่าการกระทรวงยุติธรรม นำคณะ'],
    'justice',
  ],
]);

ministryCases('a person the title opens on, unquoted, counts for their post', [
  [
    'a deputy PM by name acts for the ministry they hold',
    'จุรินทร์ นำสรุป 13 เรื่อง ผลความสำเร็จของไทย',
    ['นายจุรินทร์ ลักษณวิศิษฏ์ รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงพาณิชย์ เปิดเผยว่า นายกรัฐมนตรีให้ความสำคัญ'],
    'commerce',
  ],
  [
    'their second post given only later in the text',
    '“อนุทิน” เยี่ยมผู้บาดเจ็บ',
    [
      'นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี เดินทางไปเยี่ยมผู้บาดเจ็บ ตามข้อสั่งการของนายกรัฐมนตรี',
      'นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงสาธารณสุข กล่าวว่า',
    ],
    'public-health',
  ],
  [
    'a three-part rank before the name',
    'ทวี ลงพื้นที่ตรวจเยี่ยม',
    ['พ.ต.อ.ทวี สอดส่อง รัฐมนตรีว่าการกระทรวงยุติธรรม ร่วมงานกับกระทรวงมหาดไทย ที่กระทรวงมหาดไทยจัด'],
    'justice',
  ],
  [
    'after an opening cry',
    'คึกคัก! ทวี ลงพื้นที่ตรวจเยี่ยม',
    ['พ.ต.อ.ทวี สอดส่อง รัฐมนตรีว่าการกระทรวงยุติธรรม ร่วมงานกับกระทรวงมหาดไทย ที่กระทรวงมหาดไทยจัด'],
    'justice',
  ],
  [
    'but the post the title gives itself comes first',
    'อนุทิน รมว.สาธารณสุข เยี่ยมผู้ป่วย',
    ['นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี เดินทางไปเยี่ยมผู้ป่วย'],
    'public-health',
  ],
  [
    'but a deputy PM acting for the Prime Minister acts as PM',
    '“ภูมิธรรม” ต้อนรับเอกอัครราชทูตจีน',
    ['นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย รักษาราชการแทนนายกรัฐมนตรี ให้การต้อนรับ'],
    'pmo',
  ],
  [
    'but a title word the text gives only after an office’s or a place’s initials (อ.เกษตรกร) is no person’s',
    'เกษตรกร ยิ้มรับราคาข้าว',
    ['สมาคมชาวนา อ.เกษตรกร รมว.คลัง ร่วมงานที่กระทรวงพาณิชย์ประกาศราคาข้าว', 'กระทรวงพาณิชย์ ยืนยันราคา กระทรวงพาณิชย์'],
    'commerce',
  ],
]);

ministryCases('Bangkok’s administration acting is local government, which interior oversees', [
  ['announcing', 'กทม. “ห้ามจุดพลุ” ป้องกันอันตรายช่วงปีใหม่', ['ข้อความ'], 'interior'],
  ['explaining, run on', 'กรุงเทพมหานครชี้แจง กรณีตู้น้ำดื่มหยอดเหรียญ', ['สำนักอนามัยตรวจคุณภาพน้ำ'], 'interior'],
  ['but not Bangkok as a ranking’s subject', 'กรุงเทพมหานครเป็นเมืองท่องเที่ยวคุ้มค่าที่สุด', ['ข้อความ'], 'pmo'],
  ['after an opening cry, which names no one', 'ข่าวดี! กทม. เปิดศูนย์พักคอยเพิ่ม', ['ผู้ป่วยโควิดเข้ารับการรักษา'], 'interior'],
]);

ministryCases('a hospital opening a title acts for public health, whose hospital it is', [
  [
    'by its initials, whoever it works with',
    'รพ.สมุทรปราการ จับมือ ธ.กรุงไทย ยกระดับบริการ',
    ['ธนาคารกรุงไทยสนับสนุนระบบชำระเงิน'],
    'public-health',
  ],
  ['by the whole word', 'โรงพยาบาลพระศรีมหาโพธิ์ พัฒนาแอปป้องกันซึมเศร้า', ['ข้อความ'], 'public-health'],
  ['its name opening on a vowel', 'รพ.เชียงรายประชานุเคราะห์ จับมือ ธ.ก.ส. ยกระดับบริการ', ['ธ.ก.ส. สนับสนุนสินเชื่อ'], 'public-health'],
  ['but not hospitals in general', 'โรงพยาบาลรัฐ-เอกชน ร่วมรับผู้ประกันตน', ['สำนักงานประกันสังคมจ่ายค่าบริการ'], 'labour'],
  ['but not hospitals after a space, as what others pay', 'โรงพยาบาล เฮ! ประกันสังคมเร่งรัดจ่ายค่าบริการ', ['ข้อความ'], 'labour'],
  ['nor a university’s hospital', 'รพ.ศิริราช เปิดศูนย์รักษาโรคหัวใจ', ['ข้อความ'], 'pmo'],
]);

ministryCases('a department opening a title by its name without กรม acts for its ministry', [
  [
    'run on into the verb, whatever other ministry’s standard it enforces',
    'ศุลกากรตรวจยึดของเล่นไม่มี มอก. ที่ท่าเรือ',
    ['เจ้าหน้าที่ศุลกากรพบสินค้าที่สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรมยังไม่รับรอง'],
    'finance',
  ],
  ['quoted', '“ธนารักษ์” ลงนามใช้ที่ราชพัสดุกับกองทัพบก', ['กองทัพบกจะพัฒนาพื้นที่ให้เป็นโรงเรียน'], 'finance'],
  ['by one of its offices', 'สำนักงานเจ้าท่าภูมิภาคสาขาภูเก็ต ตรวจเรือโดยสาร', ['กระทรวงพลังงานแจ้งราคาน้ำมันเรือ'], 'transport'],
  [
    'by one of its airports',
    'ท่าอากาศยานกระบี่ ประกาศปิดทางวิ่งชั่วคราว',
    ['สำนักงานการบินพลเรือนเห็นชอบ กระทรวงมหาดไทยแจ้งจังหวัด'],
    'transport',
  ],
  [
    'but not a customs house further on, where the Prime Minister acts',
    'นายกรัฐมนตรีตรวจราชการด่านศุลกากรสะเดา',
    ['นายกรัฐมนตรีพบผู้ประกอบการ'],
    'pmo',
  ],
]);

ministryCases('labour protection is the labour ministry’s remit in a cabinet decision', [
  [
    'whatever trade the workers are in',
    'ครม.เห็นชอบร่างกฎกระทรวงคุ้มครองแรงงานในงานเกษตรกรรม',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ครม. เห็นชอบร่างกฎกระทรวง ดูแลลูกจ้างในไร่นา'],
    'labour',
  ],
]);

ministryCases('a relayed subject whose ministry only knowledge names', [
  [
    'a geographical indication is registered by commerce’s intellectual property department',
    'ส้มโอบ้านเรา ขึ้นทะเบียน GI แล้ว ต่อยอดรายได้ชุมชน',
    ['ชาวสวนในอำเภอเมืองดีใจ ส้มโอได้รับการขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์'],
    'commerce',
  ],
  [
    'special education is the education ministry’s',
    'เปิดห้องเรียนการศึกษาพิเศษเพิ่มอีกร้อยแห่ง',
    ['เด็กที่มีความต้องการพิเศษได้เรียนใกล้บ้าน'],
    'education',
  ],
  ['enforcing judgments is the justice ministry’s', 'ลดค่าธรรมเนียมบังคับคดีช่วยลูกหนี้', ['ลูกหนี้จ่ายน้อยลง'], 'justice'],
  [
    'but not FAO’s farm heritage listing, whose name starts like a geographical indication',
    'ระบบเกษตรพื้นบ้านได้ขึ้นทะเบียน GIAHS',
    ['ชุมชนดูแลนาขั้นบันไดมาหลายร้อยปี'],
    'pmo',
  ],
]);

ministryCases('of two ministries named exactly as much, the one whose remit the title is goes first', [
  [
    'a debt report listing a state enterprise’s debt before the office that reports it',
    'ยอดหนี้สาธารณะล่าสุดลดลงต่อเนื่อง',
    ['ยอดหนี้รวมเพิ่มขึ้นเล็กน้อย', 'หนี้ของการรถไฟแห่งประเทศไทยลดลง ข้อมูลจากสำนักงานบริหารหนี้สาธารณะ'],
    'finance',
  ],
]);

ministryCases('the national communicable disease committee is public health’s', [
  [
    'by its short name, whoever chairs it',
    'คกก.โรคติดต่อฯ เห็นชอบเปิดด่านรับนักเดินทาง',
    ['ที่ประชุมมีมติเห็นชอบตามที่นายกรัฐมนตรีมอบหมาย'],
    'public-health',
  ],
]);

ministryCases('soldiers opening a title act for defence', [
  ['spaced', 'ทหาร ลงพื้นที่ช่วยชาวบ้านขนย้ายสัตว์เลี้ยงหนีน้ำ', ['ร่วมกับสำนักงานปศุสัตว์จังหวัดและป้องกันจังหวัด'], 'defence'],
  ['run on, in the army’s own series', 'ทหารสุขภาพดี ตอน ลดหวาน', ['จัดทำโดย สนพ. ร่วมกับหน่วยงานสาธารณสุข'], 'defence'],
  [
    'nor veterans whom another ministry honours',
    'ทหารผ่านศึก รับเบี้ยยังชีพเพิ่ม',
    ['กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ จ่ายเบี้ยยังชีพ'],
    'social-development',
  ],
  [
    'but not conscripts whom another ministry helps',
    'ทหารเกณฑ์ เฮ! กระทรวงแรงงาน ฝึกอาชีพก่อนปลดประจำการ',
    ['กรมพัฒนาฝีมือแรงงาน จัดหลักสูตร'],
    'labour',
  ],
]);

ministryCases('the digital economy ministry’s anti-scam centre warns, whoever the scammers pose as', [
  [
    'by its hotline’s name',
    'AOC 1441 เตือน มิจฉาชีพอ้างเป็นพนักงานธนาคารออมสิน',
    ['ผู้เสียหายถูกหลอกให้โอนเงินไปยังบัญชีที่อ้างว่าเป็นของธนาคารออมสิน'],
    'digital-economy',
  ],
  [
    'by its name in full',
    'ศูนย์ปฏิบัติการแก้ไขปัญหาอาชญากรรมออนไลน์ เตือนแก๊งอ้างเป็นเจ้าหน้าที่กรมที่ดิน',
    ['แก๊งมิจฉาชีพอ้างเป็นเจ้าหน้าที่กรมที่ดิน'],
    'digital-economy',
  ],
]);

ministryCases('the army’s border task forces act for defence', [
  ['by name', 'กองกำลังนเรศวร ลาดตระเวนชายแดน สกัดการลักลอบขนสินค้า', ['กำลังพลออกลาดตระเวนตามแนวชายแดน'], 'defence'],
  ['abbreviated', 'กกล.สุรนารี มอบถุงยังชีพให้ชาวบ้านแนวชายแดน', ['กำลังพลนำถุงยังชีพไปมอบให้ชาวบ้าน'], 'defence'],
]);

ministryCases('a fund or centre counts as the ministry it belongs to', [
  [
    'the farmers’ rehabilitation fund is agriculture’s',
    'กองทุนฟื้นฟูและพัฒนาเกษตรกร ซื้อหนี้สมาชิกเพิ่ม',
    ['สมาชิกที่เป็นหนี้ธนาคารออมสินได้รับการช่วยเหลือ'],
    'agriculture',
  ],
  ['the village fund is the PM’s office’s', 'กองทุนหมู่บ้านและชุมชนเมือง ปล่อยกู้เลี้ยงโค', ['สมาชิกเลี้ยงโคตามคำแนะนำของกรมปศุสัตว์'], 'pmo'],
  [
    'the financial consumer protection centre is the central bank’s, so finance’s',
    'ศูนย์คุ้มครองผู้ใช้บริการทางการเงิน เตือนแอปเงินกู้เถื่อน',
    ['ประชาชนควรตรวจสอบก่อนกู้'],
    'finance',
  ],
]);

ministryCases('a department, fund or institute named in full only', [
  [
    'the army’s medical department is defence’s',
    'กรมแพทย์ทหารบก เปิดศูนย์ฟื้นฟูผู้ป่วยติดเตียง',
    ['ผู้ป่วยในความดูแลของโรงพยาบาลชุมชนได้รับการฟื้นฟู'],
    'defence',
  ],
  [
    'the neighbouring countries’ development agency is finance’s',
    'สำนักงานความร่วมมือพัฒนาเศรษฐกิจกับประเทศเพื่อนบ้าน ให้กู้สร้างถนนในลาว',
    ['เงินกู้ผ่อนปรนช่วยให้ถนนเสร็จเร็วขึ้น'],
    'finance',
  ],
]);

ministryCases('an English release names an agency by its English name', [
  [
    'a state enterprise',
    'Transport Co., Ltd. adds buses for the New Year holidays',
    ['Transport Co., Ltd. will run extra buses on its northern routes.'],
    'transport',
  ],
  [
    'a department',
    'Department of Rural Roads lights up bridges for the festival',
    ['The Department of Rural Roads invites the public to see the bridges.'],
    'transport',
  ],
  [
    'a department by the shorter name translators use',
    'Heavy rain expected in the North this weekend',
    ['The Meteorological Department has warned of heavy rain in northern provinces.'],
    'digital-economy',
  ],
  [
    'a ministers’ meeting by the shorter title translators use',
    'Thailand to host regional talks on drought-tolerant seed',
    ['The GMS Agriculture Ministers’ Meeting will discuss seed banks and irrigation.'],
    'agriculture',
  ],
  [
    'but not another country’s department of the same name',
    'US Department of Agriculture clears Thai durian for import',
    ['The US Department of Agriculture said Thai durian met its standards.'],
    'pmo',
  ],
  [
    'an embassy',
    'Thai Embassy helps students leave the conflict zone',
    ['The Thai Embassy has arranged buses for Thai students to cross the border.'],
    'foreign-affairs',
  ],
]);

ministryCases('the Thai Bankers’ Association speaks for itself, as private associations do', [
  ['advising', 'สมาคมธนาคารไทยแนะลูกค้าทำธุรกรรมออนไลน์', ['ธนาคารแห่งประเทศไทยสนับสนุน ธนาคารออมสินร่วมด้วย'], 'pmo'],
  ['quoted, backing a measure', '“สมาคมธนาคารไทย” ขานรับมาตรการสินเชื่อฟื้นฟู', ['ร่วมกับธนาคารแห่งประเทศไทยและกระทรวงการคลัง'], 'pmo'],
  [
    'but not the association of state banks, which its member banks make finance’s',
    'สมาคมสถาบันการเงินของรัฐ ยกระดับความร่วมมือ',
    ['ธนาคารออมสินเป็นเจ้าภาพ'],
    'finance',
  ],
]);

ministryCases('a deputy PM acting for the Prime Minister', [
  [
    'acts as PM where the title names them by their deputy’s post',
    'รองนายกฯ ต้อนรับทูตจีน',
    ['นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย รักษาราชการแทนนายกรัฐมนตรี ให้การต้อนรับ'],
    'pmo',
  ],
  [
    'however the acting post is spelt',
    '“ภูมิธรรม” ต้อนรับทูตจีน',
    ['นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย รักษาการนายกรัฐมนตรี ให้การต้อนรับ'],
    'pmo',
  ],
]);

describe('a deputy PM acting for the Prime Minister, named with their second post in the lead', () => {
  it('is a clear call for pmo, their ministry not counting', () => {
    const lead = 'นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย รักษาราชการแทนนายกรัฐมนตรี หารือกับนักลงทุน';
    expect(ministryCall('นักลงทุนเชื่อมั่นไทย', [lead, 'ผู้แทนกระทรวงมหาดไทยร่วมหารือ'])).toEqual({ slug: 'pmo', basis: 'pm' });
  });
});

ministryCases('a deputy PM’s second post given in the title', [
  [
    'is the post they act in',
    'รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงยุติธรรม เดินทางเยือนเมียนมา',
    ['ในวันจันทร์ที่ 21 พฤษภาคม 2561', 'หารือความร่วมมือตามนโยบายของรัฐบาล ตามที่นายกรัฐมนตรีมอบหมาย'],
    'justice',
  ],
]);

ministryCases('several ministries are pmo only with the government coordinating', [
  ['the government named in passing', 'เกษตรฯ - พณ. บุกตลาดจีน', ['ข้อความ', 'รัฐบาลพร้อมสนับสนุน'], 'agriculture'],
  ['the government leading', 'เกษตรฯ - พณ. บุกตลาดจีน', ['นายกรัฐมนตรีมอบหมายสองกระทรวง'], 'pmo'],
]);

ministryCases("a ministry's abbreviation after a minister's title", [
  ['รมว.พม.', 'รมว.พม. ลงพื้นที่ตรวจเยี่ยมจุดฉีดวัคซีน', ['ข้อความ'], 'social-development'],
  ['ผู้ช่วย รมว.กษ.', 'ผู้ช่วย รมว.กษ. เปิดโครงการมาตรฐาน GAP', ['ข้อความ'], 'agriculture'],
  [
    "but a deputy PM's second post alone is not what they act for",
    'ถกปัญหาขยะพลาสติกลงทะเล',
    ['พล.อ.ประวิตร รอง นรม. และ รมว.กห. เรียกประชุมคณะกรรมการทรัพยากรทางทะเล', 'ขอให้กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อมเป็นเจ้าภาพ'],
    'pmo',
  ],
]);

ministryCases('ministries and agencies by the names releases use', [
  ['a short name after a minister title', 'รมว.คลัง แจงแนวทางดูแลเศรษฐกิจ', ['ข้อความ'], 'finance'],
  ['a short name after กระทรวง', 'กระทรวงดิจิทัลฯ เตือนภัยออนไลน์', ['ข้อความ'], 'digital-economy'],
  ['a short name alone is a common word', 'เปิดคลังสินค้าแห่งใหม่', ['ข้อความ'], 'pmo'],
  ['a short name after ก., which abbreviates กระทรวง', 'ข่าวดี! ก.แรงงาน เปิดรับสมัครงาน 500 อัตรา', ['ข้อความ'], 'labour'],
  ['but not after another abbreviation ending in ก.', 'คกก.ดิจิทัลวอลเล็ต เคาะเงื่อนไข แจกหญ้า 3,000 กก. เกษตรกร', ['ข้อความ'], 'pmo'],
  ['ก. run on from a word before it', 'โฆษกฯ เผย รัฐบาล โดยก.อุตสาหกรรม จัดอบรมผู้ประกอบการ', ['ข้อความ'], 'industry'],
  ['but not from an abbreviation of bare letters', 'ขรก.แรงงานร่วมกิจกรรมวันสำคัญ มุ่งสู่ศก.ดิจิทัล', ['ข้อความ'], 'pmo'],
  ['nor ก. that ends an abbreviation set apart from a word', 'ครม.มอบหมายให้ สคก. ศึกษาแนวทางแก้ไขกฎหมาย', ['ข้อความ'], 'pmo'],
  ['the former science ministry by its short name', 'ก.วิทย์ฯ โชว์ศักยภาพ จัดงานนวัตกรรม', ['ข้อความ'], 'higher-education'],
  [
    'a minister attached to the PMO by the initials of the post',
    'รมต.นร. เป็นประธานเปิดงานกองทุนยุติธรรม',
    ['รัฐมนตรีประจำสำนักนายกรัฐมนตรี กล่าวเปิดงานให้ความรู้แก่ประชาชน'],
    'pmo',
  ],
  ['…or spaced', 'รมต. นร. เป็นประธานเปิดงานกองทุนยุติธรรม', ['รัฐมนตรีประจำสำนักนายกรัฐมนตรี กล่าวเปิดงานให้ความรู้แก่ประชาชน'], 'pmo'],
  ['a department by its short name', 'เตรียมรับมือฝน! กรมอุตุฯ อัปเดตเส้นทางพายุ', ['ข้อความ'], 'digital-economy'],
  ['the statistics office by its short name', 'สำนักงานสถิติเผยผู้ว่างงานลดลง', ['ข้อความ'], 'digital-economy'],
  [
    'a state enterprise by its name cut short with ฯ',
    'การรถไฟฯ ชี้แจงการประมูลรถไฟทางคู่สายใหม่',
    ['ผู้ว่าการรถไฟฯ ยืนยันว่าการประมูลเป็นไปตามระเบียบกระทรวงการคลังทุกขั้นตอน'],
    'transport',
  ],
  ['another state enterprise so shortened', 'การเคหะฯ เปิดจองบ้านเช่าราคาประหยัด', ['ข้อความ'], 'social-development'],
  [
    'an English ministry name spelt the American way',
    'Ministry of Labor to compensate workers',
    ['Workers will be paid within a week.'],
    'labour',
  ],
  [
    '…and its minister’s title so spelt',
    'Labor Minister visits workers in Israel',
    ['The minister met workers on farms.'],
    'labour',
  ],
  [
    'the national film board by its short name, whoever chairs it',
    'บอร์ดภาพยนตร์ฯ ไฟเขียวมาตรการจูงใจกองถ่ายต่างชาติ',
    ['ที่ประชุมคณะกรรมการ มีรองนายกรัฐมนตรีเป็นประธาน'],
    'culture',
  ],
  ['the police are the PM’s', 'ครม.อนุมัติงบให้กองบัญชาการตำรวจตระเวนชายแดน ดูแลแรงงานต่างด้าว', ['ข้อความ'], 'pmo'],
  ['an agency moved to a ministry', 'สคทช. เร่งจัดที่ดินทำกินให้ประชาชน', ['ข้อความ'], 'natural-resources'],
  ['a short abbreviation not inside a longer one', 'กพช. เห็นชอบนโยบายโรงไฟฟ้าชุมชน', ['กระทรวงพลังงานเสนอ'], 'energy'],
  ['a ministry’s spokesperson', 'โฆษกดีอีเอสเตือนข่าวปลอมรัฐมนตรีกระทรวงต่างประเทศ', ['ข้อความ'], 'digital-economy'],
  [
    'a ministry’s spokesperson by its short name, answering a complaint made to the PMO',
    'โฆษกมหาดไทย แจงหลังโซเชียลแชร์คำสั่งว่อนเน็ต ที่แท้ประชาชนทำหนังสือร้องสปน.',
    ['โฆษกมหาดไทย กล่าวว่า ประชาชนร้องเรียนผ่านสปน.'],
    'interior',
  ],
  [
    'a department named in English',
    'Cabinet approves 150.69 million Baht to procure COVID-19 supplies for correctional facilities',
    [
      'Government Spokesperson disclosed that the cabinet approved the budget for the Department of Corrections to procure supplies',
    ],
    'justice',
  ],
  [
    'the government lottery names no government',
    'แรมโบ้อีสานร่วมกับตำรวจลุยแก้ไขปัญหาขายสลากกินแบ่งรัฐบาลเกินราคา',
    ['ปัญหาการขายสลากกินแบ่งรัฐบาลในราคาเกินกว่าที่กำหนดในสลากกินแบ่งรัฐบาล นายกรัฐมนตรีสั่งการให้แก้ไข', 'ผบ.ตร. สั่งการให้ตรวจค้น'],
    'pmo',
  ],
  [
    'the Government Lottery Office is the finance ministry’s',
    'สำนักงานสลากกินแบ่งรัฐบาลพร้อมออกสลากสัญจร งวดวันที่ 1 มีนาคม 2567 ที่จังหวัดสงขลา',
    ['สำนักงานสลากกินแบ่งรัฐบาล ออกรางวัลสลากกินแบ่งรัฐบาลนอกสถานที่ ณ หอประชุมจังหวัด'],
    'finance',
  ],
  [
    'an agency by the website a release sends its readers to',
    'รองโฆษกรัฐบาลเชิญชวนจองหมายเลขทะเบียนรถยนต์ออนไลน์ ที่เว็บไซต์ https://reserve.dlt.go.th/reserve/',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ประชาชนจองหมายเลขทะเบียนรถได้ทางออนไลน์ของกรมการขนส่งทางบก'],
    'transport',
  ],
  [
    'and in capitals',
    'รองโฆษกรัฐบาลเชิญชวนจองหมายเลขทะเบียนรถยนต์ออนไลน์ ที่เว็บไซต์ WWW.DLT.GO.TH',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ประชาชนจองหมายเลขทะเบียนรถได้ทางออนไลน์ของกรมการขนส่งทางบก'],
    'transport',
  ],
  ['but not a website inside another’s name', 'รัฐบาลชวนเยี่ยมชม www.thaiboard.go.th แหล่งรวมเกมกระดาน', ['ข้อความ'], 'pmo'],
  [
    'a minister named in English before the post',
    'High Level Meeting on Health and Economy convened',
    ['Deputy prime minister and public health minister Anutin convenes the meeting', 'the Ministry of Finance joined'],
    'public-health',
  ],
  [
    'a state bank by the English name thaigov prints',
    'Krungthai COMPASS นำเสนอบทวิเคราะห์เรื่อง “อัตราเงินเฟ้อเดือน มี.ค. ชะลอลง”',
    ['ศูนย์วิจัย Krungthai COMPASS ประเมินว่าอัตราเงินเฟ้อจะชะลอลงในไตรมาสหน้า'],
    'finance',
  ],
  [
    'a state enterprise by its English acronym',
    'AOT expects air traffic to recover by 2024',
    ['Passenger numbers rose.'],
    'transport',
  ],
  ['but an acronym only as a word: AOT is not inside CHAOTIC', 'BANGKOK: A CHAOTIC RUSH HOUR', ['Traffic was slow.'], 'pmo'],
]);

ministryCases('a cabinet decision the title tells of is the work of the one ministry that proposed it', [
  [
    'relayed by a spokesperson, on a subject another ministry’s department runs',
    '"รัดเกล้า" เผย ครม ไฟเขียว ยกเว้นภาษีฯ สำหรับเงินชดเชยฯ โครงการนำเรือประมงออกนอกระบบ',
    [
      'นางรัดเกล้า รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า คณะรัฐมนตรีมีมติอนุมัติหลักการร่างพระราชกฤษฎีกา ตามที่กระทรวงการคลัง (กค.) เสนอ และให้ส่งสำนักงานคณะกรรมการกฤษฎีกาตรวจพิจารณาต่อไป',
      'รองโฆษกประจำสำนักนายกรัฐมนตรีกล่าวว่า กรมประมงได้จัดทำโครงการนำเรือประมงออกนอกระบบ',
      'กรมประมงได้แบ่งจ่ายเงินให้แก่เจ้าของเรือ',
      'ซึ่งกรมประมงได้จ่ายเงินให้แก่เจ้าของเรือ',
      'เงินชดเชยเยียวยาที่ได้รับจากกรมประมง',
    ],
    'finance',
  ],
  [
    'told by the Prime Minister',
    'นายกฯ เผย ครม.อนุมัติงบกลาง ช่วยเหลือผู้ประสบอุทกภัย',
    ['นายกรัฐมนตรี กล่าวภายหลังการประชุมคณะรัฐมนตรีว่า คณะรัฐมนตรีอนุมัติงบกลาง ตามที่กระทรวงมหาดไทย (มท.) เสนอ'],
    'interior',
  ],
  [
    'named after a ที่ that starts a word, not one inside a word (เจ้าหน้าที่)',
    '“รัดเกล้า” เผย ครม.อนุมัติงบกลาง ฟื้นฟูแหล่งท่องเที่ยว',
    [
      'รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ที่ประชุมคณะรัฐมนตรีอนุมัติงบกลาง ตามที่กระทรวงการท่องเที่ยวและกีฬา (กก.) เสนอ โดยมีเจ้าหน้าที่กระทรวงมหาดไทยเสนอความเห็นประกอบ',
      'รองโฆษกประจำสำนักนายกรัฐมนตรีกล่าวว่า กระทรวงมหาดไทยจะจ่ายเงินผ่านจังหวัด',
      'กระทรวงมหาดไทยรายงานผล',
      'กระทรวงมหาดไทยติดตามการใช้จ่าย',
      'กระทรวงมหาดไทยจะประสานผู้ว่าราชการจังหวัด',
    ],
    'tourism-sports',
  ],
  [
    'but not where a minister of another ministry tells of it, acting for his own',
    'รองนายกฯ พีระพันธุ์ เผย ครม. มีมติเห็นชอบปรับลดภาษีสรรพสามิตน้ำมันดีเซล',
    [
      'นายพีระพันธุ์ สาลีรัฐวิภาค รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงพลังงาน เปิดเผยว่า ที่ประชุมคณะรัฐมนตรีมีมติเห็นชอบ ตามที่กระทรวงการคลังเสนอ',
      'กระทรวงพลังงานจะดูแลราคาน้ำมัน',
    ],
    'energy',
  ],
  [
    'but not a decision told after another matter, whose proposer may be a third’s',
    'นายกฯ สั่งสอบข้อเท็จจริงหลังกุ้งทะลักเข้าไทยทำกุ้งในประเทศราคาตก – เผย ครม.เห็นชอบงบกลาง',
    ['นายกรัฐมนตรี กล่าวว่า คณะรัฐมนตรีได้เห็นชอบร่างกฎกระทรวงกำหนดลักษณะของเหรียญกษาปณ์ ตามที่กระทรวงการคลังได้เสนอ'],
    'pmo',
  ],
  [
    'nor a Prime Minister’s briefing on decisions several ministries proposed',
    'นายกฯ เผย ครม.อนุมัติงบกลาง ช่วยเหลือผู้ประสบอุทกภัย พร้อมมาตรการลดภาระหนี้เกษตรกร',
    [
      'นายกรัฐมนตรี กล่าวภายหลังการประชุมคณะรัฐมนตรีว่า คณะรัฐมนตรีอนุมัติงบกลาง ตามที่กระทรวงมหาดไทย (มท.) เสนอ',
      'นอกจากนี้ คณะรัฐมนตรียังเห็นชอบมาตรการพักชำระหนี้เกษตรกร ตามที่กระทรวงการคลัง (กค.) เสนอ',
    ],
    'pmo',
  ],
  [
    'nor one two ministries proposed: the text decides, here the ministry that carries it out',
    'ครม. เห็นชอบมาตรการช่วยเหลือผู้ประสบภัย',
    [
      'นายอนุชา รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า คณะรัฐมนตรีมีมติเห็นชอบ ตามที่กระทรวงการคลังและกระทรวงมหาดไทยเสนอ',
      'กระทรวงมหาดไทยจะจ่ายเงินช่วยเหลือผ่านจังหวัด',
      'กระทรวงมหาดไทยรายงานผล',
    ],
    'interior',
  ],
  [
    'named in full, with spaces, before ได้เสนอ',
    'ครม.ไฟเขียวขยายเวลายกเว้นภาษีเงินได้ให้บริษัทที่ลงทุนวิจัย',
    [
      'นายจิรายุ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ที่ประชุมคณะรัฐมนตรีมีมติเห็นชอบ ตามที่กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม (อว.) ได้เสนอ',
      'กรมสรรพากรจะยกเว้นภาษีเงินได้ให้บริษัทที่ลงทุนวิจัย',
      'กรมสรรพากรคาดว่าจะสูญเสียรายได้ 500 ล้านบาท',
    ],
    'higher-education',
  ],
  [
    'named after ตามข้อเสนอของ',
    '“จิรายุ” เผย ครม.เห็นชอบร่างกฎหมายควบคุมบุหรี่ไฟฟ้า',
    [
      'นายจิรายุ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า ที่ประชุมคณะรัฐมนตรีเห็นชอบร่างกฎหมาย ตามข้อเสนอของกระทรวงการคลัง',
      'กระทรวงสาธารณสุขเห็นว่าบุหรี่ไฟฟ้าเป็นอันตรายต่อเด็ก',
      'กระทรวงสาธารณสุขจะรณรงค์ในโรงเรียน',
      'กระทรวงสาธารณสุขจะติดตามผล',
    ],
    'finance',
  ],
  [
    'in English, as proposed by the ministry',
    'Cabinet approves G-Token, to run on a Ministry of Digital Economy and Society platform',
    [
      'Government Spokesperson said the Cabinet approved the issuance of G-Token, as proposed by the Ministry of Finance.',
      'The Ministry of Digital Economy and Society will run the platform.',
      'The Ministry of Digital Economy and Society will test it with the Bank of Thailand.',
      'The Ministry of Digital Economy and Society expects a million users.',
    ],
    'finance',
  ],
]);

ministryCases('the government acting through one ministry makes it that ministry’s', [
  [
    'a spokesperson tells what the government did through the interior ministry',
    'รัฐบาลเผยผลสำเร็จแก้ปัญหาหนี้นอกระบบ',
    ['นายคารม รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยผลการดำเนินการ', 'รัฐบาล โดยกระทรวงมหาดไทยดำเนินการขับเคลื่อนนโยบาย'],
    'interior',
  ],
  [
    'or through its minister',
    '“รัฐบาล”ชื่นชม เกษตรกรตัดอ้อยสดแทนการเผา ลดฝุ่น PM2.5',
    ['รองโฆษกประจำสำนักนายกรัฐมนตรี กล่าวถึงเกษตรกร', 'รัฐบาลโดยรัฐมนตรีกระทรวงอุตสาหกรรม ได้กล่าวชื่นชมเกษตรกร'],
    'industry',
  ],
  [
    'in English, through a ministry or one of its departments',
    'Govt strives to ensure tourists’ safety',
    [
      'Government Spokesperson disclosed the progress of the work.',
      'The Government, through the Marine Department, has upgraded piers, as the Government has pledged.',
    ],
    'transport',
  ],
  [
    'in English, in lower case and through its ministry',
    'Workers abroad to get more protection',
    [
      'Government Spokesperson disclosed the plan.',
      'The government, through its Ministry of Labor, will open more offices abroad.',
    ],
    'labour',
  ],
  [
    'but a ministry the government merely works with is not',
    'รัฐบาลเผยผลสำเร็จแก้ปัญหาหนี้นอกระบบ',
    ['นายคารม รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยผลการดำเนินการ', 'รัฐบาลร่วมกับกระทรวงมหาดไทยและกระทรวงการคลังดำเนินการ'],
    'pmo',
  ],
]);

ministryCases('whose unit, whose country, whose subject', [
  [
    'a unit joined to a ministry’s abbreviation is that ministry’s',
    'ศบค.มท. กำชับทุกจังหวัดจัดระเบียบแหล่งท่องเที่ยวชายหาด',
    ['ศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 แจ้งผู้ว่าราชการจังหวัด'],
    'interior',
  ],
  [
    'another country’s minister is not Thailand’s',
    'รัฐมนตรีว่าการกระทรวงการต่างประเทศสาธารณรัฐสิงคโปร์เข้าเยี่ยมคารวะนายกรัฐมนตรี',
    ['นายกรัฐมนตรีให้การต้อนรับรัฐมนตรีว่าการกระทรวงการต่างประเทศแห่งสาธารณรัฐสิงคโปร์ ในโอกาสเยือนไทย'],
    'pmo',
  ],
  [
    'nor is one named with ของ',
    'รมว.เกษตรฯ หารือรัฐมนตรีว่าการกระทรวงพาณิชย์ของจีน',
    ['รัฐมนตรีว่าการกระทรวงพาณิชย์ของจีนเห็นชอบ และรัฐมนตรีว่าการกระทรวงพาณิชย์ของจีนจะเยือนไทยเดือนหน้า'],
    'agriculture',
  ],
  [
    'nor is another country’s Prime Minister ours',
    'นายกฯ อินเดีย ชื่นชมเทศกาลดิวาลีที่กระทรวงวัฒนธรรมจัด',
    ['นายกรัฐมนตรีอินเดียกล่าวชื่นชมการจัดงาน ซึ่งกระทรวงวัฒนธรรมร่วมกับภาคเอกชนจัดขึ้น'],
    'culture',
  ],
  ['a Thai ministry in its formal style is Thailand’s', 'กระทรวงพาณิชย์แห่งราชอาณาจักรไทยลงนามความร่วมมือ', ['ข้อความ'], 'commerce'],
  [
    'a radio script on rubber farmers is agriculture’s',
    'อนุมัติงบ 2,300 ล้านบาท ประกันรายได้เกษตรกรชาวสวนยาง ระยะที่ 1',
    ['รัฐบาลได้อนุมัติงบประมาณเพื่อช่วยเหลือเกษตรกรชาวสวนยาง'],
    'agriculture',
  ],
]);

describe('how sure a ministry call is', () => {
  it.each([
    ['a ministry named clearly', 'ธนาคารออมสินเปิดสินเชื่อฉุกเฉิน', ['ผู้อำนวยการธนาคารออมสินเปิดเผย'], 'finance', 'named', undefined],
    ['a cabinet digest', 'สรุปข่าวการประชุมคณะรัฐมนตรี 3 มกราคม 2561', ['กระทรวงการคลังเสนอ'], 'pmo', 'digest', undefined],
    ['the Prime Minister acting', 'นายกรัฐมนตรีขอความร่วมมือนักท่องเที่ยว', ['กระทรวงสาธารณสุขรายงาน'], 'pmo', 'pm', undefined],
    ['the Prime Minister and a ministry named nearly as much', 'นายกฯ ร่วมงานกระทรวงแรงงาน', ['ข้อความ'], 'pmo', 'close', 'labour'],
    [
      'two ministries named about equally',
      'กระทรวงแรงงานและกระทรวงอุตสาหกรรมร่วมลงนามความร่วมมือ',
      ['ข้อความ'],
      'labour',
      'close',
      'industry',
    ],
    ['a subject with no one acting', 'ผู้ประกอบการเตรียมยื่นภาษีเงินได้', ['ข้อความ'], 'finance', 'subject', 'pmo'],
    ['no one acting and no one’s subject', 'ขอเชิญประชาชนร่วมกิจกรรมวันหยุด', ['ข้อความ'], 'pmo', 'nobody', undefined],
  ])('%s', (_, title, paragraphs, slug, basis, runnerUp) => {
    const call = ministryCall(title, paragraphs);
    // A close call names what came next, for the editor to weigh it against.
    expect(call).toEqual(runnerUp ? { slug, basis, runnerUp } : { slug, basis });
    // The last three are the calls listed for an editor to check.
    expect(isCloseCall(call)).toBe(['close', 'subject', 'nobody'].includes(basis));
  });
});

describe('the issuing office as evidence of the ministry', () => {
  it('reads a release’s office as its last line', () => {
    const release = { title: 'สรุปผลการจำหน่ายประจำเดือนมีนาคม', paragraphs: ['ยอดจำหน่ายสะสม 14,570 ล้านบาท'] };
    expect(ministryCallOfRelease(release).slug).toBe('pmo');
    expect(ministryCallOfRelease({ ...release, office: 'สำนักงานปลัดกระทรวงการคลัง' }).slug).toBe('finance');
  });

  it('reads the spokesman bureau as the publisher of what it relays, not the actor', () => {
    const script = { title: 'มั่นใจ! น้ำไม่ล้นสันเขื่อน เตรียมรับมือน้ำท่วม', paragraphs: ['ปริมาณน้ำในเขื่อนยังรับได้', 'กรมชลประทาน เร่งระบายน้ำ'] };
    expect(ministryCallOfRelease({ ...script, office: 'สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี' }).slug).toBe('agriculture');
    const briefing = { title: 'ผลการประชุมความร่วมมือทางทหาร', paragraphs: ['ที่ประชุมหารือแนวทางความร่วมมือ'] };
    expect(ministryCallOfRelease({ ...briefing, office: 'สำนักโฆษกกระทรวงกลาโหม' }).slug).toBe('defence');
  });
});

describe('thaigov’s category where the text leaves the call open: a close call with the government, or no one acting', () => {
  // The Prime Minister opens what a state bank reports on: the government's by a little.
  const opening = { title: 'นายกรัฐมนตรี เปิดงาน', paragraphs: ['รัฐมนตรีว่าการกระทรวงการคลัง กล่าวรายงาน ธนาคารออมสินจัดงาน'] };
  // The finance minister meets the Prime Minister: finance's by a little.
  const meeting = { title: 'รมว.คลัง ร่วมประชุมกับนายกรัฐมนตรี', paragraphs: ['นายกรัฐมนตรีกล่าวว่า'] };

  it('gives the economy category’s close call to the ministry, the runner-up the government', () => {
    expect(ministryCallOfRelease(opening)).toEqual({ slug: 'pmo', basis: 'close', runnerUp: 'finance' });
    expect(ministryCallOfRelease(opening, 'economy')).toEqual({ slug: 'finance', basis: 'close', runnerUp: 'pmo' });
    expect(ministryCallOfRelease(meeting, 'economy').slug).toBe('finance');
  });

  it('…and the security category’s, where ministries such as interior and defence file their own news', () => {
    // The Prime Minister opens a climate forum the environment minister leads: filed under security.
    const forum = {
      title: 'นายกรัฐมนตรี เปิดเวทีประชุมการเปลี่ยนแปลงสภาพภูมิอากาศ รมว.ทส. นำทีมขับเคลื่อน',
      paragraphs: ['นายกรัฐมนตรี เป็นประธานเปิดการประชุม โดยมีรัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม กล่าวรายงาน'],
    };
    expect(ministryCallOfRelease(forum)).toEqual({ slug: 'pmo', basis: 'close', runnerUp: 'natural-resources' });
    expect(ministryCallOfRelease(forum, 'security')).toEqual({ slug: 'natural-resources', basis: 'close', runnerUp: 'pmo' });
    const joint = {
      title: 'กระทรวงมหาดไทย และกระทรวงกลาโหม ร่วมแถลงมาตรการสกัดยาเสพติดชายแดน',
      paragraphs: ['รัฐบาลโดยนายกรัฐมนตรีมอบหมายให้ทั้งสองกระทรวงเร่งดำเนินการ'],
    };
    expect(ministryCallOfRelease(joint)).toEqual({ slug: 'pmo', basis: 'close', runnerUp: 'interior' });
    expect(ministryCallOfRelease(joint, 'security').slug).toBe('interior');
  });

  it('…also where the government coordinates several ministries about equally: the one named most', () => {
    const joint = {
      title: 'กระทรวงการคลัง กระทรวงพาณิชย์ และกระทรวงอุตสาหกรรม ร่วมแถลงมาตรการ',
      paragraphs: ['รัฐบาลโดยนายกรัฐมนตรีมอบหมายให้ทั้งสามกระทรวงเร่งดำเนินการ'],
    };
    expect(ministryCallOfRelease(joint)).toEqual({ slug: 'pmo', basis: 'close', runnerUp: 'finance' });
    expect(ministryCallOfRelease(joint, 'economy').slug).toBe('finance');
  });

  it('gives the Prime Minister’s and deputy prime ministers’ categories’ close calls to the government', () => {
    expect(ministryCallOfRelease(meeting)).toEqual({ slug: 'finance', basis: 'close', runnerUp: 'pmo' });
    expect(ministryCallOfRelease(meeting, 'deputy-prime-ministers')).toEqual({
      slug: 'pmo',
      basis: 'close',
      runnerUp: 'finance',
    });
    expect(ministryCallOfRelease(meeting, 'prime-minister').slug).toBe('pmo');
    expect(ministryCallOfRelease(opening, 'prime-minister').slug).toBe('pmo');
  });

  it('leaves other categories, close calls between two ministries and calls that are not close to the text', () => {
    expect(ministryCallOfRelease(opening, 'society').slug).toBe('pmo');
    expect(ministryCallOfRelease(meeting, 'government-policy').slug).toBe('finance');
    const ministers = { title: 'รมว.คลัง หารือ รมว.พาณิชย์', paragraphs: ['ทั้งสองกระทรวงเห็นพ้อง'] };
    expect(ministryCallOfRelease(ministers, 'prime-minister')).toEqual({ slug: 'finance', basis: 'close', runnerUp: 'commerce' });
    const named = { title: 'รัฐบาลหนุน กระทรวงการคลัง ออกสินเชื่อ', paragraphs: ['รัฐบาลยืนยัน'] };
    expect(ministryCallOfRelease(named, 'prime-minister')).toEqual({ slug: 'finance', basis: 'named' });
  });

  it('gives the COVID-19 and question-and-answer categories’ releases where no one acts to public health, listed', () => {
    const advice = {
      title: 'New Normal วิถีชีวิตใหม่',
      paragraphs: ['ทุกคนควรปรับตัวให้เข้ากับชีวิตวิถีใหม่ เว้นระยะห่าง'],
      date: '2020-06-01',
    };
    expect(ministryCallOfRelease(advice)).toEqual({ slug: 'pmo', basis: 'nobody' });
    for (const category of ['covid-19', 'clarifications']) {
      const call = ministryCallOfRelease(advice, category);
      expect(call).toEqual({ slug: 'public-health', basis: 'subject', runnerUp: 'pmo' });
      expect(isCloseCall(call)).toBe(true);
    }
    expect(ministryCallOfRelease(advice, 'society').slug).toBe('pmo');
    // Someone who acts still decides.
    expect(ministryCallOfRelease({ ...advice, title: 'กระทรวงแรงงาน แนะ New Normal' }, 'covid-19').slug).toBe('labour');
  });

  it('…but not the question-and-answer category’s rebuttals after COVID-19 (รัฐบาลมีคำตอบ, 2024)', () => {
    const rebuttal = { title: 'ค่าแรงขั้นต่ำไม่เดินหน้า', paragraphs: ['ข้อเท็จจริง ค่าแรงขั้นต่ำจะปรับขึ้นตามขั้นตอน'], date: '2024-09-23' };
    expect(ministryCallOfRelease(rebuttal, 'clarifications')).toEqual({ slug: 'pmo', basis: 'nobody' });
    expect(ministryCallOfRelease(rebuttal, 'covid-19').slug).toBe('public-health');
  });

  it('keeps a ministry the text named in passing as the runner-up', () => {
    const relief = {
      title: 'โฆษกรัฐบาลแนะ เช็กสิทธิ์รับเงินเยียวยา',
      paragraphs: ['ประชาชนตรวจสอบสิทธิ์ได้', 'สอบถามเพิ่มเติมที่กระทรวงการคลัง'],
      date: '2020-04-01',
    };
    const call = ministryCallOfRelease(relief);
    expect(call.basis).toBe('nobody');
    expect(ministryCallOfRelease(relief, 'clarifications')).toEqual({
      slug: 'public-health',
      basis: 'subject',
      runnerUp: call.runnerUp,
    });
  });

  it('leans or settles only in categories the registry has', async () => {
    const registry = JSON.parse(await readFile(new URL('../../content/categories.json', import.meta.url), 'utf8')) as {
      categories: { slug: string }[];
    };
    const slugs = registry.categories.map((category) => category.slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        ...Object.keys(CATEGORY_LEANS),
        ...Object.keys(CATEGORY_MINISTRIES),
        ...Object.keys(CATEGORY_SUBJECTS),
      ]),
    );
  });
});

describe('the language a release is written in', () => {
  it.each([
    [
      'English',
      [
        'PM attends the ASEAN Summit',
        'On 10 May 2023, Prime Minister Prayut Chan-o-cha attended the 42nd ASEAN Summit in Labuan Bajo, Indonesia.',
      ],
      'en',
    ],
    [
      'an English letter under a Thai title',
      [
        'นายกรัฐมนตรีมีหนังสือแสดงความยินดี',
        'Excellency, On behalf of the Government and the people of Thailand, I have the pleasure to extend my warmest congratulations to Your Excellency on your appointment.',
      ],
      'en',
    ],
    [
      'Thai with English names',
      [
        'EXIM BANK จับมือ FedEx สนับสนุนผู้ส่งออกไทย',
        'ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย (EXIM BANK) ร่วมกับ FedEx Express สนับสนุนผู้ส่งออกไทยให้เข้าถึงตลาดโลก',
      ],
      'th',
    ],
    ['numbers only', ['2566', '1,000'], 'th'],
  ])('%s', (_, texts, lang) => {
    expect(detectLanguage(texts)).toBe(lang);
  });
});
