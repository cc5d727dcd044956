import type mongoose from 'mongoose';
import { RateLimiterMongo, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors';

/** A named limit: so many points per window, counted per key (an IP, an email). */
export interface Limit {
  name: string;
  points: number;
  windowSeconds: number;
}

/** A limiter whose counters live in MongoDB, so every process shares them. */
export interface Limiter {
  /** Counts one attempt; throws RateLimitedError once the limit is passed. */
  consume(key: string): Promise<void>;
  /** Throws RateLimitedError if the key is already over its limit, without counting. */
  check(key: string): Promise<void>;
  /** Forgets a key (e.g. after a successful login). */
  reset(key: string): Promise<void>;
}

/** Builds a limiter; its collection and indexes are made on first use, not at construction. */
export function mongoLimiter(connection: mongoose.Connection, limit: Limit): Limiter {
  let limiter: RateLimiterMongo | undefined;
  const get = (): RateLimiterMongo =>
    (limiter ??= new RateLimiterMongo({
      storeClient: connection,
      tableName: 'rate_limits',
      keyPrefix: limit.name,
      points: limit.points,
      duration: limit.windowSeconds,
    }));
  return {
    async consume(key) {
      try {
        await get().consume(key);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new RateLimitedError(Math.ceil(error.msBeforeNext / 1000));
        throw error;
      }
    },
    async check(key) {
      const state = await get().get(key);
      if (state && state.consumedPoints >= limit.points) {
        throw new RateLimitedError(Math.ceil(state.msBeforeNext / 1000));
      }
    },
    async reset(key) {
      await get().delete(key);
    },
  };
}
