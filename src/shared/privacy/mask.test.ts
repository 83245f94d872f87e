import { describe, expect, it } from 'vitest';
import { maskPersonalData, type MaskLabels } from './mask';

const masked = (s: string): string => maskPersonalData(s).text;

describe('maskPersonalData', () => {
  it('masks e-mail addresses in nb, da and en', () => {
    expect(masked('Send svar til kari.nordmann@example.no, takk')).toBe('Send svar til [e-mail], takk');
    expect(masked('Skriv til søren_hansen+bank@firma.dk')).toBe('Skriv til [e-mail]');
    expect(masked('Email me at J.Smith@mail.co.uk.')).toBe('Email me at [e-mail].');
  });

  it('masks Nordic and international phone numbers in their usual spellings', () => {
    expect(masked('Ring meg på 91234567 etter kl 16')).toBe('Ring meg på [phone] etter kl 16');
    expect(masked('Ring meg på +47 912 34 567')).toBe('Ring meg på [phone]');
    expect(masked('tlf 22 33 44 55 eller 0047 41234567')).toBe('tlf [phone] eller [phone]');
    expect(masked('Ring til +45 12 34 56 78 i morgen')).toBe('Ring til [phone] i morgen');
    expect(masked('Mit nummer er 1234 5678')).toBe('Mit nummer er [phone]');
    expect(masked('Call +44 20 7946 0958 or +1 (555) 123-4567')).toBe('Call [phone] or [phone]');
  });

  it('masks account and policy numbers: IBAN, Norwegian account, long digit runs, after cues', () => {
    expect(masked('Kontonummer 1234.56.78901 ble belastet')).toBe('Kontonummer [number] ble belastet');
    expect(masked('konto 1234 56 78901')).toBe('konto [number]');
    expect(masked('IBAN NO93 8601 1117 947 please')).toBe('IBAN [number] please');
    expect(masked('IBAN DK5000400440116243')).toBe('IBAN [number]');
    expect(masked('kundenr 123456789012 i systemet')).toBe('kundenr [number] i systemet');
    expect(masked('polisenummer: P-88231 er feil')).toBe('polisenummer: [number] er feil');
    expect(masked('My policy number is AB12345X.')).toBe('My policy number is [number].');
    expect(masked('Mit policenummer 7733-12 virker ikke')).toBe('Mit policenummer [number] virker ikke');
  });

  it('masks names after cue words, not ordinary capitalised words', () => {
    expect(masked('Hei, jeg heter Kari Nordmann og er misfornøyd')).toBe(
      'Hei, jeg heter [name] og er misfornøyd',
    );
    expect(masked('Min rådgiver, Per-Ole Hansen, var supert')).toBe('Min rådgiver, [name], var supert');
    expect(masked('Min rådgiver er Ingrid veldig flink')).toBe('Min rådgiver er [name] veldig flink');
    expect(masked('Jeg hedder Søren Kierkegaard')).toBe('Jeg hedder [name]');
    expect(masked('Jeg talte med Mette Frederiksen i filialen')).toBe('Jeg talte med [name] i filialen');
    expect(masked('I spoke with Mr. John Smith who was great')).toBe('I spoke with Mr. [name] who was great');
    expect(masked('Ask for Anna, she knows')).toBe('Ask for [name], she knows');
    expect(masked('Kontakt: Ola Dunk')).toBe('Kontakt: [name]');
    expect(masked('Oslo og Bergen er bra, Kunden ble godt mottatt')).toBe(
      'Oslo og Bergen er bra, Kunden ble godt mottatt',
    );
    expect(masked('kontakt med banken var grei')).toBe('kontakt med banken var grei');
  });

  it('leaves ordinary numbers alone: years, scores, amounts, dates, times', () => {
    const plain = 'I 2024 ga jeg 9 av 10, betalte 1 250 kr den 12.03.2024 kl 14.30';
    expect(masked(plain)).toBe(plain);
  });

  it('reports hits at their positions in the returned text and honours translated labels', () => {
    const labels: MaskLabels = { email: '[e-post]', phone: '[telefon]', name: '[navn]', account: '[nummer]' };
    const r = maskPersonalData('Jeg heter Kari, tlf 91234567, e-post kari@x.no', labels);
    expect(r.text).toBe('Jeg heter [navn], tlf [telefon], e-post [e-post]');
    expect(r.hits.map((h) => [h.kind, r.text.slice(h.start, h.end)])).toEqual([
      ['name', '[navn]'],
      ['phone', '[telefon]'],
      ['email', '[e-post]'],
    ]);
  });

  it('returns the text unchanged with no hits when there is nothing personal', () => {
    expect(maskPersonalData('Veldig god service!')).toEqual({ text: 'Veldig god service!', hits: [] });
    expect(maskPersonalData('')).toEqual({ text: '', hits: [] });
  });
});
