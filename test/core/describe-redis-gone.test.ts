// ioredis's words for a redis that went away reached the terminal as "unexpected error: Reached the max retries per
// request limit (which is 1). Refer to ..." (a review, stop 66): now what happened and what to do.
import { expect, test } from "bun:test"
import { describeError } from "../../core/index.ts"

test("a redis that went away is said as such, with the next step; other errors are left as they were", () => {
  const maxRetries = Object.assign(new Error('Reached the max retries per request limit (which is 1). Refer to "maxRetriesPerRequest" option for details.'), { name: "MaxRetriesPerRequestError" })
  for (const error of [maxRetries, new Error("Connection is closed."), new Error("Stream isn't writeable and enableOfflineQueue options is false")]) {
    expect(describeError(error)).toBe("[cxedge] lost the connection to redis (the storage): once redis answers again, run the command again (a job: resume it; nothing done is lost or done twice)")
  }
  expect(describeError(new Error("the Connection is closed by the tenant's proxy, said a plugin"))).toBe("[cxedge] unexpected error: the Connection is closed by the tenant's proxy, said a plugin")
})
