/**
 * What a matrix's values let through. Each of these ran to exit 0 with personal data left as it was, or failed every
 * contact at run time: a mask whose `ignore` listed letters or digits wrote names and phone numbers in clear and counted
 * the contacts done; a mask `char` of 7 wrote what reads as a real phone number; a `when.matches` in another case than
 * the records (`^cardnumber$` for `cardNumber`) and an `equals: 1` where the records hold strings applied the rule to
 * nothing, card numbers left on the tenant; a `replace` with a number on a string field rejected every contact.
 */
import { expect, test } from "bun:test"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { runCli } from "../helpers.ts"
import { json, refusalRound, tempDir, type RefusalRow } from "./refusal-harness.ts"

const contacts = join(import.meta.dir, "../../examples/contacts.jsonl")
const exportRun = ["--source", "jsonl", "--file", contacts, "--target", "export", "--out", "o.jsonl", "--yes", "--storage", "memory"]
const patchRun = ["--source", "records", "--target", "patch", "--yes"]
const masking = (params: unknown, path = "lastName") => json({ name: "m", target: "export", fields: [{ path, transform: "mask", params }] })
const cards = (when: unknown) => json({ name: "m", target: "patch", fields: [{ path: "customFields[*].value", transform: "redact", when }] })
const replacing = (value: unknown) => json({ name: "m", target: "patch", fields: [{ path: "customFields[*].value", transform: "replace", params: { value } }] })

const rows: RefusalRow[] = [
  {
    name: "mask ignore of every letter (was: lastName written in clear, every contact succeeded)",
    args: ["anonymize", "--matrix", "m.json", ...exportRun],
    files: { "m.json": masking({ ignore: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" }) },
    says: /^\[cxedge\] \[matrix\] matrix "m" has 1 problem\(s\): fields\[0\] \(lastName\) params\.ignore: holds letters or digits, which would be left in clear: ignore is for layout characters a value keeps \(spaces, dashes, brackets, dots, \+\)$/,
  },
  {
    name: "mask ignore of + and the digits on phone (was: 9 of 20 succeeded with the full number)",
    args: ["anonymize", "--matrix", "m.json", ...exportRun],
    files: { "m.json": masking({ ignore: "+0123456789" }, "phone") },
    says: /fields\[0\] \(phone\) params\.ignore: holds letters or digits, which would be left in clear/,
  },
  {
    name: "mask char 7 (was: 777777777668, a real-looking number)",
    args: ["anonymize", "--matrix", "m.json", ...exportRun],
    files: { "m.json": masking({ char: "7" }, "phone") },
    says: /fields\[0\] \(phone\) params\.char: is a letter or digit, which a masked value would read as data .*: give a symbol such as \* or #, or X$/,
  },
  {
    name: "mask with layout characters ignored still masks",
    args: ["anonymize", "--matrix", "m.json", ...exportRun],
    files: { "m.json": masking({ ignore: " -().+", char: "#" }, "phone") },
    code: 0,
    says: /succeeded\s+20\n/,
    after: (cwd) => expect(JSON.parse(readFileSync(join(cwd, "o.jsonl"), "utf8").split("\n")[0]!).phone).toBe("+#######7668"),
  },
  {
    name: "mask with X, the masking letter of card slips, still masks (the seed's mask_char may be X)",
    args: ["anonymize", "--matrix", "m.json", ...exportRun],
    files: { "m.json": masking({ char: "X" }, "phone") },
    code: 0,
    says: /succeeded\s+20\n/,
    after: (cwd) => expect(JSON.parse(readFileSync(join(cwd, "o.jsonl"), "utf8").split("\n")[0]!).phone).toBe("XXXXXXXX7668"),
  },
  {
    name: "when matches in another case (was: no rule applied 250, exit 0)",
    args: ["anonymize", "--matrix", "m.json", ...patchRun],
    files: { "m.json": cards({ field: "name", matches: "^cardnumber$" }) },
    says: /^\[cxedge\] \[matrix\] matrix m: the rule on "customFields\[\*\]\.value" has a when on "name" whose matches the first 100 record\(s\) never hold as written, but in another case: a pattern compares case for case\. Nothing was written; write the pattern in the records' case \(for either case, list both: \[Aa\]ccount\)$/,
    after: (_cwd, printed) => expect(printed.output).not.toContain("^cardnumber$"),
  },
  {
    name: "when matches in the records' case runs",
    args: ["anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--dry-run", "--show", "0"],
    files: { "m.json": cards({ field: "name", matches: "^cardNumber$" }) },
    code: 0,
    says: /no rule applied\s+(?!250\n)\d+\n/,
  },
  {
    name: "when equals a number where the records hold strings (was: no rule applied 250, exit 0)",
    args: ["anonymize", "--matrix", "m.json", ...patchRun],
    files: { "m.json": cards({ field: "name", equals: 1 }) },
    says: /^\[cxedge\] \[matrix\] matrix m: the rule on "customFields\[\*\]\.value" has a when on "name" whose equals is a number, while the first 100 record\(s\) hold only strings there: a condition compares type and all \(1 never equals "1"\)\. Nothing was written; write each value as the records do$/,
  },
  {
    name: "when in of numbers where the records hold strings",
    args: ["anonymize", "--matrix", "m.json", ...patchRun],
    files: { "m.json": cards({ field: "$.channel", in: [1, 2] }) },
    says: /has a when on "\$\.channel" whose in lists only numbers, while the first 100 record\(s\) hold only strings there/,
  },
  {
    name: "replace with a number on a string field (was: every contact rejected at run time, exit 1)",
    args: ["anonymize", "--matrix", "m.json", ...patchRun],
    files: { "m.json": replacing(5) },
    says: /^\[cxedge\] \[matrix\] matrix m: the rule on "customFields\[\*\]\.value" replaces with a number, while the first 100 record\(s\) hold only strings there: a value must keep its type, and every contact would be rejected\. Nothing was written; give params\.value as a string, or null to delete the value$/,
  },
  {
    name: "replace with a string on a string field runs",
    args: ["anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--dry-run", "--show", "0"],
    files: { "m.json": replacing("[gone]") },
    code: 0,
    says: /would be rejected\s+0\n/,
  },
]

refusalRound("what a matrix's values let through", "cxedge-mxa2-", rows)

test("matrix validate refuses letters or digits in a mask's ignore or char, naming the rule", async () => {
  const cwd = tempDir("cxedge-mxa2-")
  writeFileSync(join(cwd, "m.json"), json({ name: "m", fields: [{ path: "lastName", transform: "mask", params: { ignore: "ab" } }, { path: "phone", transform: "mask", params: { char: "7" } }] }))
  const r = await runCli(["matrix", "validate", "m.json"], {}, { cwd })
  expect(r.code).toBe(2)
  expect(r.stdout + r.stderr).toContain("fields[0] (lastName) params.ignore: holds letters or digits, which would be left in clear: ignore is for layout characters")
  expect(r.stdout + r.stderr).toContain("fields[1] (phone) params.char: is a letter or digit")
})
