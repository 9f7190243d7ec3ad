/**
 * Thai typed the way that looks right but is spelt otherwise: sara am (ำ) as nikhahit and
 * sara aa (ํ + า, in 2,704 releases of the corpora: ดําเนินการ, สํานักนายกรัฐมนตรี) and sara ae
 * (แ) as two sara e (เ + เ, in 1,135: กระทรวงเเรงงาน). Both show the same as the one letter but
 * match nothing spelt with it, so search and the importer's name lists missed them.
 */
// A tone mark typed between nikhahit and sara aa (น + ํ + ้ + า) stands before sara am (น้ำ).
const SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;
const SARA_AE = /\u0E40\u0E40/g;

/** `text` with sara am and sara ae as the one letter each. */
export function withStandardSpelling(text: string): string {
  return text.replace(SARA_AM, '$1\u0E33').replace(SARA_AE, '\u0E41');
}
