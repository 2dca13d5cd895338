import { expect, test } from "bun:test"
import { contactMessages } from "../../../plugins/subject/messages.ts"

// A DFO history read page by page with no count: an empty page ends it; a server that ignores the page parameter (the
// same messages again) sent the whole history on its first page, which was read in full before (review).
const message = (id: number) => ({ id: `m${id}`, direction: "inbound", createdAt: "2026-11-01T10:00:00Z", text: `hello ${id}` })
const rtOf = (pageOf: (page: number) => object[]) => {
  const asked: number[] = []
  const rt = { client: { call: async (_op: unknown, input: { page?: number }) => (asked.push(input.page ?? 0), { messages: pageOf(input.page ?? 1) }) } }
  return { rt: rt as never, asked }
}
const settings = { historyMaxPages: 10, historyPageSize: 2 } as never

test("a server that ignores the page parameter: its one page is the history, each message once", async () => {
  const { rt, asked } = rtOf(() => [message(1), message(2)])
  const out = await contactMessages(rt, "c1", "n1", settings)
  expect(out.map((m) => m.messageId)).toEqual(["m1", "m2"])
  expect(asked.length).toBe(2)
})

test("pages with no count are read until an empty one, a message repeated across pages kept once", async () => {
  const pages: Record<number, object[]> = { 1: [message(1), message(2)], 2: [message(2), message(3)], 3: [] }
  const { rt } = rtOf((page) => pages[page] ?? [])
  const out = await contactMessages(rt, "c1", "n1", settings)
  expect(out.map((m) => m.messageId)).toEqual(["m1", "m2", "m3"])
})
