/**
 * The organisation's profile and the question packs in use on this device:
 * the deployment's (`org/organisation.json` beside the build, and the packs
 * it names) and those the user imported. Loaded once, after the app runs and
 * never in the first load; until then no pack is in use.
 *
 * This module stays small and free of zod: a device with neither a profile
 * nor an imported pack makes one request and loads no parsing code
 * (./assemble.ts comes only when there is something to check).
 */
import type { Organisation } from '../../questionnaire/organisation';
import type { ContentPack } from '../../questionnaire/pack';
import type { Deployment } from './assemble';
import { fetchJson } from './fetch-json';
import type { StoredPack } from './imported';

export interface PackSetup {
  /** The deployment's profile, when it ships one that parses. */
  organisation: Organisation | undefined;
  /** The packs in use: the deployment's, then the imported ones; a pack that clashes with one before it is left out. */
  packs: readonly ContentPack[];
  /** Every pack on hand, in use or not, as the list of packs shows them: the deployment's, then the imported ones. */
  listed: readonly ListedPack[];
}

/** A pack on hand, and whether it is in use. */
export interface ListedPack {
  id: string;
  /** Empty when an imported file does not say. */
  version: string;
  source: 'organisation' | 'imported';
  /** The questionnaires it adds questions to. */
  questionnaires: readonly string[];
  /** Not in use: it clashes with this pack, which came before it. */
  clashesWith?: string;
  /** Not in use: an imported file this version of the app cannot read. */
  unreadable?: true;
}

/** Where the files are and how to reach them (tests give their own). */
export interface PackSources {
  /** The profile's address; none outside a page (the command-line tools), where there is no deployment. */
  profile: () => URL | undefined;
  fetch: typeof fetch;
  /** The imported packs' database name. */
  database?: string;
  warn: (message: string) => void;
}

const EMPTY: PackSetup = { organisation: undefined, packs: [], listed: [] };

export interface PackRegistry {
  current: () => PackSetup;
  load: () => Promise<PackSetup>;
  refresh: () => Promise<PackSetup>;
  subscribe: (listener: (setup: PackSetup) => void) => () => void;
  /** Keeps an imported pack (replacing one of its id) and loads the setup again. */
  keep: (pack: StoredPack) => Promise<PackSetup>;
  /** Removes an imported pack and loads the setup again. */
  forget: (id: string) => Promise<PackSetup>;
}

/** A registry reading from `sources`: the app has one (below); each test makes its own. */
export function createPackRegistry(sources: PackSources): PackRegistry {
  let current = EMPTY;
  let loading: Promise<PackSetup> | undefined;
  let deployment: Promise<{ fetched: boolean; load: () => Promise<Deployment> }> | undefined;
  const listeners = new Set<(setup: PackSetup) => void>();

  /** The deployment's files, fetched once per page: the organisation changes them between visits, not during one. */
  const deployed = () =>
    (deployment ??= (async () => {
      const url = sources.profile();
      if (!url) return { fetched: false, load: () => Promise.resolve<Deployment>({ organisation: undefined, packs: [] }) };
      const origin = typeof location === 'undefined' ? url.origin : location.origin;
      const profile = await fetchJson(url, origin, sources.fetch);
      let checked: Promise<Deployment> | undefined;
      const load = () => (checked ??= import('./assemble').then((m) => m.loadDeployment(profile, url, origin, sources.fetch, sources.warn)));
      return { fetched: profile.state !== 'absent', load };
    })());

  /** Counts loads, so that one overtaken by a later load (an import while the first was under way) publishes nothing. */
  let generation = 0;

  const compute = async (): Promise<PackSetup> => {
    const run = ++generation;
    const [{ fetched, load }, imported] = await Promise.all([deployed(), import('./imported').then((m) => m.readImported(sources.database))]);
    let setup = EMPTY;
    // Nothing to check: the parsing code is not loaded at all.
    if (fetched || imported.length) {
      const [{ assemble }, checked] = await Promise.all([import('./assemble'), load()]);
      setup = assemble(checked, imported, sources.warn);
    }
    // Read before the later load's change: that load's setup is the one to use.
    if (run !== generation && loading) return loading;
    current = setup;
    for (const listener of listeners) listener(setup);
    return setup;
  };

  // Never rejects: a setup that cannot be read is the one before it (at first, none).
  const safely = (work: Promise<PackSetup>) =>
    work.catch((error: unknown) => {
      sources.warn(`Question packs not loaded: ${error instanceof Error ? error.message : String(error)}`);
      return current;
    });

  // After an import or a removal: the imported packs read again, the deployment's kept.
  const refresh = () => (loading = safely(compute()));
  const stored = () => import('./imported');

  return {
    current: () => current,
    load: () => (loading ??= safely(compute())),
    refresh,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    keep: async (pack) => {
      await (await stored()).storeImported(pack, sources.database);
      return refresh();
    },
    forget: async (id) => {
      await (await stored()).removeImported(id, sources.database);
      return refresh();
    },
  };
}

/** The app's registry. */
export const appPackRegistry: PackRegistry = createPackRegistry({
  // The build's base (`./` or a sub-path), as the app's other files are found; typed loosely, as the
  // browser tests' Node code also compiles this file.
  profile: () =>
    typeof document === 'undefined' ? undefined : new URL(`${(import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? './'}org/organisation.json`, document.baseURI),
  fetch: (...args) => fetch(...args),
  warn: (message) => console.warn(message),
});

/** What is loaded so far: empty until `loadPackSetup()` has resolved. */
export function packSetup(): PackSetup {
  return appPackRegistry.current();
}

/** Loads the profile, its packs and the imported packs, once. Never rejects: what cannot be read is left out. */
export function loadPackSetup(): Promise<PackSetup> {
  return appPackRegistry.load();
}

/** Reads the imported packs again (after an import or a removal); `packSetup()` has the new set when it resolves. */
export function refreshPackSetup(): Promise<PackSetup> {
  return appPackRegistry.refresh();
}

/** Calls `listener` with each setup loaded from now on; returns the way to stop. */
export function subscribePackSetup(listener: (setup: PackSetup) => void): () => void {
  return appPackRegistry.subscribe(listener);
}
