// @vitest-environment node
// Workshop sessions in the sync server's tokens (src/server/tokens.ts) and
// their codes (src/sync/workshop-code.ts): a trainer opens sessions and
// reads hand-ins; a group's token, the session's code, writes only a hand-in
// of that session; codes are drawn evenly from an alphabet without
// look-alikes and read back however a person types them.
import { describe, expect, it } from 'vitest';
import { access, documentRef, groupAccess, groupTokenCode, ZClaims } from '../../../src/server/tokens';
import { groupToken, newWorkshopCode, readWorkshopCode, showWorkshopCode, WORKSHOP_CODE_ALPHABET } from '../../../src/sync/workshop-code';

const claims = (extra: Partial<ReturnType<typeof ZClaims.parse>> = {}) => ZClaims.parse({ sub: 'tina', name: 'Tina', ...extra });
const CODE = 'K7Q2M9XT';
const HAND_IN = 'g-0f8fad5b-d9cb-469f-a165-70867728950e';

describe('workshop documents', () => {
  it('are a session by its code, and a hand-in by code and a long id', () => {
    expect(documentRef(`workshop/${CODE}`)).toEqual({ kind: 'workshop', code: CODE });
    expect(documentRef(`workshop/${CODE}/${HAND_IN}`)).toEqual({ kind: 'hand-in', code: CODE, groupId: HAND_IN });
    const wrong = ['workshop/K7Q2', 'workshop/k7q2m9xt', 'workshop/K7Q2M9X0', 'workshop/K7Q2M9XTT', `workshop/${CODE}/short`, `workshop/${CODE}/${HAND_IN}/x`, `workshop/${CODE}/../register`];
    for (const name of wrong) expect(documentRef(name), name).toBeUndefined();
  });

  it('let a trainer write a session and read its hand-ins, and no one else either', () => {
    expect(access(claims({ trainer: true }), `workshop/${CODE}`)).toBe('write');
    expect(access(claims({ trainer: true }), `workshop/${CODE}/${HAND_IN}`)).toBe('read');
    const others = claims({ assessments: { '*': 'author' }, register: true });
    expect(access(others, `workshop/${CODE}`)).toBe('none');
    expect(access(others, `workshop/${CODE}/${HAND_IN}`)).toBe('none');
  });

  it('let a group’s code write a hand-in of its own session only', () => {
    expect(groupTokenCode(groupToken(CODE))).toBe(CODE);
    expect(groupAccess(CODE, `workshop/${CODE}/${HAND_IN}`)).toBe('write');
    expect(groupAccess(CODE, `workshop/${CODE}`)).toBe('none');
    expect(groupAccess(CODE, `workshop/ABCDEFGH/${HAND_IN}`)).toBe('none');
    expect(groupAccess(CODE, 'register')).toBe('none');
    expect(groupAccess(CODE, `assessment/${HAND_IN}`)).toBe('none');
    expect(groupAccess(CODE, `review/${HAND_IN}`)).toBe('none');
  });

  it('read a group token only when it is one, whole', () => {
    for (const token of ['', CODE, 'group:', 'group:k7q2m9xt', `group:${CODE}x`, `xgroup:${CODE}`, 'eyJhbGciOiJIUzI1NiJ9.e30.x']) expect(groupTokenCode(token), token).toBeUndefined();
  });
});

describe('workshop codes', () => {
  it('are eight characters of the alphabet, which has no 0, O, 1, I or L', () => {
    for (const look of '0O1IL') expect(WORKSHOP_CODE_ALPHABET).not.toContain(look);
    for (let i = 0; i < 200; i++) expect(newWorkshopCode()).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
  });

  it('draw every character as often, dropping the bytes that would favour the first ones', () => {
    // Bytes 248–255 are above the last whole round of 31 characters: never used.
    const bytes = [255, 248, ...Array.from({ length: 8 }, (_, i) => i * 31), 0, 0, 0, 0, 0, 0];
    expect(newWorkshopCode((array) => (array.set(bytes.slice(0, array.length)), array))).toBe('22222222');
    expect(newWorkshopCode((array) => (array.set([30, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0, 0, 0, 0, 0]), array))).toBe('Z3456789');
  });

  it('are read however a person types them, and refused when they are none', () => {
    expect(readWorkshopCode(' k7q2 m9xt ')).toBe(CODE);
    expect(readWorkshopCode('K7Q2-M9XT')).toBe(CODE);
    expect(readWorkshopCode(showWorkshopCode(CODE))).toBe(CODE);
    for (const typed of ['', 'K7Q2', 'K7Q2M9XO', 'K7Q2M9XT9']) expect(readWorkshopCode(typed), typed).toBeUndefined();
  });
});
