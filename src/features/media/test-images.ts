/**
 * Real image bytes for the media tests, made with sharp (JPEG, PNG, WebP, GIF, with EXIF GPS and
 * orientation), and the hostile files an upload must refuse: SVG with a script, HTML, polyglots,
 * truncated files and a decompression bomb (a 20000 × 20000 PNG of one colour, built by hand so
 * that making it takes milliseconds).
 */
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** A picture with some structure (so that encoders have something to do): two colour bands. */
function picture(width: number, height: number) {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="${width}" height="${height}" fill="#a50f0f"/>` +
    `<rect y="${Math.round(height / 2)}" width="${width}" height="${Math.ceil(height / 2)}" fill="#f6c945"/>` +
    `<circle cx="${Math.round(width / 3)}" cy="${Math.round(height / 3)}" r="${Math.round(height / 5)}" fill="#1c6b3a"/></svg>`;
  return sharp(Buffer.from(svg));
}

export const makeJpeg = (width = 1600, height = 900) =>
  picture(width, height).jpeg({ quality: 85 }).toBuffer();
export const makePng = (width = 800, height = 600) => picture(width, height).png().toBuffer();
export const makeWebp = (width = 700, height = 400) => picture(width, height).webp().toBuffer();
export const makeGif = (width = 300, height = 200) => picture(width, height).gif().toBuffer();

/** A JPEG as a phone takes it: GPS position and camera in EXIF, stored sideways (orientation 6). */
export function makeJpegWithGps(width = 1200, height = 800): Promise<Buffer> {
  return picture(width, height)
    .jpeg()
    .withExif({
      IFD0: { Make: 'LoaPhone', Model: 'Test 1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 1/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '105/1 51/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** True when an EXIF block holds a GPS directory (the GPSInfo pointer, tag 0x8825, either byte order). */
export function hasGpsDirectory(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const littleEndian = exif.includes(Buffer.from('II*\0', 'latin1'));
  return exif.includes(Buffer.from(littleEndian ? [0x25, 0x88] : [0x88, 0x25]));
}

export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
    '<script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
);

export const HTML_PAGE = Buffer.from(
  '<!DOCTYPE html><html><body><script>fetch("/admin")</script></body></html>',
);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A decompression bomb: a valid 20000 × 20000 one-colour PNG (1-bit palette) of a few tens of
 * kilobytes that would take 1.6 GB once decoded to RGBA.
 */
export function makePngBomb(width = 20_000, height = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 3; // palette
  const rowBytes = 1 + Math.ceil(width / 8);
  const raw = Buffer.alloc(rowBytes * height); // every row: filter 0, all pixels index 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from([0xa5, 0x0f, 0x0f])),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The first part of a file, as an interrupted upload leaves it. */
export const truncated = (bytes: Buffer, keep = 0.5) => bytes.subarray(0, Math.floor(bytes.length * keep));

/** A JPEG with an HTML page in a comment segment (COM, right after the start marker). */
export function withHtmlComment(jpeg: Buffer): Buffer {
  const text = Buffer.from('<html><body><script>alert(1)</script></body></html>');
  const len = Buffer.alloc(2);
  len.writeUInt16BE(text.length + 2, 0);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), len, text, jpeg.subarray(2)]);
}

/** An image with a ZIP archive appended (the GIFAR trick): a minimal empty ZIP end record. */
export function withZipAppended(image: Buffer): Buffer {
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  return Buffer.concat([image, eocd]);
}
