/**
 * The place of an assessment not started, written whole, as the wizard
 * writes it back (so no second save follows a reset). Its own module, free
 * of zod, because the start page's copy and reset code needs it in the
 * first load.
 */
import type { Progress } from './assessment';

export const startProgress = (): Progress => ({ phase: 'start', stepId: null, page: null, reached: [], done: [], completedAt: null });
