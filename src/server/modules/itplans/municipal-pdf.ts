import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { PlanVersion } from '../../../shared/municipal-plan.js';
import { embedUnicodeFonts, makePdfA, nameFontSubsets, printable } from '../council/pdf-a.js';

/**
 * A decided municipal IT plan as an archivable PDF (PDF/A-2b, the council's fonts and metadata):
 * the decision, a table of contents, the sums per year against the frames, the sums per
 * department, the ranking with the score's parts, then each initiative with its goals and the
 * departments whose needs it meets. Always in Swedish, as the Word document.
 */

const kronorFormat = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const kronor = (n: number | null) => (n === null ? '–' : kronorFormat.format(n));
const pointsFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const pts = (n: number) => pointsFormat.format(n);
const priorityWords: Record<number, string> = { 1: 'Hög', 2: 'Medel', 3: 'Låg' };

type Block =
  | { kind: 'title' | 'h1' | 'h2' | 'text' | 'meta'; text: string }
  | { kind: 'table'; columns: { header: string; right?: boolean; width: number }[]; rows: string[][] };

function planBlocks(v: PlanVersion, municipality: string): Block[] {
  const { plan, decision } = v;
  const blocks: Block[] = [
    { kind: 'meta', text: municipality },
    { kind: 'title', text: plan.round.title },
    { kind: 'meta', text: `Kommunal IT-plan ${plan.round.firstYear}–${plan.round.lastYear}, version ${v.version}` },
    { kind: 'h1', text: 'Innehåll' },
    { kind: 'text', text: '1. Beslut' },
    { kind: 'text', text: '2. Kostnader per år mot budgetram' },
    { kind: 'text', text: '3. Kostnad per förvaltning' },
    { kind: 'text', text: '4. Prioritering' },
    { kind: 'text', text: '5. Initiativ' },
    { kind: 'h1', text: '1. Beslut' },
    { kind: 'text', text: `Beslutande organ: ${decision.decidingBody}` },
    { kind: 'text', text: `Datum: ${decision.decidedOn}` },
  ];
  if (decision.diarienummer) blocks.push({ kind: 'text', text: `Diarienummer: ${decision.diarienummer}` });
  if (decision.paragraph) blocks.push({ kind: 'text', text: `Paragraf: ${decision.paragraph}` });
  if (decision.note) blocks.push({ kind: 'text', text: decision.note });
  blocks.push({ kind: 'h1', text: '2. Kostnader per år mot budgetram' });
  blocks.push({
    kind: 'table',
    columns: [{ header: 'År', width: 0.1 }, { header: 'Investering', right: true, width: 0.18 }, { header: 'Drift', right: true, width: 0.18 }, { header: 'Summa', right: true, width: 0.18 }, { header: 'Budgetram', right: true, width: 0.18 }, { header: 'Kvar', right: true, width: 0.18 }],
    rows: plan.years.map((y) => [String(y.year), kronor(y.investment), kronor(y.running), kronor(y.total), kronor(y.frame), kronor(y.remaining)]),
  });
  blocks.push({ kind: 'h1', text: '3. Kostnad per förvaltning' });
  blocks.push({ kind: 'table', columns: [{ header: 'Förvaltning', width: 0.7 }, { header: 'Summa', right: true, width: 0.3 }], rows: plan.departments.map((d) => [d.department.name, kronor(d.total)]) });
  blocks.push({ kind: 'h1', text: '4. Prioritering' });
  blocks.push({ kind: 'text', text: `Vikter: måluppfyllelse ${plan.weights.goals} %, nytta (nettonuvärde) ${plan.weights.benefit} %, kostnad ${plan.weights.cost} %. Varje del normaliseras över omgångens initiativ.` });
  blocks.push({
    kind: 'table',
    columns: [{ header: 'Rang', width: 0.08 }, { header: 'Initiativ', width: 0.48 }, { header: 'Poäng', right: true, width: 0.11 }, { header: 'Mål', right: true, width: 0.11 }, { header: 'Nytta', right: true, width: 0.11 }, { header: 'Kostnad', right: true, width: 0.11 }],
    rows: plan.initiatives.map((i) => [String(i.rank), i.title, pts(i.score.total), pts(i.score.goals.points), pts(i.score.benefit.points), pts(i.score.cost.points)]),
  });
  blocks.push({ kind: 'h1', text: '5. Initiativ' });
  for (const i of plan.initiatives) {
    blocks.push({ kind: 'h2', text: `${i.rank}. ${i.title}` });
    if (i.description) blocks.push({ kind: 'text', text: i.description });
    blocks.push({ kind: 'text', text: `Prioritet: ${priorityWords[i.priority] ?? i.priority}` });
    blocks.push({ kind: 'text', text: `Mål: ${i.goals.length ? i.goals.map((g) => g.name).join(', ') : '–'}` });
    blocks.push({ kind: 'text', text: `Förvaltningar: ${i.needs.length ? i.needs.map((n) => `${n.department.name} (${n.title})`).join('; ') : '–'}` });
    blocks.push({ kind: 'text', text: `Total kostnad: ${kronor(i.totalCost)}. Nettonuvärde: ${kronor(i.netPresentValue)}.` });
  }
  return blocks;
}

/** Lines of at most `width` points, broken at spaces. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

const PAGE = { width: 595, height: 842, margin: 56 };

export async function municipalPlanPdf(v: PlanVersion, municipality: string, created: Date): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  makePdfA(pdf, { title: `${v.plan.round.title}, version ${v.version}`, language: 'sv-SE', creator: 'Roder', created });
  const { regular, bold } = await embedUnicodeFonts(pdf);
  const width = PAGE.width - 2 * PAGE.margin;
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const room = (height: number) => {
    if (y - height >= PAGE.margin) return;
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - PAGE.margin;
  };
  const show = (text: string, x: number, size: number, font: PDFFont) => page.drawText(text, { x, y: y - size, size, font });
  for (const block of planBlocks(v, municipality)) {
    if (block.kind === 'table') {
      const size = 9;
      const line = size * 1.4;
      const widths = block.columns.map((c) => c.width * width);
      const row = (cells: string[], font: PDFFont) => {
        const lines = cells.map((cell, i) => (block.columns[i]!.right ? [printable(cell)] : wrap(printable(cell), font, size, widths[i]! - 8)));
        room(Math.max(...lines.map((l) => l.length)) * line + 4);
        let x = PAGE.margin;
        const top = y;
        lines.forEach((cellLines, i) => {
          cellLines.forEach((text, n) => {
            const offset = block.columns[i]!.right ? widths[i]! - 8 - font.widthOfTextAtSize(text, size) : 0;
            page.drawText(text, { x: x + offset, y: top - 2 - n * line - size, size, font });
          });
          x += widths[i]!;
        });
        y = top - Math.max(...lines.map((l) => l.length)) * line - 4;
        page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.margin + width, y }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
      };
      row(block.columns.map((c) => c.header), bold);
      for (const cells of block.rows) row(cells, regular);
      y -= 6;
      continue;
    }
    const font = block.kind === 'text' || block.kind === 'meta' ? regular : bold;
    const size = block.kind === 'title' ? 20 : block.kind === 'h1' ? 14 : block.kind === 'h2' ? 12 : block.kind === 'meta' ? 10 : 10.5;
    y -= block.kind === 'h1' ? 14 : block.kind === 'h2' ? 8 : 0;
    for (const text of wrap(printable(block.text), font, size, width)) {
      room(size * 1.45);
      show(text, PAGE.margin, size, font);
      y -= size * 1.45;
    }
  }
  await nameFontSubsets(pdf);
  return Buffer.from(await pdf.save());
}
