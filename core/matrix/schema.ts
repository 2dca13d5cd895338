import * as v from "valibot"

const Condition = v.strictObject({
  /** A sibling of the matched value (same object), or `$.path` from the record's root. */
  field: v.pipe(v.string(), v.minLength(1)),
  equals: v.optional(v.unknown()),
  in: v.optional(v.array(v.unknown())),
  notIn: v.optional(v.array(v.unknown())),
  exists: v.optional(v.boolean()),
  /** A regular expression the sibling's string value must match. */
  matches: v.optional(v.string()),
})
export type Condition = v.InferOutput<typeof Condition>

export const RuleSchema = v.strictObject({
  /** Dot path with `[*]` for every array element, e.g. `customFields[*].value`. */
  path: v.pipe(v.string(), v.minLength(1)),
  transform: v.pipe(v.string(), v.minLength(1)),
  params: v.optional(v.record(v.string(), v.unknown()), {}),
  /** Apply only where the condition(s) hold; an array means all of them. */
  when: v.optional(v.union([Condition, v.array(Condition)])),
  /** Canonicalize first so one person gets one pseudonym across fields and channels. */
  normalize: v.optional(v.picklist(["e164", "email"])),
  note: v.optional(v.string()),
})
export type Rule = v.InferOutput<typeof RuleSchema>

export const SubjectSchema = v.strictObject({
  path: v.pipe(v.string(), v.minLength(1)),
  /** Absent: decided per value (an address with @ is an EMAIL, digits a PHONENO). */
  type: v.optional(v.picklist(["PHONENO", "EMAIL"])),
})

/** A cxedge field matrix. */
export const MatrixSchema = v.strictObject({
  $schema: v.optional(v.string()),
  name: v.pipe(v.string(), v.minLength(1)),
  description: v.optional(v.string()),
  /** The target this matrix is written for, used when --target is not given. */
  target: v.optional(v.picklist(["patch", "erasure", "export"])),
  /** Country calling code for phone numbers written without one (e164 normalization). */
  defaultCountryCode: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,2}$/))),
  /** Fields naming the data subject, for the erasure target (CXone PHONENO / EMAIL identifiers). */
  subjects: v.optional(v.array(SubjectSchema)),
  fields: v.pipe(v.array(RuleSchema), v.minLength(1)),
})
export type Matrix = v.InferOutput<typeof MatrixSchema>

/** The seed tutorial's directive format (pydantic FieldDirective), accepted and converted. */
export const SeedDirectiveSchema = v.object({
  field_name: v.pipe(v.string(), v.minLength(1)),
  transform: v.picklist(["hash", "mask", "nullify"]),
  algorithm: v.optional(v.literal("sha256"), "sha256"),
  salt: v.optional(v.string(), "cxone_privacy_v1"),
  mask_char: v.optional(v.pipe(v.string(), v.length(1)), "*"),
  mask_keep: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 4),
})

export const SeedMatrixSchema = v.object({
  $schema: v.optional(v.string()),
  name: v.optional(v.string()),
  directives: v.record(v.string(), SeedDirectiveSchema),
})

/** What a matrix file may hold: the native format or the seed's directives. */
export const MatrixFileSchema = v.union([MatrixSchema, SeedMatrixSchema])
