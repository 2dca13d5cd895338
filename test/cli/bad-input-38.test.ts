/**
 * Bad input, round 38: the record data a job reads, value by value through each transform, and matrices whose rules
 * cannot work on what they are given. A record whose value a rule cannot transform must be rejected by name (its
 * field path, never its value) while the job's other records run; a matrix that cannot work is refused before any
 * record is read. The harness (refusal-harness.ts) runs each row in a fresh working directory against the embedded
 * sandbox and checks the exit code, the words, no stack trace and nothing changed at the tenant.
 */
import { expect } from "bun:test"
import { json, refusalRound, type Printed, type RefusalRow } from "./refusal-harness.ts"

/** A dry run of a one-rule matrix over a JSONL file of two records: the first holds `value` at `f`, the second is sound. */
function dataRow(name: string, rule: Record<string, unknown>, value: string, says: RegExp, sound = '"ann@example.com"'): RefusalRow {
  return {
    name,
    args: ["anonymize", "--matrix", "m.json", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--dry-run"],
    env: { CXEDGE_HMAC_KEYS: "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64") },
    files: {
      "m.json": json({ name: "r38", fields: [{ path: "f", ...rule }], keep: ["id"] }),
      // Written as JSON text, so a number beyond 2^53 or a \ud800 escape reaches the reader as a file would hold it.
      "c.jsonl": `{"id":"1","f":${value}}\n{"id":"2","f":${sound}}\n`,
    },
    code: 0,
    says: new RegExp(`^\\[warn\\] contact 1 would be rejected: ${says.source}`, "m"),
    after: (_, printed: Printed) => {
      expect(printed.stdout).toMatch(/would be rejected\s+1\n/)
      expect(printed.output).not.toContain("contact 2 would be rejected")
      // The rejected value is never quoted, in the warning or the table.
      expect(printed.output).not.toContain(value.replace(/^"|"$/g, ""))
    },
  }
}

const matrixRow = (name: string, rule: Record<string, unknown>, says: RegExp): RefusalRow => ({
  name,
  args: ["anonymize", "--matrix", "m.json", "--target", "erasure", "--since", "7d", "--dry-run"],
  files: { "m.json": json({ name: "r38", fields: [{ path: "f", ...rule }] }) },
  says,
})

const DOMAIN = { transform: "generalize", params: { to: "email-domain" } }
const DAY = { transform: "generalize", params: { to: "day" } }

const rows: RefusalRow[] = [
  // generalize to email-domain wrote "" for an address with nothing after its @, and a domain for two @ or a space.
  dataRow("generalize email-domain of an address ending in @ (was written as \"\")", DOMAIN, '"ann@"', /generalize to email-domain expects an email address \(a name, an @ and a domain\) at f$/m),
  dataRow("generalize email-domain of an address with two @ (was the last one's domain)", DOMAIN, '"ann@corp@example.com"', /generalize to email-domain expects an email address with one @ \(two were found\) at f$/m),
  dataRow("generalize email-domain of an address with a space in it (was a domain)", DOMAIN, '"ann@exa mple.com"', /generalize to email-domain expects an email address without white space in it at f$/m),
  // Epoch seconds were read as milliseconds: 2025-12-01 became 1970-01-21, kept a number, so no type check saw it.
  dataRow("generalize day of epoch seconds (was a day in January 1970)", DAY, "1764600000", /generalize to day expects epoch milliseconds \(this number is too small for them: epoch seconds\? multiply them by 1000 at the source, or store an ISO 8601 timestamp\) at f$/m, "1764600000000"),
  // Microseconds were read as milliseconds of year 57885, whose ISO form (+057885-...) was cut into a mangled timestamp.
  dataRow("generalize hour of epoch microseconds (was a mangled time)", { transform: "generalize", params: { to: "hour" } }, "1764600000000000", /generalize to hour expects epoch milliseconds of a year from 0 to 9999 \(this number is outside them: micro- or nanoseconds\?/, "1764600000000"),
  // A number far beyond: "generalize failed on the number at f (RangeError)".
  dataRow("generalize month of 1e21 (was a RangeError)", { transform: "generalize", params: { to: "month" } }, "1e21", /generalize to month expects epoch milliseconds of a year from 0 to 9999/, "1764600000000"),
  dataRow("generalize year of a date before year 0 (was a mangled year)", { transform: "generalize", params: { to: "year" } }, "-124334438400000", /generalize to year expects epoch milliseconds of a year from 0 to 9999/, "1764600000000"),
  // Every lone surrogate is U+FFFD in UTF-8: two values got one token, and a decrypt gave back another string.
  dataRow("encrypt of a string with a lone surrogate (was not reversible)", { transform: "encrypt" }, '"Ann \\ud800"', /encrypt cannot encrypt the value at f so that it decrypts to itself: it is a string holding a lone surrogate \(half of a character, not UTF-8\): correct it at the source$/m),
  dataRow("hmac of a string with a lone surrogate", { transform: "hmac" }, '"Ann \\udc00"', /hmac cannot key the value at f: it is a string holding a lone surrogate/),

  // A branch of another kind than the path goes through matched nothing: the value under it was left in clear, the record "done".
  dataRow("customFields[*].value over an object of fields (was left in clear)", { path: "f[*].value", transform: "redact" }, '{"note":{"value":"call Ann"}}', /f is an object, where the path f\[\*\]\.value expects a list: nothing under it was transformed; fix the path in the matrix, or the record at its source$/m, '[{"value":"x"}]'),
  dataRow("a.b over a string (was left in clear)", { path: "f.email", transform: "nullify" }, '"ann@example.com"', /f is a string, where the path f\.email expects an object: nothing under it was transformed/, '{"email":"bo@example.com"}'),
  dataRow("a.b over a list of objects (was left in clear)", { path: "f.email", transform: "nullify" }, '[{"email":"ann@example.com"}]', /f is a list, where the path f\.email expects an object/, '{"email":"bo@example.com"}'),

  // normalize "email" took anything: "ann @example.com" got another pseudonym than ann@example.com, a join broken in silence.
  dataRow("hmac with normalize email of an address with a space (was another pseudonym)", { transform: "hmac", normalize: "email" }, '"ann @example.com"', /normalize "email" at f expects an email address without white space in it: correct it at the source, or leave it to a rule without "normalize"$/m),
  dataRow("hmac with normalize email of two @", { transform: "hmac", normalize: "email" }, '"ann@corp@example.com"', /normalize "email" at f expects an email address with one @ \(two were found\)/),

  // A rule's normalize on a transform that never reads the value made an erasure's field it could not read refused, not deleted.
  matrixRow("nullify with normalize (was: an unreadable phone kept, not deleted)", { transform: "nullify", normalize: "e164" }, /fields\[0\] \(f\) normalize: nullify does not use a normalized value, and a value "normalize" cannot read was refused instead of transformed: remove "normalize"/),
  matrixRow("generalize email-domain with normalize e164 (was: every value refused)", { ...DOMAIN, normalize: "e164" }, /fields\[0\] \(f\) normalize: generalize to email-domain reads an email address, not what "normalize": "e164" makes: use "normalize": "email" or remove it/),
  matrixRow("generalize day with normalize email", { ...DAY, normalize: "email" }, /fields\[0\] \(f\) normalize: generalize to day does not use a normalized value/),
  matrixRow("pan with normalize e164 (was: every card refused)", { transform: "pan", normalize: "e164" }, /fields\[0\] \(f\) normalize: pan does not use a normalized value/),
  // Half an emoji as the mask character was written into every masked field; a whole emoji was refused as 2 long.
  matrixRow("mask char of a lone surrogate (was written into every field)", { transform: "mask", params: { char: "\ud83d" } }, /fields\[0\] \(f\) params\.char: must be exactly 1 character \(an emoji is one; half of one, a lone surrogate, is not\)/),
  matrixRow("replace value holding a lone surrogate", { transform: "replace", params: { value: "gone \udc00" } }, /fields\[0\] \(f\) params\.value: must be whole text: it holds half of a character \(a lone surrogate\)/),
  // The MAC is over domain\0value: domain "a\0b" with value "c" gave the token of domain "a" with value "b\0c".
  matrixRow("hmac domain holding a NUL", { transform: "hmac", params: { domain: "crm\u0000x" } }, /fields\[0\] \(f\) params\.domain: must not hold a NUL character \(\\u0000\), which separates the domain from the value/),
  {
    name: "mask char of an emoji is one character (was refused as 2 long)",
    args: ["anonymize", "--matrix", "m.json", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--dry-run"],
    files: { "m.json": json({ name: "r38", fields: [{ path: "f", transform: "mask", params: { char: "😀", keepEnd: 2 } }], keep: ["id"] }), "c.jsonl": '{"id":"1","f":"Ann Lee"}\n' },
    code: 0,
    says: /"😀😀😀😀😀ee"/,
  },
]

refusalRound("bad input, round 38", "cxedge-bad38-", rows)
