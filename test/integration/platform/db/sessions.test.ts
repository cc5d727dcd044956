import type { SessionData } from 'express-session';
import MongoStore from 'connect-mongo';
import mongoose from 'mongoose';
import { useTestDatabase } from '../../../support/database';

useTestDatabase();

function storeOn(connection: mongoose.Connection): MongoStore {
  return MongoStore.create({
    client: connection.getClient(),
    dbName: connection.name,
    collectionName: 'sessions',
    ttl: 3600,
    autoRemove: 'native',
  });
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error('connect-mongo failed'));

/** connect-mongo's callback API as promises. */
function set(store: MongoStore, sid: string, session: SessionData): Promise<void> {
  return new Promise((resolve, reject) => {
    store.set(sid, session, (error?: unknown) => {
      if (error) reject(asError(error));
      else resolve();
    });
  });
}

function get(store: MongoStore, sid: string): Promise<SessionData | null | undefined> {
  return new Promise((resolve, reject) => {
    store.get(sid, (error: unknown, session?: SessionData | null) => {
      if (error) reject(asError(error));
      else resolve(session);
    });
  });
}

function destroy(store: MongoStore, sid: string): Promise<void> {
  return new Promise((resolve, reject) => {
    store.destroy(sid, (error?: unknown) => {
      if (error) reject(asError(error));
      else resolve();
    });
  });
}

function sessionExpiringIn(ms: number, fields: Record<string, unknown>): SessionData {
  const expires = new Date(Date.now() + ms);
  const cookie = { originalMaxAge: ms, expires, httpOnly: true, path: '/' };
  return { cookie, ...fields };
}

// express-session ids are 32-character strings, not ObjectIds: the store keys sessions by them.
const SID = 'k3JZ6r9XyQbT0vW2nLm8pA4sD7fG1hJ5';

describe('sessions in MongoDB (connect-mongo)', () => {
  test('a stored session is read back with its fields under its string id', async () => {
    const store = storeOn(mongoose.connection);
    await set(store, SID, sessionExpiringIn(60_000, { userId: 'ana', csrfSecret: 's3cret' }));
    const session = (await get(store, SID)) as unknown as Record<string, unknown>;
    expect(session.userId).toBe('ana');
    expect(session.csrfSecret).toBe('s3cret');
    const raw = await mongoose.connection.db?.collection('sessions').findOne({ _id: SID as never });
    expect(raw?.expires).toBeInstanceOf(Date);
  });

  test('saving a session again replaces its fields instead of adding a document', async () => {
    const store = storeOn(mongoose.connection);
    await set(store, SID, sessionExpiringIn(60_000, { step: 1 }));
    await set(store, SID, sessionExpiringIn(60_000, { step: 2 }));
    expect(((await get(store, SID)) as unknown as { step: number }).step).toBe(2);
    expect(await mongoose.connection.db?.collection('sessions').countDocuments()).toBe(1);
  });

  test('a destroyed session is gone', async () => {
    const store = storeOn(mongoose.connection);
    await set(store, SID, sessionExpiringIn(60_000, { userId: 'ana' }));
    await destroy(store, SID);
    expect(await get(store, SID)).toBeFalsy();
  });

  test('an expired session is not returned even before the TTL monitor removes it', async () => {
    const store = storeOn(mongoose.connection);
    await set(store, SID, sessionExpiringIn(-1000, { userId: 'ana' }));
    expect(await get(store, SID)).toBeFalsy();
  });
});
