import { describe, expect, it } from 'vitest';
import type { CommentEntry } from '../analyses';
import { commentGroups } from './comments';

const promoter = (text: string): CommentEntry => ({ text, recommend: 10 });
const detractor = (text: string): CommentEntry => ({ text, recommend: 2 });

describe('commentGroups', () => {
  it('masks personal data in every quote, in the language of the report', () => {
    const entries = [
      promoter('Min rådgiver Kari Nordmann ringte meg på 912 34 567, supert!'),
      promoter('Svarte raskt på e-post til ola@example.no, veldig fornøyd'),
      promoter('Kontonummer 1234.56.78901 ble riktig belastet i år'),
      promoter('Alt fungerte som det skulle hele veien gjennom'),
      promoter('Rask og hyggelig behandling av saken min i år'),
      ...Array.from({ length: 5 }, (_, i) =>
        detractor(`Lang ventetid på telefon, dag ${i + 1} av ventingen`),
      ),
    ];
    const [pro] = commentGroups(entries, 5, 'nb');
    const text = pro!.quotes.join('\n');
    expect(text).toContain('Min rådgiver [navn] ringte meg på [telefon]');
    expect(text).toContain('e-post til [e-post]');
    expect(text).toContain('Kontonummer [nummer]');
    expect(text).not.toMatch(/Kari|912 34|ola@|78901/);
  });

  it('quotes nothing from a group with fewer than k comments', () => {
    const entries = [
      promoter('Kontakt meg gjerne, jeg heter Per Hansen og er fornøyd'),
      ...Array.from({ length: 6 }, (_, i) => detractor(`Altfor dyrt gebyr, klage nummer ${i + 1} fra meg`)),
    ];
    const [pro, det] = commentGroups(entries, 5, 'en');
    expect(pro!.quotes).toEqual([]);
    expect(pro!.note).toMatch(/5/);
    expect(det!.quotes.length).toBeGreaterThan(0);
  });
});
