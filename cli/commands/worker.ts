import { defineCommand } from "citty"
import { CxedgeError, intFlag } from "../../core/index.ts"
import { handlePartitions } from "../../plugins/anonymize/partitions.ts"
import { commonArgs, createHost } from "../host.ts"

/**
 * Under Bun, a worker restarts itself once, in place (execve: the same pid,
 * so a supervisor or `kill` still reaches it), with its allocator told to
 * keep the pages it frees for reuse instead of returning them to the system
 * 10 ms later and faulting them back in (mimalloc's MIMALLOC_PURGE_DELAY=-1).
 * A partition frees and reallocates its whole working set every page: handing
 * it back cost a worker about a fifth of its CPU, on threads beside the
 * job's, which is what a second worker on the same cores runs short of (see
 * BENCHMARKS.md, "Scale-out on BullMQ"). Its resident size then stays at its
 * peak. A value set by the user is kept as it is; Node has no such allocator.
 */
function keepFreedPages(): void {
  const env = process.env
  const execve = (process as { execve?(file: string, args: string[], env: Record<string, string | undefined>): never }).execve
  if (!process.versions.bun || env.MIMALLOC_PURGE_DELAY !== undefined || typeof execve !== "function") return
  execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], { ...env, MIMALLOC_PURGE_DELAY: "-1" })
}

/**
 * `cxedge worker`: runs queued work from redis (BullMQ) until stopped: the
 * partitions of jobs split with `cxedge anonymize --workers redis`, and the
 * tasks the servers queue (callouts, erasure requests). Any number of
 * them, on any machines that share the redis (and, for a JSON Lines job,
 * the file at the same path). Ctrl-C stops it: a partition in progress is
 * stopped and run again, by this worker's successor or another.
 */
export default defineCommand({
  meta: {
    name: "worker",
    description: "Run queued work on redis (BullMQ): anonymize --workers redis partitions, callouts, erasure requests; until Ctrl-C",
    examples: [
      "cxedge worker  # with CXEDGE_STORAGE=redis and CXEDGE_REDIS_URL set; one per core, on as many machines as you like",
      "cxedge worker --concurrency 4  # four tasks of one kind at once (partitions are CPU-bound: keep 1 and start more workers)",
    ],
  },
  args: { ...commonArgs, concurrency: { type: "string", description: "tasks of one kind run at once in this process, 1 to 64 (default 1)" } },
  async run({ args }) {
    const concurrency = intFlag("concurrency", args.concurrency, { min: 1, max: 64 }) ?? 1
    keepFreedPages()
    const host = createHost()
    try {
      await host.withRuntime(args, async (opened) => {
        const { rt } = opened
        if (rt.tasks.engine !== "bullmq" || !rt.tasks.work) {
          throw new CxedgeError("E_USAGE", "worker", "cxedge worker runs work queued on redis: set CXEDGE_STORAGE=redis and CXEDGE_REDIS_URL, the same as the command or server that queues it")
        }
        // The CLI has the files a JSON Lines partition reads and writes, and a pid for its lease.
        handlePartitions(rt, { files: opened.files, owner: opened.owner })
        host.info(`worker ${opened.owner ? `pid ${opened.owner.pid}` : ""} waiting for work on redis; Ctrl-C stops it`)
        await rt.tasks.work!({ signal: host.signal, concurrency })
      })
    } finally {
      // Stopped with redis away, every connection closed, ioredis still retried one in the background and kept the
      // process up (SIGTERM was "ignored"): nothing is left to do, so it ends now rather than when redis comes back.
      setTimeout(() => process.exit(), 500).unref()
    }
  },
})
