/**
 * A strict, minimal XML reader for tests (Node has no XML parser built in): it walks the text
 * character by character, checks that it is well-formed (one root, balanced and properly nested
 * tags, quoted and unique attributes, only the five predefined entities or character references,
 * no characters XML 1.0 forbids) and returns the element tree. It throws on anything else.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its descendants'), entities decoded. */
  text: string;
}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME_CHAR = /[A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

function badChar(code: number): boolean {
  return (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) || code === 0xfffe || code === 0xffff;
}

export function parseXml(src: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML at ${i}: ${why} near ${JSON.stringify(src.slice(i, i + 40))}`);
  };
  for (let k = 0; k < src.length; k++)
    if (badChar(src.charCodeAt(k))) fail(`character U+${src.charCodeAt(k)}`);

  const decode = (raw: string): string => {
    let out = '';
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k]!;
      if (c === '<') fail('raw < in text');
      if (c !== '&') {
        out += c;
        continue;
      }
      const end = raw.indexOf(';', k);
      if (end < 0) fail('& without ;');
      const ref = raw.slice(k + 1, end);
      if (ref in ENTITIES) out += ENTITIES[ref];
      else if (/^#[0-9]{1,7}$/.test(ref)) out += String.fromCodePoint(Number(ref.slice(1)));
      else if (/^#x[0-9a-fA-F]{1,6}$/.test(ref))
        out += String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
      else fail(`unknown entity &${ref};`);
      k = end;
    }
    return out;
  };

  const readName = (): string => {
    const start = i;
    if (!NAME_START.test(src[i] ?? '')) fail('expected a name');
    while (i < src.length && NAME_CHAR.test(src[i]!)) i++;
    return src.slice(start, i);
  };

  const skipSpace = () => {
    while (isSpace(src[i])) i++;
  };

  if (src.startsWith('<?xml')) {
    const end = src.indexOf('?>');
    if (end < 0) fail('unclosed declaration');
    i = end + 2;
  }

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < src.length) {
    if (src[i] !== '<') {
      const end = src.indexOf('<', i);
      const raw = src.slice(i, end < 0 ? src.length : end);
      const top = stack.at(-1);
      if (!top) {
        if (raw.trim() !== '') fail('text outside the root element');
      } else {
        if (raw.includes(']]>')) fail(']]> in text');
        top.text += decode(raw);
      }
      i += raw.length;
      continue;
    }
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0 || src.slice(i + 4, end).includes('--')) fail('bad comment');
      i = end + 3;
      continue;
    }
    if (src.startsWith('<![CDATA[', i)) {
      const top = stack.at(-1) ?? fail('CDATA outside the root element');
      const end = src.indexOf(']]>', i);
      if (end < 0) fail('unclosed CDATA');
      top.text += src.slice(i + 9, end);
      i = end + 3;
      continue;
    }
    if (src[i + 1] === '!' || src[i + 1] === '?') fail('unexpected markup declaration');
    if (src[i + 1] === '/') {
      i += 2;
      const name = readName();
      skipSpace();
      if (src[i] !== '>') fail('bad end tag');
      i++;
      const open = stack.pop() ?? fail(`end tag </${name}> without a start tag`);
      if (open.name !== name) fail(`</${name}> closes <${open.name}>`);
      continue;
    }
    i++;
    const el: XmlElement = { name: readName(), attrs: {}, children: [], text: '' };
    if (root && stack.length === 0) fail('a second root element');
    for (;;) {
      const hadSpace = isSpace(src[i]);
      skipSpace();
      if (src.startsWith('/>', i) || src[i] === '>') break;
      if (!hadSpace) fail('attributes must be separated by white space');
      const attr = readName();
      skipSpace();
      if (src[i] !== '=') fail('attribute without =');
      i++;
      skipSpace();
      const quote = src[i];
      if (quote !== '"' && quote !== "'") fail('unquoted attribute');
      const end = src.indexOf(quote!, i + 1);
      if (end < 0) fail('unclosed attribute');
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
      el.attrs[attr] = decode(src.slice(i + 1, end));
      i = end + 1;
    }
    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else root = el;
    if (src.startsWith('/>', i)) {
      i += 2;
    } else {
      i++;
      stack.push(el);
    }
  }
  if (stack.length > 0) fail(`<${stack.at(-1)!.name}> is never closed`);
  return root ?? fail('no root element');
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

export function child(el: XmlElement, name: string): XmlElement {
  const found = el.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${el.name}> has no <${name}>`);
  return found;
}

export function textOf(el: XmlElement, name: string): string {
  return child(el, name).text;
}
