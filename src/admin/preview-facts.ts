/**
 * What the editor's preview shows of a release being written, as its page will: the Thai
 * date in the Buddhist era, the ministry's, category's and provinces' names (never a slug
 * or code), the importer's close-call note in words, the last change note, and the body
 * through the site's own Markdown pipeline.
 */
import { parseReleaseDate } from '@/release/date.ts';
import { getCategory, getMinistry, getProvince } from '@/release/registries.ts';
import { renderMarkdownPage } from '@/site/markdown/markdown.ts';
import { formatThaiDate, formatThaiDateTime } from '@/thai/date.ts';
import { EDITOR_UI, UI } from '@/i18n/th.ts';
import { isStaleCloseCallNote, readCloseCallNote } from '@/release/close-call-note.ts';
import { MINISTRY_NOTE } from './release-format.ts';

export interface PreviewFacts {
  title: string;
  draft: boolean;
  /** The date as the page writes it; what was typed when it is not a date yet. */
  date: string;
  ministry: string | undefined;
  /** The note beside the ministry; a close call's, in words with the ministry it may be instead. */
  ministryNote: string | undefined;
  category: string | undefined;
  /** Province names, or ทั่วประเทศ first for a nationwide release. */
  provinces: string[];
  office: string | undefined;
  /** The newest change note with its date and time. */
  lastUpdate: { date: string; note: string } | undefined;
  /** Sanitised by the pipeline (rehype-sanitize): safe to set as HTML. */
  bodyHtml: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** `data`: Decap's entry data as plain values (Immutable's toJS()). */
export function previewFacts(data: Record<string, unknown>): PreviewFacts {
  const date = parseReleaseDate(text(data.date));
  const provinces = Array.isArray(data.provinces) ? data.provinces : [];
  const updates = (Array.isArray(data.updates) ? data.updates : [])
    .map((update: unknown) => {
      const { date: when, note } = (update ?? {}) as Record<string, unknown>;
      return { date: parseReleaseDate(text(when)), note: text(note) };
    })
    .filter((update): update is { date: Date; note: string } => update.date !== undefined)
    .sort((a, b) => b.date.getTime() - a.date.getTime());
  const [newest] = updates;
  return {
    title: text(data.title),
    draft: data.draft === true,
    date: date ? formatThaiDate(date) : text(data.date),
    ministry: getMinistry(text(data.ministry))?.nameTh,
    ministryNote: noteInWords(text(data[MINISTRY_NOTE]).trim(), data.ministry),
    category: getCategory(text(data.category))?.nameTh,
    provinces: [
      ...(data.nationwide === true ? [UI.metaNational] : []),
      ...provinces.flatMap((code: unknown) => getProvince(text(code))?.nameTh ?? []),
    ],
    office: text(data.office) || undefined,
    lastUpdate: newest && { date: formatThaiDateTime(newest.date), note: newest.note },
    bodyHtml: renderMarkdownPage(text(data.body)).html,
  };
}

/** Nothing once the ministry offered is chosen: saving drops the note (./release-format.ts). */
function noteInWords(note: string, ministry: unknown): string | undefined {
  if (isStaleCloseCallNote(note, ministry)) return undefined;
  const closeCall = readCloseCallNote(note);
  if (!closeCall) return note || undefined;
  const { runnerUp } = closeCall;
  return EDITOR_UI.previewCloseCall(runnerUp && (getMinistry(runnerUp)?.nameTh ?? runnerUp));
}
