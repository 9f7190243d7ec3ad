/**
 * The ministry, province and category registries: data files under content/, loaded once
 * and used by the schema, the pages, the importer and the checker alike.
 */
import ministriesFile from '../../content/ministries.json' with { type: 'json' };
import provincesFile from '../../content/provinces.json' with { type: 'json' };
import categoriesFile from '../../content/categories.json' with { type: 'json' };

export interface Ministry {
  /** Stable English slug used in front matter and URLs, e.g. `labour`. */
  slug: string;
  nameTh: string;
  nameEn: string;
  /** Names the ministry had before a reorganisation (2016–2019). */
  formerNames: string[];
  /** Common Thai and Latin abbreviations, e.g. `รง.`. */
  abbreviations: string[];
  /**
   * What the ministry is called after กระทรวง or a minister's title (รมว.คลัง, กระทรวงดิจิทัลฯ):
   * never alone, where they are common words (คลัง is also a warehouse).
   */
  shortNames: string[];
  /** Departments, state enterprises, banks and funds under the ministry, e.g. กรมการจัดหางาน. */
  agencies: string[];
  /**
   * Web hosts of the ministry and its agencies (dlt.go.th, gsb.or.th, and a subdomain such as
   * reserve.dlt.go.th): a release that sends its readers to one relays that agency's work.
   */
  websites: string[];
  /**
   * Subjects that are this ministry's remit (ภาษีเงินได้ → finance, ไฟป่า → natural-resources): the
   * importer credits it with a cabinet decision on one whose proposer the release does not name,
   * and with a release in which nobody acts in person (a spokesperson, the cabinet or a radio
   * script telling of the subject) when the subject is named in its title or lead.
   */
  remit: string[];
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

/** One of thaigov.go.th's sections: ด้านเศรษฐกิจ, สรุปข่าวการประชุม ครม. … */
export interface Category {
  /** Stable English slug used in front matter and URLs, e.g. `economy`. */
  slug: string;
  nameTh: string;
  nameEn: string;
  /** Other names thaigov gave the section, by which the importer recognises it. */
  aliases: string[];
}

export const ministries: readonly Ministry[] = ministriesFile.ministries;
export const regions: readonly Region[] = provincesFile.regions;
export const provinces: readonly Province[] = provincesFile.provinces;
export const categories: readonly Category[] = categoriesFile.categories;

const ministryBySlug = new Map(ministries.map((m) => [m.slug, m]));
const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
const categoryBySlug = new Map(categories.map((c) => [c.slug, c]));

export function getMinistry(slug: string): Ministry | undefined {
  return ministryBySlug.get(slug);
}

export function getProvince(code: string): Province | undefined {
  return provinceByCode.get(code);
}

export function getCategory(slug: string): Category | undefined {
  return categoryBySlug.get(slug);
}
