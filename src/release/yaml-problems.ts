/**
 * Front matter that is not YAML, explained for an editor in Thai and English. The usual
 * cause is a `:` or a quote inside a value written without quotes; for that the fix is the
 * editor's own line, quoted.
 */
import type { SplitRelease } from './front-matter.ts';

/** The yaml package's error codes (its YAMLError.code) an editor can act on: the cause in Thai and English. */
const CAUSES: Record<string, { th: string; en: string }> = {
  BLOCK_AS_IMPLICIT_KEY: {
    th: 'ข้อความมีเครื่องหมาย : ให้ครอบทั้งข้อความด้วยเครื่องหมายคำพูด',
    en: 'the value holds a colon: put the whole value in quotes',
  },
  UNEXPECTED_TOKEN: {
    th: 'ข้อความมีเครื่องหมายคำพูดอยู่กลางข้อความ ให้ครอบทั้งข้อความด้วยเครื่องหมายคำพูดอีกแบบ',
    en: 'the value holds quotes: put the whole value in the other kind of quotes',
  },
  MULTILINE_IMPLICIT_KEY: {
    th: 'บรรทัดนี้เยื้องผิดหรือขาด : หลังชื่อช่อง',
    en: 'this line is indented wrongly or lacks the colon after its field name',
  },
  MISSING_CHAR: { th: 'เครื่องหมายคำพูดหรือวงเล็บที่เปิดไว้ยังไม่ได้ปิด', en: 'a quote or bracket opened earlier is never closed' },
  DUPLICATE_KEY: { th: 'ช่องเดียวกันเขียนสองครั้ง ให้ลบบรรทัดหนึ่ง', en: 'the same field is written twice: delete one of the lines' },
  TAB_AS_INDENT: { th: 'ใช้แท็บเยื้องบรรทัด ให้ใช้เว้นวรรคแทน', en: 'a tab indents the line: use spaces instead' },
  BAD_INDENT: {
    th: 'การเยื้องบรรทัดไม่ตรงกัน หรือวงเล็บ [ ] ไม่ได้ปิด',
    en: 'the indentation does not line up, or a [ ] list is not closed',
  },
};

/** Codes after which quoting the line's value is the fix. */
const NEEDS_QUOTES = new Set(['BLOCK_AS_IMPLICIT_KEY', 'UNEXPECTED_TOKEN']);
const FIELD_LINE = /^([A-Za-z_]+):[ \t]+(.*\S)\s*$/;

export function describeYamlError(
  { kind, message, position, code }: NonNullable<SplitRelease['yamlError']>,
  text: string,
): { message: string; fix?: string; field?: string } {
  switch (kind) {
    case 'syntax': {
      const cause = code === undefined ? undefined : CAUSES[code];
      const line = FIELD_LINE.exec(text.split('\n')[position.line - 1] ?? '');
      const problem = {
        ...(line ? { field: line[1]! } : {}),
        message: cause
          ? `YAML อ่านไม่ได้: ${cause.th} / YAML does not parse: ${cause.en} (${message})`
          : `YAML อ่านไม่ได้ ตรวจบรรทัดนี้ / YAML does not parse: ${message}`,
      };
      const value = line?.[2];
      // Only a value that holds what breaks it: a colon and a space, or a quote.
      if (!code || !NEEDS_QUOTES.has(code) || !value || !/: |["']/.test(value)) return problem;
      return { ...problem, fix: `${line[1]}: ${quoted(value)}` };
    }
    case 'alias':
      return {
        message: `ห้ามใช้ anchor และ alias ของ YAML (${message}) / YAML anchors and aliases (${message}) are not allowed in a release`,
        fix: 'เขียนค่าเต็มแทน *ชื่อ และลบ &ชื่อ / write the value out in full where the alias stands, and remove the &anchor',
      };
    case 'language':
      return {
        message: `บรรทัดเปิด --- ต้องไม่มีข้อความต่อท้าย / the opening --- must be alone on its line, not followed by ${JSON.stringify(message)}`,
        fix: '---',
      };
  }
}

/** A YAML scalar for any text, in the quotes that need no escapes when there are any. */
function quoted(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!/["\\]/.test(value)) return `"${value}"`;
  return `'${value.replaceAll("'", "''")}'`;
}
