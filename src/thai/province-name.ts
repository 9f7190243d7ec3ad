/**
 * A province as Thai text names it: จังหวัดเชียงใหม่. Bangkok (TH-10) is a special
 * administrative area, not a จังหวัด, so it is named on its own: กรุงเทพมหานคร.
 */

const BANGKOK = 'TH-10';

export function provinceName(province: { code: string; nameTh: string }): string {
  return province.code === BANGKOK ? province.nameTh : `จังหวัด${province.nameTh}`;
}
