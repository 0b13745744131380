// The sync server's token (src/app/sync-token.ts): the organisation's login
// answers `<base>sync-token` first; without it, a token pasted in this tab.
import { describe, expect, it } from 'vitest';
import { findSyncToken, keepPastedToken, loginToken, nameInToken, pastedToken, type Fetch } from '../../../src/app/sync-token';

const answering = (status: number, body: unknown, asked: string[] = []): Fetch => async (input) => {
  asked.push(input);
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
};
const failing: Fetch = async () => {
  throw new TypeError('network');
};

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('the token from the organisation’s login', () => {
  it('is read from a same-origin request under the base address', async () => {
    const asked: string[] = [];
    expect(await loginToken(answering(200, { token: ' abc.def.ghi ' }, asked), '/jk/')).toBe('abc.def.ghi');
    expect(asked).toEqual(['/jk/sync-token']);
  });

  it('is none when the address is not answered, fails, or says something else', async () => {
    expect(await loginToken(answering(404, 'Not found'), '/')).toBeUndefined();
    expect(await loginToken(answering(500, { token: 'x' }), '/')).toBeUndefined();
    expect(await loginToken(failing, '/')).toBeUndefined();
    expect(await loginToken(answering(200, '<html>'), '/')).toBeUndefined();
    expect(await loginToken(answering(200, { token: 42 }), '/')).toBeUndefined();
    expect(await loginToken(answering(200, { token: '  ' }), '/')).toBeUndefined();
  });
});

describe('a pasted token', () => {
  it('is kept in the storage given (the tab’s) and forgotten when emptied', () => {
    const storage = new MemoryStorage();
    expect(pastedToken(storage)).toBeUndefined();
    keepPastedToken('  pasted.token  ', storage);
    expect(pastedToken(storage)).toBe('pasted.token');
    keepPastedToken('', storage);
    expect(pastedToken(storage)).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('is used only when the login gives none', async () => {
    const storage = new MemoryStorage();
    keepPastedToken('pasted.token', storage);
    expect(await findSyncToken(answering(200, { token: 'login.token' }), storage, '/')).toEqual({ source: 'login', token: 'login.token' });
    expect(await findSyncToken(answering(404, ''), storage, '/')).toEqual({ source: 'pasted', token: 'pasted.token' });
    expect(await findSyncToken(answering(404, ''), new MemoryStorage(), '/')).toBeUndefined();
  });
});

describe('the name in a token', () => {
  const token = (payload: unknown) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;
  it('is the name claim, letters outside ASCII included', () => {
    expect(nameInToken(token({ sub: 'a', name: ' Åsa Öberg ' }))).toBe('Åsa Öberg');
  });
  it('is none for a token without one, or that is no JWT', () => {
    expect(nameInToken(token({ sub: 'a' }))).toBeUndefined();
    expect(nameInToken(token({ name: 7 }))).toBeUndefined();
    expect(nameInToken('not a token')).toBeUndefined();
    expect(nameInToken('a.%%%.b')).toBeUndefined();
  });
});
