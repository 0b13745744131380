/**
 * Workshops as data: plans and facilitator notes.
 *
 * A plan says, for one questionnaire and a workshop of 60, 90 or 180
 * minutes, what happens in what order and for how long: activities of the
 * room (introduction, a break, the debrief) and slots in which groups work
 * through one or more steps. A slot naming two steps covers those of them
 * that apply on the branch a group takes ("evidence" after a full screening,
 * "evidence-brief" after a light one). A plan's parts add up to its length.
 *
 * The notes give, for each step, the ids of its discussion prompts and
 * typical pitfalls; a note that speaks of one worked example names it in
 * `case` and is shown only when that case is run. The words live in
 * `locales/<lang>/content/workshop.json` under
 * `workshop.<stepId>.prompts.<id>` and `.pitfalls.<id>`, and an activity's
 * under `workshop.activities.<activity>`. Notes are keyed by step id, so a
 * step two questionnaires share has one set of notes.
 */
import { z } from 'zod';
import type { Parsed } from './load';
import { fromZodIssues, type Problem } from './problems';
import { Id, SCHEMA_VERSION, type QuestionnaireFile } from './schema';

/** A note for every case, or one that speaks of a single worked example (its id) and is shown only when that case runs. */
export const ZNote = z.union([Id, z.strictObject({ id: Id, case: Id.describe('The worked example the note speaks of.') })]);

export const ZStepNotes = z.strictObject({
  step: Id,
  /** Questions the facilitator can put to the room. */
  prompts: z.array(ZNote).min(1).max(8),
  /** Mistakes groups often make at this step. */
  pitfalls: z.array(ZNote).min(1).max(4),
});

/** What the whole room does, outside the steps. */
export const ACTIVITIES = ['intro', 'break', 'debrief'] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const ZPlanPart = z.union([
  z.strictObject({
    steps: z.array(Id).min(1).max(3).describe('The steps worked through in this slot; of several, those that apply on the branch a group takes.'),
    minutes: z.number().int().min(1).max(120),
  }),
  z.strictObject({ activity: z.enum(ACTIVITIES), minutes: z.number().int().min(1).max(120) }),
]);

/** The workshop lengths a plan is written for. */
export const PLAN_LENGTHS = [60, 90, 180] as const;
export type PlanLength = (typeof PLAN_LENGTHS)[number];

export const ZPlan = z.strictObject({
  questionnaire: Id,
  minutes: z.union([z.literal(60), z.literal(90), z.literal(180)]),
  parts: z.array(ZPlanPart).min(2),
});

export const ZWorkshop = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('workshop'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  plans: z.array(ZPlan).min(1),
  notes: z.array(ZStepNotes).min(1),
});

export type Note = z.infer<typeof ZNote>;
export type StepNotes = z.infer<typeof ZStepNotes>;
export type PlanPart = z.infer<typeof ZPlanPart>;
export type Plan = z.infer<typeof ZPlan>;
export type Workshop = z.infer<typeof ZWorkshop>;

/** A note's id. */
export const noteId = (note: Note): string => (typeof note === 'string' ? note : note.id);

/** Problems with the plans: a questionnaire or step that does not exist, two plans of one length, parts that do not add up. */
function checkPlans(workshop: Workshop, questionnaires: QuestionnaireFile[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  workshop.plans.forEach((plan, i) => {
    const path = `$.plans[${i}]`;
    const file = questionnaires.find((q) => q.id === plan.questionnaire);
    if (!file) problems.push({ code: 'ref.questionnaire', path: `${path}.questionnaire`, params: { id: plan.questionnaire } });
    const key = `${plan.questionnaire}/${plan.minutes}`;
    if (seen.has(key)) problems.push({ code: 'id.duplicate', path: `${path}.minutes`, params: { id: key } });
    seen.add(key);
    const total = plan.parts.reduce((sum, p) => sum + p.minutes, 0);
    if (total !== plan.minutes) problems.push({ code: 'workshop.plan-total', path: `${path}.parts`, params: { total, minutes: plan.minutes } });
    const stepIds = new Set(file?.steps.map((s) => s.id));
    plan.parts.forEach((part, j) => {
      if (!('steps' in part) || !file) return;
      part.steps.forEach((id, k) => {
        if (!stepIds.has(id)) problems.push({ code: 'ref.step', path: `${path}.parts[${j}].steps[${k}]`, params: { id } });
      });
    });
  });
  return problems;
}

/**
 * Problems with the references of the workshop data: a step that no
 * questionnaire has, notes given twice for one step, a prompt or pitfall id
 * used twice within a step, and the plans' own problems.
 */
export function checkWorkshopReferences(workshop: Workshop, questionnaires: QuestionnaireFile[]): Problem[] {
  const steps = new Set(questionnaires.flatMap((q) => q.steps.map((s) => s.id)));
  const seen = new Set<string>();
  const problems: Problem[] = checkPlans(workshop, questionnaires);
  workshop.notes.forEach((n, i) => {
    const path = `$.notes[${i}]`;
    if (!steps.has(n.step)) problems.push({ code: 'ref.step', path: `${path}.step`, params: { id: n.step } });
    if (seen.has(n.step)) problems.push({ code: 'id.duplicate', path: `${path}.step`, params: { id: n.step } });
    seen.add(n.step);
    for (const list of ['prompts', 'pitfalls'] as const) {
      const ids = n[list].map(noteId);
      ids.forEach((id, j) => {
        if (ids.indexOf(id) !== j) problems.push({ code: 'id.duplicate', path: `${path}.${list}[${j}]`, params: { id } });
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

/**
 * The notes for a step, or undefined when it has none: with `caseId` (the
 * worked example being run, if any), only the notes for every case and for
 * that one; a note that names another case is left out.
 */
export function notesFor(workshop: Workshop, stepId: string, caseId?: string): StepNotes | undefined {
  const notes = workshop.notes.find((n) => n.step === stepId);
  if (!notes) return undefined;
  const keep = (note: Note) => typeof note === 'string' || note.case === caseId;
  return { ...notes, prompts: notes.prompts.filter(keep), pitfalls: notes.pitfalls.filter(keep) };
}

/** The plan for `questionnaireId` of `minutes` length, if there is one. */
export function planFor(workshop: Workshop, questionnaireId: string, minutes: PlanLength): Plan | undefined {
  return workshop.plans.find((p) => p.questionnaire === questionnaireId && p.minutes === minutes);
}

/** The plans written for a questionnaire, shortest first. */
export function plansFor(workshop: Workshop, questionnaireId: string): Plan[] {
  return workshop.plans.filter((p) => p.questionnaire === questionnaireId).sort((a, b) => a.minutes - b.minutes);
}

/** The steps a plan works through, in its order, each once. */
export function planSteps(plan: Plan): string[] {
  return [...new Set(plan.parts.flatMap((p) => ('steps' in p ? p.steps : [])))];
}

/** Where each part starts, in minutes from the start of the workshop. */
export function partStarts(plan: Plan): number[] {
  let at = 0;
  return plan.parts.map((p) => {
    const start = at;
    at += p.minutes;
    return start;
  });
}
