import { accessSync, constants, createReadStream, statSync } from "node:fs"
import { createInterface } from "node:readline"
import { ConfigError, ValidationError } from "../../core/index.ts"

// Only the CLI loads this module (plugins/pii/cli.ts, never the Worker), so node's files and the
// process's stdin are there; `pii scan --file` reads without opening a runtime, so it starts fast.

const usage = (message: string, flag: string) => new ValidationError("pii", message, flag, "E_USAGE")

/** Refuses waiting on a terminal: with no --file, input must be piped in. */
export function checkStdin(what: string): void {
  if (process.stdin.isTTY) throw usage(`${what} reads standard input, which is a terminal here: pipe the input in, or name a file with --file`, "file")
}

/**
 * The lines of `--file` (checked before anything is read: missing, a
 * directory) or, without it or with `-`, of standard input.
 */
export function inputLines(file: string | undefined, what: string): AsyncIterable<string> {
  if (file === undefined || file === "-") {
    checkStdin(what)
    return createInterface({ input: process.stdin, crlfDelay: Infinity })
  }
  if (!file.trim()) throw usage("--file is empty: name a JSONL file, or - for standard input", "file")
  const stat = statSync(file, { throwIfNoEntry: false })
  if (!stat) throw new ConfigError("pii", `cannot read ${file}: it does not exist; check the --file path`)
  if (stat.isDirectory()) throw new ConfigError("pii", `cannot read ${file}: it is a directory; name a JSONL file`)
  try {
    accessSync(file, constants.R_OK)
  } catch {
    throw new ConfigError("pii", `cannot read ${file}: permission denied; check the file's permissions`)
  }
  const stream = createReadStream(file, "utf8")
  return createInterface({ input: stream, crlfDelay: Infinity })
}

/** All of standard input as text (for `pii redact` without --field). */
export async function stdinText(what: string): Promise<string> {
  checkStdin(what)
  const decoder = new TextDecoder()
  let text = ""
  for await (const chunk of process.stdin as AsyncIterable<Uint8Array | string>) text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true })
  return text + decoder.decode()
}
