/**
 * Runs tasks one at a time per key, in arrival order. The fallback server uses it to serialise writes to
 * one collection: CongoDB 2.2.0 reads, computes and writes with awaits in between, so two concurrent
 * `$inc` upserts on one key could otherwise both insert, or both read n and both write n + 1.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `task` after every task queued before it under the same key has settled. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Resolves once every task queued so far, under any key, has settled. */
  async idle(): Promise<void> {
    await Promise.all([...this.tails.values()]);
  }
}
