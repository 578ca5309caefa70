import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxToText } from './docx-text.js';
import { proposeDraft } from './import.js';

/** Written for these tests in the shape municipal documents take; the real seeds run in CI. */
const policyText = `RODERS KOMMUN
2024-05-02
Dnr KS 2024/0117

IT-policy för Roders kommun

Inledning

IT är en integrerad del av kommunens verksamhet. Policyn anger hur IT ska styras
och utvecklas i hela kommunen.

Policyn omfattar områdena

 • Service till invånarna
 • Säkerhet
 • Samverkan med andra kommuner

Vägledande principer

Uttalad Princip nr 1: Befintliga lösningar prövas först, internt och hos samverkanspartner. Det sparar pengar.
Uttalad Princip nr 2: Nyttan ska vara tydlig innan något införs. Annars avvaktar vi.
`;

const strategyMarkdown = `# IT-strategi 2025–2028

Denna strategi gäller för alla förvaltningar.

## Kommunens fokusområden

### 1. Service dygnet runt
- Fler ärenden kan göras digitalt
- Kortare svarstider

### 2. Effektiv verksamhet
- Gemensamma system före egna

## Uppföljning

Målen följs upp årligen.
`;

describe('importing a steering document', () => {
  it('finds the title past a letterhead, the type, the diarienummer, headings and principles in plain text', () => {
    const draft = proposeDraft(policyText, 'it-policy.txt');
    expect(draft.title).toBe('IT-policy för Roders kommun');
    expect(draft.typeKey).toBe('policy');
    expect(draft.diarienummer).toBe('KS 2024/0117');
    expect(draft.body).toContain('## Inledning');
    expect(draft.body).toContain('- Säkerhet');
    // Wrapped paragraph lines are never headings.
    expect(draft.body).not.toContain('## och utvecklas');
    // The areas a policy covers are areas, not principles (issue 13).
    expect(draft.items.map((i) => [i.kind, i.number, i.title])).toEqual([
      ['focus_area', '', 'Service till invånarna'],
      ['focus_area', '', 'Säkerhet'],
      ['focus_area', '', 'Samverkan med andra kommuner'],
      ['principle', 'P1', 'Befintliga lösningar prövas först, internt och hos samverkanspartner'],
      ['principle', 'P2', 'Nyttan ska vara tydlig innan något införs'],
    ]);
  });

  it('proposes focus areas with their goals from Markdown headings and lists', () => {
    const draft = proposeDraft(strategyMarkdown, 'strategi.md');
    expect(draft).toMatchObject({ title: 'IT-strategi 2025–2028', typeKey: 'strategi' });
    expect(draft.items).toMatchObject([
      {
        kind: 'focus_area', number: '1', title: 'Service dygnet runt', text: '', reason: 'sub-heading of "Kommunens fokusområden"',
        children: [
          { kind: 'goal', number: '', title: 'Fler ärenden kan göras digitalt', text: '', children: [] },
          { kind: 'goal', number: '', title: 'Kortare svarstider', text: '', children: [] },
        ],
      },
      { kind: 'focus_area', number: '2', title: 'Effektiv verksamhet', text: '', children: [{ kind: 'goal', number: '', title: 'Gemensamma system före egna', text: '', children: [] }] },
    ]);
  });

  it('proposes inline goal lists with deadlines as goals under their area', () => {
    const text = 'Mål för e-tjänster eservice - Måluppföljning: - vid utgången av 2026 skall 80% av blanketterna vara digitala - vid utgången av 2027 skall 90% av ärendena kunna följas på webben. Därefter följer annat.';
    const draft = proposeDraft(text, 'plan.txt');
    expect(draft.items[0]).toMatchObject({ kind: 'focus_area', title: 'eservice' });
    expect(draft.items[0]!.children.map((c) => c.title)).toEqual([
      'vid utgången av 2026 skall 80% av blanketterna vara digitala',
      'vid utgången av 2027 skall 90% av ärendena kunna följas på webben',
    ]);
  });

  it('falls back to sections as items when a document has no lists', () => {
    const text = 'Riktlinje för lösenord\n\n1. Inledning\n\nDetta gäller alla.\n\n2. Längd\n\nLösenord har minst 12 tecken.\n\n3. Byte\n\nLösenord byts vid misstanke om röjande.\n';
    const draft = proposeDraft(text, 'riktlinje.txt');
    expect(draft.typeKey).toBe('riktlinje');
    expect(draft.items.map((i) => [i.number, i.title, i.text])).toEqual([
      ['2', 'Längd', 'Lösenord har minst 12 tecken.'],
      ['3', 'Byte', 'Lösenord byts vid misstanke om röjande.'],
    ]);
  });

  it('reads a .docx with its headings and lists', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Handlingsplan IT 2026', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Mål för året', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'Alla skolor har wifi', bullet: { level: 0 } }),
            new Paragraph({ text: 'E-arkiv i drift', bullet: { level: 0 } }),
          ],
        },
      ],
    });
    const text = await docxToText(await Packer.toBuffer(doc));
    const draft = proposeDraft(text, 'plan.docx');
    expect(draft).toMatchObject({ title: 'Handlingsplan IT 2026', typeKey: 'handlingsplan' });
    expect(draft.items.map((i) => [i.kind, i.title])).toEqual([
      ['goal', 'Alla skolor har wifi'],
      ['goal', 'E-arkiv i drift'],
    ]);
  });

  it('reads Markdown headings in pasted plain text too', () => {
    const draft = proposeDraft('# Riktlinje för e-post\n\n## Mål\n\n- Alla har en funktionsbrevlåda\n', 'inklistrad.txt');
    expect(draft).toMatchObject({ title: 'Riktlinje för e-post', typeKey: 'riktlinje' });
    expect(draft.items.map((i) => [i.kind, i.title])).toEqual([['goal', 'Alla har en funktionsbrevlåda']]);
  });

  it.each([
    ['50 000 list items', '- Mål: ska nås 2030 med 50 %\n'.repeat(50_000)],
    ['50 000 one-line headings', 'Principer\n\n'.repeat(50_000)],
    ['a 500 000-character line of numbering and dashes', `${'1.1.'.repeat(60_000)} ${'- '.repeat(100_000)}`],
    ['100 000 table rows', '| a | b |\n'.repeat(100_000)],
    ['a page of dot leaders', `Innehåll\n${'Rubrik ........ 3\n'.repeat(50_000)}`],
    ['a paragraph of labelled principles', `Princip 1: ${'x '.repeat(200_000)}`],
  ])('stays linear on hostile text: %s', (_name, text) => {
    const started = performance.now();
    const draft = proposeDraft(text, 'hostile.txt');
    // Linear, at tens of microseconds a line; generous for a loaded build machine.
    expect(performance.now() - started).toBeLessThan(12_000);
    expect(draft.items.length).toBeLessThanOrEqual(200);
  });

  it('survives hostile text: NUL characters, no newlines, huge lines', () => {
    const draft = proposeDraft(`\u0000${'x'.repeat(200_000)}`, 'x.txt');
    expect(draft.body).not.toContain('\u0000');
    expect(draft.title.length).toBeLessThanOrEqual(300);
  });
});
