/** One step of the file format's history. */
export interface Migration {
  /** The format version this step reads; it writes `from + 1`. */
  from: number;
  /**
   * Returns the document in the next format version. Never mutates its
   * input, and leaves what it does not understand in place for the schema
   * check that follows to report.
   */
  migrate: (doc: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}
