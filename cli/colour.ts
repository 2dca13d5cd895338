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
 * The process's stdout and stderr as far as colour needs them. Under Bun,
 * the first touch of `process.stdout` builds a Node stream (about 30 ms, most
 * of `cxedge --help`); its tty binding answers without it. Node builds its
 * streams cheaply, and warns about `process.binding` under
 * --pending-deprecation, so it is asked only under Bun.
 */
const processStreams = {
  get stdout(): Stream {
    return { isTTY: isTerminal(1, () => process.stdout) }
  },
  get stderr(): Stream {
    return { isTTY: isTerminal(2, () => process.stderr) }
  },
}

function isTerminal(fd: number, stream: () => Stream): boolean {
  if (!process.versions.bun) return !!stream().isTTY
  try {
    const binding = (process as unknown as { binding(name: string): { isTTY?(fd: number): boolean } }).binding("tty_wrap")
    if (typeof binding.isTTY === "function") return binding.isTTY(fd)
  } catch {}
  return !!stream().isTTY
}

/**
 * Colour rules, in order: `NO_COLOR` set to anything non-empty turns it off
 * (no-color.org); `FORCE_COLOR` turns it on, unless it is `0` or `false`,
 * which turn it off; `TERM=dumb` turns it off; otherwise colour only when both
 * stdout and stderr are terminals.
 */
export function useColour(
  env: Record<string, string | undefined> = process.env,
  streams: { stdout: Stream; stderr: Stream } = processStreams,
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
