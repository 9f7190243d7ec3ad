/**
 * Splits a release file into front matter and Markdown body, keeping the line and
 * column of every field so that errors can point editors at the exact place.
 * YAML 1.2 core schema: `2017-11-02` stays a string (read later in Bangkok time)
 * instead of becoming a UTC midnight Date as YAML 1.1 would make it.
 */
import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, visit, type Document, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface SplitRelease {
  data: Record<string, unknown>;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** Where each field (and list item, as `provinces.1`) stands in the file. */
  positions: Map<string, Position>;
  /** The comment after a top-level field's value on its line (`ministry: pmo # ควรตรวจ…` → ministry), trimmed. */
  comments: Map<string, string>;
  /**
   * Set when the front matter cannot be read; `data` is then empty. `syntax`: not valid
   * YAML; `alias`: an anchor or alias (`&a`, `*a`), refused because nested aliases can
   * expand to billions of values; `language`: a language after the opening `---`
   * (`---js` would make gray-matter run the block as JavaScript).
   */
  yamlError?: { kind: 'syntax' | 'alias' | 'language'; message: string; position: Position; code?: string };
  /** False when the file has no `---` front matter block at all. */
  hasFrontMatter: boolean;
}

/** gray-matter hands over the source from the end of the opening `---`, so its line 1 is the file's line 1. */
const FRONT_MATTER_FIRST_LINE = 1;

/** gray-matter reads a word after the opening `---` as the block's language, and evaluates `js` (also after a BOM, which it strips). */
const LANGUAGE_AFTER_OPENING = /^\uFEFF?---[ \t]*(\S[^\r\n]*)/;

export function splitRelease(text: string): SplitRelease {
  const language = LANGUAGE_AFTER_OPENING.exec(text)?.[1];
  if (language !== undefined) {
    return {
      data: {},
      body: '',
      bodyLine: 1,
      positions: new Map(),
      comments: new Map(),
      hasFrontMatter: true,
      yamlError: { kind: 'language', message: language, position: { line: 1, column: 4 } },
    };
  }
  const positions = new Map<string, Position>();
  const comments = new Map<string, string>();
  let yamlError: SplitRelease['yamlError'];
  const toFilePosition = (pos: { line: number; col: number }): Position => ({
    line: pos.line + FRONT_MATTER_FIRST_LINE - 1,
    column: pos.col,
  });

  // Passing options also keeps gray-matter from caching every file it has seen.
  const file = matter(text, {
    engines: {
      yaml: (source: string): object => {
        const lineCounter = new LineCounter();
        const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
        const [first] = doc.errors;
        if (first) {
          const offset = first.pos[0];
          yamlError = {
            kind: 'syntax',
            message: first.message.split('\n')[0] ?? first.message,
            position: toFilePosition(lineCounter.linePos(offset)),
            // The yaml package's error code (BLOCK_AS_IMPLICIT_KEY, MISSING_CHAR …), which says what to fix.
            code: first.code,
          };
          return {};
        }
        const alias = firstAlias(doc);
        if (alias) {
          yamlError = { kind: 'alias', message: alias.source, position: toFilePosition(lineCounter.linePos(alias.offset)) };
          return {};
        }
        collectPositions(doc.contents, '', (path, offset) => positions.set(path, toFilePosition(lineCounter.linePos(offset))));
        if (isMap(doc.contents))
          for (const { key, value } of doc.contents.items)
            if (isScalar(key) && isScalar(value) && value.comment) comments.set(String(key.value), value.comment.trim());
        const value: unknown = doc.toJS();
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
      },
    },
  });

  const bodyStart = text.length - file.content.length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length;
  const result: SplitRelease = {
    data: file.data,
    body: file.content,
    bodyLine,
    positions,
    comments,
    hasFrontMatter: file.matter !== undefined && text.trimStart().startsWith('---'),
  };
  if (yamlError) result.yamlError = yamlError;
  return result;
}

function firstAlias(doc: Document): { source: string; offset: number } | undefined {
  let found: { source: string; offset: number } | undefined;
  visit(doc, {
    Alias: (_key, node) => {
      found = { source: `*${node.source}`, offset: node.range?.[0] ?? 0 };
      return visit.BREAK;
    },
  });
  return found;
}

function collectPositions(node: unknown, prefix: string, record: (path: string, offset: number) => void): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const path = prefix ? `${prefix}.${key}` : key;
      const keyNode = pair.key as Node;
      if (keyNode.range) record(path, keyNode.range[0]);
      collectPositions(pair.value, path, record);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const itemNode = item as Node | null;
      if (itemNode?.range) record(`${prefix}.${index}`, itemNode.range[0]);
      // The fields of a list's entries (updates.0.note) have their own lines.
      collectPositions(item, `${prefix}.${index}`, record);
    });
  }
}
