/**
 * The input rules of site administration: ids, booleans and text read the same from forms and JSON,
 * text is NFC and length-checked, menu and link addresses are safe, reordering renumbers siblings,
 * and Vietnamese menu paths lead English readers to English pages.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LoaError } from '../../platform/http/errors.js';
import { localiseMenuUrl } from '../menus/menu.js';
import { parseHosts } from '../platform/operations.js';
import {
  boolIn,
  cleanField,
  idIn,
  reorder,
  textIn,
  validateHttpUrl,
  validateMenuUrl,
} from './admin-input.js';
import { parseSettings } from './settings.js';

function refusal(fn: () => unknown): LoaError {
  try {
    fn();
  } catch (err) {
    if (err instanceof LoaError) return err;
    throw err;
  }
  assert.fail('expected a refusal');
}

describe('site administration input', () => {
  test('ids, booleans and text read alike from forms and JSON', () => {
    assert.equal(idIn({ parentId: '12' }, 'parentId'), 12, 'form digits');
    assert.equal(idIn({ parentId: 12 }, 'parentId'), 12, 'JSON number');
    assert.equal(idIn({ parentId: '' }, 'parentId'), null, 'empty select is none');
    assert.equal(idIn({ parentId: null }, 'parentId'), null, 'JSON null is none');
    assert.equal(idIn({}, 'parentId'), undefined, 'absent is unchanged');
    for (const bad of ['-1', '0', '1.5', 'abc', '1e3', true]) {
      assert.equal(refusal(() => idIn({ parentId: bad }, 'parentId')).field, 'parentId', `${bad} refused`);
    }
    assert.equal(boolIn({ inMenu: '1' }, 'inMenu'), true, 'ticked checkbox');
    assert.equal(boolIn({ inMenu: false }, 'inMenu'), false, 'JSON false');
    assert.equal(boolIn({}, 'inMenu'), undefined, 'absent');
    assert.equal(refusal(() => boolIn({ inMenu: 'maybe' }, 'inMenu')).field, 'inMenu', 'nonsense refused');
    assert.equal(textIn({ a: ['x', 'y'] }, 'a'), 'x', 'a repeated field takes the first');
    assert.equal(refusal(() => textIn({ a: { x: 1 } }, 'a')).field, 'a', 'an object is not text');
  });

  test('text is NFC, single-spaced, trimmed and length-checked', () => {
    const nfd = 'Tin tức  Hòa\tLâm'.normalize('NFD');
    assert.equal(cleanField(` ${nfd} `, 'n', { label: 'field.name', max: 50 }), 'Tin tức Hòa Lâm', 'cleaned');
    assert.equal(
      cleanField('Dòng 1\n\n\n\nDòng 2', 'c', { label: 'field.name', max: 50, multiline: true }),
      'Dòng 1\n\nDòng 2',
      'multi-line text keeps its lines',
    );
    assert.equal(
      refusal(() => cleanField('  ', 'n', { label: 'field.name', max: 5, required: true })).status,
      422,
    );
    const long = refusal(() => cleanField('Đ'.repeat(6), 'n', { label: 'field.name', max: 5 }));
    assert.equal(long.localized('vi'), 'tên dài quá 5 ký tự.', 'the message names the field in Vietnamese');
  });

  test('menu addresses are site paths or http(s); links are http(s) only', () => {
    assert.equal(validateMenuUrl('/chuyen-muc/tin-tuc'), '/chuyen-muc/tin-tuc', 'a site path');
    assert.equal(
      validateMenuUrl(' https://dichvucong.gov.vn '),
      'https://dichvucong.gov.vn/',
      'an outside address',
    );
    for (const bad of [
      'javascript:alert(1)',
      '//evil.example/x',
      '/a b',
      '/\\evil',
      'ftp://x.vn',
      'tin-tuc',
      '',
    ]) {
      assert.equal(refusal(() => validateMenuUrl(bad)).field, 'url', `${JSON.stringify(bad)} refused`);
    }
    assert.equal(validateHttpUrl('http://example.org'), 'http://example.org/', 'http accepted');
    for (const bad of ['/relative', 'mailto:a@b.vn', 'https://', 'data:text/html,x']) {
      assert.equal(refusal(() => validateHttpUrl(bad)).field, 'url', `${bad} refused`);
    }
  });

  test('reorder swaps one step and renumbers every sibling from 0', () => {
    const rows = [{ id: 7 }, { id: 3 }, { id: 9 }];
    assert.deepEqual(
      reorder(rows, 9, 'up'),
      [
        { id: 7, position: 0 },
        { id: 9, position: 1 },
        { id: 3, position: 2 },
      ],
      'moved up',
    );
    assert.equal(reorder(rows, 7, 'up'), undefined, 'the first cannot go up');
    assert.equal(reorder(rows, 9, 'down'), undefined, 'the last cannot go down');
    assert.equal(reorder(rows, 42, 'down'), undefined, 'an unknown id changes nothing');
  });

  test('Vietnamese paths in the menu lead English readers to English pages', () => {
    assert.equal(localiseMenuUrl('/chuyen-muc/tin-tuc', 'en'), '/en/category/tin-tuc');
    assert.equal(localiseMenuUrl('/bai-viet/dai-hoi', 'en'), '/en/article/dai-hoi');
    assert.equal(localiseMenuUrl('/', 'en'), '/en');
    assert.equal(localiseMenuUrl('/tim-kiem?q=a', 'en'), '/en/search?q=a');
    assert.equal(localiseMenuUrl('/so-do-cong', 'en'), '/en/sitemap');
    assert.equal(localiseMenuUrl('/gioi-thieu', 'en'), '/gioi-thieu', 'other paths stay');
    assert.equal(localiseMenuUrl('https://x.vn/', 'en'), 'https://x.vn/', 'outside addresses stay');
    assert.equal(localiseMenuUrl('/chuyen-muc/tin-tuc', 'vi'), '/chuyen-muc/tin-tuc', 'Vietnamese unchanged');
  });

  test('host names are checked, lower-cased and deduplicated', () => {
    assert.deepEqual(parseHosts('TanPhu.gov.vn\ntanphu.gov.vn., www.tanphu.gov.vn'), [
      'tanphu.gov.vn',
      'www.tanphu.gov.vn',
    ]);
    for (const bad of ['http://x.vn', 'x_y.vn', 'xã.vn', '-x.vn', 'x.vn:8080']) {
      assert.equal(refusal(() => parseHosts([bad])).field, 'hosts', `${bad} refused`);
    }
  });

  test('stored settings parse to a complete object; English falls back on pages only', () => {
    const json = JSON.stringify({
      agency: { vi: 'UBND' },
      emblem: { mediaId: 4, alt: { vi: 'Biểu trưng' } },
    });
    const page = parseSettings(json);
    assert.equal(page.agency.en, 'UBND', 'pages fall back to Vietnamese');
    assert.deepEqual(page.emblem, { mediaId: 4, alt: { vi: 'Biểu trưng', en: 'Biểu trưng' } });
    assert.equal(parseSettings(json, { fallback: false }).agency.en, '', 'the admin sees the empty English');
    assert.equal(parseSettings('{"emblem":{"mediaId":"4"}}').emblem, null, 'a malformed emblem is none');
    assert.equal(parseSettings('not json').contact.vi, '', 'broken JSON gives empty settings');
  });
});
