/**
 * The report parts of the lenses that report-parts.ts does not read, found
 * by tag like the rest: for an audit of a service the 3R steps other than
 * representation (resources, norms) and the barriers as a table; for a
 * proposal the national public-health target areas its consequences touch,
 * per group. A questionnaire without the tags gets none of them.
 */
import type { Row, Section } from '../assessment/answer-list';
import type { Language } from '../i18n/resources';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { allQuestions, type Located } from '../questionnaire/walk';
import type { AnswerRef } from './model/types';
import { answerRefs, refOf } from './report-parts';
import { wordAnswer } from './text';
import type { Translate } from './types';

type AnswerRow = Row & { kind: 'answer' };
type GroupRow = Row & { kind: 'group' };

/** Questions another section of the report prints (the children's rights with the evidence, dialogues, the groups). */
const SHOWN_ELSEWHERE = [
  'child-best-interests',
  'child-best-interests-how',
  'children-views',
  'children-views-how',
  'children-weighing',
  'dialogue',
  'evidence-statistics',
  'evidence-gaps',
  'affected-groups',
];

export interface Barrier {
  id: string;
  name: string;
  /** Its dimension (a phone-only channel, language …). */
  kind: string[];
  /** The groups it concerns, by name. */
  groups: string[];
  severity: string[];
  /** The option score of its severity, for the order (most serious first); null when not rated. */
  score: number | null;
}

/** The rows of a step the section prints, and the answers among them. */
export interface StepPart {
  rows: Row[];
  shows: AnswerRef[];
}

export interface LensParts {
  /** The audit's resources step (tagged resources-need). */
  resources?: StepPart;
  /** The audit's norms step (tagged service-norms). */
  norms?: StepPart;
  /** The barriers (a group with a field tagged barrier-severity), most serious first, and the step's other answers. */
  barriers?: StepPart & { barriers: Barrier[] };
  /** The public-health target areas the consequences touch, each with the groups it concerns (tag health-determinants). */
  health: Array<{ area: string; groups: string[] }>;
  /** The rows the lens sections print, so no other section repeats them. */
  rowIds: string[];
}

export interface LensInput {
  file: QuestionnaireFile;
  sections: Section[];
  t: Translate;
  lang: Language;
}

export function lensParts({ file, sections, t, lang }: LensInput): LensParts {
  const located = allQuestions(file);
  const tagged = (tag: string) => located.filter((l) => l.question.tags?.includes(tag));
  const elsewhere = new Set(located.filter((l) => !l.group && l.question.tags?.some((tag) => SHOWN_ELSEWHERE.includes(tag))).map((l) => l.question.id));
  const rowsOf = (l: Located | undefined, skip: (row: Row) => boolean = () => false): Row[] =>
    l ? (sections.find((s) => s.stepId === l.step.id)?.rows ?? []).filter((r) => !elsewhere.has(r.id) && !skip(r)) : [];
  const stepPart = (rows: Row[]): StepPart | undefined => (rows.length ? { rows, shows: answerRefs(rows) } : undefined);

  const resources = stepPart(rowsOf(tagged('resources-need').find((l) => !l.group)));
  const norms = stepPart(rowsOf(tagged('service-norms').find((l) => !l.group)));

  const severityField = tagged('barrier-severity').find((l) => l.group);
  const barrierGroup = severityField?.group;
  const barrierRow = barrierGroup ? sections.find((s) => s.stepId === severityField.step.id)?.rows.find((r): r is GroupRow => r.kind === 'group' && r.id === barrierGroup.id) : undefined;
  const fieldValue = (item: GroupRow['items'][number], tag: string): string[] => {
    const field = located.find((l) => l.group?.id === barrierGroup?.id && l.question.tags?.includes(tag));
    const row = field && item.rows.find((r): r is AnswerRow => r.kind === 'answer' && r.id === `${barrierGroup!.id}:${item.id}:${field.question.id}`);
    return row ? wordAnswer(t, lang, row).value : [];
  };
  const severityScore = (item: GroupRow['items'][number]): number | null => {
    const row = severityField && item.rows.find((r): r is AnswerRow => r.kind === 'answer' && r.id === `${barrierGroup!.id}:${item.id}:${severityField.question.id}`);
    const chosen = row?.value[0];
    const id = chosen && 'key' in chosen ? chosen.key.split('.').at(-1) : undefined;
    const q = severityField?.question;
    const options = q && 'options' in q ? q.options : undefined;
    const list = typeof options === 'string' ? file.optionSets[options] : Array.isArray(options) ? options : undefined;
    return list?.find((o) => o.id === id)?.score ?? null;
  };
  const barrierList: Barrier[] = (barrierRow?.items ?? []).map((item) => ({
    id: item.id,
    name: item.title.trim(),
    kind: fieldValue(item, 'barrier-dimension'),
    groups: fieldValue(item, 'barrier-groups'),
    severity: fieldValue(item, 'barrier-severity'),
    score: severityScore(item),
  }));
  // The most serious first; unrated (or "don't know") last, in the order entered.
  barrierList.sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const barrierRows = severityField ? rowsOf(severityField, (r) => r.id === barrierGroup?.id) : [];
  const barriers =
    barrierList.length || barrierRows.length
      ? { barriers: barrierList, rows: barrierRows, shows: [...answerRefs(barrierRow ? [barrierRow] : []), ...answerRefs(barrierRows)] }
      : undefined;

  return {
    ...(resources ? { resources } : {}),
    ...(norms ? { norms } : {}),
    ...(barriers ? { barriers } : {}),
    health: healthAreas(tagged('health-determinants').find((l) => l.step.kind === 'per-item'), sections, t, lang),
    rowIds: [...(resources?.rows ?? []), ...(norms?.rows ?? []), ...(barriers?.rows ?? [])].map((r) => r.id),
  };
}

/** Per target area (in the order of its options), the groups whose consequences touch it. */
function healthAreas(q: Located | undefined, sections: Section[], t: Translate, lang: Language): LensParts['health'] {
  if (!q) return [];
  const row = sections.find((s) => s.stepId === q.step.id)?.rows.find((r): r is GroupRow => r.kind === 'group');
  const byArea = new Map<string, string[]>();
  for (const item of row?.items ?? []) {
    const answer = item.rows.find((r): r is AnswerRow => r.kind === 'answer' && refOf(r.id).question === q.question.id);
    if (!answer) continue;
    for (const area of wordAnswer(t, lang, answer).value) byArea.set(area, [...(byArea.get(area) ?? []), item.title.trim() || t('report.unnamedItem')]);
  }
  return [...byArea].map(([area, groups]) => ({ area, groups }));
}
