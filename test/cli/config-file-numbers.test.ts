/**
 * A config file's numbers as written: YAML, TOML and JSON5 read hex, octal, binary, `_` between digits, a sign, a bare
 * point, an exponent and infinity as numbers, and each was taken (`limits.rps: 0x10` ran at 16 a second, exit 0), where
 * README says numbers are plain decimal and a flag or variable written so is refused with the number meant. And a YAML
 * `!!binary` or an unquoted date where an object belongs was "an object, not an object". The harness
 * (refusal-harness.ts) runs each row in a fresh working directory and checks its exit code and its one line.
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const whoami = ["tenant", "whoami"]
const written = (file: string, content: string, key: string, as: string, meant: string): RefusalRow => ({
  name: `${file} holding ${content.trim().replace(/\n\s*/g, " | ")}`,
  args: whoami,
  files: { [file]: content },
  says: new RegExp(`^\\[cxedge\\] \\[config\\] ${key.replace(/[.[\]]/g, "\\$&")} is written ${as.replace(/[.+]/g, "\\$&")} in ${file.replace(/\./g, "\\.")}${content.trimEnd().includes("\n") ? " line \\d+" : ""}: ${meant}$`),
})

const rows: RefusalRow[] = [
  // YAML: each of these was read as a number and taken.
  written("cxedge.config.yaml", "limits:\n  burst: 0o7\n", "limits.burst", "0o7", "write 7"),
  written("cxedge.config.yaml", "limits:\n  rps: 0x10\n", "limits.rps", "0x10", "write 16"),
  written("cxedge.config.yaml", "retry:\n  retries: 0x3\n", "retry.retries", "0x3", "write 3"),
  written("cxedge.config.yaml", "limits:\n  rps: 1_000\n", "limits.rps", "1_000", "write 1000"),
  written("cxedge.config.yaml", "limits:\n  rps: 5e1\n", "limits.rps", "5e1", "write 50"),
  written("cxedge.config.yaml", "limits:\n  rps: .5\n", "limits.rps", ".5", "write 0.5"),
  written("cxedge.config.yaml", "limits:\n  rps: +5 # five a second\n", "limits.rps", "+5", "write 5"),
  // YAML 1.1 (and many tools still) read 010 as octal 8: which was meant is not guessed.
  written("cxedge.config.yaml", "limits:\n  burst: 010\n", "limits.burst", "010", "write 10"),
  written("cxedge.config.yaml", "limits:\n  rps: .inf\n", "limits.rps", ".inf", "that is infinity: write a number in plain decimal digits"),
  written("cxedge.config.yaml", "limits:\n  rps: .nan\n", "limits.rps", ".nan", "that is not a number: write one in plain decimal digits"),
  written("cxedge.config.yaml", "limits: {rps: 0x10}\n", "limits.rps", "0x10", "write 16"),
  written("cxedge.config.yaml", "retry:\n  statuses:\n    - 500\n    - 0x1F7\n", "retry.statuses[1]", "0x1F7", "write 503"),
  { name: "cxedge.config.yaml names the line", args: whoami, files: { "cxedge.config.yaml": "limits:\n  rps: 5\nretry:\n  retries: 0x3\n" }, says: /retry\.retries is written 0x3 in cxedge\.config\.yaml line 4: write 3$/ },
  // A line of comment names no key: an old value there is neither taken for the value nor lets a hex one by.
  { name: "cxedge.config.yaml with a hex value in a comment before a plain one", args: whoami, files: { "cxedge.config.yaml": "limits:\n  # rps: 0x10 was too fast\n  rps: 16\n" }, code: 0, says: /tenantId/ },
  { name: "cxedge.config.yaml with a plain value in a comment before a hex one", args: whoami, files: { "cxedge.config.yaml": "limits:\n  # rps: 16\n  rps: 0x10\n" }, says: /^\[cxedge\] \[config\] limits\.rps is written 0x10 in cxedge\.config\.yaml line 3: write 16$/ },
  { name: "cxedge.config.yaml out of range names the line past a comment", args: whoami, files: { "cxedge.config.yaml": "limits:\n  # rps: 20\n  rps: 20000\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.yaml line 3: limits\.rps must be a number at least 0\.1/ },
  // TOML.
  written("cxedge.config.toml", "[limits]\nrps = 0x10\n", "limits.rps", "0x10", "write 16"),
  written("cxedge.config.toml", "[limits]\nburst = 0o7\n", "limits.burst", "0o7", "write 7"),
  written("cxedge.config.toml", "[limits]\nburst = 0b1\n", "limits.burst", "0b1", "write 1"),
  written("cxedge.config.toml", "[limits]\nrps = 1_000\n", "limits.rps", "1_000", "write 1000"),
  written("cxedge.config.toml", "[limits]\nrps = 5e1\n", "limits.rps", "5e1", "write 50"),
  written("cxedge.config.toml", "[limits]\nrps = inf\n", "limits.rps", "inf", "that is infinity: write a number in plain decimal digits"),
  written("cxedge.config.toml", "[limits]\nrps = nan\n", "limits.rps", "nan", "that is not a number: write one in plain decimal digits"),
  written("cxedge.config.toml", "limits.rps = 0x10\n", "limits.rps", "0x10", "write 16"),
  written("cxedge.config.toml", "[settings.consent-webhook]\ntoleranceSec = 3_00\n", "settings.consent-webhook.toleranceSec", "3_00", "write 300"),
  // JSON5, and JSON's own exponent.
  written("cxedge.config.json5", "{limits:{rps:0x10}}", "limits.rps", "0x10", "write 16"),
  written("cxedge.config.json5", "{limits:{rps:+5}}", "limits.rps", "+5", "write 5"),
  written("cxedge.config.json5", "{limits:{rps:.5}}", "limits.rps", ".5", "write 0.5"),
  written("cxedge.config.json5", "{limits:{rps:Infinity}}", "limits.rps", "Infinity", "that is infinity: write a number in plain decimal digits"),
  written("cxedge.config.jsonc", '{\n  // ten a second\n  "limits": {"rps": 1E1}\n}\n', "limits.rps", "1E1", "write 10"),
  // Plain decimal is taken, in every form.
  { name: "cxedge.config.yaml in plain decimal is taken", args: whoami, files: { "cxedge.config.yaml": "limits:\n  rps: 5.5 # a comment\n  burst: 10\nretry:\n  statuses: [500, 503]\n" }, code: 0, says: /tenantId/ },
  { name: "cxedge.config.toml in plain decimal is taken", args: whoami, files: { "cxedge.config.toml": "[limits]\nrps = 5.0\nburst = 10\n" }, code: 0, says: /tenantId/ },
  { name: "cxedge.config.json5 in plain decimal is taken", args: whoami, files: { "cxedge.config.json5": "{limits: {rps: 0.5, burst: 10,},}" }, code: 0, says: /tenantId/ },
  // A value of the wrong type named as what it is, not "an object, not an object".
  { name: "cxedge.config.yaml tenant: !!binary", args: whoami, files: { "cxedge.config.yaml": "tenant: !!binary aGVsbG8=\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.yaml: tenant is binary data, not an object: write it as "tenant": \{/ },
  { name: "cxedge.config.yaml tenant: a date", args: whoami, files: { "cxedge.config.yaml": "tenant: 2026-01-01\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.yaml: tenant is a date, not an object: write it as "tenant": \{/ },
  { name: "cxedge.config.toml tenant = a date", args: whoami, files: { "cxedge.config.toml": "tenant = 2026-01-01\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.toml: tenant is a date, not an object/ },
  { name: "cxedge.config.toml limits.rps = a date-time", args: whoami, files: { "cxedge.config.toml": "[limits]\nrps = 2026-01-01T00:00:00Z\n" }, says: /cxedge\.config\.toml line 2: limits\.rps must be a number, not a date$/ },
]

refusalRound("config file numbers as written", "cxedge-cfgnum-", rows)
