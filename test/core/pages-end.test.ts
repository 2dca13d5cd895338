import { describe, expect, test } from "bun:test"
import { CxoneHttpError } from "../../core/errors.ts"
import { pages } from "../../core/cxone/pages.ts"
import { skipTop } from "../../core/cxone/paginate.ts"
import type { Operation } from "../../core/cxone/operation.ts"
import type { RequestFn } from "../../core/cxone/types.ts"

const op = { id: "contacts.completed", paginate: skipTop("completedContacts", 3) } as unknown as Operation<Record<string, unknown>, unknown>
const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ contactId: String(from + i) }))

/** A tenant holding `total` contacts, `cap` at most a page, answering past the end with `pastEnd`. */
function tenant(total: number, cap: number, pastEnd: (skip: number) => unknown, links = false) {
  const asked: number[] = []
  const request = (async (_op: unknown, input: Record<string, unknown>) => {
    const skip = Number(input.skip ?? 0)
    asked.push(skip)
    if (skip >= total) return pastEnd(skip)
    const page = ids(Math.min(cap, Number(input.top), total - skip), skip)
    const next = links && skip + page.length < total ? { next: `https://api.example/contacts/completed?skip=${skip + page.length}&top=${input.top}` } : {}
    return { status: 200, data: { completedContacts: page, _links: next }, headers: new Headers() }
  }) as unknown as RequestFn
  return { request, asked }
}

const read = async (request: RequestFn) => {
  const out: unknown[] = []
  for await (const page of pages(request, op, { top: 3 })) out.push(...page)
  return out.length
}

describe("where a skip/top listing ends (review of the stand-in pass)", () => {
  test("a 400 or 404 right after a short page ends the listing, every contact read, where it failed the whole listing", async () => {
    for (const status of [400, 404]) {
      const { request } = tenant(7, 3, () => {
        throw new CxoneHttpError({ operation: "contacts.completed", status, message: "past the end" })
      })
      expect(await read(request)).toBe(7)
    }
  })

  test("a 400 after a full page is no end: the error stands (a capped tenant may still hold contacts)", async () => {
    const { request } = tenant(6, 3, () => {
      throw new CxoneHttpError({ operation: "contacts.completed", status: 400, message: "bad request" })
    })
    await expect(read(request)).rejects.toThrow("bad request")
  })

  test("a tenant that pages by _links.next ends by leaving the link out: no request past the end", async () => {
    const { request, asked } = tenant(7, 3, () => {
      throw new Error("asked past the end")
    }, true)
    expect(await read(request)).toBe(7)
    expect(asked).toEqual([0, 3, 6])
  })

  test("a short page whose tenant caps pages below top is read on, as before: a 204 past the end ends it", async () => {
    const { request } = tenant(7, 2, () => ({ status: 204, data: undefined, headers: new Headers() }))
    expect(await read(request)).toBe(7)
  })
})

describe("a listing that does not advance", () => {
  test("a tenant alternating between two pages (A, B, A, B...) is stopped with E_PAGING after the two, where it was read forever", async () => {
    let asked = 0
    const request = (async () => {
      asked++
      if (asked > 50) throw new Error("still reading after 50 pages")
      return { status: 200, data: { completedContacts: ids(3, asked % 2 === 0 ? 3 : 0) }, headers: new Headers() }
    }) as unknown as RequestFn
    const error = await read(request).catch((e) => e)
    expect(error.code).toBe("E_PAGING")
    expect(error.message).toContain("a page it had already sent")
    expect(asked).toBe(3)
  })
})

describe("a tenant that ignores both top and skip", () => {
  /** Answers its whole listing of `total` contacts on every page, saying how many it holds (or not). */
  const wholeEachTime = (total: number, says: unknown) => {
    let asked = 0
    const request = (async () => {
      asked++
      if (asked > 50) throw new Error("still reading after 50 pages")
      return { status: 200, data: { completedContacts: ids(total), ...(says === undefined ? {} : { totalRecords: says }) }, headers: new Headers() }
    }) as unknown as RequestFn
    return { request, asked: () => asked }
  }

  test("once as many contacts as its totalRecords were read, the listing is complete, where it ended in E_PAGING", async () => {
    for (const says of [5, "5"]) {
      const { request, asked } = wholeEachTime(5, says)
      expect(await read(request)).toBe(5)
      expect(asked()).toBe(2)
    }
  })

  test("with fewer read than it says it holds, or no total said, the repeat is still an error", async () => {
    for (const says of [9, undefined, "many"]) {
      const error = await read(wholeEachTime(5, says).request).catch((e) => e)
      expect(error.code).toBe("E_PAGING")
    }
  })
})
