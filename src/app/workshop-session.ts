/**
 * A running workshop, as plain data: which questionnaire and case, which
 * plan, the part the room is in and that part's timer. Pure functions of
 * the state and the time (`now`, in milliseconds), so the projected window
 * and the trainer's window compute the same time left from the same state,
 * and a reload loses nothing: the timer is a start time and the time
 * counted before the last pause, never a countdown held in memory.
 */
import { z } from 'zod';
import { LANGUAGES, type Language } from '../i18n/languages';
import { PLAN_LENGTHS, type Plan, type PlanLength } from '../questionnaire/workshop';
import { WORKSHOP_CODE_PATTERN } from '../sync/workshop-code';

export const ZWorkshopSession = z.strictObject({
  version: z.literal(1),
  questionnaire: z.string().min(1),
  /** The worked example being run, or null when groups bring their own case. */
  caseId: z.string().min(1).nullable(),
  minutes: z.union(PLAN_LENGTHS.map((m) => z.literal(m)) as [z.ZodLiteral<60>, z.ZodLiteral<90>, z.ZodLiteral<180>]),
  /** The language the groups' link opens in. */
  lang: z.enum(LANGUAGES),
  /** The index of the current part in the plan. */
  part: z.number().int().nonnegative(),
  /** When the current part's timer last started (ms since the epoch), or null while it is paused. */
  runningSince: z.number().nullable(),
  /** Milliseconds the current part ran before the last pause. */
  elapsedBefore: z.number().nonnegative(),
  /** The step the projected wizard shows, when a trainer walks a case there; cleared when the part changes. */
  step: z.string().nullable(),
  /** The code of the session collecting the groups' hand-ins on the sync server, once the trainer started one. */
  serverCode: z.string().regex(new RegExp(`^${WORKSHOP_CODE_PATTERN}$`)).optional(),
  /** Grows with every change, so that a window never takes an older state over a newer one. */
  seq: z.number().int().nonnegative(),
});

export type WorkshopSession = z.infer<typeof ZWorkshopSession>;

export interface SessionSetup {
  questionnaire: string;
  caseId: string | null;
  minutes: PlanLength;
  lang: Language;
}

/** A new workshop in its first part, its timer running from `now`. */
export function startSession(setup: SessionSetup, now: number): WorkshopSession {
  return { version: 1, ...setup, part: 0, runningSince: now, elapsedBefore: 0, step: null, seq: 0 };
}

/** A stored or broadcast value, if it is a session (anything else, e.g. from an older version, is ignored). */
export function parseSession(raw: unknown): WorkshopSession | undefined {
  const result = ZWorkshopSession.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** Milliseconds the current part has run. */
export function elapsed(session: WorkshopSession, now: number): number {
  return session.elapsedBefore + (session.runningSince === null ? 0 : Math.max(0, now - session.runningSince));
}

/** Milliseconds left of the current part; negative once it runs over. */
export function timeLeft(session: WorkshopSession, plan: Plan, now: number): number {
  const part = plan.parts[session.part];
  return (part ? part.minutes * 60_000 : 0) - elapsed(session, now);
}

export const isRunning = (session: WorkshopSession): boolean => session.runningSince !== null;

export function pause(session: WorkshopSession, now: number): WorkshopSession {
  if (session.runningSince === null) return session;
  return { ...session, elapsedBefore: elapsed(session, now), runningSince: null };
}

export function resume(session: WorkshopSession, now: number): WorkshopSession {
  return session.runningSince === null ? { ...session, runningSince: now } : session;
}

/**
 * Moves to part `index` (kept within the plan) with its timer at zero. A
 * running timer keeps running for the new part; a paused one stays paused,
 * so a trainer can move on while the room is still talking.
 */
export function gotoPart(session: WorkshopSession, plan: Plan, index: number, now: number): WorkshopSession {
  const part = Math.min(Math.max(0, index), plan.parts.length - 1);
  if (part === session.part) return session;
  return { ...session, part, elapsedBefore: 0, runningSince: session.runningSince === null ? null : now, step: null };
}

/** The groups hand in on the sync server, to the session `code`; a workshop keeps the first code it got. */
export function collectOnServer(session: WorkshopSession, code: string): WorkshopSession {
  return session.serverCode ? session : { ...session, serverCode: code };
}

/** The projected wizard shows `stepId`. */
export function showStep(session: WorkshopSession, stepId: string): WorkshopSession {
  return session.step === stepId ? session : { ...session, step: stepId };
}

/**
 * A time for the clock: "12:05" while time is left, "+2:10" once the part
 * has run over (the caller adds the word for "over"). Whole seconds, rounded
 * up while counting down so that "0:00" means the time is up.
 */
export function clock(ms: number): { text: string; over: boolean } {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return { text: over ? `+${text}` : text, over };
}

/** The later of two states of the same workshop (by `seq`); `incoming` wins a tie, as it is the newer message. */
export function newer(current: WorkshopSession | undefined, incoming: WorkshopSession | undefined): WorkshopSession | undefined {
  if (!current || !incoming) return incoming;
  return incoming.seq >= current.seq ? incoming : current;
}
