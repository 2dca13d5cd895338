import * as v from "valibot"
import { phoneRegion } from "../../core/index.ts"
import { ENTITY_TYPES, entityNameHint, scoreAtMostOne } from "./entity-types.ts"

const nonEmpty = v.pipe(v.string("must be a string"), v.trim(), v.minLength(1, "must not be empty"))
// Every message is the schema's own: valibot's defaults quote the value received, and an allow or deny
// entry is a phone number or an address.
const values = (example: string) => v.optional(v.array(nonEmpty, `must be a list of values, e.g. [${JSON.stringify(example)}]`), [])

const KEYS = "entities, minScore, allow, deny or regions"

/**
 * The pii plugin's settings (`settings.pii`): which entity types to report,
 * the lowest score reported, values never reported (`allow`, e.g. the
 * company's own support number) and always reported (`deny`), and the
 * regions national phone numbers are read in. Unknown keys are refused.
 */
export const PiiSettings = v.strictObject(
  {
    entities: v.optional(v.pipe(v.array(v.picklist(ENTITY_TYPES, (issue) => `must be one of ${ENTITY_TYPES.join(", ")}${typeof issue.input === "string" ? entityNameHint(issue.input) : ""}`), "must be a list of entity types"), v.minLength(1, "must name at least one entity type"))),
    minScore: v.optional(v.pipe(v.number("must be a number"), v.minValue(0, "must be at least 0"), v.maxValue(1, scoreAtMostOne)), 0.5),
    allow: values("+44 20 7946 0000"),
    deny: values("project bluebird"),
    regions: v.optional(
      v.pipe(
        v.array(v.pipe(v.string('must be an ISO 3166 region ("GB") or a calling code ("44")'), v.check((r) => phoneRegion(r) !== undefined, 'must be an ISO 3166 region ("GB") or a calling code ("44")')), 'must be a list of regions, e.g. ["GB", "DE"]'),
        v.minLength(1, "must name at least one region"),
      ),
    ),
  },
  (issue) => (issue.expected === "never" ? `is not a pii setting: use ${KEYS}` : `must be an object with ${KEYS}`),
)

export type PiiSettings = v.InferOutput<typeof PiiSettings>
