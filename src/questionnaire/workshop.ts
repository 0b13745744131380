/**
 * Facilitator notes for workshops, as data: for each step of the shipped
 * questionnaires, a suggested time and the ids of its discussion prompts and
 * typical pitfalls. The words live in `locales/<lang>/content/workshop.json`
 * under `workshop.<stepId>.prompts.<id>` and `.pitfalls.<id>`. Notes are
 * keyed by step id, so a step two questionnaires share has one set of notes.
 */
import { z } from 'zod';
import type { Parsed } from './load';
import { fromZodIssues, type Problem } from './problems';
import { Id, SCHEMA_VERSION, type QuestionnaireFile } from './schema';

export const ZStepNotes = z.strictObject({
  step: Id,
  /** Suggested time for the step in a workshop, in whole minutes. */
  minutes: z.number().int().min(1).max(120),
  /** Questions the facilitator can put to the room. */
  prompts: z.array(Id).min(1).max(6),
  /** Mistakes groups often make at this step. */
  pitfalls: z.array(Id).min(1).max(4),
});

export const ZWorkshop = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('workshop'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  notes: z.array(ZStepNotes).min(1),
});

export type StepNotes = z.infer<typeof ZStepNotes>;
export type Workshop = z.infer<typeof ZWorkshop>;

/**
 * Problems with the references of the workshop notes: a step that no
 * questionnaire has, notes given twice for one step, or a prompt or pitfall
 * id used twice within a step.
 */
export function checkWorkshopReferences(workshop: Workshop, questionnaires: QuestionnaireFile[]): Problem[] {
  const steps = new Set(questionnaires.flatMap((q) => q.steps.map((s) => s.id)));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  workshop.notes.forEach((n, i) => {
    const path = `$.notes[${i}]`;
    if (!steps.has(n.step)) problems.push({ code: 'ref.step', path: `${path}.step`, params: { id: n.step } });
    if (seen.has(n.step)) problems.push({ code: 'id.duplicate', path: `${path}.step`, params: { id: n.step } });
    seen.add(n.step);
    for (const list of ['prompts', 'pitfalls'] as const) {
      n[list].forEach((id, j) => {
        if (n[list].indexOf(id) !== j) problems.push({ code: 'id.duplicate', path: `${path}.${list}[${j}]`, params: { id } });
      });
    }
  });
  return problems;
}

/** Parses the workshop notes and checks them against the questionnaires. */
export function parseWorkshop(raw: unknown, questionnaires: QuestionnaireFile[]): Parsed<Workshop> {
  const result = ZWorkshop.safeParse(raw);
  if (!result.success) return { ok: false, problems: fromZodIssues(result.error.issues, raw) };
  const problems = checkWorkshopReferences(result.data, questionnaires);
  return problems.length ? { ok: false, problems } : { ok: true, value: result.data };
}

/** The notes for a step, or undefined when it has none. */
export function notesFor(workshop: Workshop, stepId: string): StepNotes | undefined {
  return workshop.notes.find((n) => n.step === stepId);
}
