import { levelHint, ValidationError, type Env, type Logger } from "../core/index.ts"

const LEVELS = { debug: 0, info: 1, warn: 2, error: 3 } as const

/**
 * CXEDGE_LOG_LEVEL for the servers: a name, checked before anything starts.
 * Unchecked, a typo (`debg`) or the CLI's numeric form compared as undefined
 * and silenced every line, errors included.
 */
export function logLevelOf(env: Env): keyof typeof LEVELS {
  const raw = env.CXEDGE_LOG_LEVEL
  if (raw === undefined || raw === "") return "info"
  if (Object.hasOwn(LEVELS, raw)) return raw as keyof typeof LEVELS
  const numeric = /^\d+$/.test(raw) ? " (numbers are the CLI's form)" : ""
  throw new ValidationError("serve", `CXEDGE_LOG_LEVEL ${JSON.stringify(raw.slice(0, 20))} is not a server log level${numeric || levelHint(raw, Object.keys(LEVELS))}: use debug, info, warn or error`, "CXEDGE_LOG_LEVEL", "E_USAGE")
}

/** One JSON object per line on stderr, for log collectors. Messages never hold secrets or personal data. */
export function jsonLogger(level: keyof typeof LEVELS = "info", write: (line: string) => void = (l) => console.error(l)): Logger {
  const at = (name: keyof typeof LEVELS) => (message: string) => {
    if (LEVELS[name] >= LEVELS[level]) write(JSON.stringify({ ts: new Date().toISOString(), level: name, msg: message }))
  }
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") }
}
