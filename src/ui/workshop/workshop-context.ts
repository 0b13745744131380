import { createContext, useContext } from 'react';
import type { Workshop } from '../../questionnaire/workshop';

/** Whether workshop mode is on, the workshop data (plans and notes), and what a screen may tell the running workshop. */
export interface WorkshopValue {
  enabled: boolean;
  workshop: Workshop | undefined;
  /** Switches workshop mode (the presenter view) on or off; starting a workshop switches it on. */
  setEnabled?: (on: boolean) => void;
  /** The wizard shows this step on the projector: the trainer's window follows it. */
  onStep?: (stepId: string) => void;
  /** The address of the trainer's window. */
  trainerHref?: string;
}

/** The name of the trainer's window: every link to it opens the same window, not a new one each time. */
export const TRAINER_WINDOW = 'jamlikhetskollen-trainer';

export const WorkshopContext = createContext<WorkshopValue>({ enabled: false, workshop: undefined });

/** The workshop mode around a component; off when no provider is present. */
export function useWorkshop(): WorkshopValue {
  return useContext(WorkshopContext);
}
