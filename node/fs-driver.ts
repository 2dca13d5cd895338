import { existsSync, mkdirSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from "node:fs"
import { readdir } from "node:fs/promises"
import { dirname, join, relative, resolve, sep } from "node:path"
import type { Driver } from "unstorage"
import fsDriver from "unstorage/drivers/fs"

const TMP = ".cxedge-tmp"
let sequence = 0

/** A directory written into meanwhile is not empty, and is kept. */
function removedIfEmpty(dir: string): boolean {
  try {
    rmdirSync(dir)
    return true
  } catch {
    return false
  }
}

/**
 * unstorage's fs driver, with what the journal, tokens and outbox need on a
 * shared machine: every file is written 0600 and every directory 0700
 * (owner only), and a write goes to a temporary file that is renamed into
 * place, so a crash never leaves a half-written value and a file written
 * 0644 by an older version is replaced with a 0600 one.
 *
 * A job writes its journal twice per page, so a write costs only what
 * atomicity needs (a temporary file and a rename): a directory is made once,
 * not before every write, and made again if something removed it since.
 * The write and the rename are synchronous calls: each value is a few
 * kilobytes, written in tens of microseconds, while an asynchronous call
 * wakes a thread of the runtime's pool that spins before it sleeps again,
 * which cost some 0.5-1 ms of CPU per write at 200 requests/s.
 */
export function privateFsDriver(options: { base: string }): Driver {
  const inner = fsDriver({ base: options.base })
  const base = resolve(options.base)
  const made = new Set<string>()
  // The same key-to-path rule as the fs driver (`a:b` -> `a/b`), which also refuses `..` segments.
  const pathOf = (key: string) => {
    if (/\.\.:|\.\.$/.test(key)) throw new Error(`invalid storage key: it should not contain .. segments`)
    return join(base, key.replace(/:/g, "/"))
  }
  function ensureDir(dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    made.add(dir)
  }
  async function write(key: string, value: string | Uint8Array) {
    const path = pathOf(key)
    const dir = dirname(path)
    if (!made.has(dir)) ensureDir(dir)
    const tmp = `${path}.${process.pid}.${++sequence}${TMP}`
    try {
      try {
        writeFileSync(tmp, value, { mode: 0o600 })
      } catch (error) {
        // The directory was removed since it was made (a clear, or by hand): make it again, once.
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error
        ensureDir(dir)
        writeFileSync(tmp, value, { mode: 0o600 })
      }
      renameSync(tmp, path)
    } catch (error) {
      try {
        unlinkSync(tmp)
      } catch {}
      throw error
    }
  }
  // A key's directories go with its last key: the audit's skip marks (`audited:<once>:<sink>`) left one empty for good per action.
  async function remove(key: string) {
    await inner.removeItem!(key, {})
    for (let dir = dirname(pathOf(key)); dir.startsWith(base + sep) && removedIfEmpty(dir); dir = dirname(dir)) made.delete(dir)
  }
  // A missing key is the common case (a contact not yet in the journal): a stat answers it without a rejected read.
  const absent = (key: string) => !existsSync(pathOf(key))
  return {
    ...inner,
    name: "fs-private",
    getItem: (key, opts) => (absent(key) ? null : inner.getItem(key, opts)),
    getItemRaw: (key, opts) => (absent(key) ? null : inner.getItemRaw!(key, opts)),
    setItem: (key, value) => write(key, value),
    setItemRaw: (key, value) => write(key, value),
    removeItem: (key) => remove(key),
    async clear(b, opts) {
      made.clear()
      return inner.clear?.(b, opts)
    },
    async getKeys(b, opts) {
      const prefix = (b ?? "").replace(/:+$/, "")
      if (!prefix || opts?.maxDepth !== undefined) return (await inner.getKeys(b, opts)).filter((k) => !k.endsWith(TMP))
      // unstorage's fs driver walks the whole tree whatever the base: a listing under a prefix (a
      // checkpoint's registry, the outbox's items) walks only that prefix's directory.
      let entries
      try {
        entries = await readdir(pathOf(prefix), { recursive: true, withFileTypes: true })
      } catch (error) {
        if (["ENOENT", "ENOTDIR"].includes((error as NodeJS.ErrnoException).code ?? "")) return []
        throw error
      }
      return entries
        .filter((e) => e.isFile() && !e.name.endsWith(TMP))
        .map((e) => relative(base, join(e.parentPath ?? (e as { path?: string }).path, e.name)).split(sep))
        .filter((parts) => !parts.includes("node_modules") && !parts.includes(".git"))
        .map((parts) => parts.join(":"))
    },
  }
}
