import { describe, expect, it } from 'vitest';
import { type PlannedSystem, type Reference, SystemsAnalysis } from './analyse.js';
import type { Cell } from './values.js';

const reference: Reference = {
  departments: [
    { id: 'd-adm', name: 'Administration', code: 'ADM' },
    { id: 'd-soc', name: 'Socialförvaltningen', code: 'SOC' },
    { id: 'd-buf', name: 'Barn- och utbildningsförvaltningen', code: 'BUF' },
    { id: 'd-kof', name: 'Kultur- och fritidsförvaltningen', code: 'KOF' },
    { id: 'd-sbf', name: 'Samhällsbyggnadsförvaltningen', code: 'SBF' },
  ],
  people: [
    { id: 'p-sara', name: 'Sara Systemägare', email: 'sara@kommun.example' },
    { id: 'p-filip', name: 'Filip Förvaltningsledare', email: 'filip@kommun.example' },
    { id: 'p-anna', name: 'Anna Lindqvist', email: 'anna.lindqvist@kommun.example' },
  ],
  capabilities: [
    { id: 'c-1', code: '1.2', nameSv: 'Ärendehantering', nameEn: 'Case management' },
    { id: 'c-2', code: '3.1', nameSv: 'Ekonomistyrning', nameEn: 'Financial management' },
  ],
  suppliers: ['Tieto', 'Visma', 'Sokigo'],
  systems: [
    { id: '11111111-1111-4111-8111-111111111111', name: 'Procapita', lifecycle: 'in_use' },
    { id: '22222222-2222-4222-8222-222222222222', name: 'Treservas', lifecycle: 'planned' },
  ],
  agreements: [],
  integrations: [],
};

const HEADER = ['Namn', 'Leverantör', 'Typ', 'Livscykel', 'Årlig kostnad (kr)', 'Systemägare', 'Förvaltningar', 'Verksamhetsförmågor', 'Personuppgifter', 'K', 'R', 'T', 'Avtalets slutdatum'];

function analyse(rows: Cell[][], header: Cell[] = HEADER, mapping: ConstructorParameters<typeof SystemsAnalysis>[2] = null) {
  const a = new SystemsAnalysis(reference, 'sv', mapping);
  a.beginSheet('Systemregister', header);
  rows.forEach((cells, i) => a.addRow(i + 2, cells));
  const r = a.finish();
  return { ...r, planned: r.planned.filter((p): p is PlannedSystem => p.kind === 'systems') };
}

describe('the dry run of a systems sheet', () => {
  it('reads Swedish and English enum words, placeholders and amounts in many styles', () => {
    const { report, planned } = analyse([
      ['Lex', 'Tieto', 'System', 'I drift', '1 200 000 kr', 'Sara Systemägare', 'Socialförvaltningen', 'Ärendehantering', 'Ja', '2', '3', '2', '2027-03-31'],
      ['Ecos', 'sokigo', 'Application', 'in use', '0', 'filip@kommun.example', 'BUF', 'Case management', 'no', '0', '-', 'N/A', '-'],
      ['Platsbanken', '-', 'applikation', 'Planerad', '250 tkr', 'saknas', '–', '', 'Nej', '', '', '', '31/12/2026'],
    ]);
    expect(report.errorCount).toBe(0);
    expect(planned.map((p) => p.values)).toMatchObject([
      { name: 'Lex', vendor: 'Tieto', kind: 'system', lifecycle: 'in_use', yearlyCost: 1_200_000, ownerId: 'p-sara', departmentIds: ['d-soc'], capabilityIds: ['c-1'], personalData: true, classification: { k: 2, r: 3, t: 2 }, contractEnd: '2027-03-31' },
      { name: 'Ecos', vendor: 'Sokigo', kind: 'application', lifecycle: 'in_use', yearlyCost: null, ownerId: 'p-filip', departmentIds: ['d-buf'], capabilityIds: ['c-1'], personalData: false, classification: { k: null, r: null, t: null }, contractEnd: null },
      { name: 'Platsbanken', vendor: null, kind: 'application', lifecycle: 'planned', yearlyCost: 250_000, ownerId: null, departmentIds: [], contractEnd: '2026-12-31' },
    ]);
    expect(report.sheets).toEqual([{ sheet: 'Systemregister', kind: 'systems', rows: 3, creates: 3, updates: 0, skipped: 0 }]);
  });

  it('names every bad value by sheet, row and column, and skips the row', () => {
    const { report, planned } = analyse([
      ['', 'Tieto', 'System', 'I drift', '100', '', '', '', '', '', '', '', ''],
      ['Bad cost', '', '', '', 'mycket', '', '', '', '', '', '', '', ''],
      ['Bad date', '', '', '', '', '', '', '', '', '', '', '', '2027-02-30'],
      ['Bad level', '', '', '', '', '', '', '', 'kanske', '7', '', '', ''],
    ]);
    expect(planned).toEqual([]);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Namn', 'required'],
      [3, 'Årlig kostnad (kr)', 'invalid_number'],
      [4, 'Avtalets slutdatum', 'invalid_date'],
      [5, 'Personuppgifter', 'invalid_boolean'],
      [5, 'K', 'invalid_level'],
    ]);
    expect(report.problems[1]!.message).toBe('”mycket” i ”Årlig kostnad (kr)” är inte ett belopp i hela kronor. Raden hoppas över.');
  });

  it('proposes the nearest department, person and capability, and lets the mapping decide', () => {
    const rows: Cell[][] = [['Lex', '', '', '', '', 'Sara Systemagare', 'Admininstration, Hamnförvaltningen', 'Ärendehanterin', '', '', '', '', '']];
    const dry = analyse(rows);
    expect(dry.report.unknowns.map((u) => [u.column, u.value, u.proposal?.target ?? null, u.canCreate])).toEqual([
      ['departments', 'Admininstration', 'd-adm', true],
      ['departments', 'Hamnförvaltningen', null, true],
      ['capabilities', 'Ärendehanterin', 'c-1', false],
    ]);
    // "Sara Systemagare" is Sara Systemägare exactly (diacritics do not count): no question.
    expect(dry.planned[0]!.values).toMatchObject({ ownerId: 'p-sara', departmentIds: ['d-adm'], newDepartments: ['Hamnförvaltningen'], capabilityIds: ['c-1'] });
    const run = analyse(rows, HEADER, [
      { column: 'departments', value: 'Admininstration', action: 'use', target: 'd-soc' },
      { column: 'departments', value: 'hamnförvaltningen', action: 'empty', target: null },
      { column: 'capabilities', value: 'Ärendehanterin', action: 'use', target: 'c-2' },
    ]);
    expect(run.planned[0]!.values).toMatchObject({ departmentIds: ['d-soc'], newDepartments: [], capabilityIds: ['c-2'] });
  });

  it('a mapping to a target that is not known is read as the proposal', () => {
    const run = analyse([['Lex', '', '', '', '', '', 'Admininstration', '', '', '', '', '', '']], HEADER, [
      { column: 'departments', value: 'Admininstration', action: 'use', target: 'another-municipalitys-department' },
    ]);
    expect(run.planned[0]!.values.departmentIds).toEqual(['d-adm']);
  });

  it('matches the register by id, else by name, and refuses an unknown id', () => {
    const { report, planned } = analyse(
      [
        ['11111111-1111-4111-8111-111111111111', 'Procapita VoO', 'I drift'],
        ['', 'treservas', 'I drift'],
        ['99999999-9999-4999-8999-999999999999', 'Fremmande', 'I drift'],
        ['not-an-id', 'Trasig', 'I drift'],
        ['', 'Helt ny', 'Planerad'],
      ],
      ['Id', 'Namn', 'Livscykel'],
    );
    expect(planned.map((p) => [p.values.name, p.matchId])).toEqual([
      ['Procapita VoO', '11111111-1111-4111-8111-111111111111'],
      ['treservas', '22222222-2222-4222-8222-222222222222'],
      ['Helt ny', null],
    ]);
    expect(report.problems.filter((p) => p.code === 'unknown_id').map((p) => p.row)).toEqual([4, 5]);
  });

  it('refuses a lifecycle move the register does not allow, and a new system already phased out', () => {
    const { report } = analyse([['Procapita', 'Planerad'], ['Ny', 'Avvecklad']], ['Namn', 'Livscykel']);
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'illegal_lifecycle'],
      [3, 'new_phased_out'],
    ]);
  });

  it('flags the same system twice (skipping the later row) and spelling variants', () => {
    const { report, planned } = analyse(
      [['Open ePlatform', 'I drift'], ['Open e-plattformen', 'I drift'], ['Lex', 'I drift'], ['LEX ', 'I drift'], ['Treserwas', 'I drift']],
      ['Namn', 'Livscykel'],
    );
    expect(report.problems.map((p) => [p.row, p.code, p.severity])).toEqual([
      [3, 'probable_duplicate', 'warning'],
      [5, 'duplicate_in_file', 'error'],
      [6, 'probable_duplicate_register', 'warning'],
    ]);
    expect(planned.map((p) => p.row)).toEqual([2, 3, 4, 6]);
    expect(report.sheets[0]).toMatchObject({ rows: 5, creates: 4, skipped: 1 });
  });

  it('reads a heading it does not know as a warning, and a sheet without names as not a register', () => {
    const a = new SystemsAnalysis(reference, 'en', null);
    a.beginSheet('Systems', ['Name', 'Lifecycle', 'Colour']);
    a.addRow(2, ['Lex', 'In use', 'blue']);
    a.beginSheet('Pivot', ['Sum', 'Count']);
    const { report } = a.finish();
    expect(report.problems.map((p) => [p.sheet, p.column, p.code])).toEqual([
      ['Pivot', '', 'sheet_not_supported'],
      ['Systems', 'Colour', 'unknown_column'],
    ]);
    expect(report.problems[1]!.message).toBe('The column “Colour” is not recognised and is not imported.');
  });

  it('stores a formula-looking cell as the text it is', () => {
    const { planned } = analyse([['=HYPERLINK("http://evil.example","Lex")', 'I drift']], ['Namn', 'Livscykel']);
    expect(planned[0]!.values.name).toBe('=HYPERLINK("http://evil.example","Lex")');
  });
});
