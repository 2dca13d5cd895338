import { createInterface } from "node:readline"
import { ConfigError, MAX_LINE_BYTES, ValidationError, type FileAccess } from "../../core/index.ts"
import { lineTooLong } from "./line-bytes.ts"

// Only the CLI loads this module (plugins/pii/cli.ts, never the Worker), so the process's stdin is there.

const usage = (message: string, flag: string) => new ValidationError("pii", message, flag, "E_USAGE")

/** Refuses waiting on a terminal: with no --file, input must be piped in. */
export function checkStdin(what: string): void {
  if (process.stdin.isTTY) throw usage(`${what} reads standard input, which is a terminal here: pipe the input in, or name a file with --file`, "file")
}

/**
 * The lines of `--file` (checked before anything is read: missing, a
 * directory) or, without it or with `-`, of standard input.
 */
export async function inputLines(files: FileAccess, file: string | undefined, what: string): Promise<AsyncIterable<string>> {
  if (file === undefined || file === "-") {
    checkStdin(what)
    return createInterface({ input: process.stdin, crlfDelay: Infinity })
  }
  if (!file.trim()) throw usage("--file is empty: name a JSONL file, or - for standard input", "file")
  if (!(await files.exists(file))) throw new ConfigError("pii", `cannot read ${file}: it does not exist; check the --file path`)
  return readable(files.lines(file), file)
}

/**
 * A file's lines, a read failure (a directory, no permission) as one line naming the file and the cause. (A host that
 * reads text only: a line over MAX_LINE_BYTES, already read, is still refused by its number, never scanned.)
 */
async function* readable(lines: AsyncIterable<string>, file: string): AsyncGenerator<string> {
  let n = 0
  try {
    for await (const line of lines) {
      n++
      if (line.length * 3 > MAX_LINE_BYTES && Buffer.byteLength(line) > MAX_LINE_BYTES) throw lineTooLong(file, n, false)
      yield line
    }
  } catch (error) {
    if (error instanceof ValidationError) throw error
    const code = (error as { code?: string }).code
    const why = code === "EISDIR" ? "it is a directory; name a JSONL file" : code === "EACCES" ? "permission denied; check the file's permissions" : `${code ?? "read error"}; check the --file path`
    throw new ConfigError("pii", `cannot read ${file}: ${why}`)
  }
}

/** All of standard input as text (for `pii redact` without --field). */
export async function stdinText(what: string): Promise<string> {
  checkStdin(what)
  const decoder = new TextDecoder()
  let text = ""
  for await (const chunk of process.stdin as AsyncIterable<Uint8Array | string>) text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true })
  return text + decoder.decode()
}
