/**
 * Telling other tabs about saved work. Every write to the shared database
 * is announced on a BroadcastChannel as the assessment's id and new
 * revision (never its content: the receiving tab reads the record from the
 * database itself, so an announcement can never carry stale data). A tab
 * that has the assessment open uses `reactToChange` to decide whether to
 * show the newer version or to stop editing an outdated one.
 */
import type { Repository } from './repository';

/** One announced change: a record written at `revision`, or removed. */
export type Change = { type: 'saved'; id: string; revision: number } | { type: 'removed'; id: string };

/** The part of BroadcastChannel we use, so tests can pass a fake. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** Announcements to and from the other tabs. */
export interface ChangeFeed {
  announce(change: Change): void;
  /** Calls `listener` for each change another tab announces; returns the unsubscribe. */
  subscribe(listener: (change: Change) => void): () => void;
  close(): void;
}

/** The channel name; the version is bumped if the message shape ever changes. */
export const CHANNEL_NAME = 'jamlikhetskollen.changes.v1';

/**
 * A feed on `channel` (none: announcements go nowhere). While `shared()` is
 * false (this tab keeps its work in memory, apart from the others) nothing
 * is sent or received.
 */
export function createChangeFeed(channel: ChannelLike | undefined, shared: () => boolean = () => true): ChangeFeed {
  return {
    announce(change) {
      if (shared()) channel?.postMessage(change);
    },
    subscribe(listener) {
      const onMessage = (event: MessageEvent) => {
        const change = asChange(event.data);
        if (change && shared()) listener(change);
      };
      channel?.addEventListener('message', onMessage);
      return () => channel?.removeEventListener('message', onMessage);
    },
    close: () => channel?.close(),
  };
}

/** The browser's BroadcastChannel for our changes, or undefined where there is none. */
export function browserChannel(): ChannelLike | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL_NAME);
}

/** Checks a message from another tab; anything else (another version, junk) is ignored. */
function asChange(data: unknown): Change | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, id, revision } = data as Record<string, unknown>;
  if (typeof id !== 'string') return undefined;
  if (type === 'removed') return { type, id };
  if (type === 'saved' && typeof revision === 'number' && Number.isInteger(revision)) return { type, id, revision };
  return undefined;
}

/** `repository` with every successful write announced on `feed`. */
export function announcing<R extends Repository>(repository: R, feed: ChangeFeed): R {
  const saved = <T extends { id: string; revision: number }>(record: T): T => {
    feed.announce({ type: 'saved', id: record.id, revision: record.revision });
    return record;
  };
  return {
    ...repository,
    create: async (assessment) => saved(await repository.create(assessment)),
    save: async (assessment, basedOnRevision) => saved(await repository.save(assessment, basedOnRevision)),
    duplicate: async (id, newId, now) => saved(await repository.duplicate(id, newId, now)),
    rename: async (id, name) => saved(await repository.rename(id, name)),
    async remove(id) {
      await repository.remove(id);
      feed.announce({ type: 'removed', id });
    },
  };
}

/**
 * What a tab with assessment `open.id` at `open.revision` does about a
 * change from another tab: `ignore` it (another assessment, or not newer),
 * `reload` the newer version (nothing typed here is waiting to be saved),
 * become `stale` (it has unsaved edits that can no longer be saved, since
 * they are based on an older revision), or note that it was `removed`.
 */
export function reactToChange(change: Change, open: { id: string; revision: number; unsaved: boolean }): 'ignore' | 'reload' | 'stale' | 'removed' {
  if (change.id !== open.id) return 'ignore';
  if (change.type === 'removed') return 'removed';
  if (change.revision <= open.revision) return 'ignore';
  return open.unsaved ? 'stale' : 'reload';
}
