/**
 * How the browser editor reads and writes a release file: the front matter as `npm run new`
 * and the importer write it (src/release/write-front-matter.ts: the schema's order, province
 * lists on one line, no folded lines), so an edit in the browser changes only what the
 * editor changed. Decap's own front-matter format would reorder and reflow every file and
 * write an empty optional field as `''`, which the schema refuses. The note beside the ministry (`# ควรตรวจ…`,
 * src/release/close-call-note.ts) is the editor's field `ministryNote`: shown, kept on save until the editor
 * clears it, and dropped once the ministry is set to the one it offered.
 */
import { isScalar, parseDocument } from 'yaml';
import { isStaleCloseCallNote } from '@/release/close-call-note.ts';
import { writeFrontMatter } from '@/release/write-front-matter.ts';
import type { ReleaseFrontMatterInput } from '@/release/schema.ts';

/** The name the format is registered under (Decap's `format` of the collection). */
export const RELEASE_FORMAT = 'thalaeng-release';

/** The editor's field for the note beside the ministry (./cms-config.ts); no field of the schema. */
export const MINISTRY_NOTE = 'ministryNote';

/** Fields the editor shows as a list of at most one (./cms-config.ts) and the file holds as one value. */
const ONE_ITEM_LISTS = ['image'] as const;

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** A release file as Decap's entry data: the front matter's fields and `body`, the Markdown. */
export function readRelease(text: string): Record<string, unknown> {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text };
  // YAML 1.2's core schema, as the build reads it: dates stay the strings written.
  const doc = parseDocument(match[1] ?? '');
  const data: unknown = doc.toJS();
  const fields: Record<string, unknown> = data !== null && typeof data === 'object' && !Array.isArray(data) ? { ...data } : {};
  const ministry = doc.get('ministry', true);
  if (isScalar(ministry) && ministry.comment?.trim()) fields[MINISTRY_NOTE] = ministry.comment.trim();
  for (const name of ONE_ITEM_LISTS) if (fields[name] !== undefined) fields[name] = [fields[name]];
  return { ...fields, body: text.slice(match[0].length) };
}

/** Entry data as a release file; fields the schema does not know (Decap's own) are left out. */
export function writeRelease(data: Record<string, unknown>): string {
  const { body, [MINISTRY_NOTE]: ministryNote, ...fields } = data;
  for (const name of ONE_ITEM_LISTS) if (Array.isArray(fields[name])) fields[name] = fields[name][0];
  const text = typeof body === 'string' ? body : '';
  const note = keptNote(ministryNote, fields['ministry']);
  return `${writeFrontMatter(withoutEmpty(fields) as ReleaseFrontMatterInput, note ? { ministry: note } : {})}${text.endsWith('\n') || !text ? text : `${text}\n`}`;
}

/** The note as one line, unless the editor cleared it or it offered the ministry now chosen. */
function keptNote(note: unknown, ministry: unknown): string | undefined {
  const line = typeof note === 'string' ? note.replace(/\s+/g, ' ').trim() : '';
  return line && !isStaleCloseCallNote(line, ministry) ? line : undefined;
}

/**
 * Decap hands over a field left blank as `''`, an untouched switch as `false`, a photo
 * never chosen as `{ src: '' }`: the file then says nothing, as it would if written by
 * hand. `provinces` stays even when empty, as `npm run new` writes it.
 */
function withoutEmpty(fields: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    const clean = cleanValue(value);
    if (clean !== undefined && clean !== false && !(name === 'lang' && clean === 'th')) kept[name] = clean;
    else if (name === 'provinces' && Array.isArray(value)) kept[name] = [];
  }
  return kept;
}

function cleanValue(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(cleanValue).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([key, item]) => {
      const clean = cleanValue(item);
      return clean === undefined ? [] : [[key, clean] as const];
    });
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** Decap's custom-format interface. */
export const releaseFormat = {
  fromFile: readRelease,
  toFile: writeRelease,
};
