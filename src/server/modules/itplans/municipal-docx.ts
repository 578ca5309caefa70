import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType } from 'docx';
import type { PlanVersion } from '../../../shared/municipal-plan.js';

/**
 * A decided municipal IT plan as a Word document for the board: the decision, a table of contents,
 * the sums per year against the budget frames, the ranking with the score's parts, then each
 * initiative with its goals and the departments whose needs it meets. Always in Swedish: the
 * plan is an official record.
 */

const kronorFormat = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const kronor = (n: number | null) => (n === null ? '–' : kronorFormat.format(n));
const pointsFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const pts = (n: number) => pointsFormat.format(n);
const priorityWords: Record<number, string> = { 1: 'Hög', 2: 'Medel', 3: 'Låg' };

const thin = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function table(columns: { header: string; right?: boolean }[], rows: string[][]) {
  const cell = (text: string, right: boolean | undefined, bold = false) =>
    new TableCell({ children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: thin, left: none, right: none, insideHorizontal: thin, insideVertical: none },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c.header, c.right, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, columns[i]!.right)) })),
    ],
  });
}

const heading = (text: string, level: 1 | 2) => new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, spacing: { before: 360, after: 120 } });
const line = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });

export async function municipalPlanDocx(v: PlanVersion, municipality: string): Promise<Buffer> {
  const { plan, decision } = v;
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ children: [new TextRun({ text: municipality, size: 20 })] }),
    new Paragraph({ text: plan.round.title, heading: HeadingLevel.TITLE, spacing: { after: 200 } }),
    new Paragraph({ children: [new TextRun({ text: `Kommunal IT-plan ${plan.round.firstYear}–${plan.round.lastYear}, version ${v.version}`, size: 22 })] }),
    heading('Beslut', 1),
    line('Beslutande organ', decision.decidingBody),
    line('Datum', decision.decidedOn),
    ...(decision.diarienummer ? [line('Diarienummer', decision.diarienummer)] : []),
    ...(decision.paragraph ? [line('Paragraf', decision.paragraph)] : []),
    ...(decision.note ? [new Paragraph({ text: decision.note })] : []),
    new Paragraph({ text: 'Innehåll', heading: HeadingLevel.HEADING_1, spacing: { before: 360 } }),
    new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: '1-2' }),
    heading('Kostnader per år mot budgetram', 1),
    table(
      [{ header: 'År' }, { header: 'Investering', right: true }, { header: 'Drift', right: true }, { header: 'Summa', right: true }, { header: 'Budgetram', right: true }, { header: 'Kvar', right: true }],
      plan.years.map((y) => [String(y.year), kronor(y.investment), kronor(y.running), kronor(y.total), kronor(y.frame), kronor(y.remaining)]),
    ),
    heading('Kostnad per förvaltning', 1),
    table([{ header: 'Förvaltning' }, { header: 'Summa', right: true }], plan.departments.map((d) => [d.department.name, kronor(d.total)])),
    heading('Prioritering', 1),
    new Paragraph({ text: `Vikter: måluppfyllelse ${plan.weights.goals} %, nytta (nettonuvärde) ${plan.weights.benefit} %, kostnad ${plan.weights.cost} %. Varje del normaliseras över omgångens initiativ.` }),
    table(
      [{ header: 'Rang', right: true }, { header: 'Initiativ' }, { header: 'Poäng', right: true }, { header: 'Mål', right: true }, { header: 'Nytta', right: true }, { header: 'Kostnad', right: true }],
      plan.initiatives.map((i) => [String(i.rank), i.title, pts(i.score.total), pts(i.score.goals.points), pts(i.score.benefit.points), pts(i.score.cost.points)]),
    ),
    heading('Initiativ', 1),
  ];
  for (const i of plan.initiatives) {
    children.push(heading(`${i.rank}. ${i.title}`, 2));
    if (i.description) children.push(new Paragraph({ text: i.description }));
    children.push(line('Prioritet', priorityWords[i.priority] ?? String(i.priority)));
    children.push(line('Mål', i.goals.length ? i.goals.map((g) => g.name).join(', ') : '–'));
    children.push(line('Förvaltningar', i.needs.length ? i.needs.map((n) => `${n.department.name} (${n.title})`).join('; ') : '–'));
    children.push(line('Total kostnad', kronor(i.totalCost)));
    children.push(line('Nettonuvärde', kronor(i.netPresentValue)));
    if (i.costs.length) children.push(table([{ header: 'År' }, { header: 'Investering', right: true }, { header: 'Drift', right: true }], i.costs.map((c) => [String(c.year), kronor(c.investment), kronor(c.running)])));
  }
  const doc = new Document({
    creator: 'Roder',
    title: `${plan.round.title}, version ${v.version}`,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Calibri', size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
