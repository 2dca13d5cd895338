import * as v from "valibot"
import { CxedgeError, describeError, type CxoneClient } from "../../../core/index.ts"
import { dfoHistory } from "../operations.ts"

const KEY_PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"])

/** `settings.anonymize.dfoHistory`: how to read a DFO contact's message history, whose shape CXone does not publish. */
export const DfoHistoryConfig = v.strictObject(
  {
    /** The response key holding the messages (a dotted path allowed); absent: whichever of `data`/`messages` is an array. */
    itemsKey: v.optional(
      v.pipe(
        v.string(),
        v.regex(KEY_PATH, "itemsKey must be a key name or a dotted path such as data or result.messages"),
        v.check((k) => !k.split(".").some((part) => FORBIDDEN.has(part)), "itemsKey must not name __proto__, constructor or prototype"),
      ),
    ),
    /** `scrollToken` (a cursor), `page` (page and size), or `auto`: the cursor when a response carries one. */
    paging: v.optional(v.picklist(["auto", "page", "scrollToken"], "paging must be auto, page or scrollToken"), "auto"),
    pageSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 50),
    /** More pages than this for one contact is an error, never an endless loop. */
    maxPages: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)), 1000),
  },
  "unknown key: use itemsKey, paging, pageSize or maxPages",
)
export type DfoHistoryOptions = v.InferInput<typeof DfoHistoryConfig>

/** Reading a contact's history (or its subjects) failed: nothing was sent for it, and a resume retries it. */
export class GatherError extends CxedgeError {
  override name = "GatherError"
  constructor(message: string, options?: { cause?: unknown }) {
    super("E_GATHER", "anonymize", message, options)
  }
}

const SETTING = "settings.anonymize.dfoHistory"
const bare = (error: unknown) => describeError(error).replace(/^\[cxedge\] (\[[^\]]*\] )?/, "")
/** The value at a dotted path of `body`, own keys only. */
export const valueAt = (body: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((n, k) => (n && typeof n === "object" && Object.hasOwn(n, k) ? (n as Record<string, unknown>)[k] : undefined), body)
const countOf = (body: Record<string, unknown>) => (typeof body.hits === "number" ? body.hits : typeof body.total === "number" ? body.total : undefined)

/**
 * Every message id of one DFO contact, across all pages, or a GatherError:
 * never a partial list, and an answer it cannot read is never taken for "no
 * messages" (`historyPages`, strict: a message without an id is an error,
 * since cxedge cannot redact a message it cannot name).
 *
 * @example
 * const ids = await readHistory(client, "600000000007", { paging: "scrollToken" })
 */
export async function readHistory(client: CxoneClient, contactNumber: string, options: DfoHistoryOptions = {}): Promise<string[]> {
  const ids = new Set<string>()
  for await (const items of historyPages(client, contactNumber, options, true)) for (const item of items) ids.add((item as { id: string }).id)
  return [...ids]
}

/**
 * One DFO contact's message history, a page at a time, as served. Pages by
 * `scrollToken` when the tenant sends one, by page and size otherwise; a
 * cursor that repeats, a page that brings nothing new, or more than
 * `maxPages` pages stops with a GatherError instead of looping. Only the
 * items' ids are kept (to see that paging moves), never their text. `strict`
 * (the erasure target) refuses an item without a string id, and its errors
 * say that nothing was sent for the contact.
 */
/** What a reader of the messages source does about a message it could not read, said for both commands that read it. */
export const AGAIN = "the next run reads it again (an anonymize job: --resume; pii scan: run the scan again)"

export async function* historyPages(client: CxoneClient, contactNumber: string, options: DfoHistoryOptions = {}, strict = false): AsyncGenerator<unknown[]> {
  const size = options.pageSize ?? 50
  const maxPages = options.maxPages ?? 1000
  const paging = options.paging ?? "auto"
  const fail = (what: string, todo: string) => new GatherError(`DFO contact ${contactNumber}: ${what}: ${todo}`)
  const ids = new Set<string>()
  const tokens = new Set<string>()
  let key = options.itemsKey
  let token: string | undefined
  let cursor = paging === "scrollToken"

  for (let page = 1; ; page++) {
    if (page > maxPages) throw fail(`its history has more than ${maxPages} pages`, `raise ${SETTING}.maxPages if it really holds that many messages${strict ? "; nothing was sent for it" : ""}`)
    let body: Record<string, unknown>
    try {
      body = await client.call(dfoHistory, { contactNumber, size, ...(token ? { scrollToken: token } : { page }) })
    } catch (error) {
      // Not strict: the messages source, read by anonymize and by pii scan (which has no --resume).
      const then = strict ? "; nothing was sent for it: --resume retries it" : `: ${AGAIN}`
      throw new GatherError(`DFO contact ${contactNumber}: its message history could not be read (${bare(error)})${then}`, { cause: error })
    }
    key ??= itemsKeyOf(body, fail)
    const items = valueAt(body, key)
    if (!Array.isArray(items)) throw fail(`the history response has no "${key}" array (page ${page})`, `check ${SETTING}.itemsKey against what the tenant returns`)

    const before = ids.size
    for (const [i, item] of items.entries()) {
      const id = item && typeof item === "object" ? (item as Record<string, unknown>).id : undefined
      if (typeof id === "string" && id) ids.add(id)
      else if (strict) throw fail(`message ${i + 1} of history page ${page} has no string id`, "report it: cxedge cannot redact a message it cannot name")
    }
    if (items.length === 0) return
    yield items

    const next = paging === "page" ? undefined : body.scrollToken
    if (typeof next === "string" && next) {
      cursor = true
      if (tokens.has(next)) throw fail(`the history's scrollToken repeated on page ${page}`, `the tenant's paging does not advance; set ${SETTING}.paging to page, or report it`)
      tokens.add(next)
      token = next
      continue
    }
    // A cursor-paged history ends with the first answer that carries no cursor.
    if (cursor) return
    if (ids.size === before) throw fail(`history page ${page} repeated earlier messages`, `the tenant ignores the page parameter; set ${SETTING}.paging to scrollToken, or report it`)
    const count = countOf(body)
    if (count !== undefined && ids.size >= count) return
    // Without a count, a short page may be a server's own size cap, not the end: read on until an empty page.
  }
}

function itemsKeyOf(body: Record<string, unknown>, fail: (what: string, todo: string) => GatherError): string {
  const data = Array.isArray(body.data)
  const messages = Array.isArray(body.messages)
  if (data && messages) throw fail("the history response holds both a data and a messages array", `set ${SETTING}.itemsKey to the one that lists the messages`)
  if (!data && !messages) throw fail("the history response holds neither a data nor a messages array", `set ${SETTING}.itemsKey to the key that lists the messages`)
  return data ? "data" : "messages"
}
