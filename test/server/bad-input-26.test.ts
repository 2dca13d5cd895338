/**
 * Route bodies of round 26's bad input: POST /v1/scripts/start with a
 * startDate already past, or a parameter of spaces only, was sent to CXone
 * (a script started); both are refused as the CLI's flags are, naming the
 * body's field. A start date to come still starts the script.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { ADMIN_TOKEN, sandboxApp } from "../helpers.ts"

let ctx: Awaited<ReturnType<typeof sandboxApp>>
beforeAll(async () => {
  ctx = await sandboxApp({ sandbox: { contacts: 5 } })
})
afterAll(() => ctx.rt.dispose())

const start = (body: unknown) =>
  ctx.app.request("/v1/scripts/start", { method: "POST", body: JSON.stringify(body), headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" } })
const day = 86_400_000

describe("POST /v1/scripts/start refuses what would start a script no one meant", () => {
  test.each([
    [{ skillId: 4101, scriptId: "7", startDate: "2025-10-01T08:30:00Z" }, /^startDate "2025-10-01T08:30:00Z" is in the past: give a time to come \(a date-time with a zone, e\.g\. \d{4}-\d\d-\d\dT08:30:00Z\), or leave startDate out to start the script now$/],
    // Today's date is midnight UTC, hours ago: as past as a wrong year.
    [{ skillId: 4101, scriptId: "7", startDate: new Date(Date.now() - day).toISOString().slice(0, 10) }, /^startDate "\d{4}-\d\d-\d\d" is in the past/],
    [{ skillId: 4101, scriptId: "7", parameters: ["rec-9", "   "] }, /^parameters\[1\] is blank \(white space only\) \(P2\): give it a value or leave it out$/],
    [{ skillId: 4101, scriptId: "7", parameters: ["\t"] }, /^parameters\[0\] is blank \(white space only\) \(P1\)/],
  ])("%j", async (body, message) => {
    const before = ctx.state.scriptStarts.length
    const res = await start(body)
    const answer = (await res.json()) as { error: string; message: string }
    expect([res.status, answer.error]).toEqual([400, "invalid_request"])
    expect(answer.message).toMatch(message)
    expect(ctx.state.scriptStarts.length).toBe(before)
  })

  test("a start date to come, and one a minute ago (clocks apart), still start the script", async () => {
    const before = ctx.state.scriptStarts.length
    for (const at of [Date.now() + day, Date.now() - 60_000]) {
      const res = await start({ skillId: 4101, scriptId: "7", startDate: new Date(at).toISOString(), parameters: ["rec 9"] })
      expect(res.status).toBe(200)
    }
    expect(ctx.state.scriptStarts.length).toBe(before + 2)
  })
})

describe("POST /v1/transcripts names a list pasted into one recipient", () => {
  test("recipients: [\"a,b\"] is several addresses, not a wrong one; none is quoted and nothing is sent", async () => {
    const before = ctx.state.transcripts.length
    const res = await ctx.app.request("/v1/transcripts", {
      method: "POST",
      body: JSON.stringify({ contactNumber: "1", recipients: ["dpo@example.com", "ada@example.com; bob@example.com"] }),
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    })
    expect([res.status, await res.json()]).toEqual([400, { error: "invalid_request", message: "recipients[1] holds several addresses: list each as its own item" }])
    expect(ctx.state.transcripts.length).toBe(before)
  })
})
