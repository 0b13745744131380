/**
 * Promises for React's `use` that wait for texts to load: one per i18next
 * store and key, so every render of every component reads the same one. A
 * component must call `use` on every render, not only while the texts are
 * missing: React replays a suspended component when its promise settles and
 * expects the same calls again. So the promise is marked settled the way
 * React marks those it has seen settle (`status`, `value`), and one for texts
 * already there is made settled, so that `use` reads either at once.
 */
type Marked = Promise<void> & { status?: 'fulfilled' | 'rejected'; value?: undefined; reason?: unknown };

const gates = new WeakMap<object, Map<string, Marked>>();

function settled(): Marked {
  const promise: Marked = Promise.resolve();
  promise.status = 'fulfilled';
  promise.value = undefined;
  return promise;
}

function marked(promise: Promise<void>): Marked {
  const out: Marked = promise;
  out.then(
    () => {
      out.status = 'fulfilled';
      out.value = undefined;
    },
    (error: unknown) => {
      out.status = 'rejected';
      out.reason = error;
    },
  );
  return out;
}

/**
 * The promise for `key` in `store`: settled when `present()` already holds, else `load()`'s. With
 * `retry`, a failed load is forgotten, so the next render tries again; without, it stays failed.
 */
export function textGate(store: object, key: string, present: () => boolean, load: () => Promise<void>, retry: boolean): Promise<void> {
  let byKey = gates.get(store);
  if (!byKey) gates.set(store, (byKey = new Map()));
  let promise = byKey.get(key);
  if (!promise) {
    promise = present() ? settled() : marked(load());
    byKey.set(key, promise);
    if (retry) {
      const current = promise;
      current.catch(() => {
        if (byKey.get(key) === current) byKey.delete(key);
      });
    }
  }
  return promise;
}
