/**
 * The waves an analysis thread keeps in memory: one snapshot (./snapshot.ts) per study session,
 * data version and wave, in an LRU bounded by bytes. When a session's data version moves on, its
 * older snapshots are dropped at once; the next analysis reads the wave again.
 */
import type { Database } from 'better-sqlite3';
import { SizedLru } from './cache';
import type { WaveSnapshot } from './snapshot';
import { readSnapshot } from './snapshot';
import type { AnalysisSource } from './tasks';

export type WaveStore = {
  /** The source a task of `session` at `version` reads from; `onLoad` is told of each file read. */
  source(session: string, version: string, db: () => Database, onLoad?: () => void): AnalysisSource;
  /** Drops every wave of a session (the study was closed). */
  forget(session: string): void;
  clear(): void;
};

export function createWaveStore(maxBytes: number): WaveStore {
  const lru = new SizedLru<WaveSnapshot>(maxBytes);
  const versions = new Map<string, string>();
  return {
    source(session, version, db, onLoad) {
      const prefix = `${session}\u0000`;
      if (versions.get(session) !== version) {
        lru.deletePrefix(prefix);
        versions.set(session, version);
      }
      // within one task a wave is read once even when it is too large to keep
      const local = new Map<string, WaveSnapshot>();
      return {
        wave(year) {
          const key = `${prefix}${version}\u0000${year ?? 'latest'}`;
          let snap = local.get(key) ?? lru.get(key);
          if (!snap) {
            snap = readSnapshot(db(), year);
            onLoad?.();
            lru.set(key, snap, snap.bytes);
          }
          local.set(key, snap);
          return snap;
        },
        db,
      };
    },
    forget(session) {
      lru.deletePrefix(`${session}\u0000`);
      versions.delete(session);
    },
    clear: () => lru.clear(),
  };
}
