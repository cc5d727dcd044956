import mongoose from 'mongoose';
import {
  connectDatabase,
  disconnectDatabase,
  isDatabaseReady,
  onDatabaseCommand,
  type DatabaseCommandEvent,
} from '../../../../src/platform/db';
import { testDatabaseName, testDatabaseUri } from '../../../support/database';

describe('the mongoose connection', () => {
  beforeEach(async () => {
    await connectDatabase({ uri: testDatabaseUri(), dbName: testDatabaseName() });
  });

  afterEach(async () => {
    await disconnectDatabase();
  });

  test('connects the default mongoose instance to the named database and builds model indexes itself', async () => {
    expect(mongoose.connection.name).toBe(testDatabaseName());
    const Probe = mongoose.model('ConnectionProbe', new mongoose.Schema({ slug: { type: String, index: true } }));
    await Probe.init();
    const names = (await Probe.collection.listIndexes().toArray()).map((index: { name?: unknown }) =>
      String(index.name),
    );
    expect(names).toContain('slug_1');
    await Probe.collection.drop();
    mongoose.deleteModel('ConnectionProbe');
  });

  test('isDatabaseReady is true while connected and false after disconnecting, without throwing', async () => {
    expect(await isDatabaseReady()).toBe(true);
    await disconnectDatabase();
    expect(await isDatabaseReady()).toBe(false);
  });

  test('onDatabaseCommand reports each command with its database until unsubscribed', async () => {
    const seen: DatabaseCommandEvent[] = [];
    const stop = onDatabaseCommand((event) => seen.push(event));
    const people = mongoose.connection.collection('connection_probe');
    await people.insertOne({ name: 'Ana' });
    await people.findOne({ name: 'Ana' });
    stop();
    const seenBeforeUnsubscribed = seen.length;
    await people.findOne({ name: 'Ana' });
    expect(seen).toEqual(
      expect.arrayContaining([
        { commandName: 'insert', databaseName: testDatabaseName() },
        { commandName: 'find', databaseName: testDatabaseName() },
      ]),
    );
    expect(seen).toHaveLength(seenBeforeUnsubscribed);
    await people.deleteMany({});
  });

  test('heartbeats keep succeeding, so the driver never clears its pool under running queries', async () => {
    const connection = mongoose.createConnection(testDatabaseUri(), { heartbeatFrequencyMS: 500 });
    const outcomes: string[] = [];
    const threeHeartbeats = new Promise<void>((resolve) => {
      const record = (outcome: string) => {
        outcomes.push(outcome);
        if (outcomes.length === 3) resolve();
      };
      connection.getClient().on('serverHeartbeatSucceeded', () => {
        record('succeeded');
      });
      connection.getClient().on('serverHeartbeatFailed', (event) => {
        record(`failed: ${event.failure.message}`);
      });
    });
    await connection.asPromise();
    await threeHeartbeats;
    await connection.close();
    expect(outcomes).toEqual(['succeeded', 'succeeded', 'succeeded']);
  });
});
