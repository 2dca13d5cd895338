import type { Paginator } from "../plugin.ts"

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const get = (output: unknown, key: string): unknown =>
  output && typeof output === "object" ? (output as Record<string, unknown>)[key] : undefined

/**
 * ACD paging: `skip`/`top` offsets. Follows `_links.next` when the server
 * gives one, otherwise adds the page length to `skip`; a short page, an
 * empty page or a 204 ends it.
 */
export function skipTop(itemsKey: string, top = 100): Paginator {
  return {
    items: (output) => asArray(get(output, itemsKey)),
    next(output, input, nextUrl) {
      const items = asArray(get(output, itemsKey))
      if (items.length === 0) return undefined
      if (nextUrl) {
        const url = new URL(nextUrl)
        const skip = url.searchParams.get("skip")
        const nextTop = url.searchParams.get("top")
        return { ...input, skip: skip ? Number(skip) : Number(input.skip ?? 0) + items.length, top: nextTop ? Number(nextTop) : input.top ?? top }
      }
      const size = Number(input.top ?? top)
      if (items.length < size) return undefined
      return { ...input, skip: Number(input.skip ?? 0) + items.length, top: size }
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
