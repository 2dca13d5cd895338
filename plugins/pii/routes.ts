import type { Context, Hono } from "hono"
import * as v from "valibot"
import { bodyOnly, documentRoute, jsonInput, throwawayKeyWarning, twiceIn, type CxedgeError, type Runtime } from "../../core/index.ts"
import type { AnalyzeOptions, Analyzer } from "./analyzer.ts"
import { loadedAnalyzer } from "./loaded.ts"
import { createRedactor, REDACT_MODES, type RedactMode, type Redactor } from "./redact.ts"
import { ENTITY_TYPES, entityNameHint, modeRule, scoreAtMostOne, unreachableMinScore } from "./entity-types.ts"
import { toScanFinding } from "./scan.ts"

/** Largest body the two routes read (the server's own limit, 1 MiB by default, is above it). */
export const PII_MAX_BODY = 256 * 1024
/** Longest text, in UTF-16 code units: about a tenth of a second of scanning on one core. */
export const PII_MAX_TEXT = 200_000

const Text = v.pipe(v.string("must be a string"), v.maxLength(PII_MAX_TEXT, `must be at most ${PII_MAX_TEXT} characters: send longer text in parts`))
// A type named twice is refused, as the command line's --entities is (a slip, not a wish for two scans). Only a
// message opening with "must" is shown (route-input.ts).
const Entities = v.pipe(
  v.array(v.picklist(ENTITY_TYPES, (issue) => `must be one of ${ENTITY_TYPES.join(", ")}${typeof issue.input === "string" ? entityNameHint(issue.input) : ""}`), "must be a list of entity types"),
  v.minLength(1, "must name at least one entity type"),
  v.check((list) => twiceIn(list) === undefined, (issue) => `must name each type once (${twiceIn(issue.input as string[])} is named twice)`),
)
const MinScore = v.pipe(v.number("must be a number"), v.minValue(0, "must be at least 0"), v.maxValue(1, scoreAtMostOne))
const InspectBody = v.strictObject({ text: Text, entities: v.optional(Entities), minScore: v.optional(MinScore) })
const DeidentifyBody = v.strictObject({ ...InspectBody.entries, mode: v.optional(v.picklist(REDACT_MODES, modeRule(REDACT_MODES))) })

const FindingOut = v.object({ type: v.string(), start: v.number(), end: v.number(), score: v.number() })
const Inspected = v.object({ findings: v.pipe(v.array(FindingOut), v.description("UTF-16 offsets into text, end exclusive; never the value")) })
const Deidentified = v.object({ text: v.string(), replaced: v.pipe(v.record(v.string(), v.number()), v.description("findings replaced, per type")) })

// Presidio's analyzer and anonymizer name the score's floor score_threshold; a client written for them sends it.
const PRESIDIO_NAMES = { score_threshold: "minScore", scoreThreshold: "minScore" }

const refuse = (c: Context, status: 400, error: string, message: string) => c.json({ error, message }, status)
/** Read before it is parsed: a body above it is refused from its declared length, unread (core's jsonInput). */
const LIMIT = { bytes: PII_MAX_BODY, hint: "send long text in parts" }

/** The analyzer (and redactor) for a request: the plugin's own, or one narrowed by the body's entities and minScore (a few kept). */
function analyzers(rt: Runtime, base: Analyzer) {
  const cache = new Map<string, Analyzer>()
  const redactors = new Map<string, Redactor>()
  const keyOf = (body: { entities?: string[]; minScore?: number }) => JSON.stringify([body.entities ? [...body.entities].sort() : null, body.minScore ?? null])
  const narrowing = (body: { entities?: string[]; minScore?: number }) => ({ ...(body.entities ? { entities: body.entities } : {}), ...(body.minScore !== undefined ? { minScore: body.minScore } : {}) })
  const analyzerFor = (body: { entities?: string[]; minScore?: number }): Analyzer => {
    if (body.entities === undefined && body.minScore === undefined) return base
    const key = keyOf(body)
    let analyzer = cache.get(key)
    if (!analyzer) {
      if (cache.size >= 32) cache.delete(cache.keys().next().value!)
      const settings = rt.settings<AnalyzeOptions | undefined>("pii") ?? {}
      // The routes are mounted with the plugin's state: its setup has loaded the analyzer.
      cache.set(key, (analyzer = loadedAnalyzer()!.createAnalyzer({ ...settings, ...narrowing(body) })))
    }
    return analyzer
  }
  const redactorFor = (body: { entities?: string[]; minScore?: number; mode?: RedactMode }): Redactor => {
    const mode = body.mode ?? "tag"
    const key = `${mode} ${keyOf(body)}`
    let redactor = redactors.get(key)
    if (!redactor) {
      if (redactors.size >= 32) redactors.delete(redactors.keys().next().value!)
      redactors.set(key, (redactor = createRedactor(rt, analyzerFor(body), mode, narrowing(body))))
      // The CLI says this of --mode hmac; the server said nothing, and each restart gave every value another token.
      const throwaway = mode === "hmac" ? throwawayKeyWarning([rt.keys.current], 'POST /v1/deidentify with "mode": "hmac"') : undefined
      if (throwaway) rt.log.warn(throwaway)
    }
    return redactor
  }
  /**
   * A minScore no finding of the entities reaches, the body's or the settings' (`minScore: 1` with `entities:
   * ["EMAIL"]`): the text came back with a 200 and every address in it. Said before anything is scanned.
   */
  const unreachable = (body: { entities?: string[]; minScore?: number }): string | undefined => {
    if (body.entities === undefined && body.minScore === undefined) return undefined
    const settings = rt.settings<AnalyzeOptions | undefined>("pii") ?? {}
    if (body.minScore !== undefined) {
      const problem = unreachableMinScore(body.minScore, body.entities ?? settings.entities, "send a lower minScore, or more entities")
      return problem && `minScore ${problem}`
    }
    const problem = unreachableMinScore(settings.minScore, body.entities, "send a minScore of at most that, or more entities")
    return problem && `the server's settings.pii.minScore (${settings.minScore}) ${problem}`
  }
  return { analyzerFor, redactorFor, unreachable }
}

/**
 * `POST /v1/inspect` (findings, like Presidio's analyzer and DLP's
 * content:inspect) and `POST /v1/deidentify` (the text with each finding
 * replaced, like Presidio's anonymizer and DLP's content:deidentify). Admin
 * routes: behind the server's bearer token. Neither logs nor stores the text.
 */
export function piiRoutes(app: Hono<any>, rt: Runtime, analyzer: Analyzer): void {
  const { analyzerFor, redactorFor, unreachable } = analyzers(rt, analyzer)
  const shape = "{text, entities?: [type, ...], minScore?}"
  app.post(
    "/v1/inspect",
    documentRoute({
      summary: "Find PII in a text: type, offsets and score of each finding",
      responses: { 200: { description: "the findings, sorted by start", schema: Inspected }, 400: "invalid body", 413: `body above ${PII_MAX_BODY} bytes`, 415: "a body not sent as application/json" },
    }),
    // The query first: ?text=... with no body is told text belongs in the body, not that the body is empty.
    bodyOnly(InspectBody),
    jsonInput(InspectBody, shape, PRESIDIO_NAMES, LIMIT),
    (c) => {
      const body = c.req.valid("json")
      const refused = unreachable(body)
      if (refused) return refuse(c, 400, "invalid_body", refused)
      return c.json({ findings: analyzerFor(body).analyze(body.text).map(toScanFinding) }, 200)
    },
  )
  app.post(
    "/v1/deidentify",
    documentRoute({
      summary: "Scrub PII from a text: each finding replaced (tag mode: <EMAIL>), the rest kept",
      responses: {
        200: { description: "the scrubbed text, and how many findings of each type were replaced", schema: Deidentified },
        400: "invalid body, or a mode this server cannot scrub with",
        413: `body above ${PII_MAX_BODY} bytes`,
        415: "a body not sent as application/json",
        422: "a finding remained after scrubbing: nothing is returned",
      },
    }),
    bodyOnly(DeidentifyBody),
    jsonInput(DeidentifyBody, `{text, mode?: ${REDACT_MODES.join(" | ")}, entities?: [type, ...], minScore?}`, PRESIDIO_NAMES, LIMIT),
    async (c) => {
      const body = c.req.valid("json")
      const refused = unreachable(body)
      if (refused) return refuse(c, 400, "invalid_body", refused)
      let scrubbed: Awaited<ReturnType<Redactor>>
      try {
        scrubbed = await redactorFor(body)(body.text)
      } catch (error) {
        const code = (error as CxedgeError).code
        // An answer says what happened and what to do; the `[cxedge] [pii]` prefix is for a terminal.
        const message = (error as Error).message.replace(/^\[cxedge\] \[[^\]]+\] /, "")
        if (code === "E_USAGE") return c.json({ error: "invalid_body", message }, 400)
        if (code === "E_RESIDUAL_PII") return c.json({ error: "residual_pii", message }, 422)
        throw error
      }
      const { text, findings } = scrubbed
      const replaced: Record<string, number> = {}
      for (const f of findings) replaced[f.type] = (replaced[f.type] ?? 0) + 1
      return c.json({ text, replaced }, 200)
    },
  )
}
