/**
 * Labelled form fields for admin pages. Every field has a label, shows its error next to it
 * (aria-invalid + aria-describedby) and keeps what the user typed.
 */
import type { ComponentChildren } from 'preact';
import { LoaError } from '../../platform/http/errors.js';
import type { Lang } from '../../platform/i18n/index.js';

export type FieldErrors = Record<string, string>;

/** Turns a LoaError thrown by an operation into per-field messages ('form' when it has no field). */
export function errorsOf(err: unknown, lang: Lang): FieldErrors | undefined {
  if (!(err instanceof LoaError) || err.status >= 500) return undefined;
  return { [err.field ?? 'form']: err.localized(lang) };
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p class="field-error" id={id}>
      {message}
    </p>
  ) : null;
}

export function FormError({ message }: { message?: string }) {
  return message ? (
    <p class="form-error" role="alert">
      {message}
    </p>
  ) : null;
}

export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

interface Common {
  name: string;
  label: string;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
  /** Defaults to the name. */
  id?: string;
}

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Wrap({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function TextField(
  props: Common & {
    value?: string | number | null;
    type?: 'text' | 'email' | 'password' | 'url' | 'number' | 'datetime-local' | 'date' | 'search';
    maxLength?: number;
    autocomplete?: string;
    inputMode?: 'numeric' | 'text';
  },
) {
  const id = props.id ?? props.name;
  const error = props.errors?.[props.name];
  return (
    <Wrap id={id} label={props.label} hint={props.hint} error={error}>
      <input
        id={id}
        name={props.name}
        type={(props.type ?? 'text') as 'text'}
        value={props.value ?? ''}
        required={props.required}
        maxLength={props.maxLength}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, props.hint)}
      />
    </Wrap>
  );
}

export function TextArea(props: Common & { value?: string | null; rows?: number; maxLength?: number }) {
  const id = props.id ?? props.name;
  const error = props.errors?.[props.name];
  return (
    <Wrap id={id} label={props.label} hint={props.hint} error={error}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        required={props.required}
        maxLength={props.maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, props.hint)}
      >
        {props.value ?? ''}
      </textarea>
    </Wrap>
  );
}

export function SelectField(
  props: Common & {
    value?: string | number | null;
    options: { value: string | number; label: string }[];
    multiple?: boolean;
    values?: (string | number)[];
  },
) {
  const id = props.id ?? props.name;
  const error = props.errors?.[props.name];
  const selected = (v: string | number) =>
    props.multiple
      ? (props.values ?? []).map(String).includes(String(v))
      : String(props.value ?? '') === String(v);
  return (
    <Wrap id={id} label={props.label} hint={props.hint} error={error}>
      <select
        id={id}
        name={props.name}
        required={props.required}
        multiple={props.multiple}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, props.hint)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={selected(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export function Checkbox({
  name,
  label,
  checked,
  value = '1',
  id,
}: {
  name: string;
  label: string;
  checked?: boolean;
  value?: string;
  id?: string;
}) {
  const fid = id ?? name;
  return (
    <div class="field field-check">
      <input id={fid} name={name} type="checkbox" value={value} checked={checked} />
      <label for={fid}>{label}</label>
    </div>
  );
}
