import type { FileAccess } from "./command.ts"

/** One record a source read: its id, its data, or why it could not be read. */
export interface SourceRecord {
  id: string
  data: Record<string, unknown>
  /** Version tag for optimistic concurrency (the records API's ETag). */
  etag?: string
  /** Set when the source could not read this record (bad line, no id): a job rejects it and goes on. */
  error?: string
}

/**
 * Where records come from, a page at a time so memory stays flat. Only
 * `name` and `pages` are needed; the rest serve jobs that can use them.
 */
export interface Source {
  name: string
  /** The records, in an order that is the same on every read of the same input (a resume skips those done by id). */
  pages(): AsyncIterable<SourceRecord[]>
  /** The total, when the source can tell without reading everything (for an ETA). */
  total?(): Promise<number | undefined>
  /** A fresh copy of one record: after a 412, and when resuming (the patch target needs it). */
  get?(id: string): Promise<SourceRecord | undefined>
}

/**
 * The options every command that picks a source by name can pass, each
 * named as its flag: `--since`/`--until` (absolute ISO instants by then),
 * `--file`. A source's `options` schema says which it reads; any other is
 * refused, naming the flag.
 */
export interface SourceOptions {
  since?: string
  until?: string
  file?: string
}

/** What a source is opened with besides its options: the host's file access (the CLI has it; a server or Worker does not). */
export interface SourceContext {
  files?: FileAccess
  /** The label of the command opening it (`pii`, `retention`), for a refusal of the source's own: the user ran that command. */
  scope?: string
}
