// @vitest-environment node
// Tokens of the sync server (src/server/tokens.ts): what a token allows on
// which document, and that only a token signed with the deployment's secret,
// in its lifetime and for this service, is believed.
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { access, documentRef, issueToken, signingKey, verifyToken, ZClaims } from '../../../src/server/tokens';

const SECRET = 'x'.repeat(40);
const claims = (extra: Partial<ReturnType<typeof ZClaims.parse>> = {}) => ZClaims.parse({ sub: 'anna', name: 'Anna', ...extra });

describe('documentRef', () => {
  it('knows the four kinds of document by name, and nothing else', () => {
    expect(documentRef('assessment/a-1b2c')).toEqual({ kind: 'assessment', id: 'a-1b2c' });
    expect(documentRef('review/a-1b2c')).toEqual({ kind: 'review', id: 'a-1b2c' });
    expect(documentRef('register')).toEqual({ kind: 'register' });
    expect(documentRef('workshop/K7Q2M9XT')).toEqual({ kind: 'workshop', code: 'K7Q2M9XT' });
    for (const name of ['assessment/', 'assessment/../register', 'review/', 'review/a/b', 'registers', 'workshop/k7q2', 'other/x', '']) expect(documentRef(name)).toBeUndefined();
  });
});

describe('access', () => {
  it('follows the role per assessment, and * for every assessment', () => {
    expect(access(claims({ assessments: { a1: 'author' } }), 'assessment/a1')).toBe('write');
    expect(access(claims({ assessments: { a1: 'co-author' } }), 'assessment/a1')).toBe('write');
    expect(access(claims({ assessments: { a1: 'reviewer' } }), 'assessment/a1')).toBe('read');
    expect(access(claims({ assessments: { a1: 'author' } }), 'assessment/a2')).toBe('none');
    expect(access(claims({ assessments: { '*': 'co-author', a1: 'reviewer' } }), 'assessment/a1')).toBe('read');
    expect(access(claims({ assessments: { '*': 'co-author' } }), 'assessment/any')).toBe('write');
  });

  it('lets every role on an assessment write its review, a reviewer included, and no one else', () => {
    for (const role of ['author', 'co-author', 'reviewer'] as const) expect(access(claims({ assessments: { a1: role } }), 'review/a1')).toBe('write');
    expect(access(claims({ assessments: { '*': 'reviewer' } }), 'review/a9')).toBe('write');
    expect(access(claims({ assessments: { a1: 'reviewer' } }), 'review/a2')).toBe('none');
    expect(access(claims({ register: true, trainer: true }), 'review/a1')).toBe('none');
  });

  it('lets only register readers read the register, and no one write it', () => {
    expect(access(claims({ register: true }), 'register')).toBe('read');
    expect(access(claims({ assessments: { '*': 'author' } }), 'register')).toBe('none');
  });

  it('gives nothing on a name that is no document of ours', () => {
    expect(access(claims({ assessments: { '*': 'author' }, register: true, trainer: true }), 'something/else')).toBe('none');
  });
});

describe('tokens', () => {
  it('round-trip the claims', async () => {
    const token = await issueToken({ sub: 'anna', name: 'Anna Berg', assessments: { a1: 'author' }, register: true }, SECRET);
    expect(await verifyToken(token, SECRET)).toEqual({ sub: 'anna', name: 'Anna Berg', assessments: { a1: 'author' }, register: true, trainer: false });
  });

  it('are refused when signed with another secret, expired, for another audience or unsigned', async () => {
    await expect(verifyToken(await issueToken({ sub: 'a', name: 'A' }, 'y'.repeat(40)), SECRET)).rejects.toThrow(/signature verification failed/);
    await expect(verifyToken(await issueToken({ sub: 'a', name: 'A' }, SECRET, '-1s'), SECRET)).rejects.toThrow(/"exp" claim/);
    const otherAudience = await new SignJWT({ name: 'A' }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').setIssuer('jamlikhetskollen').setAudience('elsewhere').setExpirationTime('1h').sign(signingKey(SECRET));
    await expect(verifyToken(otherAudience, SECRET)).rejects.toThrow(/"aud" claim/);
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'a', name: 'A', iss: 'jamlikhetskollen', aud: 'jamlikhetskollen-sync', exp: 9999999999 })).toString('base64url');
    await expect(verifyToken(`${header}.${body}.`, SECRET)).rejects.toThrow(/"alg"/);
  });

  it('need a secret of at least 32 characters', async () => {
    await expect(issueToken({ sub: 'a', name: 'A' }, 'short')).rejects.toThrow(/32/);
  });
});
