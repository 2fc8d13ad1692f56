/**
 * Slows down password guessing: failures are counted per account and per source (a hash of the
 * address, never the address itself) in a sliding window; past the limit, logins from that account
 * or source are refused until the window has passed. In memory: per node (Redis-backed sharing
 * belongs to the multi-node work).
 */
import { createHash } from 'node:crypto';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

export function sourceKey(address: string | undefined, salt: string): string {
  return createHash('sha256')
    .update(`${salt}:${address ?? ''}`)
    .digest('base64url')
    .slice(0, 16);
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Milliseconds until a login may be tried again for this account or source; 0 when allowed. */
  lockedFor(keys: readonly string[], now = Date.now()): number {
    let wait = 0;
    for (const key of keys) {
      const list = this.recent(key, now);
      if (list.length >= MAX_FAILURES) wait = Math.max(wait, list[0]! + WINDOW_MS - now);
    }
    return wait;
  }

  fail(keys: readonly string[], now = Date.now()): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 100_000) this.failures.clear();
  }

  succeed(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
