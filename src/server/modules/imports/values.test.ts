import { describe, expect, it } from 'vitest';
import { candidateIndex, cellText, findDuplicates, foldKey, nameKey, parseBoolean, parseDate, parseKronor, parseLevel, similarKeys, splitList } from './values.js';

describe('reading untidy cells', () => {
  it.each([['0'], ['-'], ['–'], ['N/A'], ['n/a'], ['saknas'], ['Saknas'], ['  '], ['?'], ['vet ej']])('reads the placeholder %j as empty', (raw) => {
    expect(cellText(raw)).toBeNull();
  });

  it('keeps real text, drops control characters and squeezes spaces', () => {
    expect(cellText('  Procapita\u0000  VOO ')).toBe('Procapita VOO');
    expect(cellText(12)).toBe('12');
    expect(cellText('=HYPERLINK("http://evil.example","klicka")')).toBe('=HYPERLINK("http://evil.example","klicka")');
  });

  it.each([
    [1200000, 1_200_000],
    ['1 200 000', 1_200_000],
    ['1\u00a0200\u00a0000 kr', 1_200_000],
    ['12 500:-', 12_500],
    ['1,2 mnkr', 1_200_000],
    ['250 tkr', 250_000],
    ['1.200.000', 1_200_000],
    ['1,200,000', 1_200_000],
    ['0', null],
    ['-', null],
    ['', null],
  ])('reads the amount %j as %j kronor', (raw, expected) => {
    expect(parseKronor(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([['mycket'], ['-5'], ['12 äpplen'], [-3], ['1e400']])('refuses %j as an amount', (raw) => {
    expect(parseKronor(raw).ok).toBe(false);
  });

  it.each([
    ['2027-03-31', '2027-03-31'],
    ['20270331', '2027-03-31'],
    ['31/3/2027', '2027-03-31'],
    ['31.03.2027', '2027-03-31'],
    [new Date('2027-03-31T00:00:00Z'), '2027-03-31'],
    // A date cell that lost its format in an edit: Excel's serial number.
    [44927, '2023-01-01'],
    ['saknas', null],
  ])('reads the date %j as %j', (raw, expected) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([['2027-02-30'], ['31/13/2027'], ['nästa år'], ['1850-01-01']])('refuses %j as a date', (raw) => {
    expect(parseDate(raw).ok).toBe(false);
  });

  it.each([
    ['Ja', true], ['yes', true], ['X', true], [true, true], ['1', true],
    ['Nej', false], ['no', false], ['0', false], ['-', false], [null, false],
  ] as const)('reads %j as %j', (raw, expected) => {
    expect(parseBoolean(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([['2', 2], ['K2', 2], ['3 - Hög', 3], [4, 4], ['0', null], ['', null]] as const)('reads the level %j as %j', (raw, expected) => {
    expect(parseLevel(raw)).toEqual({ ok: true, value: expected });
  });

  it('refuses a level outside 1–4', () => {
    expect(parseLevel('5').ok).toBe(false);
    expect(parseLevel('hög').ok).toBe(false);
  });

  it('splits a list on commas, semicolons and lines, once per item', () => {
    expect(splitList('Socialförvaltningen, BUF;socialförvaltningen\n-\nKultur')).toEqual(['Socialförvaltningen', 'BUF', 'Kultur']);
  });
});

describe('keys for comparing names', () => {
  it('folds case, diacritics, punctuation and doubled letters', () => {
    expect(foldKey('Open e-Plattformen')).toBe(foldKey('open eplatformen'));
    expect(foldKey('Ärendehantering')).toBe('arendehantering');
  });

  it('takes off company forms and definite endings', () => {
    expect(nameKey('Open ePlatform')).toBe(nameKey('Open e-plattformen'));
    expect(nameKey('Tieto Sverige AB')).toBe(nameKey('Tieto'));
    expect(nameKey('Visma AB')).toBe('visma');
  });

  it('finds names one typo apart similar, and short or numbered ones not', () => {
    expect(similarKeys(nameKey('Procapita VOO'), nameKey('Procapitta VOO'))).toBe(true);
    expect(similarKeys(nameKey('Procapita 2'), nameKey('Procapita 3'))).toBe(false);
    expect(similarKeys(nameKey('Visma'), nameKey('Vismo'))).toBe(false);
  });
});

describe('proposing the nearest known value', () => {
  const departments = candidateIndex(
    ['Administration', 'Socialförvaltningen', 'Barn- och utbildningsförvaltningen', 'Kultur- och fritidsförvaltningen'].map((name, i) => ({ target: `d${i}`, label: name, keys: [foldKey(name)] })),
  );

  it('proposes Administration for Admininstration', () => {
    expect(departments.exact('Admininstration')).toBeNull();
    expect(departments.nearest('Admininstration')?.label).toBe('Administration');
  });

  it('matches case, spaces and diacritics exactly', () => {
    expect(departments.exact('socialforvaltningen')?.label).toBe('Socialförvaltningen');
  });

  it('proposes the department an abbreviation begins', () => {
    expect(departments.nearest('Socialförv')?.label).toBe('Socialförvaltningen');
  });

  it('proposes nothing for a word far from every department', () => {
    expect(departments.nearest('Hamnen')).toBeNull();
  });

  it('never picks one of two people with the same name exactly', () => {
    const people = candidateIndex([
      { target: 'p1', label: 'Anna Berg', keys: [foldKey('Anna Berg')] },
      { target: 'p2', label: 'Anna Berg', keys: [foldKey('Anna Berg')] },
    ]);
    expect(people.exact('Anna Berg')).toBeNull();
  });
});

describe('duplicates in a file', () => {
  it('flags the same system twice, spelling variants and near misses of the register', () => {
    const findings = findDuplicates(
      [
        { row: 2, name: 'Open ePlatform', id: null },
        { row: 3, name: 'Open e-plattformen', id: null },
        { row: 4, name: 'Procapita', id: null },
        { row: 5, name: 'PROCAPITA', id: null },
        { row: 6, name: 'Lifecare', id: null },
      ],
      [{ id: 'r1', name: 'LifeCare SP' }, { id: 'r2', name: 'Treservas' }],
    );
    expect(findings.map((f) => [f.row, f.kind])).toEqual([
      [3, 'similar_name'],
      [5, 'same_name'],
    ]);
  });

  it('flags a row similar to a register system it does not update', () => {
    const findings = findDuplicates([{ row: 2, name: 'Treserwas', id: null }], [{ id: 'r2', name: 'Treservas' }]);
    expect(findings).toEqual([{ row: 2, kind: 'similar_to_register', otherRow: null, otherName: 'Treservas', otherId: 'r2' }]);
  });

  it('lets two rows of one name through when their ids say they are two records', () => {
    expect(findDuplicates([{ row: 2, name: 'Office', id: 'a' }, { row: 3, name: 'Office', id: 'b' }], [])).toEqual([]);
  });
});
