/** Global teardown of the jest "integration" project: stops the embedded database, if one was started. */
import { takeTestDatabase } from './test-database-handle';

/** Stops the database global setup started. */
export default async function globalTeardown(): Promise<void> {
  await takeTestDatabase()?.stop();
}
