/** The logger core and plugins write to; the CLI backs it with consola, the server with JSON lines. */
export interface Logger {
  debug(message: string, ...args: unknown[]): void
  info(message: string, ...args: unknown[]): void
  warn(message: string, ...args: unknown[]): void
  error(message: string, ...args: unknown[]): void
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} }

/** A logger that keeps every line, for tests that scan output for secrets. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const push = (level: string) => (message: string, ...args: unknown[]) =>
    void lines.push(`${level} ${message} ${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}`)
  return { lines, debug: push("debug"), info: push("info"), warn: push("warn"), error: push("error") }
}
