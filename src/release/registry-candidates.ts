/** Every name that leads to a ministry slug, a province code or a category slug (see resolve-name.ts). */
import { categories, ministries, provinces } from './registries.ts';
import type { Candidate } from './resolve-name.ts';

export const ministryCandidates: readonly Candidate[] = ministries.map((m) => ({
  value: m.slug,
  label: m.nameTh,
  labelEn: m.nameEn,
  // A department's own name leads to its ministry: กรมการจัดหางาน is labour.
  names: [m.slug, m.nameTh, m.nameEn, ...m.formerNames, ...m.abbreviations, ...m.agencies],
  // Editors shorten the name: เกษตร, ท่องเที่ยว, ทรัพยากร, Tourism.
  partNames: [m.nameTh, m.nameEn, ...m.formerNames],
}));

export const provinceCandidates: readonly Candidate[] = provinces.map((p) => ({
  value: p.code,
  label: p.nameTh,
  labelEn: p.nameEn,
  names: [p.code, p.nameTh, p.nameEn, ...p.aliases],
  partNames: [p.nameTh, p.nameEn],
}));

export const categoryCandidates: readonly Candidate[] = categories.map((c) => ({
  value: c.slug,
  label: c.nameTh,
  labelEn: c.nameEn,
  names: [c.slug, c.nameTh, c.nameEn, ...c.aliases],
  partNames: [c.nameTh, c.nameEn],
}));
