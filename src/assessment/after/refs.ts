/**
 * The indicators and measures an assessment promised, read from its answers
 * by semantic tag so that both questionnaires (a proposal's follow-up
 * indicators, a service audit's review indicators) are read the same way.
 * A follow-up is measured against these: the breakdowns and baseline the
 * assessor named then are what the figures now are compared with.
 */
import { groupItems, type Answers, type GroupItem, type Scalar } from '../../questionnaire/answers';
import type { QuestionnaireFile } from '../../questionnaire/schema';
import { visibility, type Visibility } from '../../questionnaire/visibility';
import { allQuestions, type Located } from '../../questionnaire/walk';

export interface IndicatorRef {
  itemId: string;
  name: string;
  /** Breakdown option ids as answered (`sex`, `age` …; `none` when the user said it is not broken down). */
  breakdowns: string[];
  baseline: string;
  source: string;
}

export interface MeasureRef {
  itemId: string;
  what: string;
  owner: string;
  cost: string;
  /** The due date when the user gave one as YYYY-MM-DD. */
  due?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stored scalar as trimmed text (a list joined), never throwing on a malformed import. */
function text(value: Scalar | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ').trim();
  return '';
}

function list(value: Scalar | undefined): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

interface TaggedGroup {
  group: Located & { question: { type: 'group'; itemLabel: string; id: string } };
  fields: Located[];
  items: GroupItem[];
}

/**
 * The visible group question carrying `groupTag`, or else the visible group
 * whose fields carry `fieldTag` (older questionnaire files tagged only the
 * fields of the indicator list), with its items.
 */
function taggedGroup(file: QuestionnaireFile, answers: Answers, visible: Visibility, groupTag: string, fieldTag: string): TaggedGroup | undefined {
  const located = allQuestions(file).filter((l) => visible.question(l.question.id));
  const byTag = located.find((l) => l.question.type === 'group' && l.question.tags?.includes(groupTag));
  const byField = located.find((l) => l.group && l.question.tags?.includes(fieldTag));
  const groupId = byTag?.question.id ?? byField?.group?.id;
  const group = located.find((l) => l.question.id === groupId && !l.group);
  if (!group || group.question.type !== 'group') return undefined;
  return {
    group: group as TaggedGroup['group'],
    fields: located.filter((l) => l.group?.id === groupId),
    items: groupItems(answers[group.question.id]),
  };
}

function fieldValue(g: TaggedGroup, item: GroupItem, tag: string): Scalar | undefined {
  const field = g.fields.find((l) => l.question.tags?.includes(tag));
  return field ? item.values[field.question.id] : undefined;
}

/** The indicators the assessment named for following up, in the user's order. */
export function indicatorsOf(file: QuestionnaireFile, answers: Answers): IndicatorRef[] {
  const g = taggedGroup(file, answers, visibility(file, answers), 'indicators', 'indicator-breakdown');
  if (!g) return [];
  return g.items.map((item) => ({
    itemId: item.id,
    name: text(item.values[g.group.question.itemLabel]),
    breakdowns: list(fieldValue(g, item, 'indicator-breakdown')),
    baseline: text(fieldValue(g, item, 'indicator-baseline')),
    source: text(fieldValue(g, item, 'indicator-source')),
  }));
}

/** The measures (adjustments, improvements) the assessment decided on, in the user's order. */
export function measuresOf(file: QuestionnaireFile, answers: Answers): MeasureRef[] {
  const g = taggedGroup(file, answers, visibility(file, answers), 'measures', 'measure-owner');
  if (!g) return [];
  return g.items.map((item) => {
    const due = text(fieldValue(g, item, 'measure-date'));
    return {
      itemId: item.id,
      what: text(item.values[g.group.question.itemLabel]),
      owner: text(fieldValue(g, item, 'measure-owner')),
      cost: text(fieldValue(g, item, 'measure-cost')),
      ...(ISO_DATE.test(due) ? { due } : {}),
    };
  });
}

/** The date the assessment set for following up (YYYY-MM-DD), if given and visible. */
export function followUpDateOf(file: QuestionnaireFile, answers: Answers): string | undefined {
  const visible = visibility(file, answers);
  const located = allQuestions(file).find((l) => !l.group && l.question.tags?.includes('follow-up-date') && visible.question(l.question.id));
  const value = located ? text(answers[located.question.id] as Scalar | undefined) : '';
  return ISO_DATE.test(value) ? value : undefined;
}
