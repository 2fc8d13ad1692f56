/**
 * A small inline form under the toolbar for an address (a link, a YouTube video): a labelled text
 * field, its error, and buttons. No <form> element (it sits inside the article form) and no `name`
 * (nothing of it is submitted); Enter applies, Esc cancels, and the focus goes back where it was.
 */
import { h, onEnter, uid } from './dom.js';

export interface PanelOptions {
  label: string;
  submit: string;
  cancel: string;
  /** An extra action (remove the link), shown when `open` is asked to. */
  extra?: { label: string; run: () => void };
  /** Applies the typed value; returns an error message to show, or null when done. */
  apply: (value: string) => string | null;
  /** Called when the panel closes (after apply, cancel or the extra action). */
  onClose: (applied: boolean) => void;
}

export class UrlPanel {
  readonly el: HTMLElement;
  readonly id = uid('editor-panel');
  private readonly input: HTMLInputElement;
  private readonly error: HTMLElement;
  private readonly extra?: HTMLButtonElement;
  private opener?: HTMLElement;

  constructor(private readonly options: PanelOptions) {
    const inputId = uid('editor-url');
    const errorId = `${inputId}-error`;
    this.input = h('input', {
      id: inputId,
      type: 'text',
      inputmode: 'url',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': errorId,
    });
    this.error = h('p', { class: 'field-error', id: errorId, role: 'alert' });
    const submit = h('button', { type: 'button', class: 'editor-panel-submit' }, options.submit);
    const cancel = h('button', { type: 'button' }, options.cancel);
    submit.addEventListener('click', () => this.submit());
    cancel.addEventListener('click', () => this.close(false));
    if (options.extra) {
      const extra = options.extra;
      this.extra = h('button', { type: 'button' }, extra.label);
      this.extra.addEventListener('click', () => {
        extra.run();
        this.close(true);
      });
    }
    onEnter(this.input, () => this.submit());
    this.el = h(
      'div',
      {
        class: 'editor-panel',
        id: this.id,
        role: 'group',
        'aria-labelledby': `${inputId}-label`,
        hidden: true,
      },
      h('label', { for: inputId, id: `${inputId}-label` }, options.label),
      this.input,
      h('div', { class: 'editor-panel-actions' }, submit, this.extra, cancel),
      this.error,
    );
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.close(false);
      }
    });
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  open(value: string, opener: HTMLElement | undefined, withExtra = false): void {
    this.opener = opener;
    opener?.setAttribute('aria-expanded', 'true');
    if (this.extra) this.extra.hidden = !withExtra;
    this.showError('');
    this.input.value = value;
    this.el.hidden = false;
    this.input.focus();
    this.input.select();
  }

  close(applied: boolean): void {
    if (this.el.hidden) return;
    this.el.hidden = true;
    this.opener?.setAttribute('aria-expanded', 'false');
    this.options.onClose(applied);
  }

  private submit(): void {
    const error = this.options.apply(this.input.value);
    if (error) {
      this.showError(error);
      this.input.focus();
    } else this.close(true);
  }

  private showError(message: string): void {
    this.error.textContent = message;
    if (message) this.input.setAttribute('aria-invalid', 'true');
    else this.input.removeAttribute('aria-invalid');
  }
}
