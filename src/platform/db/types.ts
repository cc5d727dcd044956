/** The two logger methods the database layer uses (pino's `info(obj, msg)` shape). */
export interface DbLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** Where and how to run the embedded database when no `MONGODB_URI` is configured. */
export interface EmbeddedDatabaseOptions {
  /** Folder for data (`<dataDir>/mongod` or `<dataDir>/fallback`) and the failed-download marker. */
  dataDir: string;
  /** Keep data across restarts; tests pass false. */
  persist: boolean;
  logger: DbLogger;
  /** How long to wait for a one-time mongod download before using the fallback (default 60 s). */
  downloadTimeoutMs?: number;
}

/** A running embedded database. */
export interface EmbeddedDatabase {
  uri: string;
  kind: 'mongod' | 'fallback';
  /** Human-readable: what runs and where its data is (the text of the announcement log line). */
  description: string;
  stop(): Promise<void>;
}
