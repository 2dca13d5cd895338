/**
 * Bad input, round 46: a redis URL given where a word goes (--workers, --storage, CXEDGE_STORAGE) was quoted back with
 * its password; a redis password with a % of its own was "unexpected error: URI error", exit 1; --workers 4 was "not
 * allowed: use redis", with no word of what sets the number of workers; pii --field [0] was "no field [0]" on every
 * line; a field holding an object was "a object"; a value given to a switch (--samples 3) was told to quote it; a
 * blank line between JSON Lines (which anonymize reads past) was "line 2: not JSON", an {"error"} line, exit 1; a pii
 * setting misspelt (min_score) or by Presidio's name (score_threshold) was told the list of settings alone; --min-score
 * 1e-1 was "use a number from 0 to 1" with no word of the number it is (1e+1 and 0x1 were told theirs).
 */
import { expect } from "bun:test"
import { json, refusalRound, type Printed, type RefusalRow } from "./refusal-harness.ts"

const SECRET = "s3cretpass"
const URL_WITH_PASSWORD = `redis://:${SECRET}@127.0.0.1:6379`
const noSecret = (_: string, printed: Printed) => expect(printed.output).not.toContain(SECRET)
const lines = { "c.jsonl": `${json({ id: "1", text: "call ada@example.com", meta: { a: 1 } })}\n` }
const noValue = (_: string, printed: Printed) => expect(printed.output).not.toContain("ada@example.com")
const IS_URL = /^\[cxedge\] \[config\] (--storage|CXEDGE_STORAGE) is a URL, not a storage driver: name the driver \(redis\) there, and give the URL in CXEDGE_REDIS_URL or storage\.url$/
const INDEX_FIRST = /^\[cxedge\] \[pii\] --field "\[0\](\.text)?" starts with an index, and each line is a JSON object, not a list: name its key first \(items\[0\], items\[0\]\.text\)$/

const gap = { "g.jsonl": `${json({ id: "1", text: "mail ada@example.com" })}\n\n${json({ id: "2", text: "none" })}\n` }
const exactly = (expected: string) => (_: string, printed: Printed) => expect([printed.stdout, printed.output.includes("[warn]")]).toEqual([expected, false])

const rows: RefusalRow[] = [
  { name: "anonymize --workers 4 says it is no count and what runs the partitions (was: not allowed: use redis)", args: ["anonymize", "--matrix", "gdpr", "--workers", "4"], says: /^\[cxedge\] \[anonymize\] --workers 4 is not a count: --workers redis queues the job's partitions on redis, and every cxedge worker process started \(one per core, on any machine\) runs them: give --workers redis, and start 4 cxedge workers$/ },
  { name: "anonymize --workers 1, the same, one worker", args: ["anonymize", "--matrix", "gdpr", "--workers", "1"], says: /start 1 cxedge worker$/ },
  { name: "anonymize --workers <redis URL> is not quoted back (was: its password printed)", args: ["anonymize", "--matrix", "gdpr", "--workers", URL_WITH_PASSWORD], says: /^\[cxedge\] \[anonymize\] --workers is a URL: give --workers redis, and the URL in CXEDGE_REDIS_URL \(with CXEDGE_STORAGE=redis\)$/, after: noSecret },
  { name: "worker --storage <redis URL> is not quoted back (was: storage driver \"redis://:<password>@\" is unknown)", args: ["worker", "--storage", URL_WITH_PASSWORD], says: IS_URL, after: noSecret },
  { name: "CXEDGE_STORAGE=<redis URL>, the same", args: ["pii", "scan", "--file", "c.jsonl", "--field", "text"], files: lines, env: { CXEDGE_STORAGE: URL_WITH_PASSWORD }, says: IS_URL, after: noSecret },
  { name: "CXEDGE_REDIS_URL with a % of the password's own says to write %25 (was: unexpected error: URI error, exit 1)", args: ["worker"], env: { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: `redis://:${SECRET}%x@127.0.0.1:1` }, says: /^\[cxedge\] \[config\] CXEDGE_REDIS_URL has a % in its user or password that starts no escape \(%XX\): write a % there as %25$/, after: noSecret },
  { name: "pii scan --field [0] (was: no field [0] on every line, exit 1)", args: ["pii", "scan", "--file", "c.jsonl", "--field", "[0]", "--json"], files: lines, says: INDEX_FIRST },
  { name: "pii redact --field [0].text, the same", args: ["pii", "redact", "--file", "c.jsonl", "--field", "[0].text"], files: lines, says: INDEX_FIRST },
  { name: "pii scan --samples 3 says --samples takes no value (was: quote a value with spaces, repeat a flag)", args: ["pii", "scan", "--file", "c.jsonl", "--samples", "3"], files: lines, says: /^\[cxedge\] unexpected argument after --samples, which is a switch and takes no value: pass --samples alone \(cxedge pii scan takes no positional arguments\)$/ },
  { name: "pii scan --suggest text, the same", args: ["pii", "scan", "--file", "c.jsonl", "--suggest", "text"], files: lines, says: /^\[cxedge\] unexpected argument after --suggest, which is a switch and takes no value: pass --suggest alone/ },
  { name: "a stray word after a flag's value is still told to quote or repeat", args: ["pii", "scan", "--file", "c.jsonl", "--field", "text", "body"], files: lines, says: /^\[cxedge\] unexpected argument \(after --field\): cxedge pii scan takes no positional arguments; quote a value with spaces, repeat a flag for more values$/ },
  {
    name: "pii redact --field over a blank line writes it back blank, exit 0 (was: an {\"error\"} line in its place, exit 1)",
    args: ["pii", "redact", "--file", "g.jsonl", "--field", "text"],
    files: gap,
    code: 0,
    says: /^\{"id":"1","text":"mail <EMAIL>"\}\n\n/,
    after: exactly(`${json({ id: "1", text: "mail <EMAIL>" })}\n\n${json({ id: "2", text: "none" })}\n`),
  },
  {
    name: "pii scan --json over a blank line: no findings for it, exit 0 (was: line 2: not JSON, exit 1)",
    args: ["pii", "scan", "--file", "g.jsonl", "--field", "text", "--json"],
    files: gap,
    code: 0,
    says: /^\{"id":"1"/,
    after: exactly(`${json({ id: "1", findings: [{ type: "EMAIL", start: 5, end: 20, score: 0.95 }] })}\n${json({ findings: [] })}\n${json({ id: "2", findings: [] })}\n`),
  },
  { name: "pii scan over a blank line counts the two lines, no warning (was: line 2: not JSON, exit 1)", args: ["pii", "scan", "--file", "g.jsonl", "--field", "text"], files: gap, code: 0, says: /^2 lines scanned; PII found at 1 field path\n/ },
  { name: "settings.pii.min_score says minScore (was: the list alone)", args: ["pii", "scan", "--file", "c.jsonl", "--field", "text"], files: { ...lines, "cxedge.config.json": json({ settings: { pii: { min_score: 0.9 } } }) }, says: /^\[cxedge\] \[pii\] cxedge\.config\.json: invalid setting settings\.pii\.min_score: is not a pii setting \(did you mean "minScore"\?\): use entities, minScore, allow, deny or regions$/ },
  { name: "settings.pii.score_threshold (Presidio's) says minScore", args: ["pii", "scan", "--file", "c.jsonl", "--field", "text"], files: { ...lines, "cxedge.config.json": json({ settings: { pii: { score_threshold: 0.9 } } }) }, says: /settings\.pii\.score_threshold: is not a pii setting \(did you mean "minScore"\? Presidio's score_threshold is minScore here\): use entities/ },
  { name: "pii scan --min-score 1e-1 says it is 0.1 (was: use a number from 0 to 1, alone)", args: ["pii", "scan", "--file", "c.jsonl", "--field", "text", "--min-score", "1e-1"], files: lines, says: /^\[cxedge\] \[flags\] --min-score "1e-1" is not allowed: use a number from 0 to 1 \(1e-1 is 0\.1\)$/ },
  {
    name: "pii scan --field at an object says an object (was: a object)",
    args: ["pii", "scan", "--file", "c.jsonl", "--field", "meta", "--json"],
    files: lines,
    code: 1,
    says: /\[warn\] line 1: field meta is an object, not a string\n/,
    after: noValue,
  },
]

refusalRound("bad input, round 46", "cxedge-bad46-", rows)
