// A deny entry of one character replaced that letter inside every word (`Hello` became `H<DENY>llo`): refused, in the
// settings and in a scrub rule's params, naming the key and never the value.
import { expect, test } from "bun:test"
import * as v from "valibot"
import { createRuntime } from "../../../core/index.ts"
import { builtins } from "../../../plugins/manifest.ts"

test("a one-character deny entry is refused in settings.pii and in a scrub rule; two characters are taken", async () => {
  await expect(createRuntime({ plugins: ["pii"], settings: { pii: { deny: ["bluebird", " q "] } } }, { builtins })).rejects.toThrow("settings.pii.deny: must list values of two characters or more")
  const rt = await createRuntime({ plugins: ["pii"], settings: { pii: { deny: ["q7"] } } }, { builtins })
  const scrub = rt.transforms.get("scrub")!
  expect(() => v.parse(scrub.params!, { deny: ["e"] })).toThrow("must list values of two characters or more")
})
