import { randomBytes } from "node:crypto"
import { chmodSync, fsyncSync, linkSync, openSync, closeSync, renameSync, unlinkSync, writeSync } from "node:fs"
import { basename, dirname, join, resolve } from "node:path"
import { ConfigError } from "../core/index.ts"

/**
 * Writes a file that holds personal data: 0600 from its first byte, written
 * and fsynced under a temp name in the same directory, then put in place at
 * once. Without `overwrite` it is linked into place, which fails when a file
 * of that name exists (also one created meanwhile), so nothing is replaced.
 */
export function writePrivateFile(path: string, text: string, options: { overwrite: boolean; flag?: string }): void {
  const target = resolve(path)
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`)
  const fd = openSync(temp, "wx", 0o600)
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  // A umask never widens 0600, but a directory's default ACL could: set it again.
  chmodSync(temp, 0o600)
  try {
    if (options.overwrite) renameSync(temp, target)
    else {
      linkSync(temp, target)
      unlinkSync(temp)
    }
  } catch (error) {
    try {
      unlinkSync(temp)
    } catch {}
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new ConfigError("files", `${path} exists: choose another ${options.flag ?? "--out"}, or pass --force to replace it`)
    throw error
  }
}
