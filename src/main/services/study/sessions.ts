import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';

export type OpenStudy = { id: string; path: string; db: Database };

/**
 * The studies open in this process. State lives here (one place), keyed by an opaque id the client
 * holds; the same file opened twice shares one connection.
 */
export class StudySessions {
  private readonly byId = new Map<string, OpenStudy>();

  add(path: string, db: Database): OpenStudy {
    const existing = this.findByPath(path);
    if (existing) {
      db.close();
      return existing;
    }
    const study = { id: randomUUID(), path: resolve(path), db };
    this.byId.set(study.id, study);
    return study;
  }

  findByPath(path: string): OpenStudy | undefined {
    const abs = resolve(path);
    for (const s of this.byId.values()) if (s.path === abs) return s;
    return undefined;
  }

  get(id: string): OpenStudy {
    const s = this.byId.get(id);
    if (!s)
      throw new AppError('STUDY_NOT_OPEN', 'that study is not open (it may have been closed)', {
        studyId: id,
      });
    return s;
  }

  close(id: string): void {
    const s = this.get(id);
    s.db.close();
    this.byId.delete(id);
  }

  closeAll(): void {
    for (const s of this.byId.values()) s.db.close();
    this.byId.clear();
  }
}
