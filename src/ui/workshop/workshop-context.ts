import { createContext, useContext } from 'react';
import type { Workshop } from '../../questionnaire/workshop';

/** Whether workshop mode is on, and the facilitator notes to show when it is. */
export interface WorkshopValue {
  enabled: boolean;
  workshop: Workshop | undefined;
}

export const WorkshopContext = createContext<WorkshopValue>({ enabled: false, workshop: undefined });

/** The workshop mode around a component; off when no provider is present. */
export function useWorkshop(): WorkshopValue {
  return useContext(WorkshopContext);
}
