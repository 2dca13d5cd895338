/**
 * A config file's values of a kind JSON has not: a YAML `!!binary` (a Uint8Array) or an unquoted YAML or TOML date (a
 * Date) where an object or a number belongs was "an object, not an object". The harness (refusal-harness.ts) runs each
 * row in a fresh working directory and checks its exit code and its one line.
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const whoami = ["tenant", "whoami"]

const rows: RefusalRow[] = [
  // A value of the wrong type named as what it is, not "an object, not an object".
  { name: "cxedge.config.yaml tenant: !!binary", args: whoami, files: { "cxedge.config.yaml": "tenant: !!binary aGVsbG8=\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.yaml: tenant is binary data, not an object: write it as "tenant": \{/ },
  { name: "cxedge.config.yaml tenant: a date", args: whoami, files: { "cxedge.config.yaml": "tenant: 2026-01-01\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.yaml: tenant is a date, not an object: write it as "tenant": \{/ },
  { name: "cxedge.config.toml tenant = a date", args: whoami, files: { "cxedge.config.toml": "tenant = 2026-01-01\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.toml: tenant is a date, not an object/ },
  { name: "cxedge.config.toml limits.rps = a date-time", args: whoami, files: { "cxedge.config.toml": "[limits]\nrps = 2026-01-01T00:00:00Z\n" }, says: /cxedge\.config\.toml line 2: limits\.rps must be a number, not a date$/ },
]

refusalRound("config file values of a kind JSON has not", "cxedge-cfgnum-", rows)
