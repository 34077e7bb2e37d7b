// Search terms: folded ICU words per paragraph, offsets into the normalized text, Thai bigrams.
import { describe, expect, it } from 'vitest';
import { bigramOf, foldText, thaiBigrams, tokenize } from '../../../../shared/search/search-tokens';

describe('search tokens', () => {
  it('folds Latin case and Thai digits without changing the length', () => {
    expect(foldText('BOI ปี ๒๕๖๗')).toBe('boi ปี 2567');
    expect(foldText('ÉCOLE').length).toBe(5);
    expect(foldText('ไฮฟอง')).toBe('ไฮฟอง');
  });

  it('gives word terms with offsets into the text, paragraph by paragraph', () => {
    const text = 'นักลงทุน BOI\nไฮฟองมีโครงการ ๒๕๖๗';
    const tokens = tokenize(text);
    for (const t of tokens) expect(foldText(text.slice(t.start, t.end))).toBe(t.term);
    expect(tokens.map((t) => t.term)).toContain('boi');
    expect(tokens.map((t) => t.term)).toContain('2567');
    expect(tokens.every((t) => t.start < text.indexOf('\n') === t.end <= text.indexOf('\n'))).toBe(true);
  });

  it('takes bigrams of Thai letter runs only', () => {
    const grams = thaiBigrams('ไฮฟอง BOI ๒๕');
    expect(grams).toEqual(new Set(['ไฮ', 'ฮฟ', 'ฟอ', 'อง'].map(bigramOf)));
  });
});
