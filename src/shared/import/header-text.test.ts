import { describe, expect, it } from 'vitest';
import { headerText } from './header-text';
import { textSimilarity } from './similarity';

describe('headerText', () => {
  it('strips the line breaks SurveyMonkey leaves in question texts', () => {
    expect(
      headerText('Consider the following hypothetical situations: <br>In Lottery A, you have a 50% chance'),
    ).toBe('Consider the following hypothetical situations: In Lottery A, you have a 50% chance');
    expect(headerText('One<br/>two<BR />three')).toBe('One two three');
    expect(headerText('<p><strong>How satisfied</strong> are you?</p>')).toBe('How satisfied are you?');
  });

  it('decodes named and numeric entities', () => {
    expect(headerText('Price &amp; value&nbsp;&#8211; &#x2019;s &lt;tag&gt;')).toBe(
      'Price & value – ’s <tag>',
    );
    expect(headerText('Hvor forn&oslash;yd er du med &aring;pningstidene?')).toBe(
      'Hvor fornøyd er du med åpningstidene?',
    );
  });

  it('leaves plain text, comparisons and unknown entities alone', () => {
    expect(headerText('Age <5 years or > 10')).toBe('Age <5 years or > 10');
    expect(headerText('AT&T rocks &bogus;')).toBe('AT&T rocks &bogus;');
    expect(headerText('  Q1  satisfaction ')).toBe('Q1 satisfaction');
    expect(headerText('')).toBe('');
  });

  it('lets a header with markup match its question text', () => {
    const raw = 'How satisfied are you <br>with the <b>web shop</b>?';
    expect(textSimilarity(headerText(raw), 'How satisfied are you with the web shop?')).toBe(1);
    expect(textSimilarity(raw, 'How satisfied are you with the web shop?')).toBeLessThan(1);
  });
});
