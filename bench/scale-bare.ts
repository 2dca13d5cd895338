// The machine's own ceiling for bench/scale.ts, with no cxedge: the same work done by 1 process, then by 2 at once.
import { count, refuse } from "./args.ts"
import Redis from "ioredis"
import { contactLine } from "./pipeline.ts"

/** Seconds for 1 process, for 2 at once (each doing as much), and 2 x one / two. */
export interface Scaling {
  one: number
  two: number
  ratio: number
}

/** The bare child: `contacts` records parsed, changed and serialized, as allocation-heavy as a job's own work, nothing else. */
function bareWork(contacts: number): number {
  const lines = Array.from({ length: 1000 }, (_, i) => contactLine(i))
  let out = 0
  for (let i = 0; i < contacts; i++) {
    const record = JSON.parse(lines[i % 1000]!) as Record<string, unknown>
    record.email = `x${i}@example.org`
    record.firstName = String(record.firstName).toUpperCase()
    out += JSON.stringify(record).length
  }
  return out
}

/**
 * The bare child in a job's shape: the whole input file streamed, each line parsed, changed and
 * serialized, appended to a file of its own a page (500) at a time, and each page's ids written
 * to redis in one SET, as the journal does. No matrix, no journal protocol, no queue.
 */
async function shapedWork(file: string, out: string, url: string): Promise<number> {
  const redis = new Redis(url)
  const sink = Bun.file(out).writer()
  const decoder = new TextDecoder()
  let carry = ""
  let page: string[] = []
  let ids: string[] = []
  let pages = 0
  const flush = async () => {
    sink.write(`${page.join("\n")}\n`)
    await redis.set(`bare:${out}:${pages++}`, JSON.stringify(ids))
    page = []
    ids = []
  }
  for await (const chunk of Bun.file(file).stream()) {
    const lines = (carry + decoder.decode(chunk, { stream: true })).split("\n")
    carry = lines.pop() ?? ""
    for (const line of lines) {
      const record = JSON.parse(line) as Record<string, unknown>
      record.email = `x${page.length}@example.org`
      record.firstName = String(record.firstName).toUpperCase()
      page.push(JSON.stringify(record))
      ids.push(String(record.id))
      if (page.length === 500) await flush()
    }
  }
  if (page.length) await flush()
  await sink.end()
  redis.disconnect()
  return pages
}

/** How this machine scales allocation-heavy work under this runtime with no cxedge: 1 process, then 2 at once. */
export async function bareScaling(args: (i: number) => string[]): Promise<Scaling> {
  const run = async (n: number) => {
    const started = performance.now()
    const procs = Array.from({ length: n }, (_, i) => Bun.spawn([process.execPath, import.meta.path, ...args(i)], { stdout: "ignore", stderr: "inherit" }))
    await Promise.all(procs.map((p) => p.exited))
    return (performance.now() - started) / 1000
  }
  const one = await run(1)
  const two = await run(2)
  return { one, two, ratio: (2 * one) / two }
}

if (import.meta.main) {
  // Started by bench/scale.ts; by hand, a word it does not take printed nothing and exited 0.
  const usage = "bun bench/scale-bare.ts --bare N | --shaped FILE OUT REDIS_URL"
  const [how, ...rest] = process.argv.slice(2)
  if (how === "--bare" && rest.length === 1) console.log(bareWork(count("N", rest[0], 0, 1, 100_000_000, usage)))
  else if (how === "--shaped" && rest.length === 3) console.log(await shapedWork(rest[0]!, rest[1]!, rest[2]!))
  else refuse(how === "--bare" || how === "--shaped" ? `${how} takes ${how === "--bare" ? "N" : "FILE OUT REDIS_URL"}` : `no mode ${how === undefined ? "given" : `"${how.slice(0, 20)}"`}`, usage)
}
