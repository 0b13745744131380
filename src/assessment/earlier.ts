/**
 * Answers from another version of the questionnaire. When a questionnaire's
 * `contentVersion` changes, an assessment made under the old one may hold
 * answers the new one cannot take: a question that was removed, an option
 * that was removed, a value of a shape the question no longer has. Those
 * parts are set aside in `earlierAnswers` (with the version they were given
 * under), never dropped; the rest stays in `answers`, where it is validated
 * and evaluated as before. A choice answer with a removed option keeps its
 * still-valid options (multiple choice) and sets only the removed ones aside.
 */
import type { Answers, AnswerValue, GroupItem, Scalar } from '../questionnaire/answers';
import type { FieldQuestion, Framework, QuestionnaireFile } from '../questionnaire/schema';
import { stepQuestions } from '../questionnaire/step-questions';
import { staticOptions } from '../questionnaire/walk';
import type { Assessment } from './assessment';

/** How a question's answer is stored under its id. */
type Slot =
  | { kind: 'scalar'; question: FieldQuestion }
  | { kind: 'per-item'; question: FieldQuestion }
  | { kind: 'group'; fields: Map<string, FieldQuestion> };

/** A value split into what the question can still hold and what is set aside (either may be missing). */
interface Split<T> {
  kept?: T;
  aside?: T;
}

function slots(file: QuestionnaireFile, framework: Framework): Map<string, Slot> {
  const out = new Map<string, Slot>();
  for (const step of file.steps) {
    for (const q of stepQuestions(step, framework)) {
      if (q.type === 'group') out.set(q.id, { kind: 'group', fields: new Map(q.fields.map((f) => [f.id, f])) });
      else out.set(q.id, { kind: step.kind === 'per-item' ? 'per-item' : 'scalar', question: q });
    }
  }
  return out;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isMap = (v: unknown): v is Record<string, Scalar> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One value against one question: text as text, options that still exist, the rest aside. */
function splitScalar(file: QuestionnaireFile, q: FieldQuestion, value: unknown): Split<Scalar> {
  // Options from a group are the user's own items, not content: they cannot be removed by a new version.
  const options = staticOptions(file, q);
  const known = (id: string) => !options || options.some((o) => o.id === id);
  if (q.type === 'multi') {
    if (!isStrings(value)) return { aside: value as Scalar };
    const kept = value.filter(known);
    const aside = value.filter((id) => !known(id));
    if (!aside.length) return { kept: value };
    return kept.length ? { kept, aside } : { aside };
  }
  if (typeof value !== 'string') return { aside: value as Scalar };
  if (q.type === 'single' || q.type === 'scale') return value === '' || known(value) ? { kept: value } : { aside: value };
  return { kept: value };
}

function splitMap(file: QuestionnaireFile, fields: (key: string) => FieldQuestion | undefined, map: Record<string, unknown>): Split<Record<string, Scalar>> {
  const kept: Record<string, Scalar> = {};
  const aside: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(map)) {
    const q = fields(key);
    const part = q ? splitScalar(file, q, value) : { aside: value as Scalar };
    if (part.kept !== undefined) kept[key] = part.kept;
    if (part.aside !== undefined) aside[key] = part.aside;
  }
  return { kept, ...(Object.keys(aside).length ? { aside } : {}) };
}

function splitGroup(file: QuestionnaireFile, fields: Map<string, FieldQuestion>, value: unknown): Split<GroupItem[]> {
  const items = Array.isArray(value) ? value : undefined;
  if (!items?.every((i) => isMap(i) && typeof i.id === 'string' && isMap(i.values))) return { aside: value as GroupItem[] };
  const kept: GroupItem[] = [];
  const aside: GroupItem[] = [];
  for (const item of items as GroupItem[]) {
    const part = splitMap(file, (key) => fields.get(key), item.values);
    kept.push({ id: item.id, values: part.kept ?? {} });
    if (part.aside) aside.push({ id: item.id, values: part.aside });
  }
  return { kept, ...(aside.length ? { aside } : {}) };
}

function splitValue(file: QuestionnaireFile, slot: Slot | undefined, value: AnswerValue): Split<AnswerValue> {
  if (!slot) return { aside: value };
  if (slot.kind === 'group') return splitGroup(file, slot.fields, value);
  if (slot.kind === 'scalar') return splitScalar(file, slot.question, value);
  if (!isMap(value)) return { aside: value };
  const part = splitMap(file, () => slot.question, value);
  return part.aside ? part : { kept: value };
}

/**
 * Splits answers into those the questionnaire (with its framework's
 * criteria) can hold and those it cannot. Pure; key order is kept, so the
 * result exports the same bytes every time.
 */
export function splitAnswers(file: QuestionnaireFile, framework: Framework, answers: Answers): { kept: Answers; aside: Answers } {
  const known = slots(file, framework);
  const kept: Answers = {};
  const aside: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    const part = splitValue(file, known.get(id), value);
    if (part.kept !== undefined) kept[id] = part.kept;
    if (part.aside !== undefined) aside[id] = part.aside;
  }
  return { kept, aside };
}

/**
 * The assessment moved to the questionnaire's current version: what the
 * current version cannot hold is added to `earlierAnswers` under the version
 * it was given under (a new entry, so nothing set aside before is touched),
 * and `questionnaire.contentVersion` becomes the current one. An assessment
 * already on the current version (or of another questionnaire) is returned
 * as it is.
 */
export function adoptContentVersion(file: QuestionnaireFile, framework: Framework, assessment: Assessment): Assessment {
  const { questionnaire } = assessment;
  if (questionnaire.id !== file.id || questionnaire.contentVersion === file.contentVersion) return assessment;
  const { kept, aside } = splitAnswers(file, framework, assessment.answers);
  const earlierAnswers = Object.keys(aside).length
    ? [...assessment.earlierAnswers, { contentVersion: questionnaire.contentVersion, answers: aside }]
    : assessment.earlierAnswers;
  return { ...assessment, questionnaire: { ...questionnaire, contentVersion: file.contentVersion }, answers: kept, earlierAnswers };
}
