// Every seed and fixture as a segmented Document, loaded once per test file.
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import type { Document } from '../../src/types.js';
import { docxAsTextRaw, FIXTURES, fixturePath, MARKDOWN_SEED, markdownRaw, pdfRaw, seedPath, TEXT_SEEDS, textRaw } from '../normalize/real-documents.js';

/** Names: the seed's file name, or the fixture's file name with .pdf or .docx. */
export async function loadAllDocuments(): Promise<Map<string, Document>> {
  const documents = new Map<string, Document>();
  for (const name of TEXT_SEEDS) documents.set(name, segment(normalize(textRaw(seedPath(name)))));
  documents.set(MARKDOWN_SEED, segment(normalize(markdownRaw(seedPath(MARKDOWN_SEED)))));
  for (const name of FIXTURES) {
    documents.set(`${name}.pdf`, segment(normalize(await pdfRaw(fixturePath(`${name}.pdf`)))));
    documents.set(`${name}.docx`, segment(normalize(await docxAsTextRaw(fixturePath(`${name}.docx`)))));
  }
  return documents;
}
