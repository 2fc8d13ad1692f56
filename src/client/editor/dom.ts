/**
 * A tiny element builder for the editor island (no framework: every byte counts on a slow line).
 * Attributes only, never inline styles (the CSP forbids them); `true` sets an empty attribute.
 */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

let counter = 0;
/** A document-unique id for labels and aria references. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Enter in a text field inside the article form would submit the whole form: run `action` instead. */
export function onEnter(input: HTMLElement, action: () => void): void {
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      action();
    }
  });
}
