/**
 * Answers from another version of the questionnaire. When a questionnaire's
 * `contentVersion` changes, an assessment made under the old one may hold
 * answers the new one cannot take: a question that was removed, an option
 * that was removed, a value of a shape the question no longer has. Those
 * parts are set aside in `earlierAnswers` (with the version they were given
 * under), never dropped; the rest stays in `answers`, where it is validated
 * and evaluated as before. A choice answer with a removed option keeps its
 * still-valid options (multiple choice) and sets only the removed ones aside.
 *
 * A question that moved to a new id names its old ones in `formerIds`: an
 * answer stored under a former id is carried over to the new id (unless the
 * new id has an answer of its own), and only what the question cannot hold
 * is set aside, under the id it was stored under. The same holds for the
 * fields of a repeatable group, inside each item.
 */
import { parseNumber, type Answers, type AnswerValue, type GroupItem, type Scalar } from '../questionnaire/answers';
import type { FieldQuestion, Framework, QuestionnaireFile } from '../questionnaire/schema';
import { stepQuestions } from '../questionnaire/step-questions';
import { staticOptions } from '../questionnaire/walk';
import type { Assessment } from './assessment';

/** How a question's answer is stored under its id. */
type Slot =
  | { kind: 'scalar'; question: FieldQuestion }
  | { kind: 'per-item'; question: FieldQuestion }
  | { kind: 'group'; fields: Map<string, FieldQuestion>; renamed: Map<string, string> };

/** A value split into what the question can still hold and what is set aside (either may be missing). */
interface Split<T> {
  kept?: T;
  aside?: T;
}

/** Former id → current id, for the questions (or a group's fields) that name `formerIds`. */
function renames(questions: ReadonlyArray<{ id: string; formerIds?: string[] }>): Map<string, string> {
  return new Map(questions.flatMap((q) => (q.formerIds ?? []).map((former): [string, string] => [former, q.id])));
}

function slots(file: QuestionnaireFile, framework: Framework): { byId: Map<string, Slot>; renamed: Map<string, string> } {
  const byId = new Map<string, Slot>();
  const questions: Array<{ id: string; formerIds?: string[] }> = [];
  for (const step of file.steps) {
    for (const q of stepQuestions(step, framework)) {
      questions.push(q);
      if (q.type === 'group') byId.set(q.id, { kind: 'group', fields: new Map(q.fields.map((f) => [f.id, f])), renamed: renames(q.fields) });
      else byId.set(q.id, { kind: step.kind === 'per-item' ? 'per-item' : 'scalar', question: q });
    }
  }
  return { byId, renamed: renames(questions) };
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
  // A number question cannot hold words (say, "about a third" typed when the question was free text).
  if (q.type === 'number') return value.trim() === '' || parseNumber(value) !== null ? { kept: value } : { aside: value };
  return { kept: value };
}

/**
 * Where an answer stored under `key` belongs now: its own id, or the id it
 * was renamed to when that id has no answer of its own in `siblings`.
 */
function target(key: string, known: (id: string) => boolean, renamed: Map<string, string>, siblings: Record<string, unknown>): string | undefined {
  if (known(key)) return key;
  const to = renamed.get(key);
  return to !== undefined && siblings[to] === undefined ? to : undefined;
}

function splitMap(
  file: QuestionnaireFile,
  fields: (key: string) => FieldQuestion | undefined,
  map: Record<string, unknown>,
  renamed: Map<string, string> = new Map(),
): Split<Record<string, Scalar>> {
  const kept: Record<string, Scalar> = {};
  const aside: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(map)) {
    let to = target(key, (id) => fields(id) !== undefined, renamed, map);
    if (to !== key && to !== undefined && kept[to] !== undefined) to = undefined; // two former ids, one question: the first wins
    const q = to === undefined ? undefined : fields(to);
    const part = q ? splitScalar(file, q, value) : { aside: value as Scalar };
    if (part.kept !== undefined) kept[to!] = part.kept;
    if (part.aside !== undefined) aside[key] = part.aside;
  }
  return { kept, ...(Object.keys(aside).length ? { aside } : {}) };
}

function splitGroup(file: QuestionnaireFile, fields: Map<string, FieldQuestion>, renamed: Map<string, string>, value: unknown): Split<GroupItem[]> {
  const items = Array.isArray(value) ? value : undefined;
  if (!items?.every((i) => isMap(i) && typeof i.id === 'string' && isMap(i.values))) return { aside: value as GroupItem[] };
  const kept: GroupItem[] = [];
  const aside: GroupItem[] = [];
  for (const item of items as GroupItem[]) {
    const part = splitMap(file, (key) => fields.get(key), item.values, renamed);
    kept.push({ id: item.id, values: part.kept ?? {} });
    if (part.aside) aside.push({ id: item.id, values: part.aside });
  }
  return { kept, ...(aside.length ? { aside } : {}) };
}

function splitValue(file: QuestionnaireFile, slot: Slot | undefined, value: AnswerValue): Split<AnswerValue> {
  if (!slot) return { aside: value };
  if (slot.kind === 'group') return splitGroup(file, slot.fields, slot.renamed, value);
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
  const { byId, renamed } = slots(file, framework);
  const kept: Answers = {};
  const aside: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    // An answer under a former id moves to the question's current id; what it cannot hold stays under the old id.
    let to = target(id, (x) => byId.has(x), renamed, answers);
    if (to !== id && to !== undefined && kept[to] !== undefined) to = undefined; // two former ids, one question: the first wins
    const part = splitValue(file, to === undefined ? undefined : byId.get(to), value);
    if (part.kept !== undefined) kept[to!] = part.kept;
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
