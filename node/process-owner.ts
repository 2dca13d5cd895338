import { readlinkSync } from "node:fs"
import { hostname } from "node:os"
import type { ProcessOwner } from "../core/index.ts"

/** This process's pid namespace (`pid:[4026531836]`) on Linux; undefined where /proc has none. */
function pidSpace(): string | undefined {
  try {
    return readlinkSync("/proc/self/ns/pid")
  } catch {
    return undefined
  }
}

/** This process, for job leases (the CLI's jobs, a server's queued ones): a pid that is gone (ESRCH) no longer holds one. */
export const processOwner: ProcessOwner = {
  pid: process.pid,
  host: hostname(),
  space: pidSpace(),
  alive(pid: number) {
    try {
      process.kill(pid, 0)
      return true
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== "ESRCH"
    }
  },
}
