import * as v from "valibot"
import { defineTransform, ValidationError } from "../../../core/index.ts"
import { kindOf } from "../matrix/index.ts"
import { wellFormed } from "./exact.ts"

const chars = (value: unknown, name: string, path: string): string[] => {
  if (typeof value !== "string") {
    throw new ValidationError("anonymize", `${name} expects a string at ${path}, found ${kindOf(value)}`, path, "E_FIELD_TYPE")
  }
  // Code points, as Python slices them: an emoji is one character.
  return Array.from(value)
}

// Letters and digits in any script: what a mask must never leave, nor write in place of what it hides (but X, the
// masking letter of card slips and forms, `XXXX-XXXX-1234`, which reads as no data).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

const MaskParams = v.object({
  keepStart: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  keepEnd: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 4),
  // One character as the mask counts them (code points): an emoji was refused as 2 long, half of one written into every
  // masked field, which no UTF-8 reader turns back into it.
  char: v.optional(v.pipe(v.string(), v.nonEmpty("is empty: it must be exactly 1 character"), v.check((c) => c === "" || (Array.from(c).length === 1 && wellFormed(c)), "must be exactly 1 character (an emoji is one; half of one, a lone surrogate, is not)"), v.check((c) => c === "X" || c === "x" || !LETTER_OR_DIGIT.test(c), "is a letter or digit, which a masked value would read as data (a phone masked with 7 reads as a real number): give a symbol such as * or #, or X")), "*"),
  /**
   * Characters left as they are (e.g. " -()" to keep a phone's layout). Layout only: letters or digits listed here were
   * written in clear and the contact counted done.
   */
  ignore: v.optional(v.pipe(v.string(), v.check((c) => !LETTER_OR_DIGIT.test(c), "holds letters or digits, which would be left in clear: ignore is for layout characters a value keeps (spaces, dashes, brackets, dots, +)")), ""),
})

/**
 * Keeps `keepStart` leading and `keepEnd` trailing characters and masks the
 * rest; a value no longer than what would be kept is masked whole (the
 * seed's rule, so nothing short is shown in clear).
 */
export const mask = defineTransform({
  name: "mask",
  description: "keep a prefix/suffix, mask the rest",
  params: MaskParams,
  reversible: false,
  apply(value, p, ctx) {
    const cs = chars(value, "mask", ctx.path)
    const whole = cs.length <= p.keepStart + p.keepEnd
    return cs
      .map((c, i) => (!whole && (i < p.keepStart || i >= cs.length - p.keepEnd)) || p.ignore.includes(c) ? c : p.char)
      .join("")
  },
  recognizes(value, p) {
    if (typeof value !== "string" || value === "") return false
    const cs = Array.from(value)
    const whole = cs.length <= p.keepStart + p.keepEnd
    const from = whole ? 0 : p.keepStart
    const to = whole ? cs.length : cs.length - p.keepEnd
    for (let i = from; i < to; i++) if (cs[i] !== p.char && !p.ignore.includes(cs[i]!)) return false
    return true
  },
  vectors: [
    { in: "+15550102030", params: { keepStart: 0, keepEnd: 4, char: "*", ignore: "" }, out: "********2030" },
    { in: "Zoë", params: { keepStart: 4, keepEnd: 0, char: "*", ignore: "" }, out: "***" },
    { in: "+44 20 7946 0958", params: { keepStart: 3, keepEnd: 2, char: "#", ignore: " " }, out: "+44 ## #### ##58" },
  ],
})

/** Deletes the field: `null`, which the patch target sends as a deletion. */
export const nullify = defineTransform({
  name: "nullify",
  description: "delete the value (null)",
  params: v.object({}),
  reversible: false,
  apply: () => null,
  vectors: [{ in: "Ada", params: {}, out: null }],
})

/** Empties a string (other types become null), keeping the field present. */
export const redact = defineTransform({
  name: "redact",
  description: "empty the value, keeping the field",
  params: v.object({}),
  reversible: false,
  apply: (value) => (typeof value === "string" ? "" : null),
  recognizes: (value) => value === "",
  vectors: [{ in: "Call me on +44 20 7946 0958", params: {}, out: "" }],
})

/** A constant in place of the value; the type must match unless it is null. */
export const replace = defineTransform({
  name: "replace",
  description: "a constant in place of the value",
  params: v.object({
    value: v.optional(v.union([v.pipe(v.string(), v.check(wellFormed, "must be whole text: it holds half of a character (a lone surrogate), which no UTF-8 reader can write")), v.number(), v.boolean(), v.null()]), "[redacted]"),
  }),
  reversible: false,
  apply: (_, p) => p.value,
  recognizes: (value, p) => value === p.value,
  vectors: [{ in: "Ada", params: { value: "[name]" }, out: "[name]" }],
})
