/**
 * Makes the user's own words printable with the embedded fonts. A character
 * no font has (an emoji, "≥", "→" pasted from elsewhere) would otherwise be
 * drawn as a wrong glyph on top of its neighbours; here the common symbols
 * get an ASCII spelling and anything else a visible "�". Texts from the
 * locale files are ours and are checked by a test instead.
 */
import type { Row, Section, Text } from '../assessment/answer-list';
import type { ReportProps } from './types';

/** Whether the embedded fonts can draw a code point. */
export type Covers = (codePoint: number) => boolean;

const SPELLED: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '✓': 'v',
  '✔': 'v',
};
const REPLACEMENT = '\uFFFD';
// Emoji variation selectors and joiners carry no glyph of their own.
const INVISIBLE = /[\uFE0E\uFE0F\u200D]/g;

export function printable(text: string, covers: Covers): string {
  let out = '';
  for (const char of text.replace(INVISIBLE, '')) {
    const cp = char.codePointAt(0)!;
    out += cp < 0x20 || covers(cp) ? char : (SPELLED[char] ?? REPLACEMENT);
  }
  return out;
}

function printableText(text: Text, covers: Covers): Text {
  return 'text' in text ? { text: printable(text.text, covers) } : text;
}

function printableRow(row: Row, covers: Covers): Row {
  switch (row.kind) {
    case 'heading':
      return { ...row, label: printableText(row.label, covers) };
    case 'answer':
      return { ...row, label: printableText(row.label, covers), value: row.value.map((v) => printableText(v, covers)) };
    case 'group':
      return {
        ...row,
        label: printableText(row.label, covers),
        items: row.items.map((item) => ({ ...item, title: printable(item.title, covers), rows: item.rows.map((r) => printableRow(r, covers)) })),
      };
  }
}

/** The props with every user-typed string made printable. */
export function printableProps(props: ReportProps, covers: Covers): ReportProps {
  const p = (s: string | undefined) => (s === undefined ? undefined : printable(s, covers));
  const sections: Section[] = props.sections.map((s) => ({ ...s, title: printableText(s.title, covers), rows: s.rows.map((r) => printableRow(r, covers)) }));
  return {
    ...props,
    sections,
    title: printable(props.title, covers),
    meta: { ...props.meta, organisation: p(props.meta.organisation), date: p(props.meta.date), assessors: p(props.meta.assessors) },
  };
}
