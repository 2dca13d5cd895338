// What a plugin's CLI command gets from the host besides the CommandHost (core/plugin.ts): plugins
// never import the CLI, so the arrows stay `cli -> plugins -> core`.

/** How a command uses the runtime it opens. */
export interface OpenOptions {
  /**
   * The command only reads (tenant discovery, skill activity, a dry run, job
   * lists): it runs against a real tenant without CXEDGE_AUDIT_KEY. Every
   * other command changes data or re-identifies someone, and its audit
   * records must be signed.
   */
  readOnly?: boolean
  /**
   * A dry run: it writes nothing to storage either (no cached token, no
   * learnt rate, no storage directory made). The entry keeps what it would
   * write in memory for the run, over the storage it reads.
   */
  dryRun?: boolean
  /**
   * The command inspects what is stored (an audit log, the job list): a storage directory named that does not exist
   * is refused (a typo'd path would report "nothing yet", exit 0, forever) instead of made.
   */
  existingStorage?: boolean
}

/** What `CommandHost.confirm` shows and refuses with. */
export interface ConfirmRequest {
  /** The plugin or area, for the error: `anonymize`. */
  scope: string
  /** What would happen, completing "refusing to ... without confirmation": `write to a real tenant`. */
  action: string
  /** The plan, one line each: target, window, contacts in scope, fields and transforms. */
  summary: string[]
  /** The user passed --yes. */
  yes?: boolean
}

/**
 * Local files, supplied by the CLI: plugins read and write files through
 * this and never import `fs`, so a Worker bundle holds no node-only module.
 */
export interface FileAccess {
  readText(path: string): Promise<string>
  writeText(path: string, text: string): Promise<void>
  exists(path: string): Promise<boolean>
  /**
   * Optional: writes a file only its owner can read (0600), atomically (a temp file beside it, then a
   * rename), for a file that holds personal data (a subject access export). Without `overwrite` an
   * existing file is refused (ConfigError naming `flag`), even one created while the data was gathered.
   */
  writePrivate?(path: string, text: string, options: { overwrite: boolean; flag?: string }): Promise<void>
  /**
   * Optional: refuses (ConfigError naming `flag`) a path that cannot be written, a directory or a missing parent, before any work;
   * with `appends`, also one `appender` refuses (a pipe, this command's own standard output), before anything reads it.
   */
  checkOutput?(path: string, flag?: string, options?: { appends?: boolean }): void
  /** Optional: whether two spellings name one file (`./a.jsonl`, `a.jsonl`, a link to it). */
  samePath?(a: string, b: string): boolean
  /** Optional: the path as a process in another working directory must name it (a job's file, read by its workers). */
  absolute?(path: string): string
  /**
   * Optional: the file's last line with something on it (at most its last 64 KiB), and whether a line end follows it:
   * a JSON Lines file whose last line is cut (no line end, not JSON) was copied or exported only in part.
   */
  lastLine?(path: string): Promise<{ text: string; ended: boolean } | undefined>
  /** A file's lines, streamed. */
  lines(path: string): AsyncIterable<string>
  /** Optional: a file's raw bytes from `start` up to `end` (exclusive; default the end), streamed: job partitions read their own part of a file. */
  bytes?(path: string, range?: { start?: number; end?: number }): AsyncIterable<Uint8Array>
  /**
   * Appends lines; each `write` resolves once its line reached the OS. Appending to a file a crash
   * left with a half-written last line (no newline after it) first cuts that line off.
   */
  appender(path: string, options: { truncate: boolean }): Promise<{ write(line: string): Promise<void>; close(): Promise<void> }>
}

/** Who runs a job: a process on a host, and whether another pid on this host still lives. */
export interface ProcessOwner {
  pid: number
  host: string
  /**
   * The pid namespace (Linux: `/proc/self/ns/pid`), when there is one: two containers may share a hostname and both
   * run as pid 1, and only this tells them apart. Absent where the platform has none.
   */
  space?: string
  /** False once the pid is gone (a killed runner), so its lease can be taken over at once. */
  alive(pid: number): boolean
}

declare module "citty" {
  interface CommandMeta {
    /**
     * Command lines the CLI prints under EXAMPLES in the command's help (citty has no such field):
     * each starts with `cxedge` and the command's path; text after `  # ` is shown as a comment.
     */
    examples?: string[]
  }
}

/**
 * Every value of a flag given more than once (`--to a --to b`, `--to=a`):
 * citty keeps only the last, so commands that take lists read rawArgs.
 */
export function repeatedFlag(rawArgs: string[], name: string): string[] {
  const values: string[] = []
  const flag = `--${name}`
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!
    if (arg === flag && i + 1 < rawArgs.length) values.push(rawArgs[++i]!)
    else if (arg.startsWith(`${flag}=`)) values.push(arg.slice(flag.length + 1))
  }
  return values
}

/**
 * Strict enough to refuse typos before a call; CXone validates the rest. A domain may be written in its own
 * letters (`пример.рф`) or in punycode (`xn--p1ai`): a person at either was refused as "not an email address".
 */
export const EMAIL = /^[^\s\p{C}@"<>(),;:]+@[\p{L}\p{M}\p{N}-]+(\.[\p{L}\p{M}\p{N}-]+)*\.(?:\p{L}{2,}|xn--[a-z0-9-]{2,})$/iu

/**
 * An invisible character (a zero-width space or joiner, a direction mark, a control) in what a person typed: pasted
 * with an address from a web page or a chat, it made another address, which no contact has (a domain read as a URL's
 * host dropped it, a name before the @ kept it).
 */
export const hasInvisible = (text: string): boolean => /[\p{Cc}\p{Cf}]/u.test(text)

/** A character after an address's domain that no address holds (`#`, `/`, `?`, `:`, `\\`): what a URL's host reading would cut there. */
export const strayAfterDomain = (text: string): string | undefined => /[#/?:\\]/.exec(text.slice(text.lastIndexOf("@") + 1))?.[0]

/**
 * Why an address `EMAIL` refuses was likely copied as it is, for a refusal that never quotes it: a `mailto:` link,
 * a mail client's `Name <address>`, several addresses in one value, an invisible character pasted with it. "" when none of those.
 * @example emailFormHint("mailto:ada@example.com") // " (it is written as a mailto: link: give the address alone, without mailto:)"
 */
export function emailFormHint(raw: string): string {
  const text = raw.trim()
  if (hasInvisible(text)) return " (it holds an invisible character (a zero-width space, a joiner or a direction mark, copied with it): type the address again)"
  if (/^mailto:/i.test(text)) return " (it is written as a mailto: link: give the address alone, without mailto:)"
  if (/^[^<>@,;]*<[^<>\s]+@[^<>\s]+>$/.test(text)) return " (it is written as Name <address>: give the address alone)"
  if ((text.match(/@/g) ?? []).length > 1 && /[,;\s]/.test(text)) return " (it holds several addresses: give one)"
  const stray = strayAfterDomain(text)
  if (text.includes("@") && stray) return ` (a "${stray}" follows the domain, which no address holds: give the address alone, without what was pasted after it)`
  return ""
}
