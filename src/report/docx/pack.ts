/**
 * Packs a docx `Document` into the bytes of a .docx file, and adds what docx
 * cannot write itself: the document's language in its core properties
 * (`dc:language`), which Word, SharePoint and search read to know the file's
 * language without opening it.
 */
import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const CORE = 'docProps/core.xml';

/** `docx` with `<dc:language>` set to `language` (a BCP 47 tag such as sv-SE). */
export function withCoreLanguage(docx: Uint8Array, language: string): Uint8Array {
  const files = unzipSync(docx);
  const core = files[CORE];
  if (!core) throw new Error(`${CORE} missing from the packed document`);
  const xml = strFromU8(core)
    .replace(/<dc:language>[^<]*<\/dc:language>/, '')
    .replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`);
  // Same entries, same order ([Content_Types].xml stays first).
  return zipSync({ ...files, [CORE]: strToU8(xml) });
}

export async function packDocx(document: Document, language: string): Promise<Uint8Array> {
  return withCoreLanguage(await Packer.pack(document, 'uint8array'), language);
}
