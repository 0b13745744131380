/**
 * The decision text as one plain text, for "copy all": each heading on its
 * own line above its text, blocks a blank line apart, so that a paste into
 * Word or an e-mail keeps the headings as paragraphs of their own. Kept apart
 * from the component so the browser tests can build the same text in Node.
 */
export function allText(blocks: ReadonlyArray<{ heading: string; text: string }>): string {
  return blocks.map((b) => `${b.heading}\n${b.text}`).join('\n\n');
}
