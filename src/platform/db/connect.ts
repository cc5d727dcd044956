/**
 * The app's one connection: mongoose's default instance. Commands are monitored so a benchmark can
 * count database round trips per page (`onDatabaseCommand`).
 */
import mongoose from 'mongoose';

/** What a command listener is told. */
export interface DatabaseCommandEvent {
  commandName: string;
  databaseName: string;
}

type CommandListener = (event: DatabaseCommandEvent) => void;

const commandListeners = new Set<CommandListener>();

function dispatchCommand(event: DatabaseCommandEvent): void {
  const { commandName, databaseName } = event;
  for (const listener of commandListeners) listener({ commandName, databaseName });
}

/** Connects the default mongoose instance (autoIndex on, commands monitored). */
export async function connectDatabase(options: { uri: string; dbName?: string }): Promise<mongoose.Connection> {
  await mongoose.connect(options.uri, {
    autoIndex: true,
    monitorCommands: true,
    ...(options.dbName === undefined ? {} : { dbName: options.dbName }),
  });
  const client = mongoose.connection.getClient();
  client.removeListener('commandStarted', dispatchCommand);
  client.on('commandStarted', dispatchCommand);
  return mongoose.connection;
}

/** Closes the default connection (no error when it is not open). */
export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}

/** True when the database answers a ping within `timeoutMs`; never throws. */
export async function isDatabaseReady(timeoutMs = 1000): Promise<boolean> {
  const db = mongoose.connection.db;
  if (mongoose.connection.readyState !== mongoose.ConnectionStates.connected || !db) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, timeoutMs);
  });
  const ping = db
    .command({ ping: 1 }, { timeoutMS: timeoutMs })
    .then((reply) => reply.ok === 1)
    .catch(() => false);
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Calls `listener` for every command the driver sends (after `connectDatabase`); returns the unsubscribe. */
export function onDatabaseCommand(listener: CommandListener): () => void {
  commandListeners.add(listener);
  return () => {
    commandListeners.delete(listener);
  };
}
