/** A request `gongwen new` refuses (folder exists, unknown kind, bad year): the message is for the clerk. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}
