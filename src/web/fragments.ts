/**
 * Small rendered pieces shared by many pages (footer, sidebar widgets), kept per site and language
 * for a short time, tagged like pages so the same invalidation clears them.
 */
interface Fragment {
  html: string;
  expiresAt: number;
  tags: readonly string[];
}

export class FragmentCache {
  private readonly items = new Map<string, Fragment>();
  private readonly pending = new Map<string, Promise<string>>();

  async get(
    key: string,
    ttlMs: number,
    tags: readonly string[],
    produce: () => Promise<string>,
  ): Promise<string> {
    const now = Date.now();
    const hit = this.items.get(key);
    if (hit && hit.expiresAt > now) return hit.html;
    // One render at a time per fragment, however many requests ask for it at once.
    let job = this.pending.get(key);
    if (!job) {
      job = produce().then(
        (html) => {
          this.items.set(key, { html, expiresAt: Date.now() + ttlMs, tags });
          this.pending.delete(key);
          return html;
        },
        (err) => {
          this.pending.delete(key);
          throw err;
        },
      );
      this.pending.set(key, job);
    }
    return job;
  }

  dropTags(tags: readonly string[]): void {
    const wanted = new Set(tags);
    for (const [key, fragment] of this.items) {
      if (fragment.tags.some((t) => wanted.has(t))) this.items.delete(key);
    }
  }
}
