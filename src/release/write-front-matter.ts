/**
 * The front matter block as the tools write it (`npm run new`, the importer): fields in
 * the schema's order, province lists on one line, lines never folded. The importer's
 * digest is taken over these bytes: any change here makes imported files look edited.
 */
import { Document, isSeq } from 'yaml';
import { releaseFields, type ReleaseFrontMatterInput } from './schema.ts';

/** `---`, the fields that are not undefined, `---`, each line ending in a newline. */
export function writeFrontMatter(fields: ReleaseFrontMatterInput): string {
  const doc = new Document(
    Object.fromEntries(releaseFields.filter((field) => fields[field] !== undefined).map((field) => [field, fields[field]])),
  );
  // Province lists read best on one line, as in every other release: [TH-50, TH-10].
  const list = doc.get('provinces', true);
  if (isSeq(list)) list.flow = true;
  return `---\n${doc.toString({ flowCollectionPadding: false, lineWidth: 0 })}---\n`;
}
