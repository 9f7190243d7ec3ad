/**
 * The note the importer leaves beside a ministry it was unsure of, as a YAML comment
 * (`ministry: pmo # ควรตรวจ: อาจเป็น labour ลบหมายเหตุนี้เมื่อตรวจแล้ว / …`): an editor checks the
 * ministry and deletes it. The importer writes it, the browser editor shows and keeps it until
 * the editor clears it, and `npm run check` warns when it has gone stale.
 */
import { splitRelease } from './front-matter.ts';

const MARK = 'ควรตรวจ';
const NOTE = new RegExp(`^\\s*${MARK}(?::\\s*อาจเป็น\\s+([a-z][a-z0-9-]*))?`);

export interface CloseCallNote {
  /** The ministry (or pmo) that came next: what the release may be instead. */
  runnerUp?: string;
}

/** The note for a close call whose runner-up, if any, is `runnerUp`. */
export function closeCallNoteText(runnerUp: string | undefined): string {
  return runnerUp
    ? `${MARK}: อาจเป็น ${runnerUp} ลบหมายเหตุนี้เมื่อตรวจแล้ว / close call, or ${runnerUp}: delete this note once checked`
    : `${MARK} ลบหมายเหตุนี้เมื่อตรวจแล้ว / close call: delete this note once checked`;
}

/** The close call a comment (the text after `#`) notes, or undefined when it is some other comment. */
export function readCloseCallNote(comment: string | undefined): CloseCallNote | undefined {
  const match = comment === undefined ? null : NOTE.exec(comment);
  if (!match) return undefined;
  return match[1] ? { runnerUp: match[1] } : {};
}

/**
 * True when the note no longer asks anything: the editor has set the ministry to the one the
 * note offered, so the call was checked and the note only forgot to go.
 */
export function isStaleCloseCallNote(note: CloseCallNote, ministry: unknown): boolean {
  return note.runnerUp !== undefined && note.runnerUp === ministry;
}

/** The close call a release file's note still asks about, beside the ministry it has now; undefined if none or stale. */
export function openCloseCallIn(text: string): { ministry: string; runnerUp?: string } | undefined {
  const { data, comments } = splitRelease(text);
  const note = readCloseCallNote(comments.get('ministry'));
  if (!note || typeof data['ministry'] !== 'string' || isStaleCloseCallNote(note, data['ministry'])) return undefined;
  return { ministry: data['ministry'], ...note };
}
