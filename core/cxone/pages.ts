import { ConfigError, CxedgeError } from "../errors.ts"
import type { Operation, Paginator } from "./operation.ts"
import { linkNext } from "./paginate.ts"
import type { CallOptions, CxoneResponse, RequestFn } from "./types.ts"

/**
 * Walks a paged operation with its Paginator, one request per page, so
 * memory holds one page at a time. It ends on an empty body, an empty page,
 * or when the paginator has no next input. A page that starts with the item
 * the page before started with is an error, not more contacts: a server that
 * ignores the offset would otherwise be read forever.
 */
export async function* pages<I, O>(request: RequestFn, op: Operation<I, O>, input: I, options?: CallOptions): AsyncGenerator<unknown[]> {
  const paginator = op.paginate as Paginator<unknown> | undefined
  if (!paginator) throw new ConfigError(op.id, "this operation does not page: use call()")
  let next: Record<string, unknown> | undefined = input as Record<string, unknown>
  let first: string | undefined
  while (next) {
    const { data }: CxoneResponse<unknown> = await request(op, next as I, options)
    if (data === undefined) return
    const items = paginator.items(data)
    const head = items.length ? JSON.stringify(items[0]) : undefined
    if (head !== undefined && head === first) {
      throw new CxedgeError("E_PAGING", op.id, `the tenant answered the next page with the page before it (paging does not advance); stopped rather than read it again: report it to the tenant's administrator`)
    }
    first = head
    yield items
    next = items.length ? paginator.next(data, next, linkNext(data)) : undefined
  }
}
