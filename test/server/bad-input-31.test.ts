/**
 * Routes of round 31's bad input: a script named by an empty scriptId or
 * scriptPath, told "send exactly one of scriptId or scriptPath" when one was
 * sent; an access export id of another shape, answered 404 "no access export
 * has this id" as if it were one gone. Nothing is started or collected.
 */
import { describe, expect, test } from "bun:test"
import { adminRequests } from "../helpers.ts"

const { post, get, answer } = adminRequests()

describe("POST /v1/scripts/start: an empty scriptId or scriptPath is named", () => {
  test("scriptId \"\"", async () => {
    expect(await answer(await post("/v1/scripts/start", { skillId: 4101, scriptId: "" }))).toEqual([400, { error: "invalid_request", message: "scriptId is empty: give the script's number, or leave scriptId out and name the script by its path with scriptPath" }])
  })
  test("scriptPath \"\" beside a scriptId", async () => {
    expect(await answer(await post("/v1/scripts/start", { skillId: 4101, scriptId: "12", scriptPath: "" }))).toEqual([400, { error: "invalid_request", message: 'scriptPath is empty: name the script by its path, e.g. "scriptPath": "Company\\\\Callback", or leave scriptPath out and give scriptId' }])
  })
  test("neither is still 'exactly one'", async () => {
    expect(await answer(await post("/v1/scripts/start", { skillId: 4101 }))).toEqual([400, { error: "invalid_request", message: "send exactly one of scriptId or scriptPath" }])
  })
})

describe("GET /v1/subjects/exports/{id}: an id of another shape is told the shape", () => {
  const SHAPE = "the id in the path is not an access export id: ids are access_ followed by 20 hex digits (access_0a1b2c3d4e5f6a7b8c9d), the exportId of a subject.access.ready event"
  test.each(["nosuch", "access_XYZ", "ACCESS_0a1b2c3d4e5f6a7b8c9d"])("%s", async (id) => {
    expect(await answer(await get(`/v1/subjects/exports/${id}`))).toEqual([400, { error: "invalid_request", message: SHAPE }])
  })
  test("an erasure job's id is told it has no export", async () => {
    expect(await answer(await get("/v1/subjects/exports/erasure_0a1b2c3d4e5f6a7b8c9d"))).toEqual([400, { error: "invalid_request", message: `${SHAPE}; an erasure_ id names an erasure job, which has no export` }])
  })
  test("an id of the shape that is not there is still 404", async () => {
    expect((await get("/v1/subjects/exports/access_0a1b2c3d4e5f6a7b8c9d")).status).toBe(404)
  })
})
