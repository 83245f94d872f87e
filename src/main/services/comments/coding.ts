import type { Database } from 'better-sqlite3';
import { compileCodebook, propose } from '../../../shared/comments/rules';
import type { Language } from '../../../shared/domain/language';
import { readStudyMeta } from '../store/study-repo';
import { readCommentSet, type CommentSet } from './records';
import { keyOf, readCodebook, readCodes, setCodes } from './repo';

/** The language the comments are written in: the study's first language (stems, rules, sentiment). */
export function textLanguage(db: Database): Language {
  return readStudyMeta(db).languages[0] ?? 'en';
}

/**
 * Stores the rules' proposals as the themes of every comment not coded by hand (all, or the keys
 * given); a hand-coded comment is never changed. Returns how many comments got themes. Call inside
 * a transaction.
 */
export function codeByRules(
  db: Database,
  set: CommentSet = readCommentSet(db),
  keys?: ReadonlySet<string>,
): number {
  const lang = textLanguage(db);
  const book = compileCodebook(readCodebook(db), lang);
  const codes = readCodes(db);
  let coded = 0;
  for (const r of set.records) {
    const key = keyOf(r);
    if (keys && !keys.has(key)) continue;
    if (codes.get(key)?.source === 'manual') continue;
    const proposed = [...new Set(propose(r.text, book, lang).map((p) => p.code))];
    if (!proposed.length) continue;
    setCodes(db, r, proposed, 'rule');
    coded++;
  }
  return coded;
}
