/**
 * The questions that must be answered to move on, when not all required ones
 * must (a workshop group's copy: the case and the group's name; see
 * `Model.mustAnswer`). The session that knows the copy's origin provides it,
 * so the step form refuses exactly what the wizard machine refuses.
 */
import { createContext } from 'react';

export const MustAnswer = createContext<ReadonlySet<string> | undefined>(undefined);
