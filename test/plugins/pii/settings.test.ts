import { describe, expect, test } from "bun:test"
import { createRuntime } from "../../../core/index.ts"
import { builtins } from "../../../plugins/manifest.ts"

// An allow or deny entry is a phone number or a name: no refusal may quote it.
const VALUES = ["161 496 0000", "1614960000", "skylark", "SSN", "alow", "all"]

describe("settings.pii: each key wrong is refused when the runtime loads, naming the key and what to write", () => {
  test.each([
    [{ entities: "EMAIL" }, "settings.pii.entities: must be a list of entity types"],
    [{ entities: ["EMAIL", "SSN"] }, "settings.pii.entities[1]: must be one of EMAIL, PHONE, CARD, IBAN, US_SSN, UK_NINO, IP_ADDRESS, PERSON (did you mean \"US_SSN\"? AWS Comprehend's SSN is US_SSN here)"],
    [{ entities: [] }, "settings.pii.entities: must name at least one entity type"],
    [{ minScore: "0.5" }, "settings.pii.minScore: must be a number, not a string: write it without quotes"],
    [{ minScore: 7 }, "settings.pii.minScore: must be at most 1 (7 as a percentage is 0.07)"],
    [{ minScore: -1 }, "settings.pii.minScore: must be at least 0"],
    // Above every score the types asked for get, nothing is ever found: refused, not a scan that reports no PII.
    [{ minScore: 1, entities: ["EMAIL"] }, "settings.pii.minScore: must be at most 0.95: no finding of EMAIL scores above that, so 1 would find nothing and leave every text as it is: lower it, or name more entities"],
    [{ minScore: 0.92, entities: ["PHONE", "IP_ADDRESS"] }, "settings.pii.minScore: must be at most 0.9: no finding of PHONE, IP_ADDRESS scores above that, so 0.92 would find nothing and leave every text as it is: lower it, or name more entities"],
    [{ allow: "+44 161 496 0000" }, 'settings.pii.allow: must be a list of values, e.g. ["+44 20 7946 0000"]'],
    [{ allow: [1614960000] }, "settings.pii.allow[0]: must be a string"],
    [{ allow: [" "] }, "settings.pii.allow[0]: must not be empty"],
    [{ deny: { word: "skylark" } }, 'settings.pii.deny: must be a list of values, e.g. ["project bluebird"]'],
    [{ regions: "GB" }, 'settings.pii.regions: must be a list of regions, e.g. ["GB", "DE"]'],
    [{ regions: ["XX"] }, 'settings.pii.regions[0]: must be an ISO 3166 region ("GB") or a calling code ("44")'],
    [{ regions: [44] }, 'settings.pii.regions[0]: must be an ISO 3166 region ("GB") or a calling code ("44")'],
    [{ regions: [] }, "settings.pii.regions: must name at least one region"],
    [{ alow: ["+44 161 496 0000"] }, "settings.pii.alow: is not a pii setting (did you mean \"allow\"?): use entities, minScore, allow, deny or regions"],
    ["all", "settings.pii: must be an object with entities, minScore, allow, deny or regions"],
  ])("%j", async (pii, message) => {
    let thrown = ""
    try {
      await (await createRuntime({ plugins: ["anonymize", "pii"], settings: { pii } }, { builtins })).dispose()
    } catch (error) {
      thrown = (error as Error).message
    }
    expect(thrown).toBe(`[cxedge] [pii] invalid setting ${message}`)
    for (const value of VALUES) expect(thrown.replace(message, "")).not.toContain(value)
    for (const value of ["161 496", "1614960000", "skylark"]) expect(message).not.toContain(value)
  })
})
