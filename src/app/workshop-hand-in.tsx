/**
 * "Lämna in" for a workshop group's copy, in a build with a sync server:
 * hands the copy in to the session whose code the join link carried (or the
 * group typed) and says truly whether the server has it. The code and the
 * hand-in's id are kept on this device (workshop-code-store.ts); the sync
 * code loads only when the group hands in. Loaded lazily by the assessment
 * screen, for a copy made from a workshop link.
 */
import { useState } from 'react';
import type { Assessment } from '../assessment/assessment';
import { HandInPanel, type HandInStatus } from '../ui/workshop/hand-in-panel';
import { syncServerUrl } from './sync-config';
import { handInIdFor, rememberWorkshopCode, workshopCodeFor } from './workshop-code-store';

/** `assessment` gives the copy as it is when the group hands in, not as it was when the panel was drawn. */
export default function WorkshopHandIn({ id, assessment: current }: { id: string; assessment: () => Assessment }) {
  const url = syncServerUrl();
  const [code, setCode] = useState(() => workshopCodeFor(id));
  const [status, setStatus] = useState<HandInStatus>();
  if (!url) return null;

  const handIn = async (typed: string) => {
    const assessment = current();
    // The server knows a hand-in by its group's name: a copy not yet named is not handed in.
    if (assessment.name.trim() === '') {
      setStatus('no-name');
      return;
    }
    rememberWorkshopCode(assessment.id, typed);
    setCode(typed);
    setStatus('sending');
    try {
      const { handInToServer } = await import('../sync/workshop-hand-in');
      setStatus(await handInToServer({ url, code: typed, handInId: handInIdFor(assessment.id), assessment }));
    } catch {
      // The sync code did not load (the connection dropped): the hand-in did not leave this device.
      setStatus('offline');
    }
  };

  return (
    <HandInPanel
      code={code}
      status={status}
      onHandIn={(typed) => void handIn(typed)}
      onOtherCode={() => {
        setCode(undefined);
        setStatus(undefined);
      }}
    />
  );
}
