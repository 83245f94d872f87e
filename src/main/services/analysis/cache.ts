/**
 * The analysis caches' two building blocks: a least-recently-used map bounded by the bytes its
 * entries hold, and the study's data version (what a cached result is valid for).
 */
import type { Database, Statement } from 'better-sqlite3';

/** An LRU map bounded by the total size of its entries (each entry's size given when it is set). */
export class SizedLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  /** Stores (or replaces) an entry; an entry larger than the whole budget is not kept. */
  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    while (this.total > this.maxBytes) this.delete(this.entries.keys().next().value!);
  }

  /** Changes the size of an entry already stored (e.g. once a pending result has arrived). */
  resize(key: string, bytes: number): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.set(key, e.value, bytes);
  }

  delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.total -= e.bytes;
  }

  /** Drops every entry whose key starts with `prefix`. */
  deletePrefix(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.total;
  }
}

const changesOf = new WeakMap<Database, Statement>();

/**
 * The study's data version on this connection: `total_changes()` counts every row this connection
 * inserted, updated or deleted (an import, a designer edit, an undo, new weighting targets), and
 * `PRAGMA data_version` changes whenever another connection — the import job's, another process's
 * — has committed to the file. Both are O(1); any write to the study gives a new version.
 */
export function dataVersion(db: Database): string {
  let changes = changesOf.get(db);
  if (!changes) changesOf.set(db, (changes = db.prepare('SELECT total_changes() AS c').pluck()));
  const own = changes.get() as number;
  const other = db.pragma('data_version', { simple: true }) as number;
  return `${own}.${other}`;
}
