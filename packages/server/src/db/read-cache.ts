// Reads reused until the next write, for the embedded database only. There this process is the
// database's only writer (the data folder is locked against a second one), so it knows every
// write: each mutating request bumps the generation when it answers, and an entry is good only
// for the generation that was current when its read began. A read racing a write can at worst
// miss the cache; it can never keep a value older than a write that has been acknowledged.
// PostgreSQL deployments run several instances, so there the cache is off.
import type { Db } from './connect.js';

export class ReadCache {
  private generation = 0;
  private readonly entries = new Map<string, { generation: number; value: unknown }>();

  constructor(private readonly maxEntries = 20_000) {}

  /** Called once a mutating request has done its work, before its response is sent. */
  bump() {
    this.generation++;
  }

  async get<V>(key: string, load: () => Promise<V>): Promise<V> {
    const generation = this.generation;
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation) return hit.value as V;
    const value = await load();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { generation, value });
    return value;
  }
}

const caches = new WeakMap<Db, ReadCache>();

export function attachReadCache(db: Db, cache: ReadCache) {
  caches.set(db, cache);
}

/** Loads through the database's read cache when it has one, straight from the database otherwise. */
export function cachedRead<V>(db: Db, key: string, load: () => Promise<V>): Promise<V> {
  const cache = caches.get(db);
  return cache ? cache.get(key, load) : load();
}
