import type { Paginator } from "./operation.ts"

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const get = (output: unknown, key: string): unknown =>
  output && typeof output === "object" ? (output as Record<string, unknown>)[key] : undefined

/**
 * ACD paging: `skip`/`top` offsets. Follows `_links.next` when the server
 * gives one (absolute, as the reference says, or relative), otherwise adds
 * the page length to `skip`. Without a link it ends only on an empty page or
 * a 204: a page shorter than `top` may be a server's cap (SINGER saw one), and
 * `totalRecords` may be missing or count something else, so neither ends it
 * (one more request at the end of a listing, where ending early would skip contacts unseen).
 */
export function skipTop(itemsKey: string, top = 100): Paginator {
  return {
    items: (output) => asArray(get(output, itemsKey)),
    next(output, input, nextUrl) {
      const items = asArray(get(output, itemsKey))
      if (items.length === 0) return undefined
      const after = Number(input.skip ?? 0) + items.length
      if (nextUrl) {
        const url = new URL(nextUrl, "http://relative.invalid/")
        const skip = Number(url.searchParams.get("skip") ?? url.searchParams.get("Skip") ?? Number.NaN)
        const nextTop = Number(url.searchParams.get("top") ?? url.searchParams.get("Top") ?? Number.NaN)
        // A link that does not move forward would loop: count the page instead.
        return { ...input, skip: Number.isInteger(skip) && skip > Number(input.skip ?? 0) ? skip : after, top: Number.isInteger(nextTop) && nextTop > 0 ? nextTop : input.top ?? top }
      }
      return { ...input, skip: after, top: Number(input.top ?? top) }
    },
  }
}

/** Records API paging: the response's `pageToken` is the next request's `pageToken`. */
export function pageToken(itemsKey: string, tokenKey = "pageToken", requestKey = "pageToken"): Paginator {
  return {
    items: (output) => asArray(get(output, itemsKey)),
    next(output, input) {
      const token = get(output, tokenKey)
      return typeof token === "string" && token ? { ...input, [requestKey]: token } : undefined
    },
  }
}

/** DFO paging: a `scrollToken` cursor until a page comes back empty. */
export function scrollToken(itemsKey: string): Paginator {
  return {
    items: (output) => asArray(get(output, itemsKey)),
    next(output, input) {
      const token = get(output, "scrollToken")
      const items = asArray(get(output, itemsKey))
      return typeof token === "string" && token && items.length ? { ...input, scrollToken: token } : undefined
    },
  }
}

/** `_links.next` of an ACD response, when present. */
export function linkNext(output: unknown): string | undefined {
  const next = get(get(output, "_links"), "next")
  return typeof next === "string" && next ? next : undefined
}
