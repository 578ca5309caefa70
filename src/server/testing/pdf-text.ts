import fontkit from '@pdf-lib/fontkit';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, type PDFRawStream, PDFRef, PDFStream } from 'pdf-lib';

/**
 * What a test needs to know of a PDF Roder made with pdf-lib: its text line by line (each drawn
 * string, decoded through the font's ToUnicode CMap, as a reader copying text would), its fonts
 * (embedded or not), the characters drawn with an empty glyph, and its catalog and trailer.
 */
export async function readPdf(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const context = pdf.context;
  const streamText = (stream: PDFRawStream) => Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
  const fonts = new Map<string, { baseFont: string; subtype: string; fontFile2: boolean; toUnicode: Map<number, string>; glyphs: { getGlyph(id: number): { path: { commands: unknown[] } } } | null }>();
  const lines: string[] = [];
  const blank = new Set<string>();

  for (const page of pdf.getPages()) {
    const fontDict = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    const pageFonts = new Map<string, ReturnType<typeof fonts.get>>();
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const key = ref instanceof PDFRef ? ref.toString() : name.toString();
      if (!fonts.has(key)) fonts.set(key, describeFont(context.lookup(ref, PDFDict)));
      pageFonts.set(name.decodeText(), fonts.get(key));
    }
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => (context.lookup(r, PDFStream) as PDFRawStream)) : [contents as PDFRawStream];
    const content = streams.map(streamText).join('\n');
    let font: ReturnType<typeof fonts.get>;
    for (const match of content.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g)) {
      if (match[1]) {
        font = pageFonts.get(match[1]);
        continue;
      }
      let line = '';
      for (let i = 0; i + 4 <= match[2]!.length; i += 4) {
        const cid = parseInt(match[2]!.slice(i, i + 4), 16);
        const text = font?.toUnicode.get(cid) ?? '\ufffd';
        if (font?.glyphs && text.trim() && font.glyphs.getGlyph(cid).path.commands.length === 0) blank.add(text);
        line += text;
      }
      lines.push(line);
    }
  }

  function describeFont(dict: PDFDict) {
    const subtype = dict.lookup(PDFName.of('Subtype'), PDFName).decodeText();
    const baseFont = dict.lookup(PDFName.of('BaseFont'), PDFName).decodeText();
    const descendant = subtype === 'Type0' ? dict.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict) : dict;
    const descriptor = descendant.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    const file = (descriptor?.lookupMaybe(PDFName.of('FontFile2'), PDFStream) as PDFRawStream | undefined);
    const toUnicodeStream = (dict.lookupMaybe(PDFName.of('ToUnicode'), PDFStream) as PDFRawStream | undefined);
    return {
      subtype,
      baseFont,
      fontFile2: Boolean(file),
      toUnicode: toUnicodeStream ? parseToUnicode(streamText(toUnicodeStream)) : new Map<number, string>(),
      glyphs: file ? (fontkit.create(Buffer.from(decodePDFRawStream(file).decode())) as unknown as { getGlyph(id: number): { path: { commands: unknown[] } } }) : null,
    };
  }

  const catalog = pdf.catalog;
  const metadata = (catalog.lookupMaybe(PDFName.of('Metadata'), PDFStream) as PDFRawStream | undefined);
  return {
    lines,
    text: lines.join('\n'),
    fonts: [...fonts.values()].map(({ baseFont, subtype, fontFile2 }) => ({ baseFont, subtype, fontFile2 })),
    /** Characters whose glyph in the embedded font draws nothing (a broken subset). */
    blankGlyphs: [...blank],
    xmp: metadata ? Buffer.from(metadata.getContents()).toString('utf8') : null,
    metadataFiltered: metadata ? metadata.dict.has(PDFName.of('Filter')) : null,
    outputIntents: catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray)?.size() ?? 0,
    trailerId: context.trailerInfo.ID ? String(context.trailerInfo.ID) : null,
    info: { title: pdf.getTitle(), creator: pdf.getCreator(), producer: pdf.getProducer(), created: pdf.getCreationDate(), modified: pdf.getModificationDate() },
  };
}

const utf16 = (hex: string) => {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
};

/** A ToUnicode CMap's bfchar and bfrange entries as CID → text. */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(src!, 16), utf16(dst!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst, list] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const from = parseInt(lo!, 16);
      const to = parseInt(hi!, 16);
      if (dst) {
        const base = utf16(dst);
        for (let cid = from; cid <= to; cid++) map.set(cid, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + cid - from));
      } else {
        [...list!.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((m, n) => map.set(from + n, utf16(m[1]!)));
      }
    }
  }
  return map;
}
