/** A small, strict option parser shared by the subcommands: unknown or repeated options are errors. */
import { isLang, type Lang } from '../platform/i18n/index.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface OptionSpec {
  /** `true` for an option that takes a value, `false` for a flag. */
  [name: string]: boolean;
}

export interface Parsed {
  options: Record<string, string | true>;
  positional: string[];
}

export function parseArgs(args: readonly string[], spec: OptionSpec): Parsed {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!(name in spec)) throw new UsageError(`unknown option --${name}`);
    if (name in options) throw new UsageError(`--${name} is given twice`);
    if (!spec[name]) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      options[name] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      throw new UsageError(`--${name} needs a value`);
    options[name] = value;
  }
  return { options, positional };
}

export function required(parsed: Parsed, name: string): string {
  const value = parsed.options[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

export function optional(parsed: Parsed, name: string): string | undefined {
  const value = parsed.options[name];
  return typeof value === 'string' ? value : undefined;
}

export function cliLang(): Lang {
  const lang = process.env.LOA_LANG;
  return isLang(lang) ? lang : 'vi';
}

export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}
