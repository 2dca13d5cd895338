import { expect, test } from "bun:test"
import { testTransform, withSandbox } from "@cxedge/toolkit/testing"
import plugin, { initials } from "../src/index.ts"

// The suite every transform passes: vectors, determinism, refusals that quote no personal data.
testTransform(initials, { wrongType: "number" })

test("a runtime loads the plugin beside the built-ins and offers its transform", async () => {
  const { rt, dispose } = await withSandbox({ plugins: ["tenant", "anonymize", plugin] })
  try {
    expect(rt.transforms.get("initials")).toBe(initials)
    expect(rt.plugins.map((p) => p.name)).toContain("initials")
  } finally {
    await dispose()
  }
})
