// Workshops on the sync server, as the app decides what to offer and keeps
// on a group's device: a token's trainer right read (never trusted) from its
// claims; the groups' link with the session's code in it; the code and the
// hand-in's id kept per copy, never a wrong code; the workshop's state keeps
// the first session code it got, and an older state without one still reads.
import { describe, expect, it } from 'vitest';
import { handInIdFor, rememberWorkshopCode, workshopCodeFor } from '../../../src/app/workshop-code-store';
import { parseRoute } from '../../../src/app/routes';
import { hasTrainerRight, joinLinkWithCode } from '../../../src/app/workshop-server';
import { collectOnServer, parseSession, startSession } from '../../../src/app/workshop-session';

const jwt = (claims: object) => `${btoa(JSON.stringify({ alg: 'HS256' }))}.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.signature`;

/** A Storage in memory, as localStorage is. */
function memory(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('what the app offers a trainer', () => {
  it('reads the trainer right from a token’s claims, and nothing from what is no token', () => {
    expect(hasTrainerRight(jwt({ sub: 'tina', name: 'Tina Åström', trainer: true }))).toBe(true);
    expect(hasTrainerRight(jwt({ sub: 'anna', name: 'Anna', trainer: false, register: true }))).toBe(false);
    expect(hasTrainerRight(jwt({ sub: 'anna', name: 'Anna' }))).toBe(false);
    for (const token of ['', 'not-a-token', 'a.%%%.c', 'group:K7Q2M9XT']) expect(hasTrainerRight(token), token).toBe(false);
  });

  it('gives the groups a link that opens the case, with the session’s code in it', () => {
    const link = joinLinkWithCode('https://kommun.se/jk/#/workshop', 'sv', 'library', 'K7Q2M9XT');
    expect(link).toBe('https://kommun.se/jk/#/join/sv/w/K7Q2M9XT/example/library');
    expect(parseRoute(link.slice(link.indexOf('#')))).toEqual({ name: 'join', lang: 'sv', source: { kind: 'example', id: 'library' }, code: 'K7Q2M9XT' });
    // A link without a code is the plain join link, as before.
    expect(parseRoute('#/join/sv/example/library')).toEqual({ name: 'join', lang: 'sv', source: { kind: 'example', id: 'library' } });
  });
});

describe('what a group’s device keeps', () => {
  it('keeps the code per copy, read as the server reads it, and refuses what is no code', () => {
    const storage = memory();
    rememberWorkshopCode('a-1', 'k7q2 m9xt', storage);
    rememberWorkshopCode('a-2', 'nonsense', storage);
    expect(workshopCodeFor('a-1', storage)).toBe('K7Q2M9XT');
    expect(workshopCodeFor('a-2', storage)).toBeUndefined();
    expect(workshopCodeFor('a-3', storage)).toBeUndefined();
  });

  it('makes a hand-in id once per copy, so a second hand-in replaces the first', () => {
    const storage = memory();
    const first = handInIdFor('a-1', storage);
    expect(first).toMatch(/^g-[0-9a-f-]{36}$/);
    expect(handInIdFor('a-1', storage)).toBe(first);
    expect(handInIdFor('a-2', storage)).not.toBe(first);
    // Keeping the code later does not lose the id.
    rememberWorkshopCode('a-1', 'K7Q2M9XT', storage);
    expect(handInIdFor('a-1', storage)).toBe(first);
  });
});

describe('the workshop’s state', () => {
  it('keeps the first session code it got, and reads a state saved before there were codes', () => {
    const session = startSession({ questionnaire: 'proposal', caseId: 'library', minutes: 90, lang: 'sv' }, 0);
    expect(parseSession(JSON.parse(JSON.stringify(session)))).toEqual(session);
    const collecting = collectOnServer(session, 'K7Q2M9XT');
    expect(collecting.serverCode).toBe('K7Q2M9XT');
    expect(collectOnServer(collecting, 'ABCDEFGH').serverCode).toBe('K7Q2M9XT');
    expect(parseSession(collecting)).toEqual(collecting);
    expect(parseSession({ ...session, serverCode: 'not a code' })).toBeUndefined();
  });
});
