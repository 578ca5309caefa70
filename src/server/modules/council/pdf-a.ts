import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, type PDFDocument, PDFHexString, PDFName, PDFString, type PDFFont } from 'pdf-lib';
import { srgbIccBase64 } from './srgb-icc.js';

/**
 * What makes a pdf-lib document an archivable PDF/A-2b (ISO 19005-2, level B): every font embedded
 * (Noto Sans, a subset of the glyphs used), XMP metadata naming the part and level and repeating the
 * document information, an sRGB output intent, and a document id in the trailer. No transparency,
 * annotations, JavaScript or encryption: the minutes draw only text and lines.
 */

// The fonts are the Noto Sans TTFs of the npm package @expo-google-fonts/noto-sans (SIL Open Font
// License 1.1, its LICENSE_FONT), resolved through node's resolver so they are found both under tsx
// (src/) and in the esbuild bundle (dist/server), where dependencies stay in node_modules.
const require = createRequire(import.meta.url);
const fontFiles = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;
const fontBytes = new Map<keyof typeof fontFiles, Buffer>();
function fontFile(weight: keyof typeof fontFiles): Buffer {
  let bytes = fontBytes.get(weight);
  if (!bytes) fontBytes.set(weight, (bytes = readFileSync(require.resolve(fontFiles[weight]))));
  return bytes;
}

let glyphs: { hasGlyphForCodePoint(cp: number): boolean } | null = null;
/**
 * The text with every character the font has no glyph for (an emoji, say) replaced by "?": PDF/A
 * forbids showing the .notdef glyph, and a reader could not copy such a character back anyway.
 */
export function printable(text: string): string {
  glyphs ??= fontkit.create(fontFile('regular')) as unknown as { hasGlyphForCodePoint(cp: number): boolean };
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp === 0x0a || glyphs.hasGlyphForCodePoint(cp) ? ch : '?';
  }
  return out;
}

// The subsetter's internals this relies on (pinned at @pdf-lib/fontkit 1.1.1).
type Subset = { glyf: Uint8Array[]; offset: number; _addGlyph(gid: number): number };
type FontkitFont = ReturnType<typeof fontkit.create>;
/**
 * @pdf-lib/fontkit 1.1.1 with one fix. Its TrueType subsetter copies each glyph's bytes as they are
 * and, when the subset is small, writes the short `loca` format, which stores offsets halved: Noto
 * Sans (long `loca`) has glyphs of odd length, so every glyph after one of them pointed one byte
 * off and drew nothing. Each copied glyph is padded to an even length, as the format requires.
 */
const paddingFontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(data, postscriptName);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset() as unknown as Subset;
      const addGlyph = subset._addGlyph.bind(subset);
      subset._addGlyph = (gid: number) => {
        const index = addGlyph(gid);
        const bytes = subset.glyf[index]!;
        if (bytes.length % 2) {
          // The same Buffer class as the subsetter's own (its stream writer accepts no other).
          const padded = (bytes.constructor as typeof Buffer).alloc(bytes.length + 1);
          padded.set(bytes);
          subset.glyf[index] = padded;
          subset.offset += 1;
        }
        return index;
      };
      return subset as unknown as ReturnType<FontkitFont['createSubset']>;
    };
    return font;
  },
};

/** Noto Sans regular and bold, embedded as subsets (only the glyphs the document uses). */
export async function embedUnicodeFonts(pdf: PDFDocument): Promise<{ regular: PDFFont; bold: PDFFont }> {
  pdf.registerFontkit(paddingFontkit as unknown as typeof fontkit);
  return {
    regular: await pdf.embedFont(fontFile('regular'), { subset: true }),
    bold: await pdf.embedFont(fontFile('bold'), { subset: true }),
  };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** An XMP date to the second in UTC, the same instant as the info dictionary's `D:…Z` date. */
const xmpDate = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/**
 * Turns a document made with `PDFDocument.create({ updateMetadata: false })` into PDF/A-2b: the
 * info dictionary and the XMP say the same title, creator, producer and dates (PDF/A 6.6.2.3).
 */
export function makePdfA(pdf: PDFDocument, meta: { title: string; language: string; creator: string; created: Date }) {
  const producer = 'Roder (pdf-lib)';
  const created = new Date(Math.floor(meta.created.getTime() / 1000) * 1000);
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setLanguage(meta.language);
  pdf.setCreator(meta.creator);
  pdf.setProducer(producer);
  pdf.setCreationDate(created);
  pdf.setModificationDate(created);

  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${xmpDate(created)}</xmp:CreateDate>
   <xmp:ModifyDate>${xmpDate(created)}</xmp:ModifyDate>
   <xmp:MetadataDate>${xmpDate(created)}</xmp:MetadataDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>${xml(producer)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  // The metadata stream stays unfiltered so that tools that do not read PDF can still find it.
  const metadata = pdf.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(metadata));

  const icc = pdf.context.flateStream(Buffer.from(srgbIccBase64, 'base64'), { N: 3 });
  const intent = pdf.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('sRGB IEC61966-2.1 (sRGB2014.icc)'),
    DestOutputProfile: pdf.context.register(icc),
  });
  pdf.catalog.set(PDFName.of('OutputIntents'), pdf.context.obj([pdf.context.register(intent)]));

  // PDF/A requires the file identifier; both halves are the same for a file never updated.
  const id = createHash('md5').update(`${meta.title}\0${created.toISOString()}`).digest('hex');
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}

/**
 * Names each embedded subset as PDF says a subset is named, a tag of six capital letters and a plus
 * ("QKBVZA+NotoSans-Regular"), where pdf-lib writes "NotoSans-Regular-4482". Run after drawing.
 */
export async function nameFontSubsets(pdf: PDFDocument) {
  await pdf.flush();
  const renamed = new Map<string, string>();
  const rename = (name: string) => {
    let tagged = renamed.get(name);
    if (!tagged) {
      const base = name.replace(/-\d+$/, '');
      const tag = [...createHash('sha256').update(name).digest()].slice(0, 6).map((b) => String.fromCharCode(65 + (b % 26))).join('');
      renamed.set(name, (tagged = `${tag}+${base}`));
    }
    return PDFName.of(tagged);
  };
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    for (const key of ['BaseFont', 'FontName']) {
      const value = object.get(PDFName.of(key));
      if (value instanceof PDFName && value.decodeText().startsWith('NotoSans')) object.set(PDFName.of(key), rename(value.decodeText()));
    }
  }
}
