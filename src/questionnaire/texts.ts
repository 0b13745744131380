/**
 * Which texts a questionnaire needs. The files hold ids only; every id has
 * its words in `locales/<lang>/content/*.json` under the keys listed here.
 * The validate CLI and the content tests use this to find missing, empty
 * and unused texts.
 */
import type { Glossary } from './glossary';
import type { FieldQuestion, Framework, Question, QuestionnaireFile } from './schema';
import { ACTIVITIES, noteId, type Workshop } from './workshop';
import type { Problem } from './problems';
import { allQuestions, staticOptions } from './walk';

export interface TextKey {
  key: string;
  /** Where the id that needs this text stands in its file. */
  path: string;
  required: boolean;
}

/** Keys of the texts a questionnaire file needs (required) or may have (optional). */
export function questionnaireTextKeys(file: QuestionnaireFile): TextKey[] {
  const keys: TextKey[] = [
    { key: `questionnaires.${file.id}.title`, path: '$.id', required: true },
    { key: `questionnaires.${file.id}.description`, path: '$.id', required: true },
  ];
  file.steps.forEach((step, s) => {
    keys.push(
      { key: `steps.${step.id}.title`, path: `$.steps[${s}].id`, required: true },
      { key: `steps.${step.id}.purpose`, path: `$.steps[${s}].id`, required: true },
    );
  });
  const perItem = new Set(file.steps.flatMap((st) => (st.kind === 'per-item' ? st.questions.map((q) => q.id) : [])));
  for (const l of allQuestions(file)) {
    keys.push(...questionTextKeys(l.question, l.path, perItem.has(l.question.id)));
    // Why an option cannot be chosen while its `refusedIf` holds: shown with the option and the error.
    (staticOptions(file, l.question) ?? []).forEach((o) => {
      if (o.refusedIf) keys.push({ key: `questions.${l.question.id}.options.${o.id}.refused`, path: `${l.path}.options`, required: true });
    });
  }
  for (const [set, options] of Object.entries(file.optionSets)) {
    options.forEach((o, i) =>
      keys.push({ key: `optionSets.${set}.${o.id}`, path: `$.optionSets.${set}[${i}].id`, required: true }),
    );
  }
  return keys;
}

/**
 * Keys of the texts one question needs or may have, `path` being where it
 * stands in its file; `perItem` when its step is asked once per item of a
 * group (a short label is then required for the step's tables).
 */
export function questionTextKeys(question: Question | FieldQuestion, path: string, perItem: boolean): TextKey[] {
  const id = question.id;
  const keys: TextKey[] = [
    { key: `questions.${id}.label`, path: `${path}.id`, required: true },
    { key: `questions.${id}.hint`, path: `${path}.id`, required: false },
    { key: `questions.${id}.help`, path: `${path}.id`, required: false },
  ];
  // A repeatable group names its items as nouns: "Alternativ 2", "Lägg till alternativ" (never built from the question).
  if (question.type === 'group') {
    keys.push(
      { key: `questions.${id}.itemTitle`, path: `${path}.id`, required: true },
      { key: `questions.${id}.addLabel`, path: `${path}.id`, required: true },
    );
  }
  // A short label for tables and matrices (the full question in their caption): required where a step repeats per item.
  keys.push({ key: `questions.${id}.short`, path: `${path}.id`, required: perItem });
  if ('options' in question && Array.isArray(question.options)) {
    question.options.forEach((o, i) => keys.push({ key: `options.${id}.${o.id}`, path: `${path}.options[${i}].id`, required: true }));
  }
  return keys;
}

/** Keys of the texts the recommendation framework needs or may have. */
export function frameworkTextKeys(framework: Framework): TextKey[] {
  const keys: TextKey[] = ['title', 'source', 'note'].map((k) => ({
    key: `frameworks.${framework.id}.${k}`,
    path: '$.id',
    required: true,
  }));
  framework.recommendations.forEach((r, ri) => {
    for (const k of ['title', 'short', 'themes']) {
      keys.push({ key: `recommendations.${r.id}.${k}`, path: `$.recommendations[${ri}].id`, required: true });
    }
    r.criteria.forEach((c, ci) => {
      const path = `$.recommendations[${ri}].criteria[${ci}].id`;
      keys.push(
        { key: `criteria.${c.id}.label`, path, required: true },
        { key: `criteria.${c.id}.hint`, path, required: false },
        // What to do when the criterion is not (fully) met; the results page shows it.
        { key: `criteria.${c.id}.suggestion`, path, required: true },
      );
    });
  });
  // A suggestion offered with a finding about a group that gets worse.
  framework.suggestions.forEach((s, i) => keys.push({ key: `suggestions.${s.id}`, path: `$.suggestions[${i}].id`, required: true }));
  return keys;
}

/**
 * Keys of the workshop texts: one per prompt and per pitfall of each step
 * (a case note too), and for each activity of the room its title and the
 * trainer's guide to it. Activities are required whether or not a plan uses
 * them yet, so a plan that adds a break never shows one without words.
 */
export function workshopTextKeys(workshop: Workshop): TextKey[] {
  const notes = workshop.notes.flatMap((n, i) =>
    (['prompts', 'pitfalls'] as const).flatMap((list) =>
      n[list].map(noteId).map((id, j) => ({ key: `workshop.${n.step}.${list}.${id}`, path: `$.notes[${i}].${list}[${j}]`, required: true })),
    ),
  );
  const activities = ACTIVITIES.flatMap((activity) =>
    ['title', 'guide'].map((k) => ({ key: `workshop.activities.${activity}.${k}`, path: '$.plans', required: true })),
  );
  return [...activities, ...notes];
}

/** Keys of the glossary: each term's word and its plain-language definition. */
export function glossaryTextKeys(glossary: Glossary): TextKey[] {
  return glossary.terms.flatMap((term, i) =>
    ['term', 'definition'].map((k) => ({ key: `glossary.${term.id}.${k}`, path: `$.terms[${i}].id`, required: true })),
  );
}

/**
 * Contexts a text may have a variant for. A questionnaire about an existing
 * service (`subject: "service"`) looks every text up as `<key>_service`
 * first and falls back to `<key>` (i18next context), so an audit never
 * speaks of "the proposal" where a proposal's text would.
 */
export const TEXT_CONTEXTS = ['service'] as const;

/** The key a context variant stands in for (`criteria.r2.x.label_service` → `criteria.r2.x.label`), or undefined for a plain key. */
export function contextBase(key: string): string | undefined {
  const context = TEXT_CONTEXTS.find((c) => key.endsWith(`_${c}`));
  return context === undefined ? undefined : key.slice(0, -`_${context}`.length);
}

/**
 * Problems with the context variants of one language: a variant whose base
 * key the model does not know, or whose base text is missing (the variant
 * would then be the only text, and a reader without the context gets none).
 */
export function checkTextVariants(known: ReadonlySet<string>, texts: Record<string, unknown>, lang: string): Problem[] {
  return Object.keys(texts).flatMap((key): Problem[] => {
    const base = contextBase(key);
    if (base === undefined) return [];
    if (!known.has(base)) return [{ code: 'text.unused', path: '$', params: { key, lang } }];
    return texts[base] === undefined ? [{ code: 'text.missing', path: '$', params: { key: base, lang } }] : [];
  });
}

/** The text a reader in `context` sees for `key`: its variant when there is one, else the text itself. */
export function resolveText(texts: Record<string, unknown>, key: string, context: (typeof TEXT_CONTEXTS)[number] | undefined): unknown {
  return context !== undefined && texts[`${key}_${context}`] !== undefined ? texts[`${key}_${context}`] : texts[key];
}

/** Nested locale JSON → `{ 'a.b.c': 'text' }`. Non-string leaves are kept as they are. */
export function flattenTexts(tree: unknown, prefix = ''): Record<string, unknown> {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return { [prefix]: tree };
  return Object.entries(tree).reduce<Record<string, unknown>>(
    (acc, [k, v]) => Object.assign(acc, flattenTexts(v, prefix ? `${prefix}.${k}` : k)),
    {},
  );
}

/**
 * Problems with the texts of one language: a required key missing, or any
 * key present with an empty or non-string value.
 */
export function checkTexts(keys: TextKey[], texts: Record<string, unknown>, lang: string): Problem[] {
  const problems: Problem[] = [];
  for (const { key, path, required } of keys) {
    const value = texts[key];
    if (value === undefined) {
      if (required) problems.push({ code: 'text.missing', path, params: { key, lang } });
    } else if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ code: 'text.empty', path, params: { key, lang } });
    }
  }
  return problems;
}
