import * as v from "valibot"
import { defineOperation, describeError, type CxoneClient } from "../../../core/index.ts"
import { dfoHistory } from "../operations.ts"
import { GatherError, type DfoHistoryOptions } from "../targets/dfo-history.ts"

/** DFO `GET /messages/{messageId}` (SDK-DIGITAL; MED): one message, with its text. */
export const dfoMessageGet = defineOperation({
  id: "dfo.message.get",
  api: "dfo",
  method: "GET",
  path: "/messages/{messageId}",
  idempotent: true,
  input: v.object({ messageId: v.string() }),
  output: v.looseObject({}),
})

const SETTING = "settings.anonymize.dfoHistory"
const bare = (error: unknown) => describeError(error).replace(/^\[cxedge\] (\[[^\]]*\] )?/, "")

/** The value at a dotted path of `body`, own keys only. */
export const valueAt = (body: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((n, k) => (n && typeof n === "object" && Object.hasOwn(n, k) ? (n as Record<string, unknown>)[k] : undefined), body)

/**
 * One DFO contact's message history, a page at a time, read the way the
 * erasure target reads it (`readHistory`, same settings): by `scrollToken`
 * when the tenant sends one, by page and size otherwise; a repeated cursor,
 * a page bringing nothing new, or more than `maxPages` pages is a
 * GatherError rather than a loop. Items are yielded as served; only their
 * ids are kept (to see that paging moves), never their text.
 */
export async function* historyPages(client: CxoneClient, contactNumber: string, options: DfoHistoryOptions = {}): AsyncGenerator<unknown[]> {
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
    if (page > maxPages) throw fail(`its history has more than ${maxPages} pages`, `raise ${SETTING}.maxPages if it really holds that many messages`)
    let body: Record<string, unknown>
    try {
      body = await client.call(dfoHistory, { contactNumber, size, ...(token ? { scrollToken: token } : { page }) })
    } catch (error) {
      throw new GatherError(`DFO contact ${contactNumber}: its message history could not be read (${bare(error)}): --resume reads it again`, { cause: error })
    }
    key ??= itemsKeyOf(body, fail)
    const items = valueAt(body, key)
    if (!Array.isArray(items)) throw fail(`the history response has no "${key}" array (page ${page})`, `check ${SETTING}.itemsKey against what the tenant returns`)
    const before = ids.size
    for (const item of items) {
      const id = item && typeof item === "object" ? (item as Record<string, unknown>).id : undefined
      if (typeof id === "string") ids.add(id)
    }
    if (items.length === 0) return
    yield items
    const next = paging === "page" ? undefined : body.scrollToken
    if (typeof next === "string" && next) {
      cursor = true
      if (tokens.has(next)) throw fail(`the history's scrollToken repeated on page ${page}`, `set ${SETTING}.paging to page, or report it`)
      tokens.add(next)
      token = next
      continue
    }
    if (cursor) return
    if (ids.size === before) throw fail(`history page ${page} repeated earlier messages`, `set ${SETTING}.paging to scrollToken, or report it`)
    const count = typeof body.hits === "number" ? body.hits : typeof body.total === "number" ? body.total : undefined
    if (count !== undefined && ids.size >= count) return
  }
}

function itemsKeyOf(body: Record<string, unknown>, fail: (what: string, todo: string) => GatherError): string {
  const data = Array.isArray(body.data)
  const messages = Array.isArray(body.messages)
  if (data && messages) throw fail("the history response holds both a data and a messages array", `set ${SETTING}.itemsKey to the one that lists the messages`)
  if (!data && !messages) throw fail("the history response holds neither a data nor a messages array", `set ${SETTING}.itemsKey to the key that lists the messages`)
  return data ? "data" : "messages"
}
