/**
 * The browser editor's configuration (Decap CMS, /admin/): one collection of releases with
 * the schema's folders, file names and fields (src/release/schema.ts), and the registries
 * as files the relation fields read, so ministries, provinces and categories are chosen by
 * their Thai names from content/*.json in the repository being edited.
 */
import { EDITOR_UI as T } from '@/i18n/th.ts';
import { isoDateTimeInBangkok } from '@/thai/date.ts';
import { LIMITS } from '@/release/schema.ts';
import type { CmsBackend } from './backend.ts';
import { MINISTRY_NOTE, RELEASE_FORMAT } from './release-format.ts';
import { ENTRY_PATH } from './entry-path.ts';

/** The fields of Decap's config this site uses, loosely typed: Decap validates the rest. */
export type CmsField = { name: string; label: string; widget: string } & Record<string, unknown>;

export interface CmsConfig {
  backend: CmsBackend;
  publish_mode: 'editorial_workflow' | 'simple';
  locale: 'th';
  load_config_file: false;
  site_url?: string;
  media_folder: string;
  public_folder: string;
  collections: Record<string, unknown>[];
}

/**
 * Date-times as editors write them (src/release/date.ts), Bangkok time without an offset:
 * Decap's datetime widget stores the wall-clock time typed, whatever the browser's zone.
 */
export const DATE_FORMAT = 'YYYY-MM-DDTHH:mm';

const REGISTRIES = 'registries';

/** A relation to one list of a registry file, searched by its Thai and English names. */
function registryField(
  name: string,
  label: string,
  registry: 'ministries' | 'provinces' | 'categories',
  key: 'slug' | 'code',
  names: string[],
): CmsField {
  return {
    name,
    label,
    widget: 'relation',
    collection: REGISTRIES,
    file: registry,
    value_field: `${registry}.*.${key}`,
    search_fields: names.map((field) => `${registry}.*.${field}`),
    display_fields: [`${registry}.*.nameTh`],
    options_length: 100,
  };
}

function photoFields(): CmsField[] {
  return [
    { name: 'src', label: T.photoFile, widget: 'image', choose_url: false },
    { name: 'alt', label: T.photoAlt, widget: 'string', hint: T.photoAltHint },
    { name: 'caption', label: T.photoCaption, widget: 'string', required: false },
  ];
}

/**
 * The release's fields in the schema's order. `updated` (older files' bare date) and
 * `imported` (the importer's digest) are not shown: Decap keeps them as they are.
 */
export function releaseFields(now: Date): CmsField[] {
  const today = isoDateTimeInBangkok(now).slice(0, 16);
  return [
    { name: 'title', label: T.title, widget: 'string', hint: T.titleHint },
    { name: 'date', label: T.date, widget: 'datetime', format: DATE_FORMAT, default: today, hint: T.dateHint },
    { ...registryField('ministry', T.ministry, 'ministries', 'slug', ['nameTh', 'nameEn', 'slug']), hint: T.ministryHint },
    { name: MINISTRY_NOTE, label: T.ministryNote, widget: 'string', required: false, hint: T.ministryNoteHint },
    {
      ...registryField('provinces', T.provinces, 'provinces', 'code', ['nameTh', 'nameEn']),
      multiple: true,
      required: false,
      hint: T.provincesHint,
    },
    { name: 'nationwide', label: T.nationwide, widget: 'boolean', default: false, required: false, hint: T.nationwideHint },
    {
      ...registryField('category', T.category, 'categories', 'slug', ['nameTh', 'nameEn']),
      required: false,
      hint: T.categoryHint,
    },
    {
      name: 'source',
      label: T.source,
      widget: 'string',
      required: false,
      hint: T.sourceHint,
      pattern: ['^https?://\\S+$', T.sourcePattern],
    },
    { name: 'summary', label: T.summary, widget: 'text', required: false, hint: T.summaryHint },
    // A list of at most one: Decap validates an optional object's fields even when it is left
    // empty, so a release without a lead photo could not be saved (./release-format.ts unwraps it).
    {
      name: 'image',
      label: T.image,
      widget: 'list',
      required: false,
      default: [],
      max: 1,
      hint: T.imageHint,
      fields: photoFields(),
    },
    {
      name: 'gallery',
      label: T.gallery,
      widget: 'list',
      required: false,
      collapsed: true,
      // Without it Decap starts the list with one photo (its fields' defaults).
      default: [],
      max: LIMITS.gallery,
      fields: photoFields(),
    },
    {
      name: 'updates',
      label: T.updates,
      label_singular: T.update,
      widget: 'list',
      required: false,
      default: [],
      hint: T.updatesHint,
      max: LIMITS.updates,
      summary: '{{fields.date}} {{fields.note}}',
      fields: [
        { name: 'date', label: T.updateDate, widget: 'datetime', format: DATE_FORMAT, default: today },
        { name: 'note', label: T.updateNote, widget: 'string', hint: T.updateNoteHint },
      ],
    },
    { name: 'office', label: T.office, widget: 'string', required: false },
    {
      name: 'lang',
      label: T.lang,
      widget: 'select',
      required: false,
      default: 'th',
      options: [
        { label: T.langThai, value: 'th' },
        { label: T.langEnglish, value: 'en' },
      ],
    },
    { name: 'draft', label: T.draft, widget: 'boolean', default: true, required: false, hint: T.draftHint },
    // Raw Markdown only: the rich-text mode escapes what editors type (`- ตลาดนัด` became `\- ตลาดนัด`) and drops tables.
    { name: 'body', label: T.body, widget: 'markdown', modes: ['raw'], hint: T.bodyHint },
  ];
}

/** The registries as files, hidden from the menu: read by the relation fields, edited in git. */
function registriesCollection(): Record<string, unknown> {
  const file = (name: string, label: string) => ({
    name,
    label,
    file: `content/${name}.json`,
    fields: [{ name, label, widget: 'list' }],
  });
  return {
    name: REGISTRIES,
    label: T.registries,
    hide: true,
    editor: { preview: false },
    files: [file('ministries', T.ministry), file('provinces', T.provinces), file('categories', T.category)],
  };
}

export interface CmsConfigOptions {
  backend: CmsBackend;
  /** The site's address, for Decap's "view live" link. */
  siteUrl?: string;
  now: Date;
}

export function cmsConfig({ backend, siteUrl, now }: CmsConfigOptions): CmsConfig {
  return {
    backend,
    // A branch and, on GitHub and GitLab, a pull request per release, which CI checks. Decap's
    // Gitea backend has no editorial workflow: it commits to its branch (EDITING.md: use one
    // other than main and open pull requests from it).
    publish_mode: backend.name === 'gitea' ? 'simple' : 'editorial_workflow',
    locale: 'th',
    load_config_file: false,
    ...(siteUrl ? { site_url: siteUrl } : {}),
    // Photos live beside each release (see the collection's own folders); nothing site-wide.
    media_folder: 'content/releases',
    public_folder: '',
    collections: [
      {
        name: 'releases',
        label: T.collection,
        label_singular: T.collectionSingular,
        description: T.collectionDescription,
        folder: 'content/releases',
        ...ENTRY_PATH,
        format: RELEASE_FORMAT,
        extension: 'md',
        create: true,
        summary: '{{title}}',
        sortable_fields: ['date', 'title'],
        // A release's photos go in a folder named after its file, next to it: ./<file name>/lead.jpg.
        media_folder: '{{filename}}',
        public_folder: './{{filename}}',
        fields: releaseFields(now),
      },
      registriesCollection(),
    ],
  };
}
