/**
 * A plugin module with more than one syntax error was reported as `threw AggregateError when loaded (its message is not
 * shown…)` (Bun throws an AggregateError of its parse errors), while one syntax error said `is not valid code`. Both now
 * say the module is not valid code, with the first parse error and where it is.
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const files = (plugin: string) => ({ "cxedge.config.json": JSON.stringify({ plugins: ["tenant", "./bad.ts"] }), "bad.ts": plugin })
const twoErrors = 'export default {name: "bad", version: "1.0.0"\nconst x = ;\n'
const oneError = 'export default {name: "bad", version: "1.0.0"}\nconst x = ;\n'
const says = (what: string, line: number, column: number) =>
  new RegExp(`^\\[cxedge\\] \\[runtime\\] plugin module "\\./bad\\.ts" is not valid code \\(${what} at line ${line}, column ${column}\\): fix the module$`)

const rows: RefusalRow[] = [
  { name: "cxedge plugins, a module with several syntax errors", args: ["plugins"], files: files(twoErrors), says: says('Expected "\\}" but found "const"', 2, 1) },
  { name: "cxedge build worker, the same module", args: ["build", "worker", "--out", "w.js"], files: files(twoErrors), says: says('Expected "\\}" but found "const"', 2, 1) },
  { name: "cxedge plugins, a module with one syntax error, now with its place", args: ["plugins"], files: files(oneError), says: says("Unexpected ;", 2, 11) },
]

refusalRound("plugin modules that do not parse", "cxedge-plugin-parse-", rows)
