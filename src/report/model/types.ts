/**
 * The report as a pure document model: what it says, decided once, from the
 * assessment and its `AssessmentResult`. The PDF (react-pdf), the HTML report
 * and the Word file only draw it; none of them words a sentence or picks what
 * to show. Every string here is final text in the report's language (user
 * text already made printable).
 *
 * A renderer switches exhaustively over `Block['kind']`, so a new kind fails
 * the typecheck until every renderer draws it.
 */
import type { Severity, Status } from '../../assessment/result';
import type { Language } from '../../i18n/resources';
import type { Effect } from '../wording';

/** What colours a cell, a status or a callout (see colours.ts). */
export type Tone = { status: Status } | { severity: Severity } | { effect: Effect } | { plain: 'muted' | 'accent' };

export interface Cell {
  text: string;
  tone?: Tone;
}

export interface Column {
  header: string;
  /** Relative width (the renderer scales the columns to the page). */
  width: number;
  /**
   * A short header for a narrow page (the heat map's letters, named in a
   * legend before the table); a renderer with room prints `header`.
   */
  short?: string;
}

/** An answer of the assessment: a question, and the item when it is a field of a group's item or a per-item question. */
export interface AnswerRef {
  question: string;
  item?: string;
}

export type Block =
  /** Level 1 is the section's own title (`ReportSection.title`), so blocks start at 2. */
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string; role?: 'lead' | 'note' | 'quote' | 'empty' }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  /** Questions and their answers (one line per value). */
  | { kind: 'answers'; rows: Array<{ label: string; values: string[] }> }
  /** A table; the first column is a row header when `rowHeaders`. */
  | { kind: 'table'; caption: string; columns: Column[]; rows: Cell[][]; rowHeaders?: boolean }
  /** Labelled values on one line each (the cover, a measure's details). */
  | { kind: 'facts'; rows: Array<{ label: string; value: string }> }
  /** The five recommendations' statuses as bars with words. */
  | {
      kind: 'statuses';
      items: Array<{ label: string; status: Status; statusText: string; share: number | null; shareText: string }>;
      /** For a renderer that shows them as a table: its caption and column headers (recommendation, status, share). */
      table?: { caption: string; columns: [string, string, string] };
    }
  /** A framed unit kept together where it fits (a finding, a recommendation's card, the verdict). */
  | {
      kind: 'box';
      tone?: Tone;
      title?: string;
      blocks: Block[];
      /** The title is a heading of this level (an item, a finding, a recommendation); without it, a label. */
      level?: 2 | 3 | 4;
    }
  /** The decision text's block: a heading and its paragraphs (`text`: all of them, blank-line separated), copied as one unit. */
  | { kind: 'decision'; id: string; heading: string; paragraphs: string[]; text: string }
  /**
   * Short entries, each a line: an optional label in its tone (a finding's
   * severity), the text, and muted details (a measure's owner and date).
   */
  | { kind: 'entries'; items: Array<{ label?: string; tone?: Tone; text: string; detail?: string }> };

export type SectionId =
  | 'cover'
  | 'summary'
  | 'decision'
  | 'known-gaps'
  | 'proposal'
  | 'screening'
  | 'groups'
  | 'representation'
  | 'resources'
  | 'norms'
  | 'barriers'
  | 'consequences'
  | 'evidence'
  | 'check'
  | 'findings'
  | 'measures'
  | 'follow-up'
  | 'conclusion'
  | 'appendix';

export interface ReportSection {
  id: SectionId;
  title: string;
  blocks: Block[];
  /** `appendix`: after the body, under the appendix's own heading. */
  part: 'front' | 'body' | 'appendix';
  /** A line above the title (the cover's "Konsekvensbedömning för jämlikhet"). */
  kicker?: string;
  /** The answers this section prints (so the appendix can leave them out, and tests can check it). */
  shows?: AnswerRef[];
}

/** The words around the content that a paged or a web renderer needs. */
export interface Furniture {
  /** The running header of a page: the title. */
  header: string;
  /** The footer's left part: the tool's name. */
  footer: string;
  /** "Sida 3 av 12". */
  pageOf: (page: number, total: number) => string;
  /** A heading carried over a page break: "Berörda grupper (fortsättning)". */
  continued: (heading: string) => string;
  /** Closing lines of the web page: when it was made, and that the file carries the assessment. */
  colophon: string[];
}

export interface ReportModel {
  lang: Language;
  /** The assessment's name ("Namnlös bedömning" when blank). */
  title: string;
  /** Document properties (PDF info, docx core properties, HTML meta). */
  properties: { author: string; subject: string; keywords: string; creator: string; createdAt: Date };
  sections: ReportSection[];
  /** The page furniture (header, footer, "continued"), worded. */
  furniture: Furniture;
}
