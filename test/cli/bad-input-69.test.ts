/**
 * Bad input, round 69: a path that opens with a ~ the shell never expanded (`--storage-dir=~/st`, a quoted "~/out.jsonl",
 * CXEDGE_STORAGE_DIR=~/st in an env file, storage.dir in a config file) made a directory named ~ in the current one, and
 * the jobs and audit records kept there were found by no one; refused now, naming the whole path to write.
 */
import { refusalRound, json, type RefusalRow } from "./refusal-harness.ts"

const rows: RefusalRow[] = [
  { name: "--storage-dir=~/st (was: a directory named ~ made here)", args: ["anonymize", "--matrix", "gdpr", "--job", "j1", "--storage-dir=~/st"], says: /^\[cxedge\] --storage-dir "~\/st" starts with ~, which is not expanded by the shell after = or inside quotes \(--storage-dir ~\/st, with a space and no quotes, is\): write \$HOME\/st, the whole path$/ },
  { name: "a quoted --out \"~/o.jsonl\"", args: ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--out", "~/o.jsonl"], files: { "c.jsonl": json({ id: "1", email: "ann@example.com" }) + "\n" }, says: /^\[cxedge\] --out "~\/o\.jsonl" starts with ~, which is not expanded by the shell/ },
  { name: "--config ~ alone", args: ["jobs", "--config", "~"], says: /^\[cxedge\] --config "~" starts with ~, which is not expanded by the shell .*: write \$HOME, the whole path$/ },
  { name: "CXEDGE_STORAGE_DIR=~/st from an env file", args: ["anonymize", "--matrix", "gdpr", "--job", "j1"], env: { CXEDGE_STORAGE_DIR: "~/st" }, says: /^\[cxedge\] \[config\] CXEDGE_STORAGE_DIR "~\/st" starts with ~, which is not expanded in an env file, a config file or quotes: write \$HOME\/st, the whole path$/ },
  {
    name: "storage.dir ~/st in the config file",
    args: ["anonymize", "--matrix", "gdpr", "--job", "j1"],
    env: { CXEDGE_STORAGE: "", CXEDGE_STORAGE_DIR: "" },
    files: { "cxedge.config.json": json({ storage: { dir: "~/st" } }) },
    says: /^\[cxedge\] \[config\] cxedge\.config\.json: storage\.dir "~\/st" starts with ~, which is not expanded in an env file, a config file or quotes: write \$HOME\/st, the whole path$/,
  },
  { name: "a directory that merely holds a ~ later in its name is a name like any other", args: ["jobs", "--storage-dir", "a~b"], says: /^\[cxedge\] \[storage\] --storage-dir names a~b, which does not exist/ },
]

refusalRound("bad input, round 69", "cxedge-bad69-", rows)
