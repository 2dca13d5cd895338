import type { GenericSchema } from "valibot"

export type ApiFamily = "auth" | "acd" | "dfo" | "privacy" | "records"
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"

/** How to walk a paged response: which items it holds and what the next request is. */
export interface Paginator<O = any> {
  items(output: O): unknown[]
  /** The next page's input, or undefined at the end. */
  next(output: O, input: Record<string, unknown>, nextUrl?: string): Record<string, unknown> | undefined
}

/** One CXone (or records API) call, described as data. */
export interface Operation<I = any, O = any> {
  id: string
  api: ApiFamily
  method: HttpMethod
  /** e.g. `/contacts/{contactId}`; the family's base and version are prefixed. */
  path: string
  /** Pinned version for the ACD family, e.g. `v34.0`. */
  version?: string
  /** What callers pass (validated before any request). */
  input: GenericSchema<I, any>
  /** The validated response: callers get its output type. */
  output: GenericSchema<any, O>
  /** Input keys sent as query string; for GET/DELETE every key not in the path is. */
  query?: string[]
  /** Input key whose value is the whole JSON body; otherwise the remaining keys form it. */
  body?: string
  /** Decides what the retry policy may repeat. */
  idempotent: boolean
  paginate?: Paginator<O>
}

/** Typed identity helper: it only helps the compiler. */
export const defineOperation = <I, O>(operation: Operation<I, O>): Operation<I, O> => operation
