import { describe, expect, it } from 'vitest';
import {
  localeOf,
  message,
  passwordProblems,
  renderMessage,
  textProblem,
  transitionBlockers,
} from '../src/index.ts';
import { en } from '../src/messages/en.ts';
import { id } from '../src/messages/id.ts';

describe('the language of an answer', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en;q=0.5,id;q=0.9', 'id'],
    ['fr-FR,en;q=0.3', 'en'],
    ['fr-FR,de', 'id'],
    ['en;q=0', 'id'],
    ['EN-gb', 'en'],
    ['english', 'id'],
  ] as const)('Accept-Language %j speaks %s', (header, locale) => {
    expect(localeOf(header)).toBe(locale);
  });
});

describe('the catalogs', () => {
  it('say every message in both languages, with no message left unsaid in one of them', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    expect(Object.keys(id).length).toBeGreaterThan(100);
  });

  it('render every message that takes no parameters to a text of its own in each language', () => {
    const bare = Object.keys(id).filter(
      (key) => id[key as keyof typeof id].length === 0,
    ) as (keyof typeof id)[];
    expect(bare.length).toBeGreaterThan(10);
    for (const key of bare) {
      const each = { id: key } as Parameters<typeof renderMessage>[0];
      const indonesian = renderMessage(each, 'id');
      const english = renderMessage(each, 'en');
      expect(indonesian, key).toMatch(/\S/);
      expect(english, key).toMatch(/\S/);
      expect(english, key).not.toBe(indonesian);
    }
  });

  it('render a message in the language asked for, Indonesian by default, numbers formatted for that language', () => {
    const tooLong = textProblem('x'.repeat(2001), 2000);
    expect(tooLong).toEqual({ id: 'value.tooLong', params: { max: 2000, length: 2001 } });
    if (!tooLong) throw new Error('expected a problem');
    expect(renderMessage(tooLong)).toMatch(/2\.000/);
    expect(renderMessage(tooLong, 'en')).toMatch(/2,000/);
    expect(renderMessage(tooLong, 'en')).not.toBe(renderMessage(tooLong, 'id'));
  });

  it('render a nested message in the language of the one around it', () => {
    const wrapped = message('request.sentence', { reason: message('value.required') });
    expect(renderMessage(wrapped, 'id')).toBe('Wajib diisi.');
    expect(renderMessage(wrapped, 'en')).toBe('Is required.');
  });

  it('give the producers’ problems as data that both languages render', () => {
    const problems = [
      ...passwordProblems('admin@zi.go.id', { email: 'admin@zi.go.id' }),
      ...transitionBlockers('PENILAIAN_TPI', {
        stage: 'PEMBANGUNAN',
        role: 'UNIT_OPERATOR',
        paktaSigned: 1,
        paktaTotal: 40,
        completeness: {
          UNIT: { answered: 3, total: 113 },
          TPI: { answered: 0, total: 113 },
          TPN: { answered: 0, total: 113 },
        },
        targetMet: false,
        toRevise: { UNIT: 0, TPI: 0, TPN: 0 },
        unconfirmed: { UNIT: 0, TPI: 0, TPN: 0 },
      }),
    ];
    expect(problems.map((problem) => problem.id.split('.')[0])).toEqual(
      expect.arrayContaining(['password', 'stage']),
    );
    for (const problem of problems) {
      expect(problem.id).toMatch(/^[a-z]+\.[A-Za-z]+$/);
      for (const locale of ['id', 'en'] as const) {
        const text = renderMessage(problem, locale);
        expect(text).toMatch(/\S/);
        expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
      }
    }
  });
});
