import { describe, expect, it } from 'vitest';
import type { PdfDefinition } from '../../src/render/index.js';
import { FONT_FAMILY } from '../../src/render/pdf/style.js';
import { fontBytes } from '../../src/write/font.js';
import { pdfBytes } from '../../src/write/pdf.js';
import { batchStreamText, pdfmakesPdfkit, pdfReferencePrototype, type PdfReference } from '../../src/write/pdfkit-streams.js';

// The tests run in this order: the last one installs the patch on pdfkit itself, the others
// compare it, installed on a copy of the prototype, with pdfkit's own methods.

interface Reference extends PdfReference {
  end(chunk?: unknown): void;
}

interface Document {
  font(bytes: Buffer): this;
  fontSize(size: number): this;
  text(text: string, x: number, y: number): this;
  rect(x: number, y: number, width: number, height: number): this;
  fill(colour: string): this;
  addPage(): this;
  ref(data?: object): Reference;
  on(event: 'data', listener: (chunk: Buffer) => void): this;
  on(event: 'end', listener: () => void): this;
  end(): void;
}

type DocumentClass = new (options: object) => Document;

const PdfDocument = pdfmakesPdfkit() as DocumentClass;
const pdfkits = pdfReferencePrototype();
const own = { write: pdfkits.write, finalize: pdfkits.finalize };

/** A document whose references have `prototype`; text, shapes, an embedded font and streams of every kind of chunk. */
async function documentBytes(prototype: PdfReference, options: object): Promise<Buffer> {
  class WithPrototype extends PdfDocument {
    override ref(data?: object): Reference {
      return Object.setPrototypeOf(super.ref(data), prototype) as Reference;
    }
  }
  const doc = new WithPrototype({ info: { CreationDate: new Date(0), ModDate: new Date(0) }, ...options });
  const chunks: Buffer[] = [];
  const ended = new Promise<void>((resolve) => doc.on('data', (c) => chunks.push(c)).on('end', resolve));
  doc.font(fontBytes().regular).fontSize(11).text('札幌市 Sapporo ①●', 50, 50).rect(40, 80, 200, 30).fill('#336699');
  doc.addPage().text('2ページ目 page two', 50, 50);

  const mixed = doc.ref({ Type: 'Mixed' });
  mixed.write('q');
  mixed.write(Buffer.from([0, 10, 255, 128]));
  mixed.write('');
  mixed.write(new Uint8Array(0));
  mixed.write(12.5);
  mixed.write('é€\u{1F600}');
  mixed.write(new Uint8Array([1, 2, 3]));
  mixed.end('Q');
  doc.ref({ Type: 'NoStream' }).end();
  doc.ref({ Type: 'EmptyText' }).end('');
  doc.ref({ Type: 'OnlyBytes' }).end(new Uint8Array([9, 8, 7]));
  doc.ref({ Type: 'OnlyEmptyBytes' }).end(new Uint8Array(0));
  const uncompressed = doc.ref({ Type: 'Uncompressed', Filter: 'ASCIIHexDecode' });
  uncompressed.write('414243');
  uncompressed.end('>');

  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

function batchedCopy(): PdfReference {
  const prototype = Object.create(pdfkits) as PdfReference;
  batchStreamText(prototype);
  return prototype;
}

describe('pdfkit streams collect their text before making bytes of it', () => {
  it('starts from pdfkit’s own methods, which make bytes at every write', () => {
    // Otherwise the comparisons below would compare the patch with itself.
    const reference = Object.setPrototypeOf(new PdfDocument({}).ref(), pdfkits) as Reference;
    reference.write('0 0 m');
    expect(reference.buffer).toHaveLength(1);
  });

  it('keeps text as one string until a byte chunk or the end, with the lengths recorded at every write', () => {
    const reference = Object.setPrototypeOf(new PdfDocument({}).ref(), batchedCopy()) as Reference;
    reference.write('0 0 m');
    reference.write('1 1 l');
    expect(reference.buffer).toHaveLength(0);
    expect([reference.data.Length, reference.uncompressedLength, reference.data.Filter]).toEqual([12, 12, 'FlateDecode']);
    reference.write(new Uint8Array([1]));
    expect((reference.buffer as Uint8Array[]).map((b) => Buffer.from(b).toString('latin1'))).toEqual(['0 0 m\n1 1 l\n', '\u0001']);
  });

  for (const [name, options] of [
    ['compressed', {}],
    ['uncompressed', { compress: false }],
    ['encrypted', { userPassword: 'secret' }],
  ] as const) {
    it(`writes the same bytes as pdfkit (${name})`, async () => {
      const theirs = await documentBytes(pdfkits, options);
      const ours = await documentBytes(batchedCopy(), options);
      expect(ours.length).toBe(theirs.length);
      expect(Buffer.compare(ours, theirs)).toBe(0);
    });
  }

  it('is installed by pdfBytes, which then makes the same PDF (with an image) as pdfkit alone', async () => {
    // pdfmake writes into the definition it lays out, so each document is given a new one.
    const definition = (): PdfDefinition => ({
      info: { title: 'テスト', creationDate: new Date(0), modDate: new Date(0) },
      content: [
        { text: '連携事業一覧 ①②③ ●', fontSize: 14, bold: true },
        { table: { headerRows: 1, body: [['NO.', '連携事業名'], ['1', '札幌市と近隣市町村の連携']] } },
        { image: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', width: 20 },
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 100, y2: 0 }], pageBreak: 'after' },
        { text: '2ページ目' },
      ],
      defaultStyle: { font: FONT_FAMILY },
    });
    const ours = await pdfBytes(definition());
    expect(Buffer.from(ours).includes('/Subtype /Image')).toBe(true);
    const batched = { write: pdfkits.write, finalize: pdfkits.finalize };
    expect(batched.write).not.toBe(own.write);
    Object.assign(pdfkits, own);
    try {
      const theirs = await pdfBytes(definition());
      expect(Buffer.compare(ours, theirs)).toBe(0);
    } finally {
      Object.assign(pdfkits, batched);
    }
  });
});
