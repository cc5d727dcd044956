/** The database Tessera uses when the URI names none (an embedded server, or `mongodb://host/`). */
export const DEFAULT_DATABASE_NAME = 'tessera';

/** The database named in a MongoDB URI's path, else `tessera` (the driver would otherwise pick `test`). */
export function databaseNameFor(uri: string): string {
  const match = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]*)/.exec(uri);
  const name = match?.[1] ? decodeURIComponent(match[1]) : '';
  return name === '' ? DEFAULT_DATABASE_NAME : name;
}
