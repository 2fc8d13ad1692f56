/**
 * The image store on its own: type from the bytes, the refusals (SVG, HTML, polyglots, damaged
 * files, decompression bombs), variants (widths, never upscaled, upright, no metadata) and the
 * files and row written, on every dialect.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { LoaError } from '../../platform/http/errors.js';
import {
  createTestDatabase,
  DIALECTS,
  skipUnlessPostgres,
  type TestDatabase,
} from '../../testing/dialects.js';
import {
  inspectImage,
  type MediaVariant,
  mediaDir,
  sniffImageType,
  storeImage,
  variantWidths,
} from './store.js';
import {
  HTML_PAGE,
  hasGpsDirectory,
  makeGif,
  makeJpeg,
  makeJpegWithGps,
  makePng,
  makePngBomb,
  makeWebp,
  SVG_WITH_SCRIPT,
  truncated,
  withHtmlComment,
  withZipAppended,
} from './test-images.js';

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await inspectImage(bytes);
  } catch (err) {
    assert.ok(err instanceof LoaError, `a LoaError, not ${String(err)}`);
    assert.equal(err.field, 'file', 'the error names the file field');
    return err.messageKey;
  }
  return 'accepted';
}

describe('inspectImage: the type comes from the bytes', () => {
  test('JPEG, PNG, WebP and GIF made by sharp are recognised', async () => {
    assert.equal((await inspectImage(await makeJpeg(400, 300))).format, 'jpeg', 'jpeg');
    assert.equal((await inspectImage(await makePng(400, 300))).format, 'png', 'png');
    assert.equal((await inspectImage(await makeWebp(400, 300))).format, 'webp', 'webp');
    const gif = await inspectImage(await makeGif(300, 200));
    assert.deepEqual(gif, { format: 'gif', width: 300, height: 200 }, 'gif with its size');
  });

  test('SVG (with a script) is refused with its own message, HTML as not an image', async () => {
    assert.equal(await refusal(SVG_WITH_SCRIPT), 'media.error.svg', 'svg');
    assert.equal(await refusal(HTML_PAGE), 'media.error.notImage', 'html');
    assert.equal(await refusal(Buffer.from('GIF')), 'media.error.notImage', 'three bytes');
    assert.equal(await refusal(Buffer.alloc(0)), 'media.error.fileMissing', 'empty');
  });

  test('polyglots are refused: markup in a JPEG comment, a script after a GIF, a ZIP appended', async () => {
    const jpeg = await makeJpeg(200, 100);
    assert.equal(await inspectImage(jpeg).then(() => 'ok'), 'ok', 'the clean JPEG passes');
    assert.equal(await refusal(withHtmlComment(jpeg)), 'media.error.polyglot', 'html in COM');
    const gif = await makeGif(50, 50);
    assert.equal(
      await refusal(Buffer.concat([gif, Buffer.from('<script>alert(1)</script>')])),
      'media.error.polyglot',
      'script after the GIF',
    );
    assert.equal(await refusal(withZipAppended(await makePng(60, 40))), 'media.error.polyglot', 'zip');
  });

  test('a decompression bomb is refused from its header, before any decoding', async () => {
    const bomb = makePngBomb();
    assert.ok(bomb.length < 200_000, `the bomb is small on disk (${bomb.length} bytes)`);
    assert.equal(sniffImageType(bomb), 'png', 'it is a real PNG');
    const started = performance.now();
    assert.equal(await refusal(bomb), 'media.error.tooManyPixels', 'refused for its pixels');
    const ms = performance.now() - started;
    assert.ok(ms < 1000, `refused in ${ms.toFixed(0)} ms, without decoding 400 megapixels`);
  });
});

describe('variantWidths', () => {
  test('standard widths below the image, its own width up to 1280, never more', () => {
    assert.deepEqual(variantWidths(1600), [320, 640, 1280], 'large');
    assert.deepEqual(variantWidths(1280), [320, 640, 1280], 'exactly 1280');
    assert.deepEqual(variantWidths(500), [320, 500], 'small: no upscaling');
    assert.deepEqual(variantWidths(200), [200], 'tiny');
  });
});

for (const dialect of DIALECTS) {
  describe(`storeImage on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let test_: TestDatabase;
    let siteId: number;
    before(async () => {
      test_ = await createTestDatabase(dialect);
      const now = Date.now();
      const row = await test_.database.db
        .insertInto('sites')
        .values({
          code: 'thu',
          name_vi: 'Thử',
          name_en: 'Test',
          kind: 'xa',
          default_lang: 'vi',
          is_default: 1,
          settings: '{}',
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      siteId = row.id;
    });
    after(async () => {
      await test_?.cleanup();
    });

    const rowOf = (id: number) =>
      test_.database.db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    test('a large JPEG: original kept, WebP 320/640/1280 and a JPEG fallback, random names', async () => {
      const bytes = await makeJpeg(1600, 900);
      const id = await storeImage(test_.database, test_.dataDir, siteId, bytes, {
        alt: '  Đại hội Đảng bộ xã  ',
        caption: 'Quang cảnh đại hội',
        credit: 'Ảnh: Ngọc Hưng',
        originalName: 'IMG_0001.JPG',
      });
      const row = await rowOf(id);
      assert.match(row.stored_name, /^[a-f0-9]{24}$/, 'random stored name');
      assert.equal(row.mime, 'image/jpeg', 'type from the bytes');
      assert.equal(row.alt, 'Đại hội Đảng bộ xã', 'trimmed NFC alt');
      assert.equal(row.original_name, 'IMG_0001.JPG', 'the uploaded name is kept for reference');
      assert.match(row.search_text, /dai hoi dang bo xa/, 'folded search text');
      const dir = mediaDir(test_.dataDir);
      assert.deepEqual(
        readFileSync(join(dir, `${row.stored_name}.jpg`)),
        bytes,
        'the original is kept as is',
      );
      const variants = JSON.parse(row.variants) as MediaVariant[];
      const webp = variants.filter((v) => v.type === 'image/webp');
      assert.deepEqual(
        webp.map((v) => v.width),
        [320, 640, 1280],
        'webp widths',
      );
      for (const v of variants) {
        const meta = await sharp(join(dir, v.file)).metadata();
        assert.equal(meta.width, v.width, `${v.file} has the width it claims`);
        assert.equal(meta.height, v.height, `${v.file} has the height it claims`);
        assert.equal(meta.format, v.type === 'image/webp' ? 'webp' : 'jpeg', `${v.file} format`);
      }
      const jpeg = variants.find((v) => v.type === 'image/jpeg');
      assert.equal(jpeg?.width, 1280, 'the JPEG fallback at the largest width');
    });

    test('a small PNG is never upscaled', async () => {
      const id = await storeImage(test_.database, test_.dataDir, siteId, await makePng(500, 250), {
        alt: '',
      });
      const row = await rowOf(id);
      assert.equal(row.mime, 'image/png', 'png');
      const variants = JSON.parse(row.variants) as MediaVariant[];
      assert.deepEqual(
        variants.map((v) => `${v.type}:${v.width}x${v.height}`),
        ['image/webp:320x160', 'image/webp:500x250', 'image/jpeg:500x250'],
        'no variant wider than the original',
      );
    });

    test('EXIF orientation is applied and GPS and camera metadata are stripped from variants', async () => {
      const bytes = await makeJpegWithGps(1200, 800);
      const before_ = await sharp(bytes).metadata();
      assert.ok(before_.exif?.includes('LoaPhone'), 'the test photo does carry camera EXIF');
      assert.ok(hasGpsDirectory(before_.exif), 'and a GPS position');
      assert.equal(before_.orientation, 6, 'and is stored sideways');
      const id = await storeImage(test_.database, test_.dataDir, siteId, bytes, { alt: 'Cánh đồng' });
      const row = await rowOf(id);
      assert.deepEqual([row.width, row.height], [800, 1200], 'upright size: portrait');
      const dir = mediaDir(test_.dataDir);
      for (const v of JSON.parse(row.variants) as MediaVariant[]) {
        const file = readFileSync(join(dir, v.file));
        const meta = await sharp(file).metadata();
        assert.equal(meta.exif, undefined, `${v.file} has no EXIF at all`);
        assert.equal(meta.xmp, undefined, `${v.file} has no XMP`);
        assert.equal(meta.orientation, undefined, `${v.file} needs no orientation tag`);
        assert.ok(meta.height! > meta.width!, `${v.file} is upright (portrait)`);
        assert.ok(!hasGpsDirectory(meta.exif), `${v.file} has no GPS position`);
        assert.ok(!file.includes('LoaPhone'), `${v.file} has no camera name anywhere in its bytes`);
      }
    });

    test('WebP and GIF are accepted and keep their type', async () => {
      const webp = await rowOf(
        await storeImage(test_.database, test_.dataDir, siteId, await makeWebp(), { alt: '' }),
      );
      assert.equal(webp.mime, 'image/webp', 'webp');
      const gif = await rowOf(
        await storeImage(test_.database, test_.dataDir, siteId, await makeGif(), { alt: '' }),
      );
      assert.equal(gif.mime, 'image/gif', 'gif');
      assert.ok(existsSync(join(mediaDir(test_.dataDir), `${gif.stored_name}.gif`)), 'gif original kept');
    });

    test('truncated JPEG and PNG files are refused and leave nothing behind', async () => {
      const dir = mediaDir(test_.dataDir);
      const filesBefore = readdirSync(dir).length;
      const countBefore = (await test_.database.db.selectFrom('media').select('id').execute()).length;
      for (const bytes of [truncated(await makeJpeg(1600, 900)), truncated(await makePng(800, 600), 0.6)]) {
        await assert.rejects(
          storeImage(test_.database, test_.dataDir, siteId, bytes, { alt: 'x' }),
          (err: unknown) => err instanceof LoaError && err.messageKey === 'media.error.corrupt',
          'refused as damaged',
        );
      }
      assert.equal(readdirSync(dir).length, filesBefore, 'no file written');
      const countAfter = (await test_.database.db.selectFrom('media').select('id').execute()).length;
      assert.equal(countAfter, countBefore, 'no row written');
    });
  });
}
