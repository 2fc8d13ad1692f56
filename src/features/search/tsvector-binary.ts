/**
 * tsvector's binary form (what tsvectorsend writes and tsvectorrecv reads), for the vectors
 * built in Node (pg-vectors.ts): the buffers they are written into, a tsvector[] sent to
 * PostgreSQL as one binary parameter, and the text PostgreSQL would print for a vector.
 */

/** Bytes written one after the other into a buffer that grows. */
export class ByteSink {
  buffer: Buffer;
  length = 0;

  constructor(size: number) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Room for `n` more bytes at `length`; returns the buffer to write into. */
  reserve(n: number): Buffer {
    if (this.length + n > this.buffer.length) {
      const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
      this.buffer.copy(next, 0, 0, this.length);
      this.buffer = next;
    }
    return this.buffer;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

/** tsvector's type id, fixed in PostgreSQL's catalogue. */
const TSVECTOR_OID = 3614;

/**
 * A one-dimensional tsvector[] in PostgreSQL's binary array form, written vector by vector:
 * sent as a binary parameter, PostgreSQL reads it with no text to parse.
 */
export class VectorArray extends ByteSink {
  private count = 0;

  /** `expected`: how many vectors will be added (the buffer grows if they are longer). */
  constructor(expected: number) {
    super(20 + expected * 4096);
    this.length = 20;
  }

  add(vector: { writeTo(sink: ByteSink): void }): void {
    const start = this.length;
    this.reserve(4);
    this.length += 4;
    vector.writeTo(this);
    this.buffer.writeInt32BE(this.length - start - 4, start);
    this.count++;
  }

  finish(): Buffer {
    const b = this.buffer;
    b.writeInt32BE(1, 0); // dimensions
    b.writeInt32BE(0, 4); // no NULLs
    b.writeInt32BE(TSVECTOR_OID, 8);
    b.writeInt32BE(this.count, 12);
    b.writeInt32BE(1, 16); // lower bound
    return this.bytes();
  }
}

const WEIGHT_LETTER = ['', 'C', 'B', 'A'] as const;

/**
 * A binary vector as PostgreSQL prints it (`'dai':1A,5 'hoi':2A`, lexemes in byte order):
 * for tests and for looking at what was indexed.
 */
export function vectorText(vector: Buffer): string {
  const entries: { lexeme: Buffer; positions: string[] }[] = [];
  const n = vector.readInt32BE(0);
  let off = 4;
  for (let i = 0; i < n; i++) {
    const end = vector.indexOf(0, off);
    const lexeme = vector.subarray(off, end);
    const count = vector.readUInt16BE(end + 1);
    off = end + 3;
    const positions: string[] = [];
    for (let j = 0; j < count; j++, off += 2) {
      const code = vector.readUInt16BE(off);
      positions.push(`${code & 0x3fff}${WEIGHT_LETTER[code >> 14]}`);
    }
    entries.push({ lexeme, positions });
  }
  entries.sort((x, y) => Buffer.compare(x.lexeme, y.lexeme));
  return entries
    .map((e) => `'${e.lexeme.toString('utf8')}'${e.positions.length ? `:${e.positions.join(',')}` : ''}`)
    .join(' ');
}
