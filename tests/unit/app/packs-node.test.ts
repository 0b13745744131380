// @vitest-environment node
// Outside a page (the command-line tools) there is no deployment and no imported pack: the app's registry
// loads an empty setup at once, asking nothing and warning about nothing.
import { describe, expect, it, vi } from 'vitest';
import { loadPackSetup, packSetup } from '../../../src/app/packs/registry';

describe('the pack setup outside a page', () => {
  it('is empty, without a request or a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    expect(await loadPackSetup()).toEqual({ organisation: undefined, packs: [], listed: [] });
    expect(packSetup().packs).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
