/**
 * The note the importer leaves beside a ministry it was unsure of, as a YAML comment
 * (`ministry: pmo # ควรตรวจ: อาจเป็น labour ลบหมายเหตุนี้เมื่อตรวจแล้ว / …`): an editor checks the
 * ministry and deletes it. One rule everywhere: the call is open while the note is there, unless
 * the ministry is now the one the note offered (stale: checked, the note forgotten). The importer
 * writes and counts it, the browser editor shows and keeps it until the editor clears it, and
 * `npm run check` warns about a stale one.
 */
import { splitRelease } from './front-matter.ts';

const ASK = 'ควรตรวจ';
const DELETE = 'ลบหมายเหตุนี้เมื่อตรวจแล้ว';
// The importer's own wording, so that an editor's "ควรตรวจสอบกับกรม…" is not taken for it.
const NOTE = new RegExp(`^\\s*${ASK}(?::\\s*อาจเป็น\\s+([a-z][a-z0-9-]*))?\\s+${DELETE}`);

export interface CloseCallNote {
  /** The ministry (or pmo) that came next: what the release may be instead. */
  runnerUp?: string;
}

/** The note for a close call whose runner-up, if any, is `runnerUp`. */
export function closeCallNoteText(runnerUp: string | undefined): string {
  return runnerUp
    ? `${ASK}: อาจเป็น ${runnerUp} ${DELETE} / close call, or ${runnerUp}: delete this note once checked`
    : `${ASK} ${DELETE} / close call: delete this note once checked`;
}

/** The close call a comment (the text after `#`) notes, or undefined when it is some other comment. */
export function readCloseCallNote(comment: string | undefined): CloseCallNote | undefined {
  const match = comment === undefined ? null : NOTE.exec(comment);
  if (!match) return undefined;
  return match[1] ? { runnerUp: match[1] } : {};
}

/** True when the comment is a close call's note that offered the very ministry the release now has. */
export function isStaleCloseCallNote(comment: string | undefined, ministry: unknown): boolean {
  const runnerUp = readCloseCallNote(comment)?.runnerUp;
  return runnerUp !== undefined && runnerUp === ministry;
}

/** The close call a release file's note still asks about, beside the ministry it has now; undefined if none or stale. */
export function openCloseCallIn(text: string): { ministry: string; runnerUp?: string } | undefined {
  const { data, comments } = splitRelease(text);
  const comment = comments.get('ministry');
  const ministry = data['ministry'];
  const note = readCloseCallNote(comment);
  return note && typeof ministry === 'string' && !isStaleCloseCallNote(comment, ministry) ? { ministry, ...note } : undefined;
}
