// A disk that fills during a job (the file size limit, `ulimit -f`, stands in for it): the job says so once and
// stops, and its resume finishes every contact once, with every consent event and audit record kept.
import { afterAll, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT, runCli } from "../helpers.ts"

const dir = mkdtempSync(join(tmpdir(), "cxedge-full-disk-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const args = ["anonymize", "--sandbox", "--storage", "fs", "--matrix", "analytics", "--source", "records", "--target", "export", "--out", "out.jsonl", "--yes"]

test("a full disk mid-export stops the job with one message naming the resume; the resume exports every contact once, audit intact", async () => {
  const full = Bun.spawnSync(["bash", "-c", `ulimit -f 40; exec "${process.execPath}" "${ROOT}cli/main.ts" "$@"`, "cxedge", ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } })
  const stderr = full.stderr.toString()
  expect(full.exitCode).toBe(1)
  // Said once, not once a contact (it was 150 warnings), and no record given up on ("listener failed").
  expect(stderr.match(/could not be written/g)?.length).toBe(1)
  expect(stderr).not.toContain("listener failed")
  const jobId = readdirSync(join(dir, ".cxedge", "jobs"))[0]!
  expect(stderr).toContain(`resume with: cxedge anonymize --resume ${jobId}`)

  const resumed = await runCli(["anonymize", "--sandbox", "--storage", "fs", "--resume", jobId, "--yes"], {}, { cwd: dir })
  expect(resumed.code).toBe(0)
  const ids = readFileSync(join(dir, "out.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).id)
  expect(ids.length).toBe(250)
  expect(new Set(ids).size).toBe(250)
  const verified = await runCli(["audit", "verify", "--sandbox", "--storage", "fs"], {}, { cwd: dir })
  expect(verified.code).toBe(0)
  expect(verified.stdout + verified.stderr).toContain("intact")
}, 60_000)
