// `indexed` mode on a record an earlier run scrubbed, with a value added since: the new value was given <PHONE_1>, the
// index of another number, so two numbers read as one. A new value is now numbered after the indexes the record holds.
import { expect, test } from "bun:test"
import { createRuntime } from "../../../core/index.ts"
import { compileMatrix, residualCheck } from "../../../plugins/anonymize/matrix/index.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"

const rt = await createRuntime({ plugins: ["anonymize", "pii"] }, { builtins })
const scrubIndexed = async (record: Record<string, unknown>, paths = ["notes"]) =>
  (await compileMatrix({ name: "t", defaultRegion: "GB", fields: paths.map((path) => ({ path, transform: "scrub", params: { mode: "indexed" } })) } as never, { transforms: rt.transforms, keys: TEST_KEYS, residual: residualCheck(rt) }).plan(record)).output

test("a value added to a scrubbed note is numbered after the indexes the note holds", async () => {
  const out = await scrubIndexed({ notes: "Call <PHONE_1> tomorrow, or <PHONE_2>. New number from today: 020 7946 0958" })
  expect(out.notes).toBe("Call <PHONE_1> tomorrow, or <PHONE_2>. New number from today: <PHONE_3>")
})

test("and after the indexes the record's other fields hold; a fresh record still starts at 1", async () => {
  const out = await scrubIndexed({ notes: "ring 020 7946 0958", callback: "was <PHONE_4>, mail <EMAIL_1>" }, ["notes"])
  expect(out.notes).toBe("ring <PHONE_5>")
  const fresh = await scrubIndexed({ notes: "ring 020 7946 0958 or 020 7946 0000, same as 020 7946 0958" })
  expect(fresh.notes).toBe("ring <PHONE_1> or <PHONE_2>, same as <PHONE_1>")
})
