import { describe, expect, it } from 'vitest';
import { parseBlocks } from './import-blocks.js';
import { proposeResponsibilities, proposeResponsibilitiesWithPlaces, withoutTaken } from './import-responsibilities.js';
import { blocksToMarkdown } from './import-blocks.js';
import { proposeDraft } from './import.js';

/**
 * The rules of the responsibility import (issue 13, item 7) on a written corpus: tables in the
 * shapes municipalities use, responsibility sections written as lists and paragraphs, and tables
 * and sentences that are not responsibilities. Each case gives the expected rows as [party, what].
 */
const cases: { name: string; text: string; rows: [string, string][] }[] = [
  {
    name: 'a table Roll | Ansvar',
    text: '## Ansvar\n\n| Roll | Ansvar |\n| --- | --- |\n| Kommunstyrelsen | Leder arbetet |\n| IT-chef | Förvaltar policyn |',
    rows: [['Kommunstyrelsen', 'Leder arbetet'], ['IT-chef', 'Förvaltar policyn']],
  },
  { name: 'a table Funktion | Ansvarsområde', text: '| Funktion | Ansvarsområde |\n| --- | --- |\n| Nämnderna | IT i sina verksamheter |', rows: [['Nämnderna', 'IT i sina verksamheter']] },
  { name: 'a table Aktör | Uppgifter', text: '| Aktör | Uppgifter |\n|---|---|\n| Rektor | Leder det digitala arbetet |', rows: [['Rektor', 'Leder det digitala arbetet']] },
  { name: 'a table Vem | Gör vad', text: '| Vem | Gör vad |\n| --- | --- |\n| Systemägare | Beställer riskbedömningen |', rows: [['Systemägare', 'Beställer riskbedömningen']] },
  {
    name: 'a task table with the responsible in the second column and a date',
    text: '| Uppgift | Ansvarig | Klart |\n| --- | --- | --- |\n| Upphandla datorer | IT-samordnare | 2025-03-31 |',
    rows: [['IT-samordnare', 'Upphandla datorer']],
  },
  {
    name: 'an English table Role | Responsibility',
    text: '| Role | Responsibility |\n| --- | --- |\n| Municipal Executive Board | Owns the strategy |\n| CIO | Reports progress yearly |',
    rows: [['Municipal Executive Board', 'Owns the strategy'], ['CIO', 'Reports progress yearly']],
  },
  { name: 'an English table Who | Tasks with three columns', text: '| Who | Tasks | Note |\n| --- | --- | --- |\n| Service desk | Answers users | Weekdays |', rows: [['Service desk', 'Answers users']] },
  { name: 'header cells in bold with a colon', text: '| **Roll:** | **Ansvar:** |\n| --- | --- |\n| Dataskyddsombud | Granskar behandlingar |', rows: [['Dataskyddsombud', 'Granskar behandlingar']] },
  { name: 'a KPI table is not one', text: '| Nyckeltal | Målvärde | Klart |\n| --- | --- | --- |\n| Andel digitala ärenden | 70 % | 2024-12-31 |', rows: [] },
  {
    name: 'a version history is not one, though it names who',
    text: '| Version | Datum | Ändring | Ansvarig |\n| --- | --- | --- | --- |\n| 1.1 | 2023-02-01 | Ny bilaga | IT-chef |',
    rows: [],
  },
  { name: 'a definitions table is not one', text: '| Begrepp | Förklaring |\n| --- | --- |\n| Molntjänst | En it-tjänst över internet |', rows: [] },
  { name: 'a metadata table is not one', text: '| Dokumenttyp | Riktlinje |\n| --- | --- |\n| Dokumentägare | IT-chef |', rows: [] },
  {
    name: 'a section of sentences: ansvarar för, har det övergripande ansvaret för, ska',
    text: '## Ansvarsfördelning\n\nKommunstyrelsen har det övergripande ansvaret för informationssäkerheten. Varje nämnd ansvarar för säkerheten i sin verksamhet. IT-chefen ska se till att policyn följs upp årligen.',
    rows: [
      ['Kommunstyrelsen', 'Har det övergripande ansvaret för informationssäkerheten'],
      ['Varje nämnd', 'Ansvarar för säkerheten i sin verksamhet'],
      ['IT-chefen', 'Se till att policyn följs upp årligen'],
    ],
  },
  {
    name: 'a section written as a list',
    text: '## Roller och ansvar\n\n- Kommundirektören ansvarar för att strategin genomförs.\n- Förvaltningscheferna ska planera digitaliseringen i sina förvaltningar.\n- Dataskyddsombudet granskar behandlingen av personuppgifter.',
    rows: [
      ['Kommundirektören', 'Ansvarar för att strategin genomförs'],
      ['Förvaltningscheferna', 'Planera digitaliseringen i sina förvaltningar'],
    ],
  },
  {
    name: 'a list of party: what',
    text: '## Ansvar\n\n- Kommunstyrelsen: leder och samordnar IT-arbetet\n- Socialnämnden – ansvarar för verksamhetens system',
    rows: [['Kommunstyrelsen', 'Leder och samordnar IT-arbetet'], ['Socialnämnden', 'Ansvarar för verksamhetens system']],
  },
  {
    name: 'an English section',
    text: '## Roles and responsibilities\n\nThe Municipal Executive Board is responsible for the strategy as a whole. Each committee shall plan its own digital services. The Digital Officer coordinates the work.',
    rows: [
      ['The Municipal Executive Board', 'Is responsible for the strategy as a whole'],
      ['Each committee', 'Plan its own digital services'],
      ['The Digital Officer', 'Coordinates the work'],
    ],
  },
  {
    name: 'a general subject with "ansvarar för" at the start of a sentence',
    text: '## Ansvar\n\nVarje medarbetare ansvarar för att följa rutinerna. Alla systemförvaltare har ansvar för dokumentationen.',
    rows: [['Varje medarbetare', 'Ansvarar för att följa rutinerna'], ['Alla systemförvaltare', 'Har ansvar för dokumentationen']],
  },
  {
    name: 'sentences that are not responsibilities in the section are left',
    text: '## Ansvar\n\nAnsvaret följer linjeorganisationen. Det ska vara tydligt vem som gör vad. Policyn ska revideras vart fjärde år.',
    rows: [],
  },
  { name: 'a role sentence outside a responsibility section is left in the text', text: '## Principer\n\nIT-chefen ska se till att alla system har en ägare.', rows: [] },
  { name: 'a heading that mentions ansvar in a principle is not a section', text: '### 2.2 Säkerheten är allas ansvar\n\nVarje medarbetare ansvarar för att rapportera incidenter.', rows: [] },
  {
    name: 'the section ends at the next heading of its level',
    text: '## Ansvar\n\nKommunfullmäktige beslutar om policyn.\n\n## Uppföljning\n\nKommunstyrelsen ska följa upp målen årligen.',
    rows: [['Kommunfullmäktige', 'Beslutar om policyn']],
  },
  {
    name: 'a subsection of the responsibility section is part of it',
    text: '## Ansvar\n\n### Nämnder\n\nBarn- och utbildningsnämnden ansvarar för skolans system.',
    rows: [['Barn- och utbildningsnämnden', 'Ansvarar för skolans system']],
  },
  {
    name: 'a table without a header in a responsibility section: the rows that start with a party',
    text: '## Ansvarsfördelning\n\n| Kommunstyrelsen | Leder och samordnar |\n| --- | --- |\n| IT-chefen | Förvaltar plattformen |\n| Not | Gäller från 2025 |',
    rows: [['Kommunstyrelsen', 'Leder och samordnar'], ['IT-chefen', 'Förvaltar plattformen']],
  },
  { name: 'a table without a header outside a responsibility section is not one', text: '| Kommunstyrelsen | Leder och samordnar |\n| --- | --- |\n| IT-chefen | Förvaltar plattformen |', rows: [] },
  { name: 'a table of other things in a responsibility section is not one', text: '## Ansvar\n\n| Datum | Händelse |\n| --- | --- |\n| 2025-01-01 | Start |\n| 2025-06-01 | Uppföljning |', rows: [] },
  { name: 'a table with empty cells keeps the rows that name both', text: '| Roll | Ansvar |\n| --- | --- |\n| Kommunstyrelsen | Leder arbetet |\n|  | Något |\n| IT-chef |  |', rows: [['Kommunstyrelsen', 'Leder arbetet']] },
];

const propose = (text: string) => proposeResponsibilities(parseBlocks(text, true).blocks).map((r) => [r.party, r.responsibility]);

describe('responsibilities proposed from tables and sections', () => {
  it('the corpus holds at least 20 variants', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  for (const c of cases) it(c.name, () => expect(propose(c.text)).toEqual(c.rows));

  it('gives each row the table row or sentence it was read from', () => {
    const [row] = proposeResponsibilities(parseBlocks('## Ansvar\n\nIT-chefen ska följa upp policyn. Annat.', true).blocks);
    expect(row).toEqual({ party: 'IT-chefen', responsibility: 'Följa upp policyn', source: 'IT-chefen ska följa upp policyn.' });
    const [tableRow] = proposeResponsibilities(parseBlocks('| Roll | Ansvar |\n| --- | --- |\n| KS | Leder |', true).blocks);
    expect(tableRow!.source).toBe('KS | Leder');
  });

  it('stays linear on hostile input and proposes at most 100 rows', () => {
    const long = `## Ansvar\n\n${'Kommunstyrelsen ansvarar för a. '.repeat(5000)}\n\n| Roll | Ansvar |\n|---|---|\n${'| x'.repeat(3000)} |`;
    const started = Date.now();
    const rows = proposeResponsibilities(parseBlocks(long, true).blocks);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(rows.length).toBeLessThanOrEqual(100);
  });

  it('leaves the taken rows and sentences out of the body, a note in their place, and keeps the rest', () => {
    const text = '# P\n\n## Ansvar\n\nKommunstyrelsen ansvarar för policyn. Policyn ses över vid behov.\n\n- IT-chefen ska följa upp arbetet\n\n| Roll | Ansvar |\n| --- | --- |\n| Nämnderna | Tillämpar policyn |\n\n## Mål\n\nText.';
    const { blocks } = parseBlocks(text, true);
    const { rows, places } = proposeResponsibilitiesWithPlaces(blocks);
    expect(rows.map((r) => r.party)).toEqual(['Kommunstyrelsen', 'IT-chefen', 'Nämnderna']);
    const body = blocksToMarkdown(withoutTaken(blocks, places, 'NOTE'), 'P');
    expect(body).toBe('## Ansvar\n\nNOTE\n\nPolicyn ses över vid behov.\n\n## Mål\n\nText.');
  });

  it('proposes the body without the table beside the full body, and none when no table is proposed', () => {
    const draft = proposeDraft('# IT-policy\n\n## Ansvar\n\n| Roll | Ansvar |\n| --- | --- |\n| KS | Leder arbetet |\n\n## Övrigt\n\nText.', 'p.md');
    expect(draft.body).toContain('| KS | Leder arbetet |');
    expect(draft.bodyWithoutResponsibilities).not.toContain('Leder arbetet');
    expect(draft.bodyWithoutResponsibilities).toContain('Ansvarsfördelningen finns i dokumentets ansvarstabell');
    expect(proposeDraft('# IT-policy\n\n## Övrigt\n\nText.', 'p.md').bodyWithoutResponsibilities).toBeNull();
  });
});
