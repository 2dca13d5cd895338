/**
 * Routes of round 39's bad input: an inline matrix on POST /v1/jobs whose scrub rule holds a param its mode never
 * reads, a value on both its allow and deny lists, or a list entry twice, and a path whose index no list can have.
 * Each was planned (201) as if the param or the rule did something; each is now a 400 naming it, and nothing is planned.
 */
import { describe, expect, test } from "bun:test"
import { adminRequests } from "../helpers.ts"

const { post, get, answer } = adminRequests()

/** POST /v1/jobs of an erasure over the last 30 days with a one-rule inline matrix. */
const plan = (id: string, rule: Record<string, unknown>) =>
  post("/v1/jobs", { id, matrix: { name: "r39", target: "erasure", fields: [{ path: "notes", ...rule }] }, source: "cxone", since: "30d" })

describe("POST /v1/jobs with an inline matrix a scrub rule or a path of which cannot do what it says", () => {
  const rows: [string, string, Record<string, unknown>, string][] = [
    ["scrub maskChar with mode tag (was planned, the param dropped)", "r39-1", { transform: "scrub", params: { maskChar: "#" } }, 'fields[0] (notes) params.maskChar: is read by mode mask only, and this rule\'s mode is tag: remove maskChar, or set "mode": "mask"'],
    ["scrub domain with mode indexed", "r39-2", { transform: "scrub", params: { mode: "indexed", domain: "crm" } }, "fields[0] (notes) params.domain: is read by mode hmac only, and this rule's mode is indexed"],
    ["scrub allow and deny of one value, in two cases (was planned: deny won)", "r39-3", { transform: "scrub", params: { allow: ["Ops Desk"], deny: ["ops desk"] } }, "fields[0] (notes) params.deny: [0] is also allow[0]: a value is either always replaced (deny) or never (allow); remove it from one list"],
    ["scrub regions GB and 44", "r39-4", { transform: "scrub", params: { regions: ["GB", "44"] } }, "fields[0] (notes) params.regions: [1] repeats [0]: a region (by its code or its calling code) is listed once"],
    ["a path index of 20 digits (was planned, matching nothing)", "r39-5", { path: "notes[99999999999999999999]", transform: "redact" }, "has an index beyond any list's (the last index a list can hold is 4294967294)"],
  ]
  for (const [name, id, rule, says] of rows) {
    test(name, async () => {
      const [status, body] = await answer(await plan(id, rule))
      expect(status).toBe(400)
      expect(body.message).toContain(says)
    })
  }

  test("nothing was planned, and a sound scrub rule still is", async () => {
    for (const id of ["r39-1", "r39-2", "r39-3", "r39-4", "r39-5"]) expect((await get(`/v1/jobs/${id}`)).status).toBe(404)
    const [status] = await answer(await plan("r39-ok", { transform: "scrub", params: { mode: "mask", maskChar: "#", allow: ["Ops Desk"] } }))
    expect(status).toBe(201)
  })
})
