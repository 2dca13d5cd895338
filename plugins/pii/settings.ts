import * as v from "valibot"
import { phoneRegion } from "../../core/index.ts"
import { ENTITY_TYPES } from "./recognizers/index.ts"

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"))

/**
 * The pii plugin's settings (`settings.pii`): which entity types to report,
 * the lowest score reported, values never reported (`allow`, e.g. the
 * company's own support number) and always reported (`deny`), and the
 * regions national phone numbers are read in. Unknown keys are refused.
 */
export const PiiSettings = v.strictObject({
  entities: v.optional(v.pipe(v.array(v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(", ")}`)), v.minLength(1, "must name at least one entity type"))),
  minScore: v.optional(v.pipe(v.number("must be a number"), v.minValue(0, "must be at least 0"), v.maxValue(1, "must be at most 1")), 0.5),
  allow: v.optional(v.array(nonEmpty), []),
  deny: v.optional(v.array(nonEmpty), []),
  regions: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.check((r) => phoneRegion(r) !== undefined, 'must be an ISO 3166 region ("GB") or a calling code ("44")'))),
      v.minLength(1, "must name at least one region"),
    ),
  ),
})

export type PiiSettings = v.InferOutput<typeof PiiSettings>
