import mongoose from 'mongoose';
import { RateLimiterMongo, RateLimiterRes } from 'rate-limiter-flexible';
import { useTestDatabase } from '../../../support/database';

useTestDatabase();

async function limiter(points: number): Promise<RateLimiterMongo> {
  const created = new RateLimiterMongo({
    storeClient: mongoose.connection,
    tableName: 'rate_limits',
    keyPrefix: 'login',
    points,
    duration: 60,
  });
  await created.createIndexes();
  return created;
}

async function rejection(attempt: Promise<unknown>): Promise<RateLimiterRes> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof RateLimiterRes) return error;
    throw error;
  }
  throw new Error('the attempt was allowed');
}

describe('rate limits in MongoDB (rate-limiter-flexible)', () => {
  test('three attempts are allowed and the fourth is refused with the time to wait', async () => {
    const limit = await limiter(3);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect((await limit.consume('203.0.113.7')).remainingPoints).toBe(3 - attempt);
    }
    const refused = await rejection(limit.consume('203.0.113.7'));
    expect(refused.remainingPoints).toBe(0);
    expect(refused.msBeforeNext).toBeGreaterThan(50_000);
  });

  test('another key has its own count', async () => {
    const limit = await limiter(1);
    await limit.consume('203.0.113.7');
    expect((await limit.consume('198.51.100.1')).remainingPoints).toBe(0);
  });

  test('an expired window not yet removed is replaced, so counting starts again', async () => {
    const limit = await limiter(2);
    await limit.consume('203.0.113.7');
    await limit.consume('203.0.113.7');
    // As if the window had passed but the TTL monitor had not run yet: the unique key makes the
    // upsert fail with 11000, and the limiter then replaces the stale counter.
    await mongoose.connection.db
      ?.collection('rate_limits')
      .updateMany({}, { $set: { expire: new Date(Date.now() - 1000) } });
    const fresh = await limit.consume('203.0.113.7');
    expect(fresh.consumedPoints).toBe(1);
    expect(await mongoose.connection.db?.collection('rate_limits').countDocuments()).toBe(1);
  });

  test('delete forgets a key', async () => {
    const limit = await limiter(1);
    await limit.consume('203.0.113.7');
    await limit.delete('203.0.113.7');
    expect((await limit.consume('203.0.113.7')).consumedPoints).toBe(1);
  });
});
