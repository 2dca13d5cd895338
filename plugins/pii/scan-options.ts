import { didYouMean, numberFlag, twiceIn, ValidationError, type Runtime } from "../../core/index.ts"
import { createAnalyzer, type AnalyzeOptions, type Analyzer } from "./analyzer.ts"
import { ENTITY_TYPES, entityNameHint, unreachableMinScore } from "./entity-types.ts"

const usage = (message: string, flag: string) => new ValidationError("pii", message, flag, "E_USAGE")

/** Flags every `pii` command shares: which types, and the lowest score reported. */
export const analyzerArgs = {
  entities: { type: "string", description: `entity types to report, comma-separated (default all: ${ENTITY_TYPES.join(", ")})` },
  "min-score": { type: "string", description: "lowest score reported, 0 to 1 (default 0.5, or settings.pii.minScore)" },
} as const

/** `--entities` and `--min-score`, checked before any input is read. */
export function analyzerFlags(args: Record<string, unknown>): Pick<AnalyzeOptions, "entities" | "minScore"> {
  const out: Pick<AnalyzeOptions, "entities" | "minScore"> = {}
  const minScore = numberFlag("min-score", args["min-score"], { min: 0, max: 1 })
  if (minScore !== undefined) out.minScore = minScore
  if (args.entities !== undefined) {
    const items = String(args.entities).split(",").map((s) => s.trim())
    const names = items.filter(Boolean)
    if (!names.length) throw usage(`--entities is empty: name types from ${ENTITY_TYPES.join(", ")}, comma-separated`, "entities")
    // An empty item (EMAIL,,PHONE; EMAIL,$T with T unset) was dropped in silence: the type meant there was never looked for.
    const blank = items.findIndex((n) => !n)
    if (blank >= 0) throw usage(`--entities item ${blank + 1} of ${items.length} is empty (an unset shell variable?): name each type once, comma-separated (EMAIL,PHONE)`, "entities")
    const bad = names.find((n) => !(ENTITY_TYPES as readonly string[]).includes(n))
    if (bad) {
      // Types set apart by spaces or semicolons (EMAIL PHONE), or a word for every type (ALL, *): said so, not "no such type".
      const parts = bad.split(/[\s;|]+/).filter(Boolean)
      if (parts.length > 1 && parts.every((n) => (ENTITY_TYPES as readonly string[]).includes(n.toUpperCase()))) {
        throw usage(`--entities ${JSON.stringify(bad.slice(0, 40))} names types set apart by spaces or ;: separate them with commas (${parts.map((n) => n.toUpperCase()).join(",")})`, "entities")
      }
      if (/^(all|\*|any|every)$/i.test(bad)) throw usage(`--entities ${JSON.stringify(bad)} is not an entity type: leave --entities out for every type (${ENTITY_TYPES.join(", ")})`, "entities")
      throw usage(`--entities ${JSON.stringify(bad.slice(0, 40))} is not an entity type${entityNameHint(bad) || didYouMean(bad, ENTITY_TYPES)}: use ${ENTITY_TYPES.join(", ")}`, "entities")
    }
    const twice = twiceIn(names)
    if (twice) throw usage(`--entities names ${twice} twice: name each type once`, "entities")
    out.entities = names
  }
  reachable(out)
  return out
}

/**
 * The flags' minScore against the entities (the flags', else the settings'), and the settings' minScore against
 * --entities: `--min-score 1 --entities EMAIL` reported nothing, exit 0, as if the text held no address.
 */
function reachable(flags: Pick<AnalyzeOptions, "entities" | "minScore">, settings: AnalyzeOptions = {}): void {
  if (flags.minScore !== undefined) {
    const problem = unreachableMinScore(flags.minScore, flags.entities ?? settings.entities, "lower it, or name more types in --entities")
    if (problem) throw usage(`--min-score ${flags.minScore} ${problem}`, "min-score")
  } else if (flags.entities !== undefined) {
    const problem = unreachableMinScore(settings.minScore, flags.entities, "give --min-score at most that, or name more types in --entities")
    if (problem) throw usage(`settings.pii.minScore (${settings.minScore}) with --entities ${flags.entities.join(",")} ${problem}`, "entities")
  }
}

/**
 * The analyzer a command uses: the runtime's (settings.pii, when its config
 * loads the pii plugin) unless flags narrow it; without a runtime or the
 * plugin, the defaults with the flags.
 */
export function analyzerFor(flags: Pick<AnalyzeOptions, "entities" | "minScore">, rt?: Runtime, state?: Analyzer): Analyzer {
  const narrowed = flags.entities !== undefined || flags.minScore !== undefined
  if (state && !narrowed) return state
  const settings = state && rt ? (rt.settings<AnalyzeOptions>("pii") ?? {}) : {}
  reachable(flags, settings)
  return createAnalyzer({ ...settings, ...flags })
}

/** The analyzer from a config's pii settings (undefined: the plugin is not loaded, so its defaults), narrowed by the flags. */
export function analyzerFromSettings(flags: Pick<AnalyzeOptions, "entities" | "minScore">, settings: AnalyzeOptions | undefined): Analyzer {
  reachable(flags, settings)
  return createAnalyzer({ ...settings, ...flags })
}
