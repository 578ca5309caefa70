import { describe, expect, it } from 'vitest';
import { parseBlocks } from './import-blocks.js';
import { proposeMetadata } from './import-metadata.js';
import { roleOf } from './import-structure.js';
import { proposeDraft, type ProposedItem } from './import.js';

/**
 * The rules the blind corpus run (documents 17–22) showed were missing, each on a small text of
 * its own shape: provisions, appendices, a vision called "målbild", goal headings with a label,
 * bold lead-ins in a goal list, a term and its explanation in two paragraphs, and the metadata
 * labels and validity.
 */
const flat = (items: ProposedItem[]): string[] => items.flatMap((i) => [`${i.kind}: ${i.title}`, ...flat(i.children)]);

describe('items from the shapes of the blind corpus', () => {
  it('reads "3 §" provisions as the rules of a guideline, and leaves out the introductory provisions', () => {
    const text = `# Riktlinje för loggning\n\n## Inledande bestämmelser\n\n1 § Riktlinjen gäller alla förvaltningar.\n\n## Loggning\n\n2 § Åtkomst till personuppgifter loggas.\n\n3 § Loggar sparas i tolv månader\noch skyddas mot ändring.\n\n## Behörighet\n\n§ 4 Behörigheter granskas varje år.\n`;
    const { items } = proposeDraft(text, 'r.md');
    expect(flat(items)).toEqual(['principle: Åtkomst till personuppgifter loggas', 'principle: Loggar sparas i tolv månader och skyddas mot ändring', 'principle: Behörigheter granskas varje år']);
    const { blocks } = parseBlocks('2 § Åtkomst loggas.\n', false);
    expect(blocks).toEqual([{ kind: 'item', text: 'Åtkomst loggas.', marker: '2 §' }]);
  });

  it('gives an appendix the role its name says, and ignores one that names nothing to import', () => {
    expect(roleOf('Bilaga 1 Begrepp')).toBe('definition');
    expect(roleOf('Bilaga 2: Principer för behörighet')).toBe('principle');
    expect(roleOf('Bilaga 3 Mall för incidentrapport')).toBe('ignore');
    expect(roleOf('Appendix A – Definitions')).toBe('definition');
    expect(roleOf('Bilagor')).toBe('ignore');
    expect(roleOf('Vår målbild')).toBe('vision');
    expect(roleOf('Målbilder')).not.toBe('vision');
    expect(roleOf('Inledande bestämmelser')).toBe('ignore');
  });

  it('takes a bold lead-in of a goal list item as the goal and the rest as its text, with its KPI', () => {
    const text = `# IT-strategi 2024–2027\n\n## Vår målbild\n\nEn enkel kommun att leva i.\n\n## Strategiska mål\n\n1. **Digitalt först** – Tjänster utformas digitalt. Senast 2026 ska 80 % av ansökningarna göras via e-tjänst.\n2. **Effektiv handläggning** – Handläggningstiden för bygglov ska minska med 30 %.\n`;
    const { items } = proposeDraft(text, 's.md');
    expect(flat(items)).toEqual(['vision: En enkel kommun att leva i', 'goal: Digitalt först', 'goal: Effektiv handläggning']);
    expect(items[1]!.text).toContain('Senast 2026');
    expect(items[1]!.kpis?.[0]).toMatchObject({ targetValue: 80, targetDate: '2026-12-31' });
    // The relative target without a deadline gets the end of the period in the title.
    expect(items[2]!.kpis?.[0]).toMatchObject({ targetValue: -30, relative: true, targetDate: '2027-12-31', name: 'Handläggningstid bygglov (dagar)' });
  });

  it('a "Mål 1: …" heading is a goal that owns its target sentence and its activity table', () => {
    const text = `# Handlingsplan 2025\n\n## Mål 1: Fler ärenden digitalt\n\nAntalet pappersblanketter ska minska med 40 %.\n\n| Aktivitet | Ansvarig | Klart |\n| --- | --- | --- |\n| Införa e-tjänst | Enhetschef | 2025-03-31 |\n\n## Mål 2: Trygg tillsyn\n\n- Alla brukare erbjuds digital tillsyn senast 2025\n`;
    const { items } = proposeDraft(text, 'p.md');
    expect(flat(items)).toEqual(['goal: Fler ärenden digitalt', 'goal: Trygg tillsyn']);
    expect(items[0]!.kpis?.[0]).toMatchObject({ name: 'Antal pappersblanketter', targetValue: -40, targetDate: '2025-12-31' });
    expect(items[1]!.text).toContain('Alla brukare');
  });

  it('gives an item made from a sub-heading the text of its section (it had none), so a goal there gets its KPI', () => {
    const text = `# IT-strategi 2025–2027\n\n## Mål\n\n### Snabbare bygglov\n\nHandläggningstiden för bygglov ska minska med 20 % till 2026.\n\n## Principer\n\n### Öppenhet\n\nKommunen publicerar öppna data.\n`;
    const { items } = proposeDraft(text, 's.md');
    expect(items.map((i) => [i.kind, i.title, i.text])).toEqual([
      ['goal', 'Snabbare bygglov', 'Handläggningstiden för bygglov ska minska med 20 % till 2026.'],
      ['principle', 'Öppenhet', 'Kommunen publicerar öppna data.'],
    ]);
    expect(items[0]!.kpis?.[0]).toMatchObject({ name: 'Handläggningstid bygglov (dagar)', targetValue: -20, targetDate: '2026-12-31' });
  });

  it('reads a term on a line of its own and the paragraph after it as a definition', () => {
    const text = `# Riktlinje för AI\n\n## Definitioner\n\nGenerativ AI\n\nAI som skapar nytt innehåll.\n\nÖppen AI-tjänst\n\nEn tjänst som kommunen inte har avtal med.\n`;
    const { items } = proposeDraft(text, 'a.md');
    expect(items.map((i) => [i.kind, i.title, i.text])).toEqual([
      ['definition', 'Generativ AI', 'AI som skapar nytt innehåll.'],
      ['definition', 'Öppen AI-tjänst', 'En tjänst som kommunen inte har avtal med.'],
    ]);
  });
});

describe('items from the shapes of the held-out documents 23–24', () => {
  it('reads compounds ending in "mål" as goal sections and "P1 Name – text" lines as labelled items', () => {
    expect(roleOf('2. Effektmål')).toBe('goal');
    expect(roleOf('Verksamhetsmål')).toBe('goal');
    expect(roleOf('Målgrupper')).toBe('neutral');
    const text = `Digitaliseringsplan 2025–2026\n\n\n1. Effektmål\n\n1.1 Besökare bokar lokaler digitalt\nSenast 2026 ska 90 % av lokalbokningarna göras i bokningssystemet.\n\n2. Principer för arbetet\n\nP1 Användaren först – Tjänster utformas utifrån behoven.\nP2 Återanvänd innan nytt – Befintliga plattformar används först.\n`;
    const { items, typeKey } = proposeDraft(text, 'p.txt');
    expect(typeKey).toBe('handlingsplan');
    expect(flat(items)).toEqual(['goal: Besökare bokar lokaler digitalt', 'principle: Användaren först', 'principle: Återanvänd innan nytt']);
    expect(items[0]!.kpis?.[0]).toMatchObject({ name: 'Andel lokalbokningar gjorda i bokningssystemet', targetValue: 90 });
  });

  it('reads a list after a lead-in that says what shall hold ("Det innebär att:") as the policy\'s statements', () => {
    const text = `# Policy för tillgänglighet\n\n## Policyns innehåll\n\nTjänsterna ska kunna användas av alla. Det innebär att:\n\n- dokument är läsbara med skärmläsare\n- filmer är textade\n\n## Övrigt\n\nVi informerar om följande:\n\n- nyheter på webben\n- evenemang\n`;
    expect(flat(proposeDraft(text, 'p.md').items)).toEqual(['principle: dokument är läsbara med skärmläsare', 'principle: filmer är textade']);
  });
});

describe('metadata from the shapes of the blind corpus', () => {
  const meta = (text: string, name = 'd.md') => proposeMetadata(parseBlocks(text, name.endsWith('.md')).blocks, text, name);

  it('reads labels in bold, and the owner by the document\'s own name for itself', () => {
    expect(meta('# IT-strategi\n\n**Strategiägare:** Digitaliseringschef  \n**Diarienummer:** KS 2023/0655\n').owner?.value).toBe('Digitaliseringschef');
    expect(meta('# Handlingsplan\n\nFastställd av socialnämnden. Ansvarig för planen: förvaltningschef\n').owner?.value).toBe('förvaltningschef');
    expect(meta('IT Policy\n\nPolicy owner: CIO\nDecided by: Kommunfullmäktige\n', 'd.txt').owner?.value).toBe('CIO');
  });

  it('takes the value of a label that ends a line from the next line, as a wrapped PDF line leaves it', () => {
    expect(meta('# E-strategi\n\nFastställd av kommunfullmäktige 2024-02-19. Dokumentansvarig:\n\nsocialchef\n').owner?.value).toBe('socialchef');
  });

  it('reads the type from a compound ending in "plan" or from a "Dokumenttyp" label', () => {
    expect(meta('# Digitaliseringsplan 2025\n\nText.\n').typeKey?.value).toBe('handlingsplan');
    expect(meta('Åsby kommun\n\nDokumenttyp: Riktlinje\nDiarienummer: KS 2024/1\n', 'd.txt').typeKey?.value).toBe('riktlinje');
  });

  it('proposes the validity end: a "gäller till" date, a period\'s end, the title\'s period, a plan\'s year', () => {
    expect(meta('# Riktlinje\n\nGäller till och med 2025-12-31\n').validUntil?.value).toBe('2025-12-31');
    expect(meta('# Strategi\n\nGiltighet: 2024-01-01 – 2027-12-31\n').validUntil?.value).toBe('2027-12-31');
    expect(meta('IT Policy\n\nDecided by: Kommunfullmäktige\nValid until: 2027-12-31\n', 'd.txt').validUntil?.value).toBe('2027-12-31');
    expect(meta('# IT-strategi 2024–2027\n\nText.\n').validUntil?.value).toBe('2027-12-31');
    expect(meta('# Handlingsplan för IT 2025\n\nText.\n').validUntil?.value).toBe('2025-12-31');
    // A policy's year in its title is when it was written, not its period.
    expect(meta('# IT-policy 2010\n\nText.\n').validUntil).toBeNull();
  });
});
