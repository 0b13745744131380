// @vitest-environment node
// Sharing an assessment (src/sync/share.ts) against the real sync server on
// localhost: the first to share uploads it; whoever shares it next takes the
// server's copy; edits by two people at once both reach both; a reviewer's
// push writes nothing; stopping leaves the device's copy as it was.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Assessment } from '../../src/assessment/assessment';
import { parseAssessmentJson } from '../../src/assessment/export-file';
import { questionnaires } from '../../src/questionnaire/catalogue';
import { until } from '../../src/server/node-client';
import { startSyncServer, type SyncServer } from '../../src/server/server';
import { issueToken } from '../../src/server/tokens';
import { shareAssessment, type SharedAssessment } from '../../src/sync/share';

const SECRET = 'the share test secret, long enough for HS256';
const file = questionnaires.find((q) => q.id === 'proposal')!;
const library = (() => {
  const parsed = parseAssessmentJson(readFileSync(resolve(import.meta.dirname, '../../questionnaires/examples/library.sv.json'), 'utf8'));
  if (!parsed.ok) throw new Error('the library example does not read');
  return parsed.value;
})();

let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer({ secret: SECRET, debounce: 20, log: () => {} });
});
afterAll(() => server.stop());

interface Person {
  shared: SharedAssessment;
  /** The device's copy: what it started with, then each assessment `onRemote` handed it. */
  copy: () => Assessment;
  /** What `onReplaced` handed over to keep. */
  replaced: Assessment[];
}

async function join(name: string, start: Assessment, role: 'author' | 'co-author' | 'reviewer' = 'author', before?: (shared: SharedAssessment) => void): Promise<Person> {
  let copy = start;
  const replaced: Assessment[] = [];
  const token = await issueToken({ sub: name, name, assessments: { [start.id]: role } }, SECRET);
  const shared = shareAssessment({
    url: server.url,
    token,
    name,
    file,
    assessment: start,
    revision: () => copy.revision,
    onRemote: (a) => (copy = a),
    onReplaced: (own) => replaced.push(own),
    WebSocketPolyfill: WebSocket,
  });
  before?.(shared);
  await until(() => shared.state() === 'synced', 5000, `${name} to be synced`);
  return { shared, copy: () => copy, replaced };
}

const withAnswers = (a: Assessment, answers: Assessment['answers']): Assessment => ({ ...a, answers: { ...a.answers, ...answers } });

describe('sharing an assessment', () => {
  it('uploads it from the first to share; the next takes the server’s copy, not their own', async () => {
    const mine = { ...library, id: 'a-share-1' };
    const anna = await join('Anna', mine);
    const stale = withAnswers(mine, { 'basics.title': 'En gammal titel på Bos dator' });
    const bo = await join('Bo', stale);
    try {
      await until(() => bo.copy().answers['basics.title'] === mine.answers['basics.title'], 5000, 'Bo to get the shared copy');
      expect(bo.copy().answers).toEqual(mine.answers);
      // Bo's own revision is kept: the device counts its own saves.
      expect(bo.copy().revision).toBe(stale.revision);
      // His differing copy was handed over first, to be kept; Anna, who uploaded, had nothing replaced.
      expect(bo.replaced).toEqual([stale]);
      expect(anna.replaced).toEqual([]);
    } finally {
      await anna.shared.stop();
      await bo.shared.stop();
    }
  });

  it('brings each one’s edits to the other, made at the same time to different answers', async () => {
    const mine = { ...library, id: 'a-share-2' };
    const anna = await join('Anna', mine);
    const bo = await join('Bo', mine);
    try {
      anna.shared.push(withAnswers(mine, { 'basics.title': 'Annas titel' }));
      bo.shared.push(withAnswers(mine, { 'proposal.what': 'Bos beskrivning.' }));
      for (const person of [anna, bo]) {
        await until(
          () => person.copy().answers['basics.title'] === 'Annas titel' && person.copy().answers['proposal.what'] === 'Bos beskrivning.',
          5000,
          'both edits to reach both',
        );
      }
      expect(anna.copy().answers).toEqual(bo.copy().answers);
      expect(bo.copy().progress).toEqual(mine.progress);
      expect(bo.copy().drafts).toEqual({});
    } finally {
      await anna.shared.stop();
      await bo.shared.stop();
    }
  });

  it('takes the server’s copy without handing anything over when the device’s answers are the same', async () => {
    const mine = { ...library, id: 'a-share-4' };
    const anna = await join('Anna', mine);
    const bo = await join('Bo', { ...mine, name: 'Bos namn på kopian' });
    try {
      await until(() => bo.copy().name === mine.name, 5000, 'Bo to get the shared copy');
      expect(bo.replaced).toEqual([]);
    } finally {
      await anna.shared.stop();
      await bo.shared.stop();
    }
  });

  it('writes what was accepted before the first sync onto the server’s copy, keeping a colleague’s edits', async () => {
    const mine = { ...library, id: 'a-share-5' };
    const anna = await join('Anna', mine);
    anna.shared.push(withAnswers(mine, { 'basics.title': 'Annas titel' }));
    // Bo answers before his first sync: measured from the copy he started with, so Anna's title stays.
    const bo = await join('Bo', mine, 'co-author', (shared) => shared.push(withAnswers(mine, { 'proposal.what': 'Skrivet innan synk.' })));
    try {
      for (const person of [anna, bo]) {
        await until(
          () => person.copy().answers['basics.title'] === 'Annas titel' && person.copy().answers['proposal.what'] === 'Skrivet innan synk.',
          5000,
          'both edits to reach both',
        );
      }
      expect(anna.copy().answers).toEqual(bo.copy().answers);
      // Bo's copy differed from the server's (it lacked Anna's title): a device cannot tell an older copy
      // from one edited on it, so his is handed over to be kept.
      expect(bo.replaced).toEqual([mine]);
    } finally {
      await anna.shared.stop();
      await bo.shared.stop();
    }
  });

  it('keeps the answers and the questionnaire a co-author’s copy cannot show', async () => {
    const withPack: Assessment = {
      ...library,
      id: 'a-share-6',
      questionnaire: { ...library.questionnaire, packs: [{ id: 'org.local', version: '1.0.0' }] },
      answers: { ...library.answers, 'org.local.goal': 'Målet i vår kommuns program.' },
    };
    const anna = await join('Anna', withPack);
    // Bo's app lacks the pack: his copy sets its answer aside, as opening it there does.
    const bosCopy: Assessment = {
      ...withPack,
      questionnaire: library.questionnaire,
      answers: library.answers,
      earlierAnswers: [{ contentVersion: '1.0.0', pack: 'org.local', answers: { 'org.local.goal': 'Målet i vår kommuns program.' } }],
    };
    const bo = await join('Bo', bosCopy);
    try {
      await until(() => bo.copy().answers['org.local.goal'] !== undefined, 5000, 'Bo to get the shared copy');
      bo.shared.push({ ...bosCopy, answers: { ...bosCopy.answers, 'basics.title': 'Bos titel' } });
      await until(() => anna.copy().answers['basics.title'] === 'Bos titel', 5000, 'Bo’s edit to reach Anna');
      expect(anna.copy().answers['org.local.goal']).toBe('Målet i vår kommuns program.');
      expect(anna.copy().questionnaire).toEqual(withPack.questionnaire);
      expect(anna.copy().earlierAnswers).toEqual(withPack.earlierAnswers);
    } finally {
      await anna.shared.stop();
      await bo.shared.stop();
    }
  });

  it('writes nothing for a reviewer, and stopping leaves each copy as it is', async () => {
    const mine = { ...library, id: 'a-share-3' };
    const anna = await join('Anna', mine);
    const sara = await join('Sara', mine, 'reviewer');
    try {
      expect(sara.shared.readOnly()).toBe(true);
      sara.shared.push(withAnswers(mine, { 'basics.title': 'Granskarens ändring' }));
      anna.shared.push(withAnswers(mine, { 'proposal.problem': 'Annas ändring.' }));
      await until(() => sara.copy().answers['proposal.problem'] === 'Annas ändring.', 5000, 'the reviewer to see the author’s edit');
      expect(anna.copy().answers['basics.title']).toBe(mine.answers['basics.title']);
      expect(sara.copy().answers['basics.title']).toBe(mine.answers['basics.title']);
      await anna.shared.stop();
      const kept = sara.copy();
      await sara.shared.stop();
      expect(sara.copy()).toBe(kept);
    } finally {
      await anna.shared.stop();
      await sara.shared.stop();
    }
  });
});
