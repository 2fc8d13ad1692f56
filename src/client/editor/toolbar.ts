/**
 * The editor's toolbar, an ARIA toolbar: one tab stop (roving tabindex), arrow keys, Home and End
 * move between buttons, Esc goes back to the text. Toggles carry aria-pressed, buttons that open a
 * form or a dialog carry aria-expanded / aria-haspopup, and unavailable ones aria-disabled (they
 * stay focusable, as the ARIA practices advise). A mouse click does not take the focus from the text.
 */
import { h } from './dom.js';

export interface Tool {
  /** Accessible name (also the tooltip). */
  label: string;
  /** What the button shows: a short glyph or word contained in the label. */
  text: string;
  /** Class for the glyph's look (bold B, italic I, …). */
  className?: string;
  run: (button: HTMLButtonElement) => void;
  /** A toggle: aria-pressed follows this. */
  active?: () => boolean;
  enabled?: () => boolean;
  /** Shown only while this holds (the table's row and column buttons). */
  visible?: () => boolean;
  /** Opens a dialog or an inline form. */
  popup?: 'dialog' | 'form';
}

export class Toolbar {
  readonly el: HTMLElement;
  private readonly items: { tool: Tool; button: HTMLButtonElement }[] = [];
  private current = 0;

  constructor(
    label: string,
    controls: string,
    groups: Tool[][],
    private readonly onEscape: () => void,
  ) {
    this.el = h('div', {
      class: 'editor-toolbar',
      role: 'toolbar',
      'aria-label': label,
      'aria-controls': controls,
    });
    for (const group of groups) {
      const wrap = h('div', { class: 'editor-toolbar-group', role: 'group' });
      for (const tool of group) {
        const button = h(
          'button',
          {
            type: 'button',
            class: tool.className ? `editor-tool ${tool.className}` : 'editor-tool',
            'aria-label': tool.label,
            title: tool.label,
            tabindex: -1,
            'aria-haspopup': tool.popup === 'dialog' ? 'dialog' : undefined,
            'aria-expanded': tool.popup === 'form' ? 'false' : undefined,
          },
          tool.text,
        );
        button.addEventListener('mousedown', (e) => e.preventDefault());
        button.addEventListener('click', () => {
          if (button.getAttribute('aria-disabled') !== 'true') tool.run(button);
        });
        button.addEventListener('focus', () => this.rove(this.items.findIndex((i) => i.button === button)));
        wrap.append(button);
        this.items.push({ tool, button });
      }
      this.el.append(wrap);
    }
    this.el.addEventListener('keydown', (e) => this.onKey(e));
    this.rove(0);
  }

  private visibleButtons(): HTMLButtonElement[] {
    return this.items.filter((i) => !i.button.hidden).map((i) => i.button);
  }

  private rove(index: number): void {
    if (index < 0) return;
    this.current = index;
    this.items.forEach((item, i) => {
      item.button.tabIndex = i === index ? 0 : -1;
    });
  }

  private onKey(e: KeyboardEvent): void {
    if (!(e.target instanceof HTMLButtonElement)) return;
    const buttons = this.visibleButtons();
    const at = buttons.indexOf(e.target);
    let next: number;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (at + 1) % buttons.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (at - 1 + buttons.length) % buttons.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = buttons.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      this.onEscape();
      return;
    } else return;
    e.preventDefault();
    buttons[next]!.focus();
  }

  /** The button of a tool. */
  buttonOf(tool: Tool): HTMLButtonElement | undefined {
    return this.items.find((i) => i.tool === tool)?.button;
  }

  /** Moves the keyboard focus to the toolbar (its current button). */
  focus(): void {
    const item = this.items[this.current];
    (item && !item.button.hidden ? item.button : this.visibleButtons()[0])?.focus();
  }

  /** Brings pressed, disabled and hidden states up to date with the editor. */
  refresh(): void {
    for (const { tool, button } of this.items) {
      if (tool.visible) button.hidden = !tool.visible();
      if (tool.active) button.setAttribute('aria-pressed', String(tool.active()));
      if (tool.enabled) {
        if (tool.enabled()) button.removeAttribute('aria-disabled');
        else button.setAttribute('aria-disabled', 'true');
      }
    }
    for (const group of this.el.children) {
      (group as HTMLElement).hidden = [...group.children].every((b) => (b as HTMLElement).hidden);
    }
    const current = this.items[this.current];
    if (current?.button.hidden) {
      const first = this.visibleButtons()[0];
      if (first) this.rove(this.items.findIndex((i) => i.button === first));
    }
  }
}
