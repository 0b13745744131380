/**
 * The debrief's hand-ins from the sync server, for a trainer in a build with
 * one: the session of the workshop running on this device, or one whose code
 * the trainer types (the debrief may be on another computer). The session is
 * only read, never reopened. Each hand-in was checked by the server and is
 * checked again here (src/sync/workshop-doc.ts); `onAdd` gets those not yet
 * added, as the page's entries, and the page refuses a duplicate as it does
 * a file dropped twice.
 */
import { useState } from 'react';
import { evaluate } from '../assessment/evaluate';
import type { CompareEntry } from '../assessment/comparison';
import { framework } from '../questionnaire/catalogue';
import { ServerHandIns } from '../ui/compare/server-hand-ins';
import { questionnaireFor } from './questionnaire-for';
import { useCollection } from './workshop-collection';
import { useTrainerServer } from './workshop-server';
import { useWorkshopSession } from './workshop-session-store';

export function DebriefFromServer({ onAdd }: { onAdd: (entries: CompareEntry[]) => void }) {
  const server = useTrainerServer();
  const session = useWorkshopSession();
  const [typed, setTyped] = useState<string | undefined>();
  const code = typed ?? session?.serverCode;
  const collection = useCollection(server, code, false);
  // Hand-ins already added, by id and the time they were handed in: a group that hands in again can be added anew.
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  if (!server) return null;
  const handIns = collection?.handIns ?? [];
  const key = (h: { groupId: string; handedInAt: string }) => `${h.groupId} ${h.handedInAt}`;
  const add = () => {
    const fresh = handIns.filter((h) => !added.has(key(h)));
    const entries = fresh.flatMap((h): CompareEntry[] => {
      const file = questionnaireFor(h.assessment);
      return file ? [{ fileName: h.group, file, assessment: h.assessment, result: evaluate(file, framework, h.assessment) }] : [];
    });
    setAdded((before) => new Set([...before, ...fresh.map(key)]));
    onAdd(entries);
  };
  return (
    <ServerHandIns
      code={code}
      state={collection?.state ?? 'connecting'}
      groups={handIns.map((h) => ({ id: h.groupId, name: h.group, added: added.has(key(h)) }))}
      onCode={setTyped}
      onAdd={add}
    />
  );
}
