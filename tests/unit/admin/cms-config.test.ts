import { describe, expect, it } from 'vitest';
import { cmsConfig, DATE_FORMAT } from '@/admin/cms-config.ts';
import { MINISTRY_NOTE } from '@/admin/release-format.ts';
import { releaseFields as schemaFields } from '@/release/schema.ts';
import { ministries, provinces } from '@/release/registries.ts';

const NOW = new Date('2025-10-31T23:30:00Z');
const config = cmsConfig({
  backend: { name: 'github', repo: 'thalaeng/thalaeng', branch: 'main' },
  now: NOW,
});
const [releases, registries] = config.collections as [Record<string, unknown>, Record<string, unknown>];
const fields = releases['fields'] as { name: string; widget: string; default?: unknown; [key: string]: unknown }[];
const field = (name: string) => fields.find((f) => f.name === name);

describe('the browser editor’s configuration', () => {
  it('has the schema’s fields in its order, and the body; only the legacy `updated` and the importer’s digest are left as they are', () => {
    const shown = [...schemaFields.filter((f) => f !== 'updated' && f !== 'imported'), 'body'];
    // The note beside the ministry (`# ควรตรวจ…`) is shown right after it.
    shown.splice(shown.indexOf('ministry') + 1, 0, MINISTRY_NOTE);
    expect(fields.map((f) => f.name)).toEqual(shown);
    expect(field(MINISTRY_NOTE)).toMatchObject({ widget: 'string', required: false });
  });

  it('runs the editorial workflow in Thai, with the releases in content/releases', () => {
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', locale: 'th', load_config_file: false });
    expect(releases).toMatchObject({ folder: 'content/releases', extension: 'md', create: true });
  });

  it('commits to the branch on Gitea and Forgejo, whose backend in Decap has no editorial workflow', () => {
    const gitea = cmsConfig({
      backend: { name: 'gitea', repo: 'a/b', branch: 'cms', app_id: 'x', base_url: 'https://g', api_root: 'https://g/api/v1' },
      now: NOW,
    });
    expect(gitea.publish_mode).toBe('simple');
  });

  it('starts a release as a draft dated now in Bangkok, with no photo, update or gallery', () => {
    expect(field('draft')?.default).toBe(true);
    expect(field('date')).toMatchObject({ widget: 'datetime', format: DATE_FORMAT, default: '2025-11-01T06:30' });
    for (const list of ['image', 'gallery', 'updates']) expect(field(list)?.default).toEqual([]);
  });

  it('keeps the body raw Markdown, which round-trips without escapes', () => {
    expect(field('body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
  });

  it('chooses ministry, provinces and category by Thai name from the registry files, stored by slug and code', () => {
    expect(field('ministry')).toMatchObject({
      widget: 'relation',
      collection: 'registries',
      file: 'ministries',
      value_field: 'ministries.*.slug',
      display_fields: ['ministries.*.nameTh'],
    });
    expect(field('ministry')?.['search_fields']).toContain('ministries.*.nameTh');
    expect(field('provinces')).toMatchObject({
      multiple: true,
      value_field: 'provinces.*.code',
      display_fields: ['provinces.*.nameTh'],
    });
    expect(field('category')).toMatchObject({ file: 'categories', value_field: 'categories.*.slug' });
    expect(registries).toMatchObject({ hide: true });
    const files = registries['files'] as { name: string; file: string }[];
    expect(files.map((f) => f.file)).toEqual(['content/ministries.json', 'content/provinces.json', 'content/categories.json']);
    // Every option the relation shows is one the schema accepts.
    expect(Number(field('ministry')?.['options_length'])).toBeGreaterThanOrEqual(ministries.length);
    expect(Number(field('provinces')?.['options_length'])).toBeGreaterThanOrEqual(provinces.length);
  });

  it('keeps photos in a folder named after the release file, next to it', () => {
    expect(releases).toMatchObject({ media_folder: '{{filename}}', public_folder: './{{filename}}' });
    const photo = field('image')?.['fields'] as { name: string; required?: boolean }[];
    expect(photo.map((f) => [f.name, f.required ?? true])).toEqual([
      ['src', true],
      ['alt', true],
      ['caption', false],
    ]);
    expect(field('image')).toMatchObject({ widget: 'list', max: 1 });
  });
});
