import { ConfigError } from "./errors.ts"
import { kind as valueKind } from "./plugin-check.ts"
import type { TaskQueue } from "./tasks.ts"

// A task kind's handler, checked when a plugin registers it (in its setup, before any task runs): a handler that is
// not a function failed at the first task (a TypeError, retried three times, then dead); a second plugin handling a
// kind replaced the first one's handler in silence, so its tasks ran someone else's code.

// Dotted names, its plugin's first (greeting.send), as cxedge's own are; any name of letters, digits, - and _ in parts
// joined by dots or colons is taken (acme.syncContacts, acme-sync): plugins that loaded before the check used them.
const KIND = /^[A-Za-z][A-Za-z0-9_-]*(?:[.:][A-Za-z][A-Za-z0-9_-]*)*$/

/** The queue with `handle` checked; `who` names the plugin whose setup is running (undefined outside setup). */
export function checkedHandlers(queue: TaskQueue, who: () => string | undefined): TaskQueue {
  const owners = new Map<string, string>()
  const handle: TaskQueue["handle"] = (kind, run, codec) => {
    const by = who()
    const label = by ? `plugin "${by}"` : "a handler"
    if (typeof kind !== "string" || !KIND.test(kind)) throw new ConfigError("tasks", `${label} handles the task kind ${JSON.stringify(String(kind).slice(0, 60))}: a kind is dotted names, its plugin's first (greeting.send)`)
    if (typeof run !== "function") throw new ConfigError("tasks", `${label}: the handler of ${kind} tasks must be a function, not ${valueKind(run)}: rt.tasks.handle("${kind}", async (payload) => { ... })`)
    if (codec !== undefined && (typeof codec?.encode !== "function" || typeof codec?.decode !== "function")) throw new ConfigError("tasks", `${label}: the codec of ${kind} tasks needs encode and decode functions`)
    const first = owners.get(kind)
    if (first !== undefined) throw new ConfigError("tasks", first === (by ?? "") ? `${label} handles ${kind} tasks twice: register one handler` : `${first ? `plugins "${first}"` : "a handler"} and ${by ? `"${by}"` : "another"} both handle ${kind} tasks: only the last would run them; load only one`)
    owners.set(kind, by ?? "")
    queue.handle(kind, run, codec)
  }
  return new Proxy(queue, {
    get(target, key) {
      if (key === "handle") return handle
      const member = Reflect.get(target, key, target)
      return typeof member === "function" ? member.bind(target) : member
    },
  })
}
