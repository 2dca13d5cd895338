import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { defineRecognizer } from "../../core/index.ts"
import { TRANSFORM_NAME } from "../../core/plugin-check.ts"
import { createRuntime } from "../../core/runtime.ts"
import type { Plugin } from "../../core/plugin.ts"

const plugin = (p: Record<string, unknown>) => ({ version: "1.0.0", ...p }) as unknown as Plugin

describe("two plugins declaring one event", () => {
  test("are refused naming both and the event, as a shared variable or namespace is", async () => {
    const a = plugin({ name: "eva", events: ["greeting:sent"] })
    const b = plugin({ name: "evb", events: ["greeting:sent"] })
    await expect(createRuntime({ plugins: [a, b] })).rejects.toThrow('plugins "eva" and "evb" both declare the event "greeting:sent": load only one, or rename one\'s event (evb:...)')
  })

  test("one plugin naming its event twice is not a clash", async () => {
    const rt = await createRuntime({ plugins: [plugin({ name: "eva", events: ["greeting:sent", "greeting:sent"] })] })
    await rt.dispose()
  })
})

describe("context words that hold no letter or digit", () => {
  test("are refused by defineRecognizer, naming the recognizer and the word's place", () => {
    for (const word of ["#", "№", "--"]) {
      expect(() => defineRecognizer({ type: "X_Z", name: "x-z", score: 0.4, pattern: /\b\d{6}\b/g, context: { words: ["account", word] } })).toThrow(
        /recognizer x-z: context\.words\[1\] holds no letter or digit, .* so it would never raise a score: give a word/,
      )
    }
  })

  test("a word with punctuation around it still counts, and raises the score", () => {
    const r = defineRecognizer({ type: "X_Z", name: "x-z", score: 0.4, pattern: /\b\d{6}\b/g, context: { words: ["no.", "ss#"] } })
    expect(r.recognize("no. 123456").map((f) => f.score)).toEqual([0.75])
  })
})

describe("a transform's name: one rule for the runtime and testTransform", () => {
  const withTransform = (name: string) => plugin({ name: "tok", transforms: [{ name, params: v.object({}), reversible: false, apply: (x: unknown) => `${String(x)}!` }] })

  test("tokenizeV2 and mask_email, which the runtime loads, pass testTransform's name check too", async () => {
    for (const name of ["tokenizeV2", "mask_email", "tokenize-v2"]) {
      expect(TRANSFORM_NAME.test(name)).toBe(true)
      const rt = await createRuntime({ plugins: [withTransform(name)] })
      expect(rt.transforms.has(name)).toBe(true)
      await rt.dispose()
    }
  })

  test("a name with a space is refused by both, with the name meant", async () => {
    expect(TRANSFORM_NAME.test("Shout It")).toBe(false)
    await expect(createRuntime({ plugins: [withTransform("Shout It")] })).rejects.toThrow('(did you mean "shout-it"?): rename it')
  })
})
