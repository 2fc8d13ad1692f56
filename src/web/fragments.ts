/**
 * Small pieces shared by many pages (rendered footer and sidebar, short article lists), kept per
 * site and language for a short time, tagged like pages so the same invalidation clears them.
 */
interface Fragment {
  value: unknown;
  expiresAt: number;
  tags: readonly string[];
}

export class FragmentCache {
  private readonly items = new Map<string, Fragment>();
  private readonly pending = new Map<string, Promise<unknown>>();

  async get<T>(key: string, ttlMs: number, tags: readonly string[], produce: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.items.get(key);
    if (hit && hit.expiresAt > now) return hit.value as T;
    // One render at a time per fragment, however many requests ask for it at once.
    let job = this.pending.get(key);
    if (!job) {
      job = produce().then(
        (value) => {
          this.items.set(key, { value, expiresAt: Date.now() + ttlMs, tags });
          this.pending.delete(key);
          return value;
        },
        (err) => {
          this.pending.delete(key);
          throw err;
        },
      );
      this.pending.set(key, job);
    }
    return job as Promise<T>;
  }

  dropTags(tags: readonly string[]): void {
    const wanted = new Set(tags);
    for (const [key, fragment] of this.items) {
      if (fragment.tags.some((t) => wanted.has(t))) this.items.delete(key);
    }
  }
}
