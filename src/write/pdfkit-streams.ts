import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** pdfkit's PDFReference (an indirect object, with a stream once anything is written to it), as far as it is read here. */
export interface PdfReference {
  readonly data: { Length?: number; Filter?: string };
  readonly compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[] | Buffer;
  write(chunk: unknown): void;
  finalize(): void;
}

/** The pdfkit that pdfmake itself loads: another copy would have another PDFReference. */
export function pdfmakesPdfkit(): unknown {
  return createRequire(require.resolve('pdfmake'))('pdfkit');
}

/** The prototype of the references pdfkit makes. pdfkit exports no PDFReference; a document without pages makes one. */
export function pdfReferencePrototype(): PdfReference {
  const PdfDocument = pdfmakesPdfkit() as new (options: { autoFirstPage: boolean; font: null }) => { ref(): PdfReference };
  return Object.getPrototypeOf(new PdfDocument({ autoFirstPage: false, font: null }).ref()) as PdfReference;
}

/** Text written to a reference and not yet made bytes; a symbol, so that no field of pdfkit's is touched. */
const PENDING = Symbol('pending text');

type Batching = PdfReference & { [PENDING]?: string };

/**
 * pdfkit makes every content-stream operator its own small Buffer as it is written
 * (Buffer.from(chunk + '\n', 'binary')) and concatenates them when the object ends: at
 * 250 projects x 50 members that was ~2.4 s of 32 s of CPU, and the many Buffers were held
 * until each object ended. Patched, a reference keeps the text written to it as one string
 * and makes bytes of it once: before a byte chunk is added (so the order holds) and when the
 * object ends.
 *
 * No byte changes: 'binary' (latin1) encodes each UTF-16 unit on its own, so the bytes of the
 * joined text are the joined bytes of its parts and their count is its length. What each write
 * records at once (Length, uncompressedLength, Filter) is still recorded at once; only the
 * bytes wait, and finalize, the one member that reads them, sees them all. The test compares
 * whole documents written both ways.
 *
 * Called once per process (the patch does not check whether it is already there).
 */
export function batchStreamText(prototype: PdfReference): void {
  const { write, finalize } = prototype;
  prototype.write = function (this: Batching, chunk) {
    if (chunk instanceof Uint8Array) {
      flush(this);
      write.call(this, chunk);
      return;
    }
    // `+`, not a template: pdfkit's conversion of a chunk that is not a string.
    const text = (chunk as string) + '\n';
    this[PENDING] = (this[PENDING] ?? '') + text;
    this.uncompressedLength += text.length;
    this.data.Length = (this.data.Length ?? 0) + text.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  prototype.finalize = function (this: Batching) {
    flush(this);
    finalize.call(this);
  };
}

function flush(reference: Batching): void {
  const text = reference[PENDING];
  if (text === undefined) return;
  reference[PENDING] = undefined;
  (reference.buffer as Uint8Array[]).push(Buffer.from(text, 'latin1'));
}
