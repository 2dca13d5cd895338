/**
 * Bad input, round 29: a config mistake inside a list named by the list's
 * line (not the item's), an IPv6 --host Bun's URL parser takes and listen
 * then fails on, a flag given to the wrong command with no word of the one
 * that takes it, --field wildcards, --entities written with spaces, a JSON
 * document given where JSON Lines are read, and more found by trying each
 * command's flags, files and environment. The harness (refusal-harness.ts)
 * runs each row in a fresh working directory with fs storage there and
 * checks: its exit code, one `[cxedge]` line matching its pattern, no stack
 * trace, no valibot default, nothing left behind and nothing changed at the
 * tenant.
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const rows: RefusalRow[] = [
  // A wrong value in the n-th item of a list was named by the list's line (line 2 for plugins[2] on line 5).
  { name: "cxedge.config.json plugins[2] a number, on line 5", args: ["jobs"], files: { "cxedge.config.json": '{\n  "plugins": [\n    "anonymize",\n    "pii",\n    5\n  ]\n}\n' }, says: /^\[cxedge\] \[config\] cxedge\.config\.json line 5: plugins\[2\] is a number: a plugin is a built-in name/ },
  { name: "cxedge.config.json settings.pii.entities[2] on line 7", args: ["jobs"], files: { "cxedge.config.json": '{\n  "settings": {\n    "pii": {\n      "entities": [\n        "EMAIL",\n        "PHONE",\n        5\n      ]\n    }\n  }\n}\n' }, says: /^\[cxedge\] \[pii\] cxedge\.config\.json line 7: invalid setting settings\.pii\.entities\[2\]: must be one of EMAIL, PHONE/ },
  { name: "cxedge.config.yaml entities' third - item, on line 7 (a comment between)", args: ["jobs"], files: { "cxedge.config.yaml": "settings:\n  pii:\n    entities:\n      - EMAIL\n      # the phones too\n      - PHONE\n      - NOPE\n" }, says: /^\[cxedge\] \[pii\] cxedge\.config\.yaml line 7: invalid setting settings\.pii\.entities\[2\]: must be one of/ },
  { name: "cxedge.config.yaml a flow list over two lines", args: ["jobs"], files: { "cxedge.config.yaml": "settings:\n  pii:\n    entities: [EMAIL,\n      PHONE, NOPE]\n" }, says: /^\[cxedge\] \[pii\] cxedge\.config\.yaml line 4: invalid setting settings\.pii\.entities\[2\]/ },
  { name: "cxedge.config.ts plugins[2] repeats pii, on its own line 5", args: ["jobs"], files: { "cxedge.config.ts": 'export default {\n  plugins: [\n    "anonymize",\n    ["pii", { minScore: 0.5 }], // "pii", once\n    ["pii", { minScore: 0.6 }],\n  ],\n}\n' }, says: /^\[cxedge\] \[config\] cxedge\.config\.ts line 5: plugins\[2\] repeats "pii" \(also entry 1\)/ },
  // A TOML table header ([settings.pii]) was never found, so no line at all.
  { name: "cxedge.config.toml under [settings.pii], the item's line 5", args: ["jobs"], files: { "cxedge.config.toml": '[settings.pii]\nminScore = 0.5\nentities = [\n  "EMAIL",\n  "X",\n]\n' }, says: /^\[cxedge\] \[pii\] cxedge\.config\.toml line 5: invalid setting settings\.pii\.entities\[1\]/ },

]

refusalRound("bad input, round 29", "cxedge-bad29-", rows)
