import * as v from "valibot"
import { definePlugin, defineTransform, ValidationError } from "@cxedge/toolkit"

/** "Ada Okafor" -> "A. O.": keeps a name's shape for QA copies, drops the name. */
export const initials = defineTransform({
  name: "initials",
  description: "a name reduced to its initials",
  params: v.object({ separator: v.optional(v.string(), " ") }),
  reversible: false,
  apply(value, p, ctx) {
    if (typeof value !== "string") throw new ValidationError("initials", `initials expects a string at ${ctx.path}`, ctx.path, "E_FIELD_TYPE")
    return value
      .split(/\s+/)
      .filter(Boolean)
      .map((part) => `${Array.from(part)[0]!.toUpperCase()}.`)
      .join(p.separator)
  },
  recognizes: (value) => typeof value === "string" && /^(\p{Lu}\.\s?)+$/u.test(value),
  vectors: [{ in: "Ada Okafor", params: { separator: " " }, out: "A. O." }],
})

export default definePlugin({ name: "initials", version: "1.0.0", transforms: [initials] })
