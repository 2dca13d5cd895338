import { mkdir, rename, unlink, writeFile } from "node:fs/promises"
import { dirname, join, resolve } from "node:path"
import type { Driver } from "unstorage"
import fsDriver from "unstorage/drivers/fs"

const TMP = ".cxedge-tmp"
let sequence = 0

/**
 * unstorage's fs driver, with what the journal, tokens and outbox need on a
 * shared machine: every file is written 0600 and every directory 0700
 * (owner only), and a write goes to a temporary file that is renamed into
 * place, so a crash never leaves a half-written value and a file written
 * 0644 by an older version is replaced with a 0600 one.
 */
export function privateFsDriver(options: { base: string }): Driver {
  const inner = fsDriver({ base: options.base })
  const base = resolve(options.base)
  // The same key-to-path rule as the fs driver (`a:b` -> `a/b`), which also refuses `..` segments.
  const pathOf = (key: string) => {
    if (/\.\.:|\.\.$/.test(key)) throw new Error(`invalid storage key: it should not contain .. segments`)
    return join(base, key.replace(/:/g, "/"))
  }
  async function write(key: string, value: string | Uint8Array) {
    const path = pathOf(key)
    await mkdir(dirname(path), { recursive: true, mode: 0o700 })
    const tmp = `${path}.${process.pid}.${++sequence}${TMP}`
    try {
      await writeFile(tmp, value, { mode: 0o600 })
      await rename(tmp, path)
    } catch (error) {
      await unlink(tmp).catch(() => {})
      throw error
    }
  }
  return {
    ...inner,
    name: "fs-private",
    setItem: (key, value) => write(key, value),
    setItemRaw: (key, value) => write(key, value),
    async getKeys(b, opts) {
      return (await inner.getKeys(b, opts)).filter((k) => !k.endsWith(TMP))
    },
  }
}
