/**
 * Question packs: an organisation's own questions (local goals, its own
 * policy programme) added to named steps of a questionnaire without changing
 * the shipped model. A pack is one JSON file with an id, a version, its
 * questions (with options, show-if conditions and links to the five
 * recommendations) and its own texts in every language.
 *
 * Every id in a pack begins with the pack's id, so no pack can take or shadow
 * an id of the model or of another pack, and an answer says by its id which
 * pack it belongs to. A pack cannot tag its questions: tags are what the
 * check reads (src/assessment), and the organisation's questions inform the
 * committee without changing how the check judges the answers.
 *
 * Pure: parsing, checking and merging, with no I/O. The merged questionnaire
 * is an ordinary questionnaire, so every screen and report shows pack
 * questions as it shows the model's own.
 */
import { z } from 'zod';
import { fromZodIssues, type Problem } from './problems';
import { checkQuestionnaireReferences } from './references';
import { Id, SemVer, ZOption, ZQuestion, type FieldQuestion, type Framework, type Question, type QuestionnaireFile, type Step } from './schema';
import { checkTexts, flattenTexts, questionTextKeys, type TextKey } from './texts';
import type { Parsed } from './load';

/** The app's languages, each of which a pack must have its texts in (src/i18n/resources.ts; a content test holds the two equal). */
export const PACK_LANGUAGES = ['sv', 'en'] as const;
export type PackLanguage = (typeof PACK_LANGUAGES)[number];

/** An object with `value` under each of the app's languages, every one required. */
export function inEveryLanguage<T extends z.ZodType>(value: T) {
  return z.strictObject(Object.fromEntries(PACK_LANGUAGES.map((lang) => [lang, value])) as Record<PackLanguage, T>);
}

/** The pack format version this code reads. */
export const PACK_SCHEMA_VERSION = 1;

/** A tree of texts as in `locales/<lang>/content/*.json`: `questions.<id>.label`, `options.<id>.<option>`, … */
const ZTextTree = z.record(z.string(), z.unknown()).describe('Texts in the layout of locales/<lang>/content: questions.<id>.label, options.<id>.<option>, optionSets.<set>.<option>.');

export const ZPackAddition = z.strictObject({
  /** The step the questions are added to (a step of every questionnaire the pack extends). */
  step: Id,
  /** The question of that step they follow; without it they come last in the step. */
  after: Id.optional(),
  questions: z.array(ZQuestion).min(1),
});

export const ZContentPack = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('content-pack'),
    schemaVersion: z.literal(PACK_SCHEMA_VERSION),
    /** The pack's id, which begins every id in it: `norrby.goals`. */
    id: Id,
    /** major.minor.patch: bump it whenever a question, an option or a condition changes. */
    version: SemVer,
    /** The questionnaires it adds to (`proposal`, `service-audit`). */
    questionnaires: z.array(Id).min(1),
    optionSets: z.record(Id, z.array(ZOption).min(2)).default({}),
    additions: z.array(ZPackAddition).min(1),
    /** The pack's own texts, in every language of the app. */
    texts: inEveryLanguage(ZTextTree),
  })
  .describe('A question pack for Jämlikhetskollen: an organisation’s own questions added to steps of a questionnaire, with their texts.');

export type ContentPack = z.infer<typeof ZContentPack>;

/** What an assessment records of a pack it was answered with. */
export interface PackRef {
  id: string;
  version: string;
}

/** Whether `id` is one of the pack's own ids (`<pack>.<something>`). */
export const inPack = (packId: string, id: string): boolean => id.startsWith(`${packId}.`);

/** Every question of the pack, group fields after their group, with its path in the pack file. */
function packQuestions(pack: ContentPack): Array<{ question: Question | FieldQuestion; path: string }> {
  return pack.additions.flatMap((addition, a) =>
    addition.questions.flatMap((question, q) => {
      const path = `$.additions[${a}].questions[${q}]`;
      const fields = question.type === 'group' ? question.fields.map((field, f) => ({ question: field, path: `${path}.fields[${f}]` })) : [];
      return [{ question, path }, ...fields];
    }),
  );
}

/** The pack's own rules: ids under its id, no tags. */
function checkOwnRules(pack: ContentPack): Problem[] {
  const problems: Problem[] = [];
  const prefix = (id: string, path: string) => {
    if (!inPack(pack.id, id)) problems.push({ code: 'pack.prefix', path, params: { id, pack: pack.id } });
  };
  for (const { question, path } of packQuestions(pack)) {
    prefix(question.id, `${path}.id`);
    question.formerIds?.forEach((id, i) => prefix(id, `${path}.formerIds[${i}]`));
    if (question.tags?.length) problems.push({ code: 'pack.tags', path: `${path}.tags` });
    if ('options' in question && Array.isArray(question.options)) {
      question.options.forEach((o, i) => {
        if (o.tags?.length) problems.push({ code: 'pack.tags', path: `${path}.options[${i}].tags` });
      });
    }
  }
  for (const [set, options] of Object.entries(pack.optionSets)) {
    prefix(set, `$.optionSets.${set}`);
    options.forEach((o, i) => {
      if (o.tags?.length) problems.push({ code: 'pack.tags', path: `$.optionSets.${set}[${i}].tags` });
    });
  }
  return problems;
}

/** Where each added question lands in a merged questionnaire: its path there → its path in the pack. */
type PathMap = Array<[merged: string, pack: string]>;

/**
 * `file` with `packs` added, in the order given. A pack that does not name
 * `file` adds nothing to it; an addition whose step or anchor is missing
 * adds nothing either (parsePack reports both, so a checked pack has none).
 */
export function applyPacks(file: QuestionnaireFile, packs: readonly ContentPack[]): QuestionnaireFile {
  return packs.reduce((merged, pack) => merge(merged, pack).file, file);
}

function merge(file: QuestionnaireFile, pack: ContentPack): { file: QuestionnaireFile; paths: PathMap } {
  if (!pack.questionnaires.includes(file.id)) return { file, paths: [] };
  // Each step's questions with, for an added one, where it stands in the pack.
  const steps = file.steps.map((step) => ({
    step,
    questions: step.kind === 'recommendation-check' ? [] : step.questions.map((question) => ({ question: question as Question, from: undefined as string | undefined })),
  }));
  pack.additions.forEach((addition, a) => {
    const target = steps.find((s) => s.step.id === addition.step);
    if (!target || target.step.kind === 'recommendation-check') return;
    const at = addition.after === undefined ? target.questions.length : target.questions.findIndex((q) => q.question.id === addition.after) + 1;
    if (at === 0) return;
    target.questions.splice(at, 0, ...addition.questions.map((question, q) => ({ question, from: `$.additions[${a}].questions[${q}]` })));
  });
  const paths: PathMap = [];
  const merged: Step[] = steps.map(({ step, questions }, s) => {
    if (step.kind === 'recommendation-check') return step;
    questions.forEach((q, i) => {
      if (q.from) paths.push([`$.steps[${s}].questions[${i}]`, q.from]);
    });
    return { ...step, questions: questions.map((q) => q.question) } as Step;
  });
  for (const set of Object.keys(pack.optionSets)) paths.push([`$.optionSets.${set}`, `$.optionSets.${set}`]);
  return { file: { ...file, steps: merged, optionSets: { ...file.optionSets, ...pack.optionSets } }, paths };
}

/** A problem found in a merged questionnaire, placed in the pack file; undefined for one outside the pack. */
function inPackFile(problem: Problem, paths: PathMap): Problem | undefined {
  const hit = paths.find(([merged]) => problem.path === merged || problem.path.startsWith(`${merged}.`) || problem.path.startsWith(`${merged}[`));
  return hit ? { ...problem, path: hit[1] + problem.path.slice(hit[0].length) } : undefined;
}

/**
 * Keys of the texts a pack needs (required) or may have, with paths in the
 * pack file; `perItem` names its questions added to a step asked once per
 * item of a group, which need a short label as the model's own do.
 */
export function packTextKeys(pack: ContentPack, perItem: ReadonlySet<string> = new Set()): TextKey[] {
  const keys = packQuestions(pack).flatMap(({ question, path }) => questionTextKeys(question, path, perItem.has(question.id)));
  for (const [set, options] of Object.entries(pack.optionSets)) {
    options.forEach((o, i) => keys.push({ key: `optionSets.${set}.${o.id}`, path: `$.optionSets.${set}[${i}].id`, required: true }));
  }
  return keys;
}

/** Problems with a pack's texts: missing, empty, or not used by any of its ids. */
function checkPackTexts(pack: ContentPack, keys: TextKey[]): Problem[] {
  const known = new Set(keys.map((k) => k.key));
  return PACK_LANGUAGES.flatMap((lang) => {
    const texts = flattenTexts(pack.texts[lang]);
    const unused = Object.keys(texts)
      .filter((key) => !known.has(key))
      .map((key): Problem => ({ code: 'text.unused', path: `$.texts.${lang}`, params: { key, lang } }));
    return [...checkTexts(keys, texts, lang), ...unused];
  });
}

/**
 * Parses a pack and checks it against the questionnaires it names: its own
 * rules, every step and anchor it adds to, the merged questionnaire's
 * references (conditions, option sets, groups) and its texts. Problems carry
 * JSON paths into the pack file.
 */
export function parsePack(raw: unknown, questionnaires: readonly QuestionnaireFile[], framework: Framework): Parsed<ContentPack> {
  const result = ZContentPack.safeParse(raw);
  if (!result.success) return { ok: false, problems: fromZodIssues(result.error.issues, raw) };
  const pack = result.data;
  const problems: Problem[] = checkOwnRules(pack);
  const perItem = new Set<string>();
  pack.questionnaires.forEach((id, qi) => {
    const file = questionnaires.find((q) => q.id === id);
    if (!file) {
      problems.push({ code: 'pack.questionnaire', path: `$.questionnaires[${qi}]`, params: { id } });
      return;
    }
    pack.additions.forEach((addition, a) => {
      const step = file.steps.find((s) => s.id === addition.step);
      if (!step) {
        problems.push({ code: 'pack.step', path: `$.additions[${a}].step`, params: { id: addition.step, questionnaire: id } });
        return;
      }
      if (step.kind === 'recommendation-check') {
        problems.push({ code: 'pack.step-kind', path: `$.additions[${a}].step`, params: { id: addition.step } });
        return;
      }
      if (step.kind === 'per-item') {
        addition.questions.forEach((q, i) => {
          perItem.add(q.id);
          if (q.type === 'group') problems.push({ code: 'pack.per-item-group', path: `$.additions[${a}].questions[${i}]`, params: { id: addition.step } });
        });
      }
      if (addition.after !== undefined && !step.questions.some((q) => q.id === addition.after)) {
        problems.push({ code: 'pack.after', path: `$.additions[${a}].after`, params: { id: addition.after, step: addition.step } });
      }
    });
    if (problems.length) return;
    const { file: merged, paths } = merge(file, pack);
    for (const problem of checkQuestionnaireReferences(merged, framework)) {
      const placed = inPackFile(problem, paths);
      if (placed && !problems.some((p) => p.code === placed.code && p.path === placed.path)) problems.push(placed);
    }
  });
  if (problems.length) return { ok: false, problems };
  const textProblems = checkPackTexts(pack, packTextKeys(pack, perItem));
  return textProblems.length ? { ok: false, problems: textProblems } : { ok: true, value: pack };
}

/** The texts of `packs` in `lang`, merged into one tree (to add to the app's content texts). */
export function packTexts(packs: readonly ContentPack[], lang: PackLanguage): Record<string, unknown> {
  const into = (target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> => {
    for (const [key, value] of Object.entries(source)) {
      const existing = target[key];
      target[key] =
        value && typeof value === 'object' && !Array.isArray(value) && existing && typeof existing === 'object'
          ? into({ ...(existing as Record<string, unknown>) }, value as Record<string, unknown>)
          : value;
    }
    return target;
  };
  return packs.reduce<Record<string, unknown>>((tree, pack) => into(tree, pack.texts[lang]), {});
}

/** What an assessment records of the packs it was answered with. */
export const packRefs = (packs: readonly ContentPack[]): PackRef[] => packs.map((p) => ({ id: p.id, version: p.version }));
