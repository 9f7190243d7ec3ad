/**
 * Another country's name right after a ministry or minister (กระทรวงพาณิชย์สหรัฐฯ, รัฐมนตรีว่าการ
 * กระทรวงการต่างประเทศแห่งสาธารณรัฐประชาชนจีน): a foreign ministry, not Thailand's. A state's formal
 * style (สาธารณรัฐ…, ราชอาณาจักร… but not ราชอาณาจักรไทย) or one of the countries Thai releases name
 * most; joined to the ministry, or after แห่ง or ของ.
 */
const FORMAL_STYLE = ['สาธารณรัฐ', 'ราชอาณาจักร(?!ไทย)', 'สหพันธรัฐ', 'สมาพันธรัฐ', 'เครือรัฐ', 'สหราชอาณาจักร', 'สหรัฐ', 'รัฐสุลต่าน'];
const COUNTRIES = [
  'จีน',
  'ญี่ปุ่น',
  'เกาหลี',
  'อินเดีย',
  'ออสเตรเลีย',
  'นิวซีแลนด์',
  'มาเลเซีย',
  'สิงคโปร์',
  'อินโดนีเซีย',
  'ฟิลิปปินส์',
  'เวียดนาม',
  'ลาว',
  'กัมพูชา',
  'เมียนมา',
  'บรูไน',
  'ติมอร์',
  'บังกลาเทศ',
  'ภูฏาน',
  'เนปาล',
  'ศรีลังกา',
  'ปากีสถาน',
  'รัสเซีย',
  'ฝรั่งเศส',
  'เยอรมนี',
  'อิตาลี',
  'สเปน',
  'เนเธอร์แลนด์',
  'เบลเยียม',
  'สวิต',
  'สวีเดน',
  'นอร์เวย์',
  'เดนมาร์ก',
  'ฟินแลนด์',
  'อังกฤษ',
  'แคนาดา',
  'เม็กซิโก',
  'บราซิล',
  'ชิลี',
  'เปรู',
  'ซาอุดีอาระเบีย',
  'ซาอุฯ',
  'สหรัฐอาหรับเอมิเรตส์',
  'กาตาร์',
  'คูเวต',
  'บาห์เรน',
  'โอมาน',
  'อิสราเอล',
  'ตุรกี',
  'ทูร์เคีย',
  'อิหร่าน',
  'อียิปต์',
  'แอฟริกาใต้',
  'คาซัคสถาน',
  'อุซเบกิสถาน',
  'มองโกเลีย',
  'ยูเครน',
  'โปแลนด์',
  'ฮังการี',
  'เช็ก',
  'ออสเตรีย',
  'ไต้หวัน',
  'ฮ่องกง',
];
const FOREIGN_COUNTRY = new RegExp(`^(แห่ง|ของ)?\\s?(${[...FORMAL_STYLE, ...COUNTRIES].join('|')})`);

/** Whether the text right after a ministry's name (or the Prime Minister's, the government's) names another country: its ministry, not Thailand's. */
export function namesForeignCountry(after: string): boolean {
  const match = FOREIGN_COUNTRY.exec(after);
  // A space alone starts a new phrase (กระทรวงพาณิชย์ จีนเป็นตลาด…): only แห่ง or ของ may stand before it.
  return match !== null && (match[1] !== undefined || !/^\s/.test(after));
}
