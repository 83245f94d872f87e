import type { Language } from '../../domain/language';
import { da } from './da';
import { en } from './en';
import type { Catalog } from './en';
import { nb } from './nb';

export type { Catalog };
/** The UI catalogs (what the consultant sees); report strings live in ../report.ts. */
export const catalogs: Record<Language, Catalog> = { en, nb, da };
