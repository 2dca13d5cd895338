import { ConfigError, CxedgeError, CxoneHttpError } from "../errors.ts"
import type { Operation, Paginator } from "./operation.ts"
import { linkNext } from "./paginate.ts"
import type { CallOptions, CxoneResponse, RequestFn } from "./types.ts"

/**
 * Walks a paged operation with its Paginator, one request per page, so
 * memory holds one page at a time. It ends on an empty body, an empty page,
 * a page without `_links.next` after pages with one, a 400/404 right after a
 * short page, or when the paginator has no next input. A page that starts with the item
 * one of the last RECENT pages started with is an error, not more contacts: a server that
 * ignores the offset, or alternates between a few pages, would otherwise be read forever.
 */
/** How many earlier pages' first items a new page is compared with (memory stays one short list, however long the listing). */
const RECENT = 16

/** The `totalRecords` a listing's answer says it holds (a number, or digits in a string), or Infinity when it says none. */
function totalOf(data: unknown): number {
  const total = (data as { totalRecords?: unknown } | null)?.totalRecords
  const n = typeof total === "number" ? total : typeof total === "string" && /^\d+$/.test(total.trim()) ? Number(total) : Number.NaN
  return Number.isFinite(n) ? n : Number.POSITIVE_INFINITY
}

export async function* pages<I, O>(request: RequestFn, op: Operation<I, O>, input: I, options?: CallOptions): AsyncGenerator<unknown[]> {
  const paginator = op.paginate as Paginator<unknown> | undefined
  if (!paginator) throw new ConfigError(op.id, "this operation does not page: use call()")
  let next: Record<string, unknown> | undefined = input as Record<string, unknown>
  const heads: string[] = []
  // Items read so far; a repeated page is compared with the `totalRecords` the tenant says it holds.
  let seen = 0
  // Whether the listing has been paged by `_links.next`, and whether the last page was shorter than asked.
  let linked = false
  let short = false
  while (next) {
    let response: CxoneResponse<unknown>
    try {
      response = await request(op, next as I, options)
    } catch (error) {
      // Past the end of a listing whose last page came back short, a tenant may answer 400 or 404 where the reference
      // says 204: the listing is complete. Anywhere else the error stands.
      if (short && error instanceof CxoneHttpError && (error.status === 400 || error.status === 404 || error.status === 416)) return
      throw error
    }
    const { data } = response
    if (data === undefined) return
    const items = paginator.items(data)
    const head = items.length ? JSON.stringify(items[0]) : undefined
    if (head !== undefined && heads.includes(head)) {
      // A tenant that ignores both `top` and `skip` answers its whole listing each time: once as many contacts as it
      // says it holds were read, the listing is complete (an export of every contact then ended in E_PAGING, exit 1).
      if (seen > 0 && seen >= totalOf(data)) return
      const which = head === heads[heads.length - 1] ? "the page before it" : "a page it had already sent"
      throw new CxedgeError("E_PAGING", op.id, `the tenant answered the next page with ${which} (paging does not advance); stopped rather than read it again: report it to the tenant's administrator`)
    }
    seen += items.length
    if (head !== undefined) heads.push(head)
    if (heads.length > RECENT) heads.shift()
    yield items
    const link = linkNext(data)
    // A tenant that pages by links ends its listing by leaving the link out: no request past the end.
    if (link) linked = true
    else if (linked) return
    const asked = Number(next.top)
    short = Number.isInteger(asked) && asked > 0 && items.length < asked
    next = items.length ? paginator.next(data, next, link) : undefined
  }
}
