import type { Logger } from "../core/index.ts"

const LEVELS = { debug: 0, info: 1, warn: 2, error: 3 } as const

/** One JSON object per line on stderr, for log collectors. Messages never hold secrets or personal data. */
export function jsonLogger(level: keyof typeof LEVELS = "info", write: (line: string) => void = (l) => console.error(l)): Logger {
  const at = (name: keyof typeof LEVELS) => (message: string) => {
    if (LEVELS[name] >= LEVELS[level]) write(JSON.stringify({ ts: new Date().toISOString(), level: name, msg: message }))
  }
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") }
}
