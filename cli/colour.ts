/**
 * Whether the CLI writes ANSI colour, decided once from the environment and
 * the two output streams. citty and consola each decide for themselves at
 * import time, from stdout alone and with their own reading of the variables,
 * so `cxedge ... 2> log` or `| less` could still get escape codes; the CLI
 * renders usage itself and picks consola's reporter from this instead.
 */

interface Stream {
  isTTY?: boolean
}

/**
 * Colour rules, in order: `NO_COLOR` set to anything non-empty turns it off
 * (no-color.org); `FORCE_COLOR` turns it on, unless it is `0` or `false`,
 * which turn it off; `TERM=dumb` turns it off; otherwise colour only when both
 * stdout and stderr are terminals.
 */
export function useColour(
  env: Record<string, string | undefined> = process.env,
  streams: { stdout: Stream; stderr: Stream } = process,
): boolean {
  if (env.NO_COLOR) return false
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false"
  if (env.TERM === "dumb") return false
  return !!streams.stdout.isTTY && !!streams.stderr.isTTY
}

/** The few styles the help uses; each is the identity when colour is off. */
export interface Paint {
  bold(text: string): string
  cyan(text: string): string
  gray(text: string): string
  underline(text: string): string
}

export function paint(colour: boolean): Paint {
  const style = (open: number, close: number) => (text: string) => (colour ? `\x1b[${open}m${text}\x1b[${close}m` : text)
  return { bold: style(1, 22), cyan: style(36, 39), gray: style(90, 39), underline: style(4, 24) }
}

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g

/** Removes ANSI escape sequences (citty colours parts of its own error messages). */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "")
}
