// The audit-file sink of a test's directory made to fail and mended: its day files (today's and tomorrow's, so a run
// across midnight still fails) turned into directories (EISDIR), the day's records put aside meanwhile and put back.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs"
import { join } from "node:path"

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
const dayFiles = (dir: string) => [0, 1].map((d) => join(dir, "alog", `audit-${day(d)}.jsonl`))

export const failFileSink = (dir: string) =>
  dayFiles(dir).forEach((p) => {
    if (existsSync(p)) renameSync(p, `${p}.aside`)
    mkdirSync(p, { recursive: true })
  })

export const mendFileSink = (dir: string) =>
  dayFiles(dir).forEach((p) => {
    rmSync(p, { recursive: true, force: true })
    if (existsSync(`${p}.aside`)) renameSync(`${p}.aside`, p)
  })

/** Every record in the sink's day files (`<dir>/alog`), read as they are. */
export const fileSinkRecords = <T = { action: string }>(dir: string): T[] =>
  readdirSync(join(dir, "alog")).filter((f) => /^audit-.*\.jsonl$/.test(f)).flatMap((f) => readFileSync(join(dir, "alog", f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as T))
