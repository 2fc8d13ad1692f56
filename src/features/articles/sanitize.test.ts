/**
 * The article body gate: a corpus of XSS payloads must come out with nothing but the allowlist;
 * TipTap's own markup (links, tables, photos, YouTube) survives; photos are rebuilt from the
 * site's library and refused when missing, another site's, or without alt text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, skipUnlessPostgres } from '../../testing/dialects.js';
import { createTestNode, type TestNode } from '../../testing/harness.js';
import { siteIdOf } from '../../testing/staff.js';
import { addMedia } from './articles-test-kit.js';
import { decodeEntities, htmlToText } from './html-text.js';
import { prepareBody, sanitizeEditorHtml, youtubeEmbedUrl } from './sanitize.js';

const ALLOWED: Record<string, readonly string[]> = {
  p: [],
  br: [],
  h2: [],
  h3: [],
  h4: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  a: ['href', 'rel'],
  ul: [],
  ol: [],
  li: [],
  blockquote: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  div: ['data-youtube-video'],
  iframe: ['src', 'width', 'height', 'title', 'allowfullscreen', 'loading'],
  // Only in figures rebuilt by figureHtml.
  figure: ['class', 'data-media-id'],
  picture: [],
  source: ['type', 'srcset', 'sizes'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  figcaption: [],
  span: ['class'],
};

/** Every tag and attribute of `html` within the allowlist, and every URL safe; returns the problems. */
function problems(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z0-9-]+)([^>]*)>/g)) {
    const tag = m[1]!.toLowerCase();
    const attrs = ALLOWED[tag];
    if (!attrs) {
      out.push(`tag <${tag}>`);
      continue;
    }
    for (const a of m[2]!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      const name = a[1]!.toLowerCase();
      if (name === '/') continue;
      if (!attrs.includes(name)) out.push(`attribute ${name} on <${tag}>`);
      const value = decodeEntities(a[2] ?? '')
        .replace(/[\s\p{Cc}]/gu, '')
        .toLowerCase();
      if (/^(javascript|vbscript|data):/.test(value)) out.push(`${name}=${value}`);
      if (name === 'href' && !/^(https?:\/\/|mailto:|\/(?!\/))/.test(value)) out.push(`href=${value}`);
      if (name === 'src' && tag === 'iframe' && !value.startsWith('https://www.youtube-nocookie.com/embed/'))
        out.push(`iframe src=${value}`);
      if (name === 'src' && tag === 'img' && !value.startsWith('/media/')) out.push(`img src=${value}`);
    }
  }
  if (/<(?![a-zA-Z/!])/.test(html.replace(/<\/?[a-zA-Z0-9-]+[^>]*>/g, ''))) out.push('stray <');
  return out;
}

const XSS: string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="jav&#x0A;ascript:alert(1);">',
  '<img src=`x` onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="//evil.example/x">x</a>',
  '<a href="/\\evil.example">x</a>',
  '<a href="https://x.vn/&quot;onmouseover=&quot;alert(1)">x</a>',
  '<a href="https://example.vn" target=_blank onfocus=alert(1) autofocus>x</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe src="https://evil.example/embed/abcdefgh"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>',
  '<div data-youtube-video><iframe src="https://www.youtube.com.evil.example/embed/abcdefgh"></iframe></div>',
  '<div data-youtube-video><iframe src="https://evil.example/?https://www.youtube.com/embed/abcdefgh"></iframe></div>',
  '<div data-youtube-video><iframe src="https://www.youtube.com/embed/abc&quot; onload=&quot;alert(1)"></iframe></div>',
  '<div data-youtube-video><iframe src="data:text/html,<script>alert(1)</script>"></iframe></div>',
  '<div data-youtube-video onclick="alert(1)"><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" onload="alert(1)" srcdoc="x"></iframe></div>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<p onclick="alert(1)" onmouseover=alert(1)>x</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><input type=submit><button formaction="javascript:alert(1)">b</button></form>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href="javascript:alert(1)">',
  "<style>@import 'javascript:alert(1)';</style>",
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<figure data-media-id="1 onload=alert(1)"><img src=x onerror=alert(1)></figure>',
  '<figure data-media-id="1"><img src="javascript:alert(1)"><figcaption><script>alert(1)</script><span class="credit" onclick=alert(1)>c</span></figcaption></figure>',
  '<table><tr><td colspan="2 onmouseover=alert(1)" rowspan="999999">x</td></tr></table>',
  '<<script>script>alert(1)<</script>/script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<textarea><script>alert(1)</script></textarea>',
  '<title><script>alert(1)</script></title>',
  '<template><script>alert(1)</script></template>',
  '<xmp><script>alert(1)</script></xmp>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<body onload=alert(1)>',
  '<span class="credit" style="x">t</span><span id="x" class="evil">u</span>',
  '<p id="main" class="lead" dir="rtl" lang="en" title="t" data-x="y">attributes</p>',
  '<h1 onclick=x>Title</h1><h5>Small</h5>',
  '<a href="mailto:a@b.vn?subject=%3Cscript%3E">m</a>',
  '<p>1 &lt; 2 &amp; 3 &gt; 2 "quoted"</p>',
  '\u0000<p>nul\u0007 bell</p>',
];

describe('sanitiser (unit)', () => {
  test('every XSS payload comes out with only allowlisted tags, attributes and URLs', () => {
    const failures: string[] = [];
    for (const payload of XSS) {
      const out = sanitizeEditorHtml(payload);
      const html = out.parts.map((p) => (typeof p === 'string' ? p : '')).join('');
      const found = problems(html);
      if (found.length) failures.push(`${payload} → ${html}: ${found.join(', ')}`);
      if (/alert\(1\)/.test(html) && /<(script|img|svg|iframe)/i.test(html))
        failures.push(`${payload} → ${html}: script survives`);
    }
    assert.deepEqual(failures, [], failures.join('\n'));
  });

  test('scripts, styles and their text are dropped; ordinary text is kept and escaped', () => {
    const out = sanitizeEditorHtml(
      '<p>Trước<script>alert(1)</script> sau</p><style>p{}</style><p>1 &lt; 2</p>',
    );
    assert.deepEqual(out.parts, ['<p>Trước sau</p><p>1 &lt; 2</p>'], 'script text and style gone');
  });

  test("TipTap's markup survives: headings, marks, lists, quotes, tables, links", () => {
    const html =
      '<h2>Tiêu đề</h2><h3>Mục</h3><h4>Ý</h4><p><strong>Đậm</strong> <em>nghiêng</em> <u>gạch</u> <s>xóa</s> <b>b</b> <i>i</i><br>dòng</p>' +
      '<ul><li><p>Một</p></li></ul><ol><li><p>Hai</p></li></ol><blockquote><p>Trích</p></blockquote>' +
      '<table><tbody><tr><th colspan="2">Đầu</th></tr><tr><td rowspan="2">A</td><td>B</td></tr></tbody></table>' +
      '<p><a href="https://thanhtra.com.vn/bai" target="_blank" rel="nofollow">ngoài</a> <a href="/bai-viet/x">trong</a> <a href="mailto:bientap@hoalam.gov.vn">thư</a></p>';
    const [out] = sanitizeEditorHtml(html).parts as string[];
    assert.ok(out!.includes('<h2>Tiêu đề</h2><h3>Mục</h3><h4>Ý</h4>'), out);
    assert.ok(
      out!.includes('<strong>Đậm</strong> <em>nghiêng</em> <u>gạch</u> <s>xóa</s> <b>b</b> <i>i</i><br>dòng'),
      out,
    );
    assert.ok(
      out!.includes(
        '<ul><li><p>Một</p></li></ul><ol><li><p>Hai</p></li></ol><blockquote><p>Trích</p></blockquote>',
      ),
      out,
    );
    assert.ok(out!.includes('<th colspan="2">Đầu</th>') && out!.includes('<td rowspan="2">A</td>'), out);
    assert.ok(
      out!.includes('<a href="https://thanhtra.com.vn/bai" rel="noopener noreferrer">ngoài</a>'),
      'external link gets rel',
    );
    assert.ok(out!.includes('<a href="/bai-viet/x">trong</a>'), 'site path kept, no rel');
    assert.ok(out!.includes('<a href="mailto:bientap@hoalam.gov.vn">thư</a>'), out);
    assert.deepEqual(problems(out!), []);
  });

  test('a YouTube embed as TipTap writes it survives, canonical and privacy-enhanced', () => {
    const tiptap =
      '<div data-youtube-video=""><iframe width="640" height="480" allowfullscreen="true" autoplay="false" disablekbcontrols="false" ' +
      'enableiframeapi="false" endtime="0" ivloadpolicy="0" loop="false" modestbranding="false" origin="" playlist="" ' +
      'src="https://www.youtube.com/embed/dQw4w9WgXcQ?start=42" start="42"></iframe></div>';
    const [out] = sanitizeEditorHtml(tiptap).parts as string[];
    assert.equal(
      out,
      '<div data-youtube-video=""><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42" width="640" height="480" title="YouTube" allowfullscreen="true" loading="lazy"></iframe></div>',
    );
    assert.equal(
      youtubeEmbedUrl('https://youtube-nocookie.com/embed/dQw4w9WgXcQ'),
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    for (const bad of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://vimeo.com/embed/123456789',
      'https://youtube.com.evil.example/embed/dQw4w9WgXcQ',
      'https://user@www.youtube.com/embed/dQw4w9WgXcQ',
      'javascript:alert(1)//www.youtube.com/embed/dQw4w9WgXcQ',
    ])
      assert.equal(youtubeEmbedUrl(bad), undefined, bad);
    assert.deepEqual(
      sanitizeEditorHtml('<div data-youtube-video><iframe src="https://vimeo.com/embed/1"></iframe></div>')
        .parts,
      [],
    );
  });

  test('text is NFC whatever the input; words are counted outside photos and videos', () => {
    const nfd = '<p>Đại hội Đảng bộ</p>'.normalize('NFD');
    const out = sanitizeEditorHtml(`${nfd}<p><strong>Đ</strong>ảng</p>`);
    const html = out.parts.join('');
    assert.equal(html, '<p>Đại hội Đảng bộ</p><p><strong>Đ</strong>ảng</p>'.normalize('NFC'));
    assert.ok(html === html.normalize('NFC'), 'NFC');
    assert.equal(out.words, 5, 'a bold first letter does not split the word');
  });

  test('a photo inside a link or a paragraph moves out of it; its caption and credit are read', () => {
    const out = sanitizeEditorHtml(
      '<ul><li><a href="/x"><strong>Trước<figure data-media-id="7"><img src="/x.jpg" alt="ignored"><figcaption>Hội &amp; nghị <span class="credit">Ảnh: TH</span></figcaption></figure>sau</strong></a></li></ul>',
    );
    assert.deepEqual(out.parts, [
      '<ul><li><a href="/x"><strong>Trước</strong></a>',
      { mediaId: 7, storedName: null, caption: 'Hội & nghị', credit: 'Ảnh: TH' },
      '<a href="/x"><strong>sau</strong></a></li></ul>',
    ]);
    const alone = sanitizeEditorHtml('<h2><em><figure data-media-id="3"></figure></em></h2>');
    assert.deepEqual(
      alone.parts,
      [{ mediaId: 3, storedName: null, caption: '', credit: '' }],
      'no empty heading left',
    );
  });

  test('htmlToText and decodeEntities give the text of stored bodies', () => {
    assert.equal(
      decodeEntities('&lt;a&gt; &amp; &#39;x&#39; &quot;y&quot; &#7843; &#x1ea3;&nbsp;'),
      '<a> & \'x\' "y" ả ả\u00a0',
    );
    assert.equal(
      htmlToText(
        '<h2>Tiêu đề</h2><p>Một <strong>hai</strong></p><ul><li>Ba</li></ul><figure><figcaption>Ảnh</figcaption></figure>',
      ),
      'Tiêu đề\nMột hai\nBa\nẢnh',
    );
  });
});

for (const dialect of DIALECTS) {
  describe(`sanitiser with the media library on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let otherSiteId: number;
    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 1, imagesPerSite: 1 });
      siteId = await siteIdOf(node.services, 'hoa-lam');
      otherSiteId = await siteIdOf(node.services, 'tan-loc-dong');
    });
    after(async () => {
      await node?.close();
    });

    test('photos are rebuilt from the library, with data-media-id, the typed caption and credit', async () => {
      const m = await addMedia(node.services, siteId, {
        alt: 'Đại biểu dự hội nghị',
        caption: 'Thư viện',
        credit: 'Ảnh: Kho',
      });
      const body = await prepareBody(
        node.services.database,
        siteId,
        `<p>Mở đầu</p><figure data-media-id="${m.id}"><img src="https://evil.example/x.png" onerror="x"><figcaption>Hội nghị tổng kết <span class="credit">Ảnh: Ngọc Hưng</span></figcaption></figure>`,
      );
      assert.deepEqual(body.mediaIds, [m.id]);
      assert.ok(body.html.includes(`<figure class="photo" data-media-id="${m.id}"><picture>`), body.html);
      assert.ok(body.html.includes(`/media/${m.storedName}-320.webp 320w`), 'sources from the library');
      assert.ok(body.html.includes('alt="Đại biểu dự hội nghị"'), 'alt from the library');
      assert.ok(
        body.html.includes(
          '<figcaption>Hội nghị tổng kết <span class="credit">Ảnh: Ngọc Hưng</span></figcaption>',
        ),
        body.html,
      );
      assert.ok(!body.html.includes('evil.example') && !body.html.includes('onerror'), body.html);
      assert.deepEqual(problems(body.html), []);
      assert.equal(body.words, 2);
      // An empty caption falls back to the library's.
      const plain = await prepareBody(
        node.services.database,
        siteId,
        `<figure data-media-id="${m.id}"><img></figure>`,
      );
      assert.ok(
        plain.html.includes('<figcaption>Thư viện <span class="credit">Ảnh: Kho</span></figcaption>'),
        plain.html,
      );
      // The stored figure goes round the editor unchanged.
      const again = await prepareBody(node.services.database, siteId, body.html);
      assert.equal(again.html, body.html, 'idempotent');
    });

    test('a figure of an older body (no data-media-id) is found by its library file', async () => {
      const m = await addMedia(node.services, siteId);
      const body = await prepareBody(
        node.services.database,
        siteId,
        `<figure class="photo"><picture><img src="/media/${m.storedName}-1280.jpg" alt="x"></picture><figcaption>Cũ</figcaption></figure>`,
      );
      assert.deepEqual(body.mediaIds, [m.id]);
      assert.ok(body.html.includes(`data-media-id="${m.id}"`), body.html);
      assert.deepEqual(
        (await prepareBody(node.services.database, siteId, '<figure><img src="/x.jpg"></figure>')).html,
        '',
      );
    });

    test('media of another site or missing media is refused', async () => {
      const foreign = await addMedia(node.services, otherSiteId);
      await assert.rejects(
        prepareBody(node.services.database, siteId, `<figure data-media-id="${foreign.id}"><img></figure>`),
        (err: { status?: number; field?: string; params?: Record<string, unknown> }) =>
          err.status === 422 && err.field === 'bodyHtml' && err.params?.id === foreign.id,
        'another site’s photo',
      );
      await assert.rejects(
        prepareBody(node.services.database, siteId, '<figure data-media-id="999999"><img></figure>'),
        (err: { status?: number }) => err.status === 422,
        'missing photo',
      );
    });

    test('a photo without alt text is refused, naming it', async () => {
      const m = await addMedia(node.services, siteId, { alt: '  ', originalName: 'le-khai-mac.jpg' });
      await assert.rejects(
        prepareBody(node.services.database, siteId, `<p>x</p><figure data-media-id="${m.id}"><img></figure>`),
        (err: Error & { status?: number; localized?: (l: string) => string }) =>
          err.status === 422 &&
          /le-khai-mac\.jpg/.test(err.localized!('vi')) &&
          /alt text required before use/i.test(err.localized!('en')),
        'alt text required',
      );
    });
  });
}
