import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';

/**
 * The minutes (protokoll) of a meeting in the form a municipal secretary recognises: a header with
 * the body, date and place, then each matter as a numbered paragraph (§) with its decision.
 * Always in Swedish: minutes are an official record.
 */
export interface MinutesData {
  municipality: string;
  body: string;
  meetingDate: string;
  location: string;
  items: { number: number; title: string; diarienummer: string | null; background: string; decision: string | null; decisionText: string }[];
}

const decisionWords: Record<string, string> = {
  approved: 'Godkänns',
  approved_with_conditions: 'Godkänns med villkor',
  rejected: 'Avslås',
  returned: 'Återremitteras',
};

function longDate(iso: string) {
  return new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The minutes as lines with a style, shared by the .docx and the PDF so both say the same. */
function minutesLines(m: MinutesData) {
  const lines: { style: 'title' | 'meta' | 'paragraph' | 'label' | 'text'; text: string }[] = [
    { style: 'meta', text: m.municipality },
    { style: 'title', text: `Protokoll, ${m.body}` },
    { style: 'meta', text: `Sammanträdesdatum: ${longDate(m.meetingDate)}` },
  ];
  if (m.location) lines.push({ style: 'meta', text: `Plats: ${m.location}` });
  for (const item of m.items) {
    lines.push({ style: 'paragraph', text: `§ ${item.number} ${item.title}` });
    if (item.diarienummer) lines.push({ style: 'meta', text: `Dnr ${item.diarienummer}` });
    if (item.background) {
      lines.push({ style: 'label', text: 'Ärendebeskrivning' });
      lines.push({ style: 'text', text: item.background });
    }
    lines.push({ style: 'label', text: 'Beslut' });
    lines.push({ style: 'text', text: item.decision ? `${decisionWords[item.decision]}. ${item.decisionText}` : 'Inget beslut fattat.' });
  }
  lines.push({ style: 'label', text: 'Justeras' });
  lines.push({ style: 'text', text: '______________________________          ______________________________' });
  lines.push({ style: 'text', text: 'Ordförande                                            Justerare' });
  return lines;
}

export async function minutesDocx(m: MinutesData): Promise<Buffer> {
  const children = minutesLines(m).map((line) => {
    switch (line.style) {
      case 'title':
        return new Paragraph({ text: line.text, heading: HeadingLevel.TITLE, spacing: { after: 200 } });
      case 'paragraph':
        return new Paragraph({ text: line.text, heading: HeadingLevel.HEADING_2, spacing: { before: 360, after: 120 } });
      case 'label':
        return new Paragraph({ children: [new TextRun({ text: line.text, bold: true })], spacing: { before: 120 } });
      case 'meta':
        return new Paragraph({ children: [new TextRun({ text: line.text, size: 20 })], alignment: AlignmentType.LEFT });
      default:
        return new Paragraph({ text: line.text });
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

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
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

/** PDF with the standard Helvetica fonts, whose WinAnsi encoding covers å, ä, ö and é. */
export async function minutesPdf(m: MinutesData): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Protokoll ${m.body} ${m.meetingDate}`);
  pdf.setLanguage('sv-SE');
  pdf.setCreator('Roder');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 56;
  let page = pdf.addPage([595, 842]);
  let y = 842 - margin;
  const width = 595 - 2 * margin;
  // Characters outside WinAnsi (e.g. emoji, the real minus sign) are replaced rather than failing.
  const safe = (t: string) => t.replace(/\u2212/g, '-').replace(/[^\u0009\u000a\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac§]/g, '?');
  for (const line of minutesLines(m)) {
    const font = line.style === 'title' || line.style === 'paragraph' || line.style === 'label' ? bold : regular;
    const size = line.style === 'title' ? 18 : line.style === 'paragraph' ? 13 : line.style === 'meta' ? 10 : 11;
    const before = line.style === 'paragraph' ? 16 : line.style === 'label' ? 6 : 0;
    y -= before;
    for (const text of wrap(safe(line.text), font, size, width)) {
      if (y < margin + size) {
        page = pdf.addPage([595, 842]);
        y = 842 - margin;
      }
      page.drawText(text, { x: margin, y: y - size, size, font });
      y -= size * 1.4;
    }
  }
  return Buffer.from(await pdf.save());
}
