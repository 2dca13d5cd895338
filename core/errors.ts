/**
 * One error family for the whole toolkit. Every error carries a stable `code`
 * and a message of the form `[cxedge] [scope] what happened: what to do`.
 * Messages never hold secrets, tokens or personal data: callers pass only
 * ids, field names, statuses and operation ids.
 */
/** The codes of a mistake in what was given (a flag, a value, the configuration), refused before any call: exit 2, or 400. */
export const USAGE_CODES: ReadonlySet<string> = new Set(["E_CONFIG", "E_USAGE", "E_VALIDATION"])

export class CxedgeError extends Error {
  /**
   * The class's name as data. A plugin installed with its own copy of the
   * package (or the CLI running from a compiled binary) throws errors of
   * another copy's classes; `instanceof` compares these kinds along the
   * prototype chain, so `error instanceof ValidationError` still holds.
   */
  static readonly kind: string = "CxedgeError"
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true
    const kind = (this as { kind?: unknown }).kind
    for (let p = value == null ? null : Object.getPrototypeOf(value); p; p = Object.getPrototypeOf(p)) {
      if (Object.hasOwn(p.constructor ?? {}, "kind") && p.constructor.kind === kind) return true
    }
    return false
  }
  override name = "CxedgeError"
  readonly code: string
  readonly scope: string
  constructor(code: string, scope: string, message: string, options?: { cause?: unknown }) {
    super(`[cxedge] [${scope}] ${message}`, options)
    this.code = code
    this.scope = scope
  }
}

/** Configuration that cannot be used: names the key path. */
export class ConfigError extends CxedgeError {
  static override readonly kind: string = "ConfigError"
  override name = "ConfigError"
  constructor(scope: string, message: string, options?: { cause?: unknown }) {
    super("E_CONFIG", scope, message, options)
  }
}

/** Input or a response that does not match its schema. */
export class ValidationError extends CxedgeError {
  static override readonly kind: string = "ValidationError"
  override name = "ValidationError"
  readonly path: string | undefined
  constructor(scope: string, message: string, path?: string, code = "E_VALIDATION") {
    super(code, scope, message)
    this.path = path
  }
}

interface HttpErrorInit {
  operation: string
  status?: number
  message: string
  cause?: unknown
  retryAfterMs?: number
}

/** A CXone call failed. `operation` is the operation id, never a URL with secrets. */
export class CxoneHttpError extends CxedgeError {
  static override readonly kind: string = "CxoneHttpError"
  override name = "CxoneHttpError"
  readonly operation: string
  readonly status: number | undefined
  constructor(init: HttpErrorInit, code = "E_HTTP") {
    super(code, "cxone", init.message, { cause: init.cause })
    this.operation = init.operation
    this.status = init.status
  }
}

export class CxoneAuthError extends CxoneHttpError {
  static override readonly kind: string = "CxoneAuthError"
  override name = "CxoneAuthError"
  constructor(init: HttpErrorInit) {
    super(init, "E_AUTH")
  }
}

export class CxonePermissionError extends CxoneHttpError {
  static override readonly kind: string = "CxonePermissionError"
  override name = "CxonePermissionError"
  constructor(init: HttpErrorInit) {
    super(init, "E_PERMISSION")
  }
}

export class CxoneRateLimitError extends CxoneHttpError {
  static override readonly kind: string = "CxoneRateLimitError"
  override name = "CxoneRateLimitError"
  readonly retryAfterMs: number | undefined
  constructor(init: HttpErrorInit) {
    super(init, "E_RATE_LIMIT")
    this.retryAfterMs = init.retryAfterMs
  }
}

export class CxoneNetworkError extends CxoneHttpError {
  static override readonly kind: string = "CxoneNetworkError"
  override name = "CxoneNetworkError"
  constructor(init: HttpErrorInit) {
    super(init, "E_NETWORK")
  }
}

export class CircuitOpenError extends CxoneHttpError {
  static override readonly kind: string = "CircuitOpenError"
  override name = "CircuitOpenError"
  constructor(init: HttpErrorInit) {
    super(init, "E_CIRCUIT_OPEN")
  }
}

/**
 * A queued task's handler refusing it in a way that running it again in this process cannot mend: the process
 * lacks a plugin the task needs, or holds other keys or another tenant than the process that queued it. The
 * queue fails the task at once instead of after its retries (a retry would be refused the same way).
 */
export class TaskRefusedError extends CxedgeError {
  static override readonly kind: string = "TaskRefusedError"
  override name = "TaskRefusedError"
  constructor(scope: string, message: string) {
    super("E_CONFIG", scope, message)
  }
}

/** The user cancelled a prompt (Ctrl-C, or Ctrl-D at its end): nothing was done, exit 130 as for an interrupt. */
export class CancelledError extends CxedgeError {
  static override readonly kind: string = "CancelledError"
  override name = "CancelledError"
  readonly exitCode = 130
  constructor(scope: string, message: string) {
    super("E_CANCELLED", scope, message)
  }
}

/**
 * What kind of error a third party's code threw, never its message (which may quote the record or the text it was
 * given): its class's name when that is a plain word (`RangeError`), else its type (`string`).
 */
export const errorKind = (error: unknown): string => (error instanceof Error && /^[A-Za-z]{1,40}$/.test(error.name) ? error.name : typeof error)

/** `errorKind` and the error's system code (ECONNRESET, EACCES) when it has one: still never its message. */
export const errorKindAndCode = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === "string" && /^E[A-Z0-9_]{1,30}$/.test(code) ? `${errorKind(error)} ${code}` : errorKind(error)
}

/** Error codes of a write that found no room: full disk, file size limit, quota, read-only file system. */
const NO_ROOM = new Set(["ENOSPC", "EFBIG", "EDQUOT", "EROFS"])

/** Whether an error code says a write found no room (every later write would too): a full disk, a limit, read-only. */
export const isNoRoom = (code: unknown): boolean => typeof code === "string" && NO_ROOM.has(code)

/** A one-line, stack-free description suitable for a terminal or a JSON error body. */
export function describeError(error: unknown): string {
  if (error instanceof CxedgeError) return error.message
  const code = (error as { code?: unknown } | null)?.code
  // A storage driver's own write error (unstorage's fs driver on a full disk): what it means, not "unexpected".
  if (isNoRoom(code)) {
    return `[cxedge] storage could not be written (${code}): its disk is full, a size limit or quota was reached, or it is read-only; make room, then run again (a job: resume it)`
  }
  // ioredis's words for a redis that went away (a plugin's store, an outbox, a lease): what happened and what to do.
  if (error instanceof Error && REDIS_GONE.test(`${error.name}: ${error.message}`)) {
    return "[cxedge] lost the connection to redis (the storage): once redis answers again, run the command again (a job: resume it; nothing done is lost or done twice)"
  }
  if (error instanceof Error) return `[cxedge] unexpected error: ${error.message}`
  return `[cxedge] unexpected error: ${String(error)}`
}
const REDIS_GONE = /^MaxRetriesPerRequestError:|Reached the max retries per request limit|^Error: Connection is closed\.?$|Stream isn't writeable and enableOfflineQueue options is false/

/**
 * Why a file could not be read, in words, from the error's code: a directory, a missing file and a
 * file this process may not read are told apart ("cannot read d: check the path" sent users looking
 * for a typo in a directory's name). Undefined for any other failure.
 */
export function unreadableWhy(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  if (code === "EISDIR") return "it is a directory, not a file"
  if (code === "ENOENT" || code === "ENOTDIR") return "no such file"
  if (code === "EACCES" || code === "EPERM") return "permission denied"
  return undefined
}
