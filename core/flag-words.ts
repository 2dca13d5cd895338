import { ValidationError } from "./errors.ts"

// The words every flag check refuses with (flags.ts, host-flag.ts).

/** How a flag or variable is written on the command line: an environment variable as it is spelled (`CXEDGE_RPS`), a flag with its dashes (`-n`, `--rps`). */
export const labelOf = (name: string) => (/^[A-Z][A-Z0-9_]*$/.test(name) ? name : name.length === 1 ? `-${name}` : `--${name}`)
/** A usage error naming the flag. */
export const usage = (message: string, flag: string) => new ValidationError("flags", message, flag, "E_USAGE")
/** A value as typed, quoted. */
export const shown = (raw: string) => JSON.stringify(raw)
/** Where a value's white space is, for a refusal: `before`, `after` or `around` it. */
export const spaceSide = (raw: string) => (raw.trimStart() === raw ? "after" : raw.trimEnd() === raw ? "before" : "around")
