/** A configuration or connection problem, worded for one line on the console. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
}
