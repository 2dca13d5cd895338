import * as v from "valibot"

/** The operators a `when` condition may use: exactly one per condition. */
export const CONDITION_OPERATORS = ["equals", "in", "notIn", "exists", "matches"] as const

// Compared with ===, so an object or array would never equal anything.
const Scalar = v.union([v.string(), v.number(), v.boolean(), v.null()])

const Condition = v.pipe(
  v.strictObject({
    /** A sibling of the matched value (same object), or `$.path` from the record's root. */
    field: v.pipe(v.string(), v.minLength(1)),
    equals: v.optional(Scalar),
    in: v.optional(v.array(Scalar)),
    notIn: v.optional(v.array(Scalar)),
    exists: v.optional(v.boolean()),
    /** A regular expression the sibling's string value must match. */
    matches: v.optional(v.string()),
  }),
  // `field` plus exactly one operator: a condition with none would hold
  // everywhere, and two in one object read ambiguously (and? or?).
  v.minEntries(2, `has no operator: add one of ${CONDITION_OPERATORS.join(", ")}`),
  v.maxEntries(2, "has more than one operator: give each condition one, and list several conditions in an array when all must hold"),
)
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
  /** Country calling code (e.g. "44") whose main region reads phone numbers written without one (e164 normalization). */
  defaultCountryCode: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,2}$/))),
  /** ISO 3166 region (e.g. "GB") that reads phone numbers written without a country code; use it or defaultCountryCode. */
  defaultRegion: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  /** Fields naming the data subject, for the erasure target (CXone PHONENO / EMAIL identifiers). */
  subjects: v.optional(v.array(SubjectSchema)),
  /**
   * Export only: what happens to fields no rule names. `drop` (the default)
   * writes the record id, the fields rules name and the `keep` paths; `keep`
   * copies every other field as it is (a warning). Patch and erasure write
   * only what rules change, whatever this says.
   */
  unlisted: v.optional(v.picklist(["drop", "keep"])),
  /** Export only: paths copied unchanged (e.g. `mediaTypeName`, `customFields[*].name`). */
  keep: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  /**
   * Patch only: write a record the records API serves without an ETag with
   * `If-Match: *`, which can overwrite a concurrent change. Absent or false:
   * such a record is refused (E_NO_ETAG) and nothing is written to it.
   */
  allowUnconditionalWrite: v.optional(v.boolean()),
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
