/**
 * The front matter block as the tools write it (`npm run new`, the importer): fields in
 * the schema's order, province lists on one line, lines never folded. The importer's
 * digest is taken over these bytes: any change here makes imported files look edited.
 */
import { Document, isScalar, isSeq } from 'yaml';
import { releaseFields, type ReleaseFrontMatterInput } from './schema.ts';

/** A note for the editor at the end of a field's line (`ministry: pmo # ควรตรวจ…`): YAML reads it as a comment. */
export type FieldNotes = Partial<Record<keyof ReleaseFrontMatterInput, string>>;

/** `---`, the fields that are not undefined, `---`, each line ending in a newline. */
export function writeFrontMatter(fields: ReleaseFrontMatterInput, notes: FieldNotes = {}): string {
  const doc = new Document(
    Object.fromEntries(releaseFields.filter((field) => fields[field] !== undefined).map((field) => [field, fields[field]])),
  );
  for (const [field, note] of Object.entries(notes)) {
    const node = doc.get(field, true);
    if (isScalar(node)) node.comment = ` ${note}`;
  }
  // Province lists read best on one line, as in every other release: [TH-50, TH-10].
  const list = doc.get('provinces', true);
  if (isSeq(list)) list.flow = true;
  return `---\n${doc.toString({ flowCollectionPadding: false, lineWidth: 0 })}---\n`;
}
