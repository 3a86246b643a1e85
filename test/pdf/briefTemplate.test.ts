import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { DEFAULT_BRIEF_TEMPLATE, fillText, parseBriefTemplate } from '../../src/pdf/briefTemplate.js';

describe('the brief template', () => {
  it('ships with the sections in the order of the brief', () => {
    expect(DEFAULT_BRIEF_TEMPLATE.sections.map((s) => s.type)).toEqual(['summary', 'figures', 'history', 'pillar', 'pillar', 'narrative', 'glossary', 'about']);
  });

  it('fills placeholders and refuses unknown ones', () => {
    expect(fillText('{country} in {edition}', { country: 'Peru', edition: 2023 })).toBe('Peru in 2023');
    expect(() => fillText('{contry}', { country: 'Peru' })).toThrow('brief template: no value for {contry} in "{contry}"');
  });

  it('names every problem of a broken template, with where it is', () => {
    const broken = { ...DEFAULT_BRIEF_TEMPLATE, colors: { accent: 'red' }, sections: [{ type: 'poster' }] };
    try {
      parseBriefTemplate(broken, 'templates/broken.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      const message = (error as DataError).message;
      expect(message).toContain('templates/broken.json: 2 problems');
      expect(message).toContain('colors.accent: expected a colour as #rrggbb');
      expect(message).toContain('sections[0].type');
    }
  });
});
