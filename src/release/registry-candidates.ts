/** Every name that leads to a ministry slug or a province code, for lookups and suggestions. */
import { categories, ministries, provinces } from './registries.ts';
import type { Candidate } from './suggest.ts';

export const ministryCandidates: readonly Candidate[] = ministries.map((m) => ({
  value: m.slug,
  // Editors often drop the word "ministry": แรงงาน, Labour.
  names: [
    m.slug,
    m.nameTh,
    m.nameEn,
    m.nameTh.replace(/^กระทรวง/, ''),
    m.nameEn.replace(/^Ministry of /, ''),
    ...m.formerNames,
    ...m.abbreviations,
  ],
}));

export const provinceCandidates: readonly Candidate[] = provinces.map((p) => ({
  value: p.code,
  names: [p.code, p.nameTh, p.nameEn, `จังหวัด${p.nameTh}`, `จ.${p.nameTh}`, ...p.aliases],
}));

export const categoryCandidates: readonly Candidate[] = categories.map((c) => ({
  value: c.slug,
  names: [c.slug, c.nameTh, c.nameEn, ...c.aliases],
}));
