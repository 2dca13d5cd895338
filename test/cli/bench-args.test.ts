// Every bench script reads its command line strictly (bench/args.ts): a slip is refused in one line, exit 2, before
// anything runs. A review (stop 66) found them running a default in silence (`--rouns 3`), running on NaN
// (`contacts: NaN`), hanging (`scale.ts abc`) or ending in a stack (`matrix.ts abc`).
import { expect, test } from "bun:test"
import { join } from "node:path"

const run = (script: string, ...args: string[]) => {
  const r = Bun.spawnSync([process.execPath, join(import.meta.dirname, "../../bench", script), ...args], { stdout: "pipe", stderr: "pipe", timeout: 20_000 })
  return { code: r.exitCode, out: r.stdout.toString(), err: r.stderr.toString() }
}

test.each([
  [["matrix.ts", "abc"], 'records must be a whole number from 1000 to 10000000, not "abc"; usage: bun bench/matrix.ts [records]'],
  [["matrix.ts", "--rounds", "3"], "unknown flag --rounds; usage: bun bench/matrix.ts [records]"],
  [["pipeline.ts", "0"], 'contacts must be a whole number from 1000 to 100000000, not "0"'],
  [["messages.ts", "--contcts", "5"], "unknown flag --contcts; usage: bun bench/messages.ts [--contacts N] [--latency MS]"],
  [["messages.ts", "--contacts"], "--contacts needs a value"],
  [["outbox.ts", "abc"], 'contacts must be a whole number from 100 to 10000000, not "abc"'],
  [["scale.ts", "abc"], 'contacts must be a whole number from 1000 to 100000000, not "abc"'],
  [["scale.ts", "--env", "FOO"], '--env "FOO" is not NAME=VALUE'],
  [["throughput.ts", "abc"], 'contacts must be a whole number from 10 to 1000000, not "abc"'],
  [["rate-models.ts", "100", "nosuch"], `no model's name holds "nosuch"`],
  [["rate-models.ts", "100", "--cxedge", "--seed"], "--cxedge and --seed each run one side alone"],
  [["memory-worker.ts", "bogus", "abc"], 'mode "bogus" is not one of stream, collect, pipeline, engine, bare'],
  [["scrub.ts", "--contcts", "500"], "unknown flag --contcts"],
  [["pii.ts", "--rouns", "3"], "unknown flag --rouns"],
  [["pii-recognizers.ts", "--batchs", "3"], "unknown flag --batchs"],
  [["startup.ts", "--runs", "0"], '--runs must be a whole number from 1 to 1000, not "0"'],
  [["servers.ts", "3", "deno"], 'runtime "deno" is not one of bun, node, workerd'],
  [["cpu.ts", "5"], 'contacts must be a whole number from 100 to 100000, not "5"'],
  [["scale-bare.ts", "--bare", "x"], 'N must be a whole number from 1 to 100000000, not "x"'],
  [["run.ts", "--quik"], "unknown flag --quik; usage: npm run bench [-- --quick]"],
])("%j: exit 2, one line naming it, nothing run", ([script, ...args], said) => {
  const r = run(script!, ...args)
  expect([r.code, r.out]).toEqual([2, ""])
  expect(r.err.trim().split("\n")).toEqual([expect.stringContaining(`[cxedge] [bench] ${said}`)])
})
