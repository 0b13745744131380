/**
 * The answers each section of the report shows, found by their semantic
 * TAGS (src/questionnaire/tags.ts), never by a questionnaire's question ids:
 * the service self-audit prints through the same report as a proposal.
 * Values come from the answer list of the branch taken, so options are
 * translated and hidden answers stay out, exactly as in the appendix.
 *
 * Besides its tagged questions, a section shows the other answers of the
 * step it is anchored in ("where is the proposal carried out?" beside the
 * alternatives), once: a step shared by two sections gives its untagged
 * answers to the first of them, and a question that some section shows in
 * its own way (a table, the cover) is never repeated as an "other answer".
 */
import type { Row, Section } from '../assessment/answer-list';
import type { Answers } from '../questionnaire/answers';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { visibility } from '../questionnaire/visibility';
import { allQuestions, type Located } from '../questionnaire/walk';
import type { Language } from '../i18n/resources';
import type { AnswerRef } from './model/types';
import { resolveText, wordAnswer } from './text';
import type { Absence, AffectedGroup, Answer, Indicator, Measure, Part, ReportParts, Translate } from './types';

type AnswerRow = Row & { kind: 'answer' };
type GroupRow = Row & { kind: 'group' };
type GroupItem = GroupRow['items'][number];

const EVIDENCE = ['evidence-statistics', 'dialogue', 'evidence-gaps'];
/** The children's questions: shown with the evidence wherever their step is (they are asked at every depth, in no evidence step of their own). */
const CHILDREN = ['child-best-interests', 'child-best-interests-how', 'children-views', 'children-views-how', 'children-weighing'];
const INDICATOR_FIELDS = ['indicator-breakdown', 'indicator-baseline'];
/** Questions shown by a section in its own way (cover, tables, summary), never as "other answers". */
const CLAIMED = new Set([
  'meta-title',
  'meta-organisation',
  'meta-committee',
  'meta-decision-type',
  'meta-date',
  'meta-assessors',
  'meta-contact',
  'alternatives',
  'screening-outcome',
  'screening-justification',
  'affected-groups',
  ...EVIDENCE,
  ...CHILDREN,
  'measures',
  'follow-up-date',
  'overall-judgement',
]);

export interface PartsInput {
  file: QuestionnaireFile;
  answers: Answers;
  /** `answerList()` of the same answers. */
  sections: Section[];
  t: Translate;
  lang: Language;
}

export function reportParts({ file, answers, sections, t, lang }: PartsInput): ReportParts {
  const located = allQuestions(file);
  const visible = visibility(file, answers);
  const word = (row: AnswerRow): Answer => wordAnswer(t, lang, row);
  const top = (...tags: string[]) => located.filter((l) => !l.group && l.question.tags?.some((tag) => tags.includes(tag)));
  const indicatorGroups = dedupe(located.filter((l) => l.group && l.question.tags?.some((tag) => INDICATOR_FIELDS.includes(tag))).map((l) => l.group!));
  const indicatorIds = new Set(indicatorGroups.map((g) => g.id));
  const claimed = (id: string) => indicatorIds.has(id) || (located.find((l) => l.question.id === id)?.question.tags ?? []).some((tag) => CLAIMED.has(tag));

  // Rows of the questions steps by question id; per-item steps are read through `perItem`.
  const sectionOf = new Map(sections.map((s) => [s.stepId, s]));
  const rowById = new Map<string, Row>();
  for (const s of sections) {
    if (file.steps.find((step) => step.id === s.stepId)?.kind === 'questions') for (const r of s.rows) rowById.set(r.id, r);
  }
  const answerOf = (tag: string): Answer | undefined => {
    for (const l of top(tag)) {
      const row = rowById.get(l.question.id);
      if (row?.kind === 'answer') return word(row);
    }
    return undefined;
  };
  const groupOf = (anchors: Located[]): GroupRow | undefined =>
    anchors.map((l) => rowById.get(l.question.id)).find((r): r is GroupRow => r?.kind === 'group');
  /** The answer of the field tagged `tag` in a group item. */
  const fieldOf = (group: GroupRow, item: GroupItem, tag: string): { id: string; value: string[] } | undefined => {
    const field = located.find((l) => l.group?.id === group.id && l.question.tags?.includes(tag));
    if (!field) return undefined;
    const id = `${group.id}:${item.id}:${field.question.id}`;
    const row = item.rows.find((r) => r.id === id);
    return { id, value: row?.kind === 'answer' ? word(row).value : [] };
  };
  const otherFields = (item: GroupItem, shown: Array<string | undefined>): Answer[] =>
    item.rows.filter((r): r is AnswerRow => r.kind === 'answer' && !shown.includes(r.id)).map(word);

  const used = new Set<string>();
  /** The rows of the steps holding `anchors`: those `own` picks, and, the first time a step is met, its unclaimed answers. */
  const gather = (anchors: Located[], own: (id: string) => boolean = () => false): Row[] =>
    dedupe(anchors.map((l) => l.step)).flatMap((step) => {
      const first = !used.has(step.id);
      used.add(step.id);
      return (sectionOf.get(step.id)?.rows ?? []).filter((r) => own(r.id) || (first && !claimed(r.id)));
    });
  const part = <T>(anchors: Located[], hasData: boolean, value: T): Part<T> => {
    // Answers shown win: a step on the branch may hold answers though its anchor is hidden
    // (no further analysis hides the judgement, not the reasons beside it).
    const state: Absence | 'shown' =
      anchors.length === 0 ? 'not-in-questionnaire' : hasData ? 'shown' : anchors.some((l) => visible.question(l.question.id)) ? 'no-answers' : 'not-on-branch';
    return state === 'shown' ? { state, value } : { state };
  };
  const hasTag = (tags: string[]) => (id: string) => top(...tags).some((l) => l.question.id === id);

  // In the order of the report, so that a shared step's other answers go to the first section.
  const proposalAnchors = top('alternatives');
  const alternativesRow = groupOf(proposalAnchors);
  const proposalRows = gather(proposalAnchors);
  const alternatives = alternativesRow && { label: resolveText(t, alternativesRow.label), items: alternativesRow.items };
  const proposal = part(proposalAnchors, proposalRows.length > 0 || (alternatives?.items.length ?? 0) > 0, { rows: proposalRows, ...(alternatives ? { alternatives } : {}) });

  const screeningAnchors = top('screening-outcome');
  const outcome = answerOf('screening-outcome');
  const justification = answerOf('screening-justification');
  const screeningRows = gather(screeningAnchors);
  const screening = part(screeningAnchors, !!outcome || !!justification || screeningRows.length > 0, { outcome, justification, rows: screeningRows });

  const groupAnchors = top('affected-groups');
  const groupsRow = groupOf(groupAnchors);
  const groupRows = gather(groupAnchors);
  const affected: AffectedGroup[] = (groupsRow?.items ?? []).map((item) => {
    const name = fieldOf(groupsRow!, item, 'group-name');
    const factors = fieldOf(groupsRow!, item, 'group-factors');
    return { id: item.id, name: item.title.trim() || name?.value.join(', ') || '', factors: factors?.value ?? [], details: otherFields(item, [name?.id, factors?.id]) };
  });
  const groups = part(groupAnchors, affected.length > 0 || groupRows.length > 0, { groups: affected, rows: groupRows });

  const evidenceAnchors = top(...EVIDENCE);
  const childRows = top(...CHILDREN).flatMap((l) => rowById.get(l.question.id) ?? []);
  const evidenceRows = [...gather(evidenceAnchors, hasTag(EVIDENCE)), ...childRows];
  const evidence = part([...evidenceAnchors, ...top(...CHILDREN)], evidenceRows.length > 0, { rows: evidenceRows });

  const measureAnchors = top('measures');
  const measuresRow = groupOf(measureAnchors);
  const measureRows = gather(measureAnchors);
  const measureList: Measure[] = (measuresRow?.items ?? []).map((item) => {
    const value = (tag: string) => fieldOf(measuresRow!, item, tag)?.value ?? [];
    return { id: item.id, what: item.title.trim(), addresses: value('measure-addresses'), owner: value('measure-owner'), cost: value('measure-cost'), date: value('measure-date') };
  });
  const measures = part(measureAnchors, measureList.length > 0 || measureRows.length > 0, { measures: measureList, rows: measureRows });

  const followUpAnchors = [...top('follow-up-date'), ...located.filter((l) => indicatorIds.has(l.question.id))];
  const indicatorsRow = groupOf(followUpAnchors.filter((l) => indicatorIds.has(l.question.id)));
  const indicators: Indicator[] = (indicatorsRow?.items ?? []).map((item) => {
    const breakdown = fieldOf(indicatorsRow!, item, 'indicator-breakdown');
    const baseline = fieldOf(indicatorsRow!, item, 'indicator-baseline');
    return { id: item.id, name: item.title.trim(), breakdown: breakdown?.value ?? [], baseline: baseline?.value ?? [], details: otherFields(item, [breakdown?.id, baseline?.id]) };
  });
  const planRows = gather(followUpAnchors, hasTag(['follow-up-date']));
  const plan = planRows.flatMap((r) => (r.kind === 'answer' ? [word(r)] : []));
  const followUp = part(followUpAnchors, indicators.length > 0 || plan.length > 0, { indicators, plan });

  const conclusionAnchors = top('overall-judgement');
  const conclusionRows = gather(conclusionAnchors, hasTag(['overall-judgement']));
  const conclusion = part(conclusionAnchors, conclusionRows.length > 0, { rows: conclusionRows });

  // What each part prints, for the appendix to leave out.
  const tagged = (...tags: string[]) => top(...tags).flatMap((l) => {
    const row = rowById.get(l.question.id);
    return row?.kind === 'answer' && row.value.length ? [refOf(row.id)] : [];
  });
  const measureFields = (['measure-addresses', 'measure-owner', 'measure-cost', 'measure-date'] as const);
  const measureLabel = measureAnchors.map((l) => l.question).find((q) => q.type === 'group');
  const shows: ReportParts['shows'] = {
    cover: tagged('meta-title', 'meta-organisation', 'meta-committee', 'meta-decision-type', 'meta-date', 'meta-assessors', 'overall-judgement', 'follow-up-date'),
    proposal: answerRefs([...proposalRows, ...(alternativesRow ? [alternativesRow] : [])]),
    screening: [...tagged('screening-outcome', 'screening-justification'), ...answerRefs(screeningRows)],
    groups: answerRefs([...(groupsRow ? [groupsRow] : []), ...groupRows]),
    evidence: answerRefs(evidenceRows),
    measures: [
      ...(measuresRow?.items ?? []).flatMap((item) => {
        const ids = [...measureFields.map((tag) => fieldOf(measuresRow!, item, tag)?.id), measureLabel?.type === 'group' ? `${measuresRow!.id}:${item.id}:${measureLabel.itemLabel}` : undefined];
        return answerRefs(item.rows.filter((r) => ids.includes(r.id)));
      }),
      ...answerRefs(measureRows),
    ],
    followUp: [...answerRefs(indicatorsRow ? [indicatorsRow] : []), ...answerRefs(planRows)],
    conclusion: answerRefs(conclusionRows),
  };

  const hasHeatmap = located.some((l) => l.step.kind === 'per-item' && l.question.tags?.includes('consequence-dimension'));
  return { proposal, screening, groups, hasHeatmap, ratings: ratings(file, sections, t, lang), evidence, measures, followUp, conclusion, itemTitles: itemTitles(sections), shows };
}

/** The overall consequence for each affected group: the per-item question tagged `consequence-rating`. */
function ratings(file: QuestionnaireFile, sections: Section[], t: Translate, lang: Language): ReportParts['ratings'] {
  for (const step of file.steps) {
    if (step.kind !== 'per-item') continue;
    const q = step.questions.find((x) => x.tags?.includes('consequence-rating'));
    const row = sections.find((s) => s.stepId === step.id)?.rows.find((r): r is GroupRow => r.kind === 'group');
    if (!q || !row) continue;
    const byGroup: Record<string, string> = {};
    for (const item of row.items) {
      const answer = item.rows.find((r): r is AnswerRow => r.kind === 'answer' && r.id === `${q.id}:${item.id}`);
      if (answer) byGroup[item.id] = wordAnswer(t, lang, answer).value.join(', ');
    }
    return { label: t('report.consequences.rating'), byGroup, question: q.id };
  }
  return undefined;
}

/**
 * The answer a row of the answer list holds: a question (`q`), a group
 * item's field (`group:item:field`) or a per-item question (`q:item`).
 */
export function refOf(rowId: string): AnswerRef {
  const parts = rowId.split(':');
  if (parts.length >= 3) return { question: parts[2]!, item: parts[1]! };
  if (parts.length === 2) return { question: parts[0]!, item: parts[1]! };
  return { question: rowId };
}

/** Every answer inside rows, groups' items included. */
export function answerRefs(rows: Row[]): AnswerRef[] {
  return rows.flatMap((r): AnswerRef[] => (r.kind === 'answer' ? [refOf(r.id)] : r.kind === 'group' ? r.items.flatMap((i) => answerRefs(i.rows)) : []));
}

function itemTitles(sections: Section[]): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (rows: Row[]) => {
    for (const r of rows) {
      if (r.kind !== 'group') continue;
      for (const item of r.items) {
        if (item.title.trim() && !(item.id in out)) out[item.id] = item.title.trim();
        visit(item.rows);
      }
    }
  };
  for (const s of sections) visit(s.rows);
  return out;
}

function dedupe<T extends { id: string }>(xs: T[]): T[] {
  return xs.filter((x, i) => xs.findIndex((y) => y.id === x.id) === i);
}
