import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { embedUnicodeFonts, makePdfA, nameFontSubsets, printable } from './pdf-a.js';

/**
 * The minutes (protokoll) of a meeting in the form a municipal secretary recognises: a header with
 * the body, date and place, who attended and in which capacity, the list of matters, then each
 * matter as a numbered paragraph (§) with its decision, and the signatures of the secretary, the
 * chair and the adjusters (justerare). Always in Swedish: minutes are an official record.
 */
export interface MinutesData {
  municipality: string;
  body: string;
  meetingDate: string;
  location: string;
  /** When the document is made: the PDF's creation date. */
  created: Date;
  participants: { name: string; note: string; role: 'attendee' | 'chair' | 'secretary' | 'adjuster' }[];
  items: {
    number: number;
    title: string;
    subjectKind: string;
    /** The acquisition's estimated value or the project's investment, whole kronor; null if none. */
    amount: number | null;
    diarienummer: string | null;
    background: string;
    decision: string | null;
    decisionText: string;
  }[];
}

const decisionWords: Record<string, string> = {
  approved: 'Godkänns',
  approved_with_conditions: 'Godkänns med villkor',
  rejected: 'Avslås',
  returned: 'Återremitteras',
};
const roleWords = { chair: 'Ordförande', secretary: 'Sekreterare', adjuster: 'Justerare', attendee: '' } as const;
const amountWords: Record<string, string> = { acquisition: 'Uppskattat värde', project: 'Investering' };

function longDate(iso: string) {
  return new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

// The same formatting as the web's formatKronor in Swedish: "2 389 585 kr", whose spaces are
// non-breaking, so the amount never splits over two lines.
const kronorFormat = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 });
const kronor = (n: number) => kronorFormat.format(n);

const NBSP = '\u00a0';
/**
 * Free text (a background written by hand or by a rule) with the spaces inside amounts made
 * non-breaking: between digit groups ("2 389 585") and before a unit ("585 kr", "12 %").
 */
function keepAmountsTogether(text: string): string {
  return text.replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NBSP}`).replace(/(\d) (?=(?:kr|kronor|tkr|mnkr|SEK|EUR|€|%)(?![\p{L}\d]))/gu, `$1${NBSP}`);
}

type Block =
  | { kind: 'title' | 'meta' | 'paragraph' | 'label' | 'text'; text: string }
  | { kind: 'table'; columns: { header: string; align: 'left' | 'right'; wrap: boolean }[]; rows: string[][] }
  | { kind: 'signatures'; signers: { role: string; name: string }[] };

/** The minutes as blocks, shared by the .docx and the PDF so both say the same. */
function minutesBlocks(m: MinutesData): Block[] {
  const blocks: Block[] = [
    { kind: 'meta', text: m.municipality },
    { kind: 'title', text: `Protokoll, ${m.body}` },
    { kind: 'meta', text: `Sammanträdesdatum: ${longDate(m.meetingDate)}` },
  ];
  if (m.location) blocks.push({ kind: 'meta', text: `Plats: ${m.location}` });
  if (m.participants.length) {
    blocks.push({ kind: 'label', text: 'Närvarande' });
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Namn', align: 'left', wrap: true },
        { header: 'Funktion', align: 'left', wrap: false },
        { header: 'Titel eller organisation', align: 'left', wrap: true },
      ],
      rows: m.participants.map((p) => [p.name, roleWords[p.role], p.note]),
    });
  }
  if (m.items.length) {
    blocks.push({ kind: 'label', text: 'Ärenden' });
    blocks.push({
      kind: 'table',
      columns: [
        { header: '§', align: 'right', wrap: false },
        { header: 'Ärende', align: 'left', wrap: true },
        { header: 'Belopp', align: 'right', wrap: false },
        { header: 'Beslut', align: 'left', wrap: false },
      ],
      rows: m.items.map((i) => [String(i.number), i.title, i.amount === null ? '' : kronor(i.amount), i.decision ? decisionWords[i.decision]! : '–']),
    });
  }
  for (const item of m.items) {
    blocks.push({ kind: 'paragraph', text: `§ ${item.number} ${item.title}` });
    if (item.diarienummer) blocks.push({ kind: 'meta', text: `Dnr ${item.diarienummer}` });
    if (item.amount !== null) blocks.push({ kind: 'meta', text: `${amountWords[item.subjectKind] ?? 'Belopp'}: ${kronor(item.amount)}` });
    if (item.background) {
      blocks.push({ kind: 'label', text: 'Ärendebeskrivning' });
      blocks.push({ kind: 'text', text: item.background });
    }
    blocks.push({ kind: 'label', text: 'Beslut' });
    blocks.push({ kind: 'text', text: item.decision ? `${decisionWords[item.decision]}. ${item.decisionText}` : 'Inget beslut fattat.' });
  }
  const named = (role: 'chair' | 'secretary' | 'adjuster') => m.participants.filter((p) => p.role === role).map((p) => p.name);
  const adjusters = named('adjuster');
  blocks.push({ kind: 'label', text: 'Underskrifter' });
  blocks.push({
    kind: 'signatures',
    signers: [
      { role: 'Sekreterare', name: named('secretary')[0] ?? '' },
      { role: 'Ordförande', name: named('chair')[0] ?? '' },
      ...(adjusters.length ? adjusters : ['']).map((name) => ({ role: 'Justerare', name })),
    ],
  });
  return blocks;
}

export async function minutesDocx(m: MinutesData): Promise<Buffer> {
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const children = minutesBlocks(m).flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'title':
        return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE, spacing: { after: 200 } })];
      case 'paragraph':
        return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2, spacing: { before: 360, after: 120 } })];
      case 'label':
        return [new Paragraph({ children: [new TextRun({ text: block.text, bold: true })], spacing: { before: 120 } })];
      case 'meta':
        return [new Paragraph({ children: [new TextRun({ text: block.text, size: 20 })], alignment: AlignmentType.LEFT })];
      case 'text':
        return [new Paragraph({ text: keepAmountsTogether(block.text) })];
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: { top: none, bottom: thin, left: none, right: none, insideHorizontal: thin, insideVertical: none },
            rows: [
              new TableRow({
                tableHeader: true,
                children: block.columns.map((c) => new TableCell({ children: [new Paragraph({ alignment: c.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: c.header, bold: true })] })] })),
              }),
              ...block.rows.map(
                (row) =>
                  new TableRow({
                    children: row.map((cell, i) => new TableCell({ children: [new Paragraph({ alignment: block.columns[i]!.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, text: cell })] })),
                  }),
              ),
            ],
          }),
        ];
      case 'signatures':
        return block.signers.flatMap((s) => [
          new Paragraph({ text: '______________________________', spacing: { before: 480 } }),
          new Paragraph({ children: [new TextRun({ text: s.role, bold: true, size: 20 }), new TextRun({ text: s.name ? `  ${s.name}` : '', size: 20 })] }),
        ]);
    }
  });
  const doc = new Document({
    creator: 'Roder',
    title: `Protokoll ${m.body} ${m.meetingDate}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/**
 * Lines of at most `width` points. Breaks only at ordinary spaces: a non-breaking space (inside an
 * amount) never ends a line. A word wider than the line is cut where it must be.
 */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.replace(/\t/g, ' ').split('\n')) {
    let line = '';
    for (let word of para.split(/ +/)) {
      while (font.widthOfTextAtSize(word, size) > width && [...word].length > 1) {
        const chars = [...word];
        let n = chars.length - 1;
        while (n > 1 && font.widthOfTextAtSize(chars.slice(0, n).join(''), size) > width) n--;
        if (line) out.push(line);
        out.push(chars.slice(0, n).join(''));
        line = '';
        word = chars.slice(n).join('');
      }
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
const GREY = rgb(0.6, 0.6, 0.6);

/**
 * The minutes as an archivable PDF (PDF/A-2b): Noto Sans embedded, so every name prints as written
 * (Sami, Polish, Finnish … letters alike), amounts on one line, tables sized to their contents.
 */
export async function minutesPdf(m: MinutesData): Promise<Buffer> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  makePdfA(pdf, { title: `Protokoll ${m.body} ${m.meetingDate}`, language: 'sv-SE', creator: 'Roder', created: m.created });
  const { regular, bold } = await embedUnicodeFonts(pdf);
  const width = PAGE.width - 2 * PAGE.margin;
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const room = (height: number) => {
    if (y - height < PAGE.margin) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
      return false;
    }
    return true;
  };
  const show = (text: string, x: number, top: number, size: number, font: PDFFont) => page.drawText(text, { x, y: top - size, size, font });

  for (const block of minutesBlocks(m)) {
    if (block.kind === 'table') {
      drawTable(block);
      continue;
    }
    if (block.kind === 'signatures') {
      drawSignatures(block.signers);
      continue;
    }
    const font = block.kind === 'title' || block.kind === 'paragraph' || block.kind === 'label' ? bold : regular;
    const size = block.kind === 'title' ? 18 : block.kind === 'paragraph' ? 13 : block.kind === 'meta' ? 10 : 11;
    y -= block.kind === 'paragraph' ? 16 : block.kind === 'label' ? 8 : 0;
    for (const text of wrap(printable(keepAmountsTogether(block.text)), font, size, width)) {
      room(size * 1.4);
      show(text, PAGE.margin, y, size, font);
      y -= size * 1.4;
    }
  }
  await nameFontSubsets(pdf);
  return Buffer.from(await pdf.save());

  /**
   * A table whose columns that must not wrap (§, amounts, capacities, decisions) are as wide as
   * their widest cell, and whose other columns share the rest of the line.
   */
  function drawTable(table: Extract<Block, { kind: 'table' }>) {
    const size = 10;
    const pad = 10;
    const lineHeight = size * 1.35;
    const rows = table.rows.map((r) => r.map((cell) => printable(keepAmountsTogether(cell))));
    const natural = table.columns.map((c, i) => Math.max(bold.widthOfTextAtSize(c.header, size), ...rows.map((r) => regular.widthOfTextAtSize(r[i]!, size))) + pad);
    const fixed = table.columns.reduce((s, c, i) => s + (c.wrap ? 0 : natural[i]!), 0);
    const wrapNatural = table.columns.reduce((s, c, i) => s + (c.wrap ? natural[i]! : 0), 0);
    const free = Math.max(width - fixed, 0);
    const widths = table.columns.map((c, i) => (c.wrap ? (wrapNatural <= free ? natural[i]! + (free - wrapNatural) * (natural[i]! / wrapNatural) : free * (natural[i]! / wrapNatural)) : natural[i]!));
    const drawRow = (cells: string[], font: PDFFont) => {
      const lines = cells.map((cell, i) => (table.columns[i]!.wrap ? wrap(cell, font, size, widths[i]! - pad) : [cell]));
      const height = Math.max(...lines.map((l) => l.length)) * lineHeight + 4;
      return { lines, height };
    };
    const drawCells = (row: { lines: string[][]; height: number }, font: PDFFont) => {
      let x = PAGE.margin;
      row.lines.forEach((lines, i) => {
        const column = table.columns[i]!;
        lines.forEach((line, n) => {
          if (!line) return;
          const offset = column.align === 'right' ? widths[i]! - pad - font.widthOfTextAtSize(line, size) : 0;
          show(line, x + offset, y - 2 - n * lineHeight, size, font);
        });
        x += widths[i]!;
      });
      y -= row.height;
      page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.margin + width, y }, thickness: 0.5, color: GREY });
    };
    const header = drawRow(table.columns.map((c) => c.header), bold);
    room(header.height * 2);
    drawCells(header, bold);
    for (const cells of rows) {
      const row = drawRow(cells, regular);
      if (!room(row.height)) drawCells(header, bold);
      drawCells(row, regular);
    }
    y -= 4;
  }

  function drawSignatures(signers: { role: string; name: string }[]) {
    const column = (width - 24) / 2;
    for (let i = 0; i < signers.length; i += 2) {
      room(62);
      y -= 34;
      signers.slice(i, i + 2).forEach((s, n) => {
        const x = PAGE.margin + n * (column + 24);
        page.drawLine({ start: { x, y }, end: { x: x + column, y }, thickness: 0.75, color: rgb(0, 0, 0) });
        show(printable(s.role), x, y - 3, 9, bold);
        if (s.name) show(printable(s.name), x, y - 15, 10, regular);
      });
      y -= 28;
    }
  }
}
