/**
 * Word-level differences between two texts, for comparing article revisions.
 *
 * Text is NFC-normalised, then cut into tokens: runs of Unicode letters, marks and digits (so a
 * Vietnamese word keeps its diacritics inside it: `Đảng` and `Đang` are two different words, and
 * NFC and NFD spellings of one word are the same word), runs of white space, and single other
 * characters (punctuation). The shortest edit script between the token lists (Myers' algorithm,
 * after the common head and tail are set aside) comes back as runs of
 * `{ op: 'same' | 'del' | 'add', text }`: the `same` and `del` runs spell the first text, the
 * `same` and `add` runs the second.
 */
import { nfc } from '../../platform/vietnamese/index.js';

export interface DiffPart {
  op: 'same' | 'add' | 'del';
  text: string;
}

const TOKENS = /[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;
/**
 * Beyond this many differing tokens the middle is reported as one deletion and one addition:
 * the texts have little in common, and the search would cost time and memory for nothing.
 */
export const MAX_EDIT_DISTANCE = 2000;

/** The tokens of a text (NFC): words, white-space runs and single punctuation characters. */
export function tokenize(text: string): string[] {
  return nfc(text).match(TOKENS) ?? [];
}

/** Pushes a token onto the result, joining it with the previous run of the same kind. */
function push(out: DiffPart[], op: DiffPart['op'], text: string): void {
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/**
 * Myers' O(ND) shortest edit script between a and b (token ids), as 'same'/'del'/'add' steps,
 * or undefined when more than `limit` edits are needed.
 */
function editScript(a: Int32Array, b: Int32Array, limit: number): DiffPart['op'][] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, limit);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return undefined;
  // Walk back through the saved frontiers (trace[d] holds v[-d-1 … d+1] before step d).
  const steps: DiffPart['op'][] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d]!;
    const at = (k: number) => prev[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push('same');
      x--;
      y--;
    }
    steps.push(down ? 'add' : 'del');
    if (down) y--;
    else x--;
  }
  while (x > 0 && y > 0) {
    steps.push('same');
    x--;
    y--;
  }
  return steps.reverse();
}

/** The word-level differences from text `a` to text `b`. */
export function wordDiff(a: string, b: string, limit = MAX_EDIT_DISTANCE): DiffPart[] {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const out: DiffPart[] = [];
  let head = 0;
  while (head < ta.length && head < tb.length && ta[head] === tb[head]) push(out, 'same', ta[head++]!);
  let tail = 0;
  while (
    tail < ta.length - head &&
    tail < tb.length - head &&
    ta[ta.length - 1 - tail] === tb[tb.length - 1 - tail]
  )
    tail++;
  const midA = ta.slice(head, ta.length - tail);
  const midB = tb.slice(head, tb.length - tail);
  // Tokens become small integers, so the search compares numbers.
  const ids = new Map<string, number>();
  const idOf = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
    }
    return id;
  };
  const steps = editScript(Int32Array.from(midA, idOf), Int32Array.from(midB, idOf), limit);
  if (steps) {
    let i = 0;
    let j = 0;
    for (const step of steps) {
      if (step === 'same') {
        push(out, 'same', midA[i++]!);
        j++;
      } else if (step === 'del') push(out, 'del', midA[i++]!);
      else push(out, 'add', midB[j++]!);
    }
  } else {
    if (midA.length) push(out, 'del', midA.join(''));
    if (midB.length) push(out, 'add', midB.join(''));
  }
  for (let i = ta.length - tail; i < ta.length; i++) push(out, 'same', ta[i]!);
  return out;
}
