// `encrypt` in an export of the user's own file without CXEDGE_HMAC_KEYS: the embedded sandbox's throwaway key is gone
// when the run ends, so the export could never be decrypted. It ran with a warning, exit 0; it is refused before --out.
import { expect, test } from "bun:test"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCli } from "../helpers.ts"

const ROWS = ['{"id":"c1","email":"ines.moreau@example.com"}', '{"id":"c2","email":"jon.bakker@example.com"}']

test("an export of a file that encrypts with the throwaway key is refused, no file written; with a key it runs and decrypts", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-enc-throwaway-"))
  try {
    writeFileSync(`${dir}/c.jsonl`, ROWS.join("\n") + "\n")
    writeFileSync(`${dir}/m.json`, JSON.stringify({ name: "enc", fields: [{ path: "email", transform: "encrypt" }] }))
    const args = ["anonymize", "--matrix", "m.json", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--out", "out.jsonl", "--storage", "memory"]
    const refused = await runCli(args, {}, { cwd: dir })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain("matrix enc encrypts (a reversible transform) and CXEDGE_HMAC_KEYS is not set")
    expect(refused.stderr).not.toContain("@example.com")
    expect(existsSync(`${dir}/out.jsonl`)).toBe(false)
    const key = { CXEDGE_HMAC_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}` }
    const ran = await runCli(args, key, { cwd: dir })
    expect(ran.code).toBe(0)
    const token = JSON.parse(readFileSync(`${dir}/out.jsonl`, "utf8").split("\n")[0]!).email as string
    expect(token).toStartWith("enc_k1_")
    const back = await runCli(["decrypt", token], key, { cwd: dir })
    expect(back.stdout.trim()).toBe("ines.moreau@example.com")
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)
