import { describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT } from "../helpers.ts"

const work = mkdtempSync(join(tmpdir(), "cxedge-pii-redact-"))
const EMAIL = "ann.lee@example.com"
const PHONE = "020 7946 0958"
const SEEDED = [EMAIL, PHONE, "ann.lee", "7946 0958"]

/** `cxedge pii redact` with `input` on stdin, in a directory with no config (the sandbox tenant). */
async function redact(args: string[], input: string | Uint8Array<ArrayBuffer> = "") {
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "pii", "redact", ...args], {
    cwd: work,
    env: { PATH: process.env.PATH ?? "", HOME: work, NO_COLOR: "1" },
    stdin: new Blob([input]),
    stdout: "pipe",
    stderr: "pipe",
  })
  // Decoded keeping a byte-order mark (Response.text() would drop it, and the test must see it).
  const [out, stderr, code] = await Promise.all([new Response(proc.stdout).arrayBuffer(), new Response(proc.stderr).text(), proc.exited])
  const stdout = new TextDecoder("utf-8", { ignoreBOM: true }).decode(out)
  // The sandbox's own notice is not the command's answer.
  return { code, stdout, stderr, said: stderr.split("\n").filter((l) => l && !l.startsWith("[info]")) }
}
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(work, name), content)
  return name
}
const latin1 = new Uint8Array([...new TextEncoder().encode(`Caf`), 0xe9, ...new TextEncoder().encode(` mail ${EMAIL}\n`)])
const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...new TextEncoder().encode(EMAIL)])

describe("cxedge pii redact: every wrong value refused first, in one line, exit 2, nothing written", () => {
  test.each([
    [["--mode", "shred"], `mail ${EMAIL}`, '--mode "shred" is not allowed: use tag, indexed, hmac or mask'],
    [["--mode", "TAG"], `mail ${EMAIL}`, '--mode "TAG" is not allowed (did you mean "tag"?): use tag, indexed, hmac or mask'],
    [["--mode"], `mail ${EMAIL}`, "--mode needs a value"],
    [["--field", ""], `mail ${EMAIL}`, "--field needs a value"],
    [["--field", "a..b"], `{"a":"${EMAIL}"}`, '--field "a..b" is not a field path'],
    [["--file", ""], "", "--file needs a value"],
    [["--file", "missing.txt"], "", "cannot read missing.txt: it does not exist; check the --file path"],
    [["--file", "."], "", "cannot read .: it is a directory; name a file"],
    [["--file", file("empty.txt", "")], "", "empty.txt is empty: name a file holding the text to scrub"],
    [["--entities", "EMAIL,SSN"], `mail ${EMAIL}`, '--entities "SSN" is not an entity type'],
    [["--min-score", "2"], `mail ${EMAIL}`, '--min-score "2" is not allowed: use a number from 0 to 1'],
    [["--min-score", "abc"], `mail ${EMAIL}`, '--min-score "abc" is not allowed'],
    [["--json"], `mail ${EMAIL}`, "unknown flag --json"],
    [[], "", "standard input was empty"],
    [[], " \n\n", "standard input holds only blank lines (2), no text to scrub"],
    [["--field", "text"], "", "no input lines: standard input was empty"],
    [[], latin1, "standard input holds bytes that are not UTF-8: give UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)"],
    [["--file", file("latin1.txt", latin1)], "", "latin1.txt holds bytes that are not UTF-8"],
    [["--file", file("image.png", binary)], "", "image.png holds NUL bytes (binary data)"],
    // A NUL past the head the file's first read sniffs: binary data, which converting would not mend.
    [["--file", file("late-nul.txt", `mail ${EMAIL}\n${"a line of text\n".repeat(150000)}x\u0000y\n`)], "", "late-nul.txt holds NUL bytes (binary data) from line 150002: give the text itself, not a binary file"],
    // JSON Lines scrubbed as text: a phone written as a JSON number would be replaced by a tag, the line no JSON.
    [[], `{"id":1,"t":"mail ${EMAIL}"}\n{"id":2,"phone":442079460958}\n`, "standard input holds JSON Lines, and scrubbing them as text would leave line 2 not JSON (a number replaced where a value stands): pass --field <path>"],
  ])("%j", async (args, input, message) => {
    const r = await redact(args as string[], input)
    expect([r.code, r.stdout]).toEqual([2, ""])
    expect(r.said).toHaveLength(1)
    expect(r.said[0]).toContain(message)
    for (const value of SEEDED) expect(r.stderr).not.toContain(value)
    expect(r.stderr).not.toContain("    at ")
  })
})

describe("cxedge pii redact: input as it comes", () => {
  test("a byte-order mark and CRLF line ends are kept; only the findings change", async () => {
    const r = await redact(["--file", file("bom.txt", `\uFEFFmail ${EMAIL}\r\nor ring ${PHONE}\r\n`)])
    expect([r.code, r.stdout]).toEqual([0, "\uFEFFmail <EMAIL>\r\nor ring <PHONE>\r\n"])
  })

  test("a JSONL file with a BOM and CRLF: each line scrubbed, the BOM not taken for part of line 1", async () => {
    const r = await redact(["--file", file("bom.jsonl", `\uFEFF{"id":1,"t":"mail ${EMAIL}"}\r\n{"id":2,"t":"ring ${PHONE}"}\r\n`), "--field", "t"])
    expect([r.code, r.stdout]).toEqual([0, '{"id":1,"t":"mail <EMAIL>"}\n{"id":2,"t":"ring <PHONE>"}\n'])
  })

  test("a line that cannot be scrubbed mid-file: its error object in its place (line N out is line N in), named on stderr, exit 1, nothing unscrubbed", async () => {
    const lines = [
      { id: 1, t: `mail ${EMAIL}` },
      "not json",
      { id: 3, t: 4411 },
      { id: 4, other: `ring ${PHONE}` },
      { id: 5, t: `ring ${PHONE}` },
    ]
    const bad = `{"id":6,"t":"Caf\u00e9 ${EMAIL}"}`
    const bytes = new Uint8Array([...new TextEncoder().encode(lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n"), ...new TextEncoder().encode(bad).map((b, i, all) => (all[i - 1] === 0xc3 && b === 0xa9 ? 0x20 : b === 0xc3 ? 0xe9 : b)), 0x0a])
    const r = await redact(["--field", "t"], bytes)
    expect(r.code).toBe(1)
    expect(r.stdout.split("\n")).toEqual([
      '{"id":1,"t":"mail <EMAIL>"}',
      '{"error":"line 2: not JSON"}',
      '{"id":3,"error":"line 3: field t is a number, not a string"}',
      '{"id":4,"error":"line 4: no field t"}',
      '{"id":5,"t":"ring <PHONE>"}',
      '{"id":6,"error":"line 6: holds bytes that are not UTF-8"}',
      "",
    ])
    expect(r.said).toContain("[warn] line 2: not JSON: an error object is written in its place")
    expect(r.said.at(-1)).toBe('[warn] 4 of 6 lines could not be scrubbed (not a JSON object, a key given twice, no string at --field t, or not UTF-8): each is an {"error"} line in the output')
    for (const value of SEEDED) expect(r.stdout + r.stderr).not.toContain(value)
  })
})

describe("cxedge pii redact: no runtime unless the mode needs the key ring; only invalid bytes are refused", () => {
  test.each(["tag", "indexed", "mask"])("--mode %s opens no runtime: nothing on stderr, no tenant line", async (mode) => {
    const r = await redact(["--mode", mode], `mail ${EMAIL}\n`)
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain(EMAIL)
    expect(r.stderr).toBe("")
  })

  test("--mode hmac still opens one (the key ring), and pseudonymizes", async () => {
    const r = await redact(["--mode", "hmac"], `mail ${EMAIL}\n`)
    expect([r.code, r.stdout]).toEqual([0, expect.stringMatching(/^mail tok_\w+_\S+\n$/)])
    expect(r.stderr).toContain("no tenant configured")
  })

  test("a real U+FFFD character in valid UTF-8 is text: scrubbed and kept, as a whole text and in a JSONL line", async () => {
    const whole = await redact(["--mode", "mask"], `ok \uFFFD mail ${EMAIL}\n`)
    expect([whole.code, whole.stdout, whole.stderr]).toEqual([0, "ok \uFFFD mail ***.***@*******.***\n", ""])
    const lines = await redact(["--field", "t"], `{"id":1,"t":"\uFFFD ${EMAIL}"}\r\n{"id":2,"t":"ring ${PHONE}"}\n`)
    expect([lines.code, lines.stdout, lines.stderr]).toEqual([0, '{"id":1,"t":"\uFFFD <EMAIL>"}\n{"id":2,"t":"ring <PHONE>"}\n', ""])
    const file = await redact(["--file", "-"], `\uFEFF\uFFFD ${EMAIL}`)
    expect([file.code, file.stdout]).toEqual([0, "\uFEFF\uFFFD <EMAIL>\n"])
  })

  test("an invalid sequence split across read chunks is still found, on the right line", async () => {
    const big = `{"id":1,"t":"${"x".repeat(70_000)} ${EMAIL}"}\n`
    const bytes = new Uint8Array([...new TextEncoder().encode(big), ...new TextEncoder().encode(`{"id":2,"t":"`), 0xc3, ...new TextEncoder().encode(`"}\n{"id":3,"t":"\u00e9 ${EMAIL}"}\n`)])
    const path = file("split.jsonl", bytes)
    const r = await redact(["--file", path, "--field", "t"])
    expect(r.code).toBe(1)
    const out = r.stdout.split("\n")
    expect(out.slice(1)).toEqual(['{"id":2,"error":"line 2: holds bytes that are not UTF-8"}', '{"id":3,"t":"\u00e9 <EMAIL>"}', ""])
    expect(out[0]).toEndWith(' <EMAIL>"}')
  })
})

describe("cxedge pii redact: a value next to what looks like scrub's own output is still scrubbed", () => {
  // A card or phone after markdown's `**` or a list's `*`, an address whose local part looks like a keyed token: each
  // was left in clear while the command counted it replaced (a review, stop 66).
  // And an IBAN or an SSN in an identifier shaped like a keyed token of no transform's prefix (acct_gb_…).
  const LOOKALIKES = "**Card:** 4111 1111 1111 1111\n**Tel:** 0207 946 0958\n* 4111 1111 1111 1111\nmail sarah_jones_accounts2019@example.com\npayout to acct_gb_GB82WEST12345698765432 and ssn_us_123-45-6789-aaaaa\n"
  test.each(["tag", "indexed", "mask", "hmac"])("mode %s", async (mode) => {
    const { code, stdout } = await redact(["--mode", mode], LOOKALIKES)
    expect(code).toBe(0)
    for (const value of ["4111 1111 1111 1111", "0207 946 0958", "sarah_jones", "example.com", "GB82WEST", "123-45-6789"]) expect(stdout).not.toContain(value)
    expect(stdout).toContain("**Card:** ")
    // Scrubbed again, the output is unchanged: scrub still knows its own output.
    expect((await redact(["--mode", mode], stdout)).stdout).toBe(stdout)
  })
})

describe("cxedge pii redact --field: only the field changes, the rest of each line passes through as written", () => {
  test("a line that cannot be scrubbed has its id copied as written in its error line, as pii scan --json copies it", async () => {
    const { stdout } = await redact(["--field", "t"], '{"id":1e400,"t":5}\n{"id":12345678901234567890123,"x":1}\n')
    expect(stdout).toBe('{"id":1e400,"error":"line 1: field t is a number, not a string"}\n{"id":12345678901234567890123,"error":"line 2: no field t"}\n')
  })

  test("numbers a parse would change (23 digits, 1e400, -0, 1.10), spaces and key order stay byte for byte", async () => {
    const lines = ['{"id":1,"amt":12345678901234567890123,"neg":1e400,"h":-0,"f":1.10,"text":"mail ann.lee@example.com"}', '{ "id" : 12345678901234567890123 , "n" : {"text":"x"}, "text" : "ring 020 7946 0958" , "z":[1.0] }']
    const { code, stdout } = await redact(["--field", "text"], lines.join("\r\n") + "\r\n")
    expect(code).toBe(0)
    expect(stdout).toBe(`${lines[0]!.replace(EMAIL, "<EMAIL>")}\n${lines[1]!.replace(PHONE, "<PHONE>")}\n`)
  })
})

describe("cxedge pii redact of a long text: scrubbed as one text", () => {
  test("a name given once is scrubbed where it is written alone, a value keeps its index, and a broken JSON line is named by its own number", async () => {
    const filler = "nothing personal in this line at all, only words about a parcel and a delivery slot\n".repeat(4000)
    const lines = filler.split("\n").length - 1
    const named = await redact([], `ayşe your order is on the way\n${filler}caller: yeah hi my name is ayşe al-sayed the driver left a card\n`)
    expect(named.stdout.startsWith("<PERSON> your order")).toBe(true)
    const { code, stdout } = await redact(["--mode", "indexed"], `mail ${EMAIL}\n${filler}mail ${EMAIL} or ring ${PHONE}\n`)
    expect(code).toBe(0)
    expect(stdout.startsWith("mail <EMAIL_1>\n")).toBe(true)
    expect(stdout.endsWith("mail <EMAIL_1> or ring <PHONE_1>\n")).toBe(true)
    const broken = await redact([], `${filler}{"id":2,"phone":442079460958}\n`)
    expect(broken.code).toBe(2)
    expect(broken.said[0]).toContain(`would leave line ${lines + 1} not JSON`)
  })

  test("JSON Lines that would break are refused with CR line ends too, and when a finding runs over a line end", async () => {
    for (const text of ['{"id":1,"card":4111111111111111}\r{"id":2,"text":"hi"}\r', '{"id":1,"card":4111111111111111}\nDE89 3704 0044\n0532 0130 00\n']) {
      const r = await redact([], text)
      expect([r.code, r.stdout]).toEqual([2, ""])
      expect(r.said[0]).toContain("would leave line 1 not JSON")
    }
  })
})
