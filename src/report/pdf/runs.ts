/**
 * How the PDF's sections are grouped into `<Page>`s (see document.tsx for
 * why there are several): the body one chapter per `<Page>` (short chapters
 * share one, a long chapter's sections get one each), the appendix in runs
 * of about ten pages, cut between steps and, in a long step, between the
 * items of its groups, the step's heading repeated as "(continued)".
 */
import type { Block, ReportSection, SectionId } from '../model/types';
import { blockLines, blocksLines, chunkBy, CHUNK_LINES, sectionLines } from './estimate';

/** Sections that belong together; each chapter opens a <Page> unless it is short. */
const CHAPTERS: SectionId[][] = [['known-gaps', 'proposal', 'screening'], ['groups', 'representation', 'consequences'], ['evidence'], ['check'], ['findings', 'measures'], ['follow-up', 'conclusion']];
/** Chapters are packed into one <Page> while together they fill at most about a page. */
const PAGE_LINES = 40;
/** A chapter longer than about four pages gives each of its sections a <Page> of its own. */
const CHAPTER_LINES = 160;

export function bodyPages(body: ReportSection[]): ReportSection[][] {
  const size = (sections: ReportSection[]) => sections.reduce((n, s) => n + sectionLines(s), 0);
  const chapterOf = (id: SectionId) => CHAPTERS.findIndex((c) => c.includes(id));
  const chapters: ReportSection[][] = [];
  for (const section of body) {
    const last = chapters.at(-1);
    if (last && chapterOf(last[0]!.id) === chapterOf(section.id)) last.push(section);
    else chapters.push([section]);
  }
  const split = chapters.flatMap((chapter) => (size(chapter) > CHAPTER_LINES ? chapter.map((s) => [s]) : [chapter]));
  return chunkBy(split, size, PAGE_LINES).map((run) => run.flat());
}

/** A run of the appendix: its blocks, and whether it opens the appendix (and so carries its title). */
export interface AppendixRun {
  blocks: Block[];
  first: boolean;
}

/**
 * The appendix's blocks in runs of about CHUNK_LINES: a step is its heading
 * (level 2) and what follows; a long step is cut between its blocks, each
 * later part under the heading marked by `continued`.
 */
export function appendixRuns(blocks: Block[], continued: (heading: string) => string): AppendixRun[] {
  const steps: Block[][] = [];
  for (const block of blocks) {
    if ((block.kind === 'heading' && block.level === 2) || steps.length === 0) steps.push([block]);
    else steps.at(-1)!.push(block);
  }
  const parts = steps.flatMap((step) => {
    const head = step[0]!;
    if (blocksLines(step) <= CHUNK_LINES || head.kind !== 'heading') return [step];
    const cut: Block[][] = [[]];
    let size = 0;
    // A long list of questions and answers may be cut between its questions.
    const pieces = step.flatMap((b): Block[] => (b.kind === 'answers' ? b.rows.map((row) => ({ kind: 'answers', rows: [row] })) : [b]));
    for (const block of pieces) {
      const n = blockLines(block);
      if (size + n > CHUNK_LINES && cut.at(-1)!.length > 1) {
        cut.push([{ kind: 'heading', level: 2, text: continued(head.text) }]);
        size = 2;
      }
      cut.at(-1)!.push(block);
      size += n;
    }
    return cut;
  });
  return chunkBy(parts, blocksLines).map((run, i) => ({ blocks: run.flat(), first: i === 0 }));
}
