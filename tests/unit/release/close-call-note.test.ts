import { describe, expect, it } from 'vitest';
import { closeCallNoteText, isStaleCloseCallNote, openCloseCallIn, readCloseCallNote } from '@/release/close-call-note.ts';

const file = (ministryLine: string): string => `---\ntitle: ข่าว\ndate: 2024-03-01\n${ministryLine}\n---\nministry: x # ควรตรวจ\n`;

describe('the close-call note beside a ministry', () => {
  it('reads back what the importer writes, with or without a runner-up', () => {
    expect(readCloseCallNote(closeCallNoteText('labour'))).toEqual({ runnerUp: 'labour' });
    expect(readCloseCallNote(closeCallNoteText(undefined))).toEqual({});
    expect(readCloseCallNote('ถามสำนักงานประชาสัมพันธ์')).toBeUndefined();
    // An editor's own words that start alike are no close call.
    expect(readCloseCallNote('ควรตรวจสอบกับกรมการจัดหางานอีกครั้ง')).toBeUndefined();
  });

  it('is open in a file while its ministry is not the one it offered; a note in the body is no note', () => {
    expect(openCloseCallIn(file(`ministry: pmo # ${closeCallNoteText('labour')}`))).toEqual({
      ministry: 'pmo',
      runnerUp: 'labour',
    });
    expect(openCloseCallIn(file(`ministry: "pmo" # ${closeCallNoteText(undefined)}`))).toEqual({ ministry: 'pmo' });
    expect(openCloseCallIn(file(`ministry: labour # ${closeCallNoteText('labour')}`))).toBeUndefined();
    expect(openCloseCallIn(file('ministry: pmo'))).toBeUndefined();
  });

  it('is stale once the ministry is the one it offered, and only then', () => {
    expect(isStaleCloseCallNote(closeCallNoteText('labour'), 'labour')).toBe(true);
    expect(isStaleCloseCallNote(closeCallNoteText('labour'), 'pmo')).toBe(false);
    expect(isStaleCloseCallNote(closeCallNoteText(undefined), 'pmo')).toBe(false);
    expect(isStaleCloseCallNote('อาจเป็น labour', 'labour')).toBe(false);
  });
});
