/**
 * Plugin input, round 36, through the CLI: a config file's `plugins` entry naming a module that exports something else
 * than a plugin, a directory, or a plugin whose command or route another already has. Each is refused in one line,
 * exit 2, before any tenant call, with what to do (refusal-harness.ts checks the rest).
 */
import { refusalRound, json, type RefusalRow } from "./refusal-harness.ts"

const config = (...plugins: string[]) => json({ plugins: ["tenant", "anonymize", ...plugins] })
const module = (source: string) => ({ "cxedge.config.json": config("./p.mjs"), "p.mjs": source })

const rows: RefusalRow[] = [
  // A default export of the wrong kind was told only "has no plugin as its default export": not what was there instead.
  { name: "default export a function (the plugin's factory)", args: ["jobs"], files: module('export default function () { return { name: "acme", version: "1.0.0" } }'), says: /^\[cxedge\] \[runtime\] module "\.\/p\.mjs" exports a function as its default, not a plugin \(export the object the function returns, not the function\): export default definePlugin\(\{\.\.\.\}\)$/ },
  { name: "default export a promise", args: ["jobs"], files: module('export default Promise.resolve({ name: "acme", version: "1.0.0" })'), says: /module "\.\/p\.mjs" exports a promise as its default, not a plugin \(await what builds it before exporting\)/ },
  { name: "default export { default: plugin } (nested twice)", args: ["jobs"], files: module('export default { default: { name: "acme", version: "1.0.0" } }'), says: /module "\.\/p\.mjs" exports a module object \(\{ default: \{\.\.\.\} \}\) as its default, a default inside a default/ },
  { name: "only named exports", args: ["jobs"], files: module('export const acme = { name: "acme", version: "1.0.0" }'), says: /module "\.\/p\.mjs" has no default export \(only acme\): export default definePlugin/ },
  // A directory was "no such file ...: check the path", though the path was right.
  { name: "a directory named as the module (was \"no such file\")", args: ["jobs"], files: { "cxedge.config.json": config("./acme"), "acme/index.mjs": 'export default { name: "acme", version: "1.0.0" }' }, says: /^\[cxedge\] \[runtime\] plugin module "\.\/acme" is a directory: name its module file \(\.\/acme\/index\.mjs, its package\.json's main\), or install it and name its package$/ },
  // A plugin's command named like a built-in plugin's was dropped from the table in silence: `cxedge anonymize` ran anonymize's.
  { name: "a command named anonymize (was dropped in silence)", args: ["jobs"], files: module('export default { name: "acme", version: "1.0.0", commands: { anonymize: async () => ({ meta: {}, run() {} }) } }'), says: /^\[cxedge\] \[runtime\] plugins "anonymize" and "acme" both declare the command "anonymize": only the first would run; load only one, or rename one$/ },
  { name: "a command named serve", args: ["jobs"], files: module('export default { name: "acme", version: "1.0.0", commands: { serve: async () => ({ meta: {}, run() {} }) } }'), says: /plugin "acme": command "serve" is the CLI's own command \(cxedge serve\), which would be run instead: rename it$/ },
  // A route core serves was registered after core's, and never answered.
  { name: "serve with a plugin's GET /metrics (was never reached)", args: ["serve"], env: { CXEDGE_PORT: "0" }, files: module('export default { name: "acme", version: "1.0.0", routes(app) { app.get("/metrics", (c) => c.text("mine")) } }'), says: /^\[cxedge\] \[runtime\] plugin "acme" declares the route GET \/metrics, which cxedge serves itself: move it under the plugin's own path \(\/acme\/\.\.\.\)$/ },
  // A listener on a misspelt event, from a module: the job's events were never seen.
  { name: "hooks on job:finshed from a module", args: ["jobs"], files: module('export default { name: "acme", version: "1.0.0", hooks: { "job:finshed": () => {} } }'), says: /hooks\["job:finshed"\] names no event \(did you mean "job:finished"\?\): the listener would never run; if your plugin emits it/ },
]

refusalRound("plugin input, round 36", "cxedge-plugin36-", rows)
