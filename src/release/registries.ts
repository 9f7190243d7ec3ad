/**
 * The ministry and province registries: data files under content/, loaded once and
 * used by the schema, the pages, the importer and the checker alike.
 */
import ministriesFile from '../../content/ministries.json' with { type: 'json' };
import provincesFile from '../../content/provinces.json' with { type: 'json' };

export interface Ministry {
  /** Stable English slug used in front matter and URLs, e.g. `labour`. */
  slug: string;
  nameTh: string;
  nameEn: string;
  /** Names the ministry had before a reorganisation (2016–2019). */
  formerNames: string[];
  /** Common Thai and Latin abbreviations, e.g. `รง.`. */
  abbreviations: string[];
  /** Departments, state enterprises, banks and funds under the ministry, e.g. กรมการจัดหางาน. */
  agencies: string[];
}

export interface Region {
  id: string;
  nameTh: string;
  nameEn: string;
}

export interface Province {
  /** ISO 3166-2:TH code, e.g. `TH-80`. */
  code: string;
  nameTh: string;
  /** Royal Thai General System romanisation, as in ISO 3166-2. */
  nameEn: string;
  region: string;
  /** Other names people write: กทม., โคราช, Korat … */
  aliases: string[];
}

export const ministries: readonly Ministry[] = ministriesFile.ministries;
export const regions: readonly Region[] = provincesFile.regions;
export const provinces: readonly Province[] = provincesFile.provinces;

const ministryBySlug = new Map(ministries.map((m) => [m.slug, m]));
const provinceByCode = new Map(provinces.map((p) => [p.code, p]));

export function getMinistry(slug: string): Ministry | undefined {
  return ministryBySlug.get(slug);
}

export function getProvince(code: string): Province | undefined {
  return provinceByCode.get(code);
}
