import { describe, expect, test } from "bun:test"
import type { JobMeta } from "../../plugins/anonymize/journal.ts"
import { refuseWithoutRecords } from "../../plugins/anonymize/prepare.ts"

/** A CXone tenant configured with only its access key has no records API (the seed tutorial's contract). */
describe("a job that needs the records API, on a tenant that has none", () => {
  const meta = (source: string, target: string) => ({ matrix: "gdpr", source: { kind: source }, target: { kind: target } }) as unknown as JobMeta
  const rt = (records?: object) => ({ client: { tenant: { records } } }) as never

  test("the patch target is refused naming CXone's erasure path", () => {
    expect(() => refuseWithoutRecords(meta("records", "patch"), rt())).toThrow(/gdpr matrix's patch target .* CXone has no API that edits a contact's personal data: for a CXone tenant use --target erasure --source cxone/)
  })

  test("the records source with another target is refused naming the cxone source", () => {
    expect(() => refuseWithoutRecords(meta("records", "export"), rt())).toThrow(/records source .* use --source cxone --since 30d/)
  })

  test("a configured records API, or a job that needs none, goes on", () => {
    expect(() => refuseWithoutRecords(meta("records", "patch"), rt({ baseUrl: "http://127.0.0.1:1" }))).not.toThrow()
    expect(() => refuseWithoutRecords(meta("cxone", "erasure"), rt())).not.toThrow()
    // No tenant at all is not asked for: a jsonl-to-export job runs without one.
    const noTenant = { get client(): never { throw new Error("no tenant") } }
    expect(() => refuseWithoutRecords(meta("jsonl", "export"), noTenant)).not.toThrow()
  })
})
