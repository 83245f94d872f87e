import type { Database } from 'better-sqlite3';
import type { CommentItem, CommentsList, CodebookView, ThemesResult } from '../../../shared/api/comments';
import { AppError } from '../../../shared/api/errors';
import { ruleQuality } from '../../../shared/comments/precision';
import { compileCodebook, matchesSearch, propose } from '../../../shared/comments/rules';
import { sentimentOf } from '../../../shared/comments/sentiment';
import { pickText } from '../../../shared/domain/index';
import { maskPersonalData } from '../../../shared/privacy/mask';
import type { CommentsHandlers } from '../api/handlers';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { codeByRules, textLanguage } from './coding';
import { codebookFromFile, codebookToFile } from './codebook-file';
import { lexiconFor, SENTIMENT_METHOD } from './lexicon';
import type { CommentRecord } from './records';
import { commentSet, smallUnit, themesOf, unitLabel } from './themes-service';
import {
  keyOf,
  parseKey,
  readCodebook,
  readCodes,
  readQuotes,
  setCodes,
  setQuote,
  writeCodebook,
} from './repo';

function codebookView(db: Database): CodebookView {
  const codebook = readCodebook(db);
  const set = commentSet(db);
  const codes = readCodes(db);
  const lang = textLanguage(db);
  const book = compileCodebook(codebook, lang);
  const handCoded = set.records.flatMap((r) => {
    const c = codes.get(keyOf(r));
    if (!c || c.source !== 'manual') return [];
    return [{ manual: c.codes, proposed: propose(r.text, book, lang).map((p) => p.code) }];
  });
  return {
    codebook,
    quality: ruleQuality(
      codebook.themes.map((t) => t.code),
      handCoded,
    ),
    coded: handCoded.length,
  };
}

export const commentsHandlers = {
  'comments/list': (input, ctx): CommentsList => {
    const db = ctx.sessions.get(input.studyId).db;
    const set = commentSet(db);
    const qn = readQuestionnaire(db);
    const lang = textLanguage(db);
    const book = compileCodebook(readCodebook(db), lang);
    const codes = readCodes(db);
    const quotes = readQuotes(db);
    const byId = new Map(qn.questions.map((q) => [q.id, q]));
    const touchpointCode = new Map(qn.touchpoints.map((t) => [t.id, t.code]));
    const question = input.question ? qn.questions.find((q) => q.code === input.question) : undefined;
    if (input.question && !question)
      throw new AppError('NOT_FOUND', `no comment question "${input.question}"`);
    let heldBack = 0;
    const group: CommentRecord[] = [];
    for (const r of set.records) {
      if (input.waveYear !== undefined && r.waveYear !== input.waveYear) continue;
      if (question && r.questionId !== question.id) continue;
      if (input.touchpoint) {
        const tp = byId.get(r.questionId)?.touchpointId;
        if (tp === null || tp === undefined || touchpointCode.get(tp) !== input.touchpoint) continue;
      }
      if (input.unit !== undefined && r.unit !== input.unit) continue;
      if (input.npsGroup && r.npsGroup !== input.npsGroup) continue;
      if (smallUnit(set, r)) {
        heldBack++;
        continue;
      }
      group.push(r);
    }
    // A filter that singles out fewer than k respondents (a unit's detractors, say) lists nothing.
    const people = new Set(group.map((r) => r.respondentId)).size;
    const narrowed = input.unit !== undefined || input.npsGroup !== undefined;
    if (narrowed && people < set.k && (people > 0 || heldBack > 0)) {
      return {
        k: set.k,
        total: 0,
        offset: input.offset,
        items: [],
        heldBack,
        refused: { reason: 'below-k', k: set.k },
        sentimentMethod: SENTIMENT_METHOD,
      };
    }
    const lexicon = lexiconFor(lang);
    const matching = group.filter((r) => {
      const c = codes.get(keyOf(r))?.codes ?? [];
      if (input.theme === 'none' ? c.length > 0 : input.theme && !c.includes(input.theme)) return false;
      return !input.search || matchesSearch(r.text, input.search, lang);
    });
    const items: CommentItem[] = matching.slice(input.offset, input.offset + input.limit).map((r) => {
      const q = byId.get(r.questionId)!;
      const key = keyOf(r);
      const coded = codes.get(key);
      const masked = maskPersonalData(r.text);
      const s = sentimentOf(masked.text, lang, lexicon);
      return {
        key,
        waveYear: r.waveYear,
        question: { code: q.code, text: pickText(q.texts, input.lang) },
        touchpoint: q.touchpointId === null ? null : (touchpointCode.get(q.touchpointId) ?? null),
        unit: r.unit === null ? null : { code: r.unit, label: unitLabel(set.unit, r.unit, input.lang) },
        npsGroup: r.npsGroup,
        recommend: r.recommend,
        satisfaction: r.satisfaction,
        text: masked.text,
        masked: masked.hits.length,
        codes: coded?.codes ?? [],
        source: coded?.source ?? null,
        proposals: propose(masked.text, book, lang).filter((p) => !coded?.codes.includes(p.code)),
        sentiment: { score: s.score, label: s.label },
        quote: quotes.get(key) ?? null,
      };
    });
    return {
      k: set.k,
      total: matching.length,
      offset: input.offset,
      items,
      heldBack,
      refused: null,
      sentimentMethod: SENTIMENT_METHOD,
    };
  },
  'comments/getCodebook': (input, ctx) => codebookView(ctx.sessions.get(input.studyId).db),
  'comments/setCodebook': (input, ctx) => {
    const db = ctx.sessions.get(input.studyId).db;
    writeCodebook(db, input.codebook);
    return codebookView(db);
  },
  'comments/importCodebook': async (input, ctx) => {
    const db = ctx.sessions.get(input.studyId).db;
    const book = await codebookFromFile(input.name, Buffer.from(input.base64, 'base64'));
    writeCodebook(db, book);
    return codebookView(db);
  },
  'comments/exportCodebook': (input, ctx) => {
    const db = ctx.sessions.get(input.studyId).db;
    const file = codebookToFile(readCodebook(db), input.format);
    return { name: file.name, base64: Buffer.from(file.bytes).toString('base64') };
  },
  'comments/setCodes': (input, ctx) => {
    const db = ctx.sessions.get(input.studyId).db;
    const key = parseKey(input.key);
    const known = new Set(readCodebook(db).themes.map((t) => t.code));
    const unknown = input.codes.find((c) => !known.has(c));
    if (unknown) throw new AppError('INVALID_REFERENCE', `no theme "${unknown}" in the codebook`);
    const exists = commentSet(db).records.some(
      (r) => r.respondentId === key.respondentId && r.questionId === key.questionId,
    );
    if (!exists) throw new AppError('NOT_FOUND', `no comment ${input.key}`);
    const codes = [...new Set(input.codes)];
    db.transaction(() => setCodes(db, key, codes, 'manual'))();
    return { key: input.key, codes };
  },
  'comments/acceptProposals': (input, ctx) => {
    const db = ctx.sessions.get(input.studyId).db;
    const set = commentSet(db);
    const keys = input.keys ? new Set(input.keys) : undefined;
    return { coded: db.transaction(() => codeByRules(db, set, keys))() };
  },
  'comments/themes': (input, ctx): ThemesResult => {
    const db = ctx.sessions.get(input.studyId).db;
    return themesOf(db, commentSet(db), input);
  },
  'comments/setQuote': (input, ctx) => {
    const db = ctx.sessions.get(input.studyId).db;
    const key = parseKey(input.key);
    db.transaction(() => setQuote(db, key, input.state))();
    return { key: input.key, state: input.state };
  },
} satisfies CommentsHandlers;
