import * as v from "valibot"
import { bearerTokensValue, ConfigError, didYouMean, intFlag, otherWordHint, TARGET_WORDS, jsonSyntaxProblem, listValue, namesFile, splitList, type EnvVar } from "../../core/index.ts"
import { parseIpRanges } from "./ip-range.ts"

/**
 * The contact-ended callout's matrix from CXEDGE_CALLOUT_MATRIX: a shipped
 * name or inline JSON. A malformed value does not stop the runtime: it is
 * carried as `problem`, and only the callout route refuses to work.
 */
export function calloutMatrix(raw: string): Record<string, unknown> {
  const from = { matrixFrom: "CXEDGE_CALLOUT_MATRIX" }
  const text = raw.trim()
  if (/^[[{"]/.test(text)) {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      return { ...from, problem: `CXEDGE_CALLOUT_MATRIX is not valid JSON (${jsonSyntaxProblem(error)}): set a shipped matrix name (gdpr, pci, analytics) or a matrix object` }
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      return { ...from, problem: "CXEDGE_CALLOUT_MATRIX is JSON but not a matrix object: set a shipped matrix name (gdpr, pci, analytics) or a matrix object" }
    }
    return { ...from, matrix: json }
  }
  if (namesFile(text)) return { ...from, problem: "CXEDGE_CALLOUT_MATRIX names a file that cannot be read here: check the path, or set a shipped matrix name or inline JSON" }
  return { ...from, matrix: text }
}

/** Source-address ranges from a config file, checked like the variable. */
function allowIpsFromFile(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.length || !value.every((e) => typeof e === "string")) {
    throw new ConfigError("config", `${where} must be a non-empty list of addresses or CIDR ranges (strings): fix the file, or remove the key to accept any source`)
  }
  parseIpRanges(value, where)
  return value
}

const allowIps = v.pipe(
  v.string(),
  v.transform((raw) => {
    const entries = splitList(raw, "CXEDGE_CALLOUT_ALLOW_IPS")
    // An empty list could mean "nobody" or "anybody": neither is guessed.
    if (!entries.length) throw new ConfigError("config", "CXEDGE_CALLOUT_ALLOW_IPS holds no address: list addresses or CIDR ranges, or unset it to accept any source")
    parseIpRanges(entries, "CXEDGE_CALLOUT_ALLOW_IPS")
    return entries
  }),
)

/** The variables of the Studio "contact ended" callout (POST /webhooks/cxone/contact-ended). */
export const anonymizeEnv: EnvVar[] = [
  { name: "CXEDGE_CALLOUT_MATRIX", description: "the callout's matrix: a shipped name (gdpr, pci, analytics), inline JSON, or a file (CLI and Bun/Node servers)", setting: "contactEnded", spread: true, mayNameFile: true, schema: v.pipe(v.string(), v.transform(calloutMatrix)) },
  { name: "CXEDGE_CALLOUT_TARGET", description: "patch or erasure (default: the matrix's target)", setting: "contactEnded.target", schema: v.picklist(["patch", "erasure"], (issue) => `must be patch or erasure${typeof issue.input === "string" ? `, not ${JSON.stringify(issue.input.slice(0, 20))}${otherWordHint(issue.input, TARGET_WORDS) || didYouMean(issue.input, ["patch", "erasure"])}` : ""}`) },
  { name: "CXEDGE_CALLOUT_SECRETS", description: "whsec_ secrets a signing proxy signs the callout with, comma-separated", secret: true, setting: "contactEnded.secrets", schema: listValue("CXEDGE_CALLOUT_SECRETS") },
  { name: "CXEDGE_CALLOUT_TOKENS", description: "bearer tokens a Studio script sends (32+ characters), comma-separated", secret: true, setting: "contactEnded.tokens", excludes: "CXEDGE_CALLOUT_TOKEN", schema: bearerTokensValue("CXEDGE_CALLOUT_TOKENS", true) },
  { name: "CXEDGE_CALLOUT_TOKEN", description: "one bearer token (prefer CXEDGE_CALLOUT_TOKENS, which can rotate)", secret: true, setting: "contactEnded.tokens", schema: bearerTokensValue("CXEDGE_CALLOUT_TOKEN", false) },
  { name: "CXEDGE_CALLOUT_ALLOW_IPS", description: "addresses or CIDR ranges the callout is accepted from, comma-separated (unset: any)", setting: "contactEnded.allowIps", schema: allowIps, fromFile: allowIpsFromFile },
  { name: "CXEDGE_TRUST_PROXY", description: "proxies in front that append to X-Forwarded-For, 0 to 10 (default 0: the peer address)", setting: "contactEnded.trustProxy", schema: v.pipe(v.string(), v.transform((raw) => intFlag("CXEDGE_TRUST_PROXY", raw, { min: 0, max: 10 }))) },
]
