/**
 * Round 44's bad input over HTTP: a skill id of 0, -4 or 4101.5 and a script id of 0 or -5 posted to
 * POST /v1/scripts/start, and a contact number that is no number posted to POST /v1/transcripts, were refused with no
 * value and no word of what to send ("skillId must be a skill id (a positive integer)"). Nothing is started or sent.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { sandboxApp } from "../helpers.ts"

let ctx: Awaited<ReturnType<typeof sandboxApp>>
beforeAll(async () => {
  ctx = await sandboxApp({ sandbox: { contacts: 5 } })
})
afterAll(() => ctx.rt.dispose())

const refused = async (path: string, body: unknown) => {
  const res = await ctx.admin(path, JSON.stringify(body))
  return [res.status, await res.json()]
}

describe("POST /v1/scripts/start: a skill or script id that is no id says what to send", () => {
  const SKILL = `is not a skill id: give the skill's number, a positive whole number (e.g. "skillId": 4101)`
  const SCRIPT = `is not a script's number: it is a whole number from 1, written without a sign or a leading 0 (e.g. "scriptId": "9876"); or name the script by its path with scriptPath`
  test.each([
    [{ skillId: 0, scriptId: "7" }, `skillId 0 ${SKILL}`],
    [{ skillId: -4, scriptId: "7" }, `skillId -4 ${SKILL}`],
    [{ skillId: 4101.5, scriptId: "7" }, `skillId 4101.5 ${SKILL}`],
    [{ skillId: 4101, scriptId: "0" }, `scriptId "0" ${SCRIPT}`],
    [{ skillId: 4101, scriptId: "-5" }, `scriptId "-5" ${SCRIPT}`],
    [{ skillId: 4101, scriptId: "0042" }, `scriptId "0042" ${SCRIPT}`],
  ])("%j", async (sent, message) => {
    const before = ctx.state.scriptStarts.length
    expect(await refused("/v1/scripts/start", sent)).toEqual([400, { error: "invalid_request", message }])
    expect(ctx.state.scriptStarts.length).toBe(before)
  })
})

describe("POST /v1/transcripts: a contact number that is no number says what to send", () => {
  const MESSAGE = 'contactNumber must be the DFO contact number (digits, not 0): give the case number DFO shows for the contact, e.g. "contactNumber": "123456"'
  test.each([["abc"], ["12.5"], ["0"]])("contactNumber %j", async (contactNumber) => {
    expect(await refused("/v1/transcripts", { contactNumber, recipients: ["dpo@example.com"] })).toEqual([400, { error: "invalid_request", message: MESSAGE }])
  })
})
