import { constants, existsSync, statSync } from "node:fs"
import { access, readdir, rm, stat } from "node:fs/promises"
import { dirname, resolve } from "node:path"
import type Redis from "ioredis"
import { ConfigError, CxedgeError, redactUrl, ValidationError, type Logger } from "../core/index.ts"

/** How long opening redis may take before the command gives up. */
export const REDIS_OPEN_TIMEOUT_MS = 3500

/**
 * ioredis options for a store that must fail fast: no connection until
 * asked, a short connect timeout, a command fails after one retry instead of
 * waiting in the offline queue, and a few reconnect attempts, not infinitely many.
 */
export const REDIS_OPTIONS = {
  lazyConnect: true,
  connectTimeout: 2500,
  maxRetriesPerRequest: 1,
  retryStrategy: (times: number) => (times > 5 ? null : Math.min(times * 200, 2000)),
  // How long a closed connection may wait for the peer's close before it is destroyed: under Bun a refused socket
  // never reports one, and ioredis's 2 s default kept the process up that long after the error was printed.
  disconnectTimeout: 200,
}

/**
 * The fs storage directory, checked before a job writes anything: a path
 * that is a file (or under one), or that cannot be created, is a
 * configuration error naming where the path came from. A missing directory
 * is not made here: the driver makes it at the first write, so a command
 * refused later (a bad setting, an unknown id) leaves no empty directory behind.
 */
export async function checkStorageDir(dir: string, from: string): Promise<void> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? undefined : error))
  if (info instanceof Error) throw new ConfigError("storage", `${from} (${dir}) cannot be used (${(info as NodeJS.ErrnoException).code}): point it at a directory you can write`)
  if (info && !info.isDirectory()) throw new ConfigError("storage", `${from} (${dir}) is a file, not a directory: point it at a directory, or move the file`)
  if (info) return
  madeThisRun.add(resolve(dir))
  // The nearest part of the path that exists must be a directory this process may write in.
  let parent = dirname(resolve(dir))
  let found = await stat(parent).catch(() => undefined)
  while (!found && dirname(parent) !== parent) {
    parent = dirname(parent)
    found = await stat(parent).catch(() => undefined)
  }
  const why = found && !found.isDirectory() ? "a part of the path is a file" : await access(parent, constants.W_OK).then(() => undefined, (error: NodeJS.ErrnoException) => error.code ?? "unknown error")
  if (why) throw new ConfigError("storage", `${from} (${dir}) cannot be created (${why}): point it at a directory you can write`)
}

/**
 * A storage directory named (on the command line or in a config file) that does not exist: the name is wrong (or this
 * is another working directory). A command that inspects stored state would give a false all-clear, and a server
 * would start on an empty store and miss the jobs, holds and outbox kept where it was meant to look. The default
 * `.cxedge` may be missing: nothing was stored here yet. `todo` is what the refusal tells the user to do.
 */
export function refuseMissingStorageDir(storage: { driver: string; dir: string; dirFrom?: string }, todo = "nothing is stored there to read; check the path (commands that store, such as anonymize or erase, create it)"): void {
  // CXEDGE_STORAGE_DIR is set by a deployment before anything is stored there (a new volume): a missing directory it
  // names reads as empty. A directory typed on the command line or written in a config file is refused when missing.
  if (storage.driver !== "fs" || !storage.dirFrom || storage.dirFrom === "the default storage directory" || storage.dirFrom === "CXEDGE_STORAGE_DIR" || existsSync(storage.dir)) return
  // A path under a file (`notes.txt/sub`) is the storage check's to explain: it cannot be made, not merely missing.
  let above = dirname(resolve(storage.dir))
  while (!existsSync(above) && dirname(above) !== above) above = dirname(above)
  if (!statSync(above).isDirectory()) return
  throw new ValidationError("storage", `${storage.dirFrom} names ${storage.dir}, which does not exist: ${todo}`, "storage-dir", "E_USAGE")
}

/**
 * Connects and PINGs once, within REDIS_OPEN_TIMEOUT_MS, so an unreachable
 * redis is one line naming the URL (password hidden) instead of a hang. The
 * error listener keeps ioredis from printing "Unhandled error event".
 */
export async function connectRedis(client: Redis, url: string, from: string, log: Logger): Promise<Redis> {
  let last: string | undefined
  client.on("error", (error: NodeJS.ErrnoException) => {
    const why = error?.code ?? error?.message ?? "error"
    if (why !== last) log.debug(`redis: ${why}`)
    last = why
  })
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })), REDIS_OPEN_TIMEOUT_MS)
  })
  try {
    await Promise.race([client.connect().then(() => client.ping()), deadline])
    // ioredis selects the URL's database when it connects and, when the server has no such database, goes on in
    // database 0 with an error event only: another job's journal and queue were read and written (/99, ?db=16).
    const db = Number(client.options.db ?? 0)
    if (db) await client.select(db).catch((error: Error) => {
      throw new ConfigError("storage", `redis at ${redactUrl(url)} has no database ${db} (${error.message.split("\n")[0]!.slice(0, 60)}): a redis server numbers its databases from 0 (16 by default, 0 to 15); fix the number in ${from}`)
    })
    // Reached once, it is reconnected to for as long as the process lives: giving up after five tries (3 s) left a
    // `cxedge worker` or server that outlived a redis restart failing every task with "Connection is closed" for
    // good. A command still fails fast while redis is away (one retry per call).
    client.options.retryStrategy = (times: number) => Math.min(times * 200, 2000)
    return client
  } catch (error) {
    // No reconnect timer may outlive the refusal: it would keep the process up after the message.
    client.options.retryStrategy = () => null
    client.disconnect()
    if (error instanceof ConfigError) throw error
    const e = error as NodeJS.ErrnoException
    const why = e?.code ?? (/^Protocol error/.test(last ?? e?.message ?? "") ? "the server there does not speak redis" : last ?? e?.message?.split("\n")[0]?.slice(0, 80) ?? "error")
    throw new CxedgeError("E_STORAGE", "storage", `cannot reach redis at ${redactUrl(url)} (${why}): start redis or fix ${from}`, { cause: error })
  } finally {
    clearTimeout(timer)
  }
}

// fs storage directories that did not exist when this process checked them: the driver makes them at the first write.
const madeThisRun = new Set<string>()
// What a command refused after asking the tenant leaves: the cached tokens and the tenant's rate limits, no state of its own.
const CACHES = new Set(["tokens", "limits"])

/**
 * Removes each fs storage directory this process caused to exist when it holds only caches (tokens, limits): a
 * command refused after asking the tenant (hold add --contact of no contact) left a `.cxedge` behind that the user
 * never asked for. A directory that existed before, or that holds anything else, is left as it is.
 */
export async function removeCacheOnlyDirs(): Promise<void> {
  for (const dir of madeThisRun) {
    const entries = await readdir(dir).catch(() => undefined)
    if (entries && entries.every((name) => CACHES.has(name))) await rm(dir, { recursive: true, force: true })
  }
}
