/**
 * Plugin input, round 36: a third-party plugin written wrong. Each mistake is refused when the runtime opens (before
 * any setup, tenant call or record), in one line naming the plugin and the part, with what to do: no TypeError from
 * deep inside, no valibot default message, no silent skip. A recognizer's own code misbehaving at run time fails
 * with its name and never with the text it was given.
 */
import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { ConfigError, CxedgeError, createRuntime, defineRecognizer, defineTransform, openSource, type PluginSpec } from "../../core/index.ts"
import { builtins } from "../../plugins/manifest.ts"
import { createApp } from "../../server/app.ts"
import { compileMatrix } from "../../plugins/anonymize/matrix/engine.ts"
import { createKeyRing } from "../../core/index.ts"

const NOT_A_MESSAGE = /\n\s+at |Invalid (type|key|length)|is not a function|is not an object|undefined is not|Cannot read/
const base = (name = "acme") => ({ name, version: "1.0.0" })
const OP = { id: "acme.tickets", api: "acd", method: "GET", path: "/tickets", input: v.object({}), output: v.unknown(), idempotent: true }
const t = (name: string) => defineTransform({ name, params: v.object({}), reversible: false, apply: (x) => x })

/** Opens a runtime with the built-ins and `plugin`; the refusal must match `says`, and no plugin's setup ran. */
async function refused(plugin: any, says: RegExp, before: PluginSpec[] = []) {
  let setUp = false
  const spec = plugin && typeof plugin === "object" && !("setup" in plugin) ? { ...plugin, setup: () => void (setUp = true) } : plugin
  const error = await createRuntime({ plugins: ["tenant", "anonymize", "pii", ...before, spec] }, { builtins }).then(async (rt) => (await rt.dispose(), undefined), (e) => e)
  expect(error).toBeInstanceOf(ConfigError)
  expect(error.message).toMatch(says)
  expect(error.message).not.toMatch(NOT_A_MESSAGE)
  expect(setUp).toBe(false)
}

const rows: [string, any, RegExp, PluginSpec[]?][] = [
  // A plugin object without a name, or with "", loaded: its settings key, storage scope and messages were "undefined".
  ["no name (was loaded)", { version: "1.0.0" }, /^\[cxedge\] \[runtime\] the plugin at plugins\[3\] has no name: add name: "my-plugin" \(lower-case letters, digits and -\)$/],
  ["name \"\" (was loaded)", { name: "", version: "1.0.0" }, /the plugin at plugins\[3\] has no name/],
  ["name \"Acme CRM\" (was loaded; settings.Acme CRM)", base("Acme CRM"), /^\[cxedge\] \[runtime\] plugin "Acme CRM" at plugins\[3\]: a plugin's name is lower-case letters, digits, - and _, starting with a letter, at most 40 \(did you mean "acme-crm"\?\): rename it$/],
  // A plugin named like a built-in was "two different plugins are named "pii"": not which is cxedge's.
  ["named pii, like the built-in", base("pii"), /^\[cxedge\] \[runtime\] a plugin at plugins\[3\] is named "pii", the name of cxedge's built-in pii plugin: rename it \(a name of its own, such as "acme-pii"\)$/],
  ["two third-party plugins of one name", base("acme"), /^\[cxedge\] \[runtime\] two different plugins are named "acme": rename one or load only one$/, [base("acme")]],
  // version "latest" or "v1" was taken: `cxedge plugins` and /healthz showed it as a version.
  ["version \"latest\" (was loaded)", { name: "acme", version: "latest" }, /^\[cxedge\] \[runtime\] plugin "acme": version "latest" is not a semantic version: write it as MAJOR\.MINOR\.PATCH \(1\.0\.0\)$/],
  ["version \"1.0 beta\" (was loaded)", { name: "acme", version: "1.0 beta" }, /version "1.0 beta" is not a semantic version/],
  // A listener on a misspelt event never ran, and nothing said so.
  ["hooks on job:finshed (was loaded; never ran)", { ...base(), hooks: { "job:finshed": () => {} } }, /^\[cxedge\] \[runtime\] plugin "acme": hooks\["job:finshed"\] names no event \(did you mean "job:finished"\?\): the listener would never run; if your plugin emits it, declare it: events: \["job:finshed"\]$/],
  ["hooks on job.finished", { ...base(), hooks: { "job.finished": () => {} } }, /hooks\["job\.finished"\] is not an event's name: events are named like job:finished \(did you mean "job:finished"\?\)$/],
  ["hooks with a listener that is a number (threw at the first emit, logged per event)", { ...base(), hooks: { "runtime:tick": 5 } }, /plugin "acme": hooks\["runtime:tick"\] must be a function \(the listener\), not a number$/],
  // A config that is not a valibot schema: TypeError schema["~run"] is not a function.
  ["config: { url: \"string\" } (was a TypeError)", { ...base(), config: { url: "string" } }, /^\[cxedge\] \[runtime\] plugin "acme": config must be a valibot schema \(v\.object\(\{\.\.\.\}\)\), not an object$/],
  // Transforms: loaded as they were, failing at the first contact (or never: a name no matrix can be validated with).
  ["a transform without apply (was loaded)", { ...base(), transforms: [{ name: "shout", params: v.object({}), reversible: false }] }, /plugin "acme": transform "shout" has no apply function: add apply\(value, params, ctx\)$/],
  ["a transform without params (was loaded)", { ...base(), transforms: [{ name: "shout", reversible: false, apply: (x: unknown) => x }] }, /transform "shout": params must be a valibot schema \(v\.object\(\{\.\.\.\}\); v\.object\(\{\}\) for none\), not nothing$/],
  ["a transform named \"Shout It\" (was loaded)", { ...base(), transforms: [{ name: "Shout It", params: v.object({}), reversible: false, apply: (x: unknown) => x }] }, /transforms\[0\] has the name "Shout It": a transform's name is one word, a lower-case letter then letters, digits, - and _, at most 40 \(initials\) \(did you mean "shout-it"\?\): rename it$/],
  ["a transform given by its name (a string; was registered as \"undefined\")", { ...base(), transforms: ["shout"] }, /transforms\[0\] is a string, not a transform: declare it with defineTransform/],
  ["a transform named hmac: names the plugin that has it", { ...base(), transforms: [t("hmac")] }, /^\[cxedge\] \[acme\] transform "hmac" is already the anonymize plugin's: rename it/],
  ["one transform declared twice by one plugin", { ...base(), transforms: [t("shout"), t("shout")] }, /the plugin declares the transform "shout" twice: keep one$/],
  // An operation of an id another plugin has replaced it in silence (the last one loaded won).
  ["an operation with the id of anonymize's (replaced it)", { ...base(), operations: [{ id: "contacts.get" }] }, /^\[cxedge\] \[runtime\] plugins "anonymize" and "acme" both declare the operation "contacts\.get": rename one$/],
  // An operation described wrong was loaded and failed at its first call, in the middle of a job.
  ["an operation of api \"acds\" (was loaded)", { ...base(), operations: [{ ...OP, api: "acds" }] }, /^\[cxedge\] \[runtime\] plugin "acme": operation "acme\.tickets": api "acds" is not an API family \(did you mean "acd"\?\): use auth, acd, dfo, privacy, records$/],
  ["an operation of method \"get\"", { ...base(), operations: [{ ...OP, method: "get" }] }, /operation "acme\.tickets": method "get" is not one cxedge sends \(write it in capitals: GET\): use GET, POST, PUT, PATCH, DELETE$/],
  ["an operation whose path has no leading /", { ...base(), operations: [{ ...OP, path: "tickets" }] }, /operation "acme\.tickets": path must start with \/ \(\/contacts\/\{contactId\}\)/],
  ["an operation whose output is not a schema", { ...base(), operations: [{ ...OP, output: { tickets: "array" } }] }, /operation "acme\.tickets": output must be a valibot schema, not an object$/],
  ["an operation without idempotent", { ...base(), operations: [{ ...OP, idempotent: undefined }] }, /operation "acme\.tickets": idempotent must be true or false \(whether a retry may repeat the call\), not nothing$/],
  // Lists of names holding something else: a TypeError (name.slice), or "requires "5": add "5" to plugins".
  ["namespaces: [5] (was a TypeError)", { ...base(), namespaces: [5] }, /plugin "acme": namespaces\[0\] must be a name \(a string\), not a number$/],
  ["requires: [5]", { ...base(), requires: [5] }, /plugin "acme": requires\[0\] must be a name \(a string\), not a number$/],
  ["requires itself (was \"acme and acme require each other\")", { ...base(), requires: ["acme"] }, /plugin "acme" requires itself: remove "acme" from its requires$/],
  // A gate without check loaded: every write path then failed at its first ask.
  ["a gate without check (was loaded)", { ...base(), gates: [{ name: "freeze" }] }, /plugin "acme": gate "freeze" has no check function/],
  ["a command that is a string (was loaded)", { ...base(), commands: { hello: "x" } }, /plugin "acme": command "hello" must be a function \(host, stateOf\) returning a command, not a string$/],
  ["a command named serve (never reached)", { ...base(), commands: { serve: async () => ({}) } }, /plugin "acme": command "serve" is the CLI's own command \(cxedge serve\), which would be run instead: rename it$/],
  ["two plugins' commands of one name (the second never reached)", { ...base("b"), commands: { hello: async () => ({}) } }, /plugins "a" and "b" both declare the command "hello": only the first would run/, [{ ...base("a"), commands: { hello: async () => ({}) } }]],
  // A source's options that are not a schema: loaded, then a TypeError at --source.
  ["source options { since: \"string\" } (was loaded)", { ...base(), sources: { tickets: { description: "t", options: { since: "string" }, open: () => ({}) } } }, /plugin "acme": source "tickets" options must be a valibot object schema/],
  // env declarations: core's variable taken, another plugin's, a setting the config does not have (the value went nowhere).
  ["env CXEDGE_ISSUER (core's; was loaded)", { ...base(), config: v.object({ url: v.optional(v.string()) }), env: [{ name: "CXEDGE_ISSUER", description: "x", setting: "url" }] }, /plugin "acme" declares CXEDGE_ISSUER, which core reads: name the plugin's variable another way \(CXEDGE_ACME_\.\.\.\)$/],
  ["env of another plugin's name", { ...base("b"), env: [{ name: "ACME_URL", description: "x" }] }, /plugins "a" and "b" both declare ACME_URL: rename one$/, [{ ...base("a"), env: [{ name: "ACME_URL", description: "x" }] }]],
  ["env filling setting \"uri\" of a config with url (was loaded; the value was dropped)", { ...base(), config: v.object({ url: v.optional(v.string()) }), env: [{ name: "ACME_URL", description: "x", setting: "uri" }] }, /plugin "acme": ACME_URL fills the setting "uri", which its config does not have \(did you mean "url"\?\): name one of url$/],
  ["env named acme_url", { ...base(), env: [{ name: "acme_url", description: "x" }] }, /plugin "acme": env\[0\] name "acme_url": a variable's name is upper-case letters, digits and _/],
]

describe("a plugin written wrong is refused when the runtime opens", () => {
  for (const [name, plugin, says, before] of rows) test(name, () => refused(plugin, says, before))

  test("a listener on an event no loaded plugin knows, far from any, is left alone (another plugin may emit it)", async () => {
    const rt = await createRuntime({ plugins: ["tenant", "anonymize", { ...base(), hooks: { "greeting:sent": () => {} } }] }, { builtins })
    expect(rt.hooks.count("greeting:sent" as never)).toBe(1)
    await rt.dispose()
  })
  test("a listener on an event a loaded plugin declares in events is kept", async () => {
    const emitter = { ...base("greeter"), events: ["greeting:sent"] }
    const rt = await createRuntime({ plugins: [emitter, { ...base(), hooks: { "greeting:sent": () => {} } }] }, { builtins })
    await rt.dispose()
    await refused({ ...base(), hooks: { "greeting:snet": () => {} } }, /hooks\["greeting:snet"\] names no event \(did you mean "greeting:sent"\?\)/, [emitter])
  })
})

describe("routes", () => {
  const route = (name: string, method: "get" | "post", path: string) => ({ ...base(name), routes(app: any) { app[method](path, (c: any) => c.text("mine")) } })
  const app = async (plugins: PluginSpec[]) => {
    const rt = await createRuntime({ plugins: ["tenant", "anonymize", "pii", ...plugins] }, { builtins })
    try {
      return (() => createApp(rt))
    } finally {
      await rt.dispose()
    }
  }
  const cases: [string, PluginSpec[], RegExp][] = [
    ["GET /metrics (was never reached)", [route("acme", "get", "/metrics")], /^\[cxedge\] \[runtime\] plugin "acme" declares the route GET \/metrics, which cxedge serves itself: move it under the plugin's own path \(\/acme\/\.\.\.\)$/],
    ["POST /v1/inspect (pii's; was never reached)", [route("acme", "post", "/v1/inspect")], /plugins "pii" and "acme" both declare the route POST \/v1\/inspect: only the first would answer/],
    ["two plugins' GET /x/:id and /x/:key", [route("a", "get", "/x/:id"), route("b", "get", "/x/:key")], /plugins "a" and "b" both declare the route GET \/x\/:key/],
  ]
  for (const [name, plugins, says] of cases) test(name, async () => expect(await app(plugins)).toThrow(says))
  test("a route of its own path is served", async () => {
    const rt = await createRuntime({ plugins: ["tenant", route("acme", "get", "/acme/x")] }, { builtins })
    expect(await (await createApp(rt).request("/acme/x")).text()).toBe("mine")
    await rt.dispose()
  })
})

describe("defineRecognizer refuses a spec written wrong", () => {
  const spec = { type: "ACME", name: "acme", score: 0.5, pattern: /ACME-\d+/g }
  const cases: [string, any, RegExp][] = [
    ["type \"Acme\" (did not name the recognizer or the type)", { ...spec, type: "Acme" }, /^\[cxedge\] \[pii\] recognizer "acme": type "Acme": a type is upper snake case \(EMAIL, ACME_ACCOUNT\) \(did you mean "ACME"\?\): rename it$/],
    ["a sticky pattern (was taken: only matches from the start were found)", { ...spec, pattern: /ACME-\d+/gy }, /recognizer acme: pattern must not have the y \(sticky\) flag/],
    ["a pattern given as a string (was \"must have the g flag\")", { ...spec, pattern: "ACME-\\d+" }, /recognizer acme: pattern must be a regular expression with the g flag \(\/\.\.\.\/g\), not string$/],
    ["context.window -1 (was taken)", { ...spec, context: { words: ["account"], window: -1 } }, /recognizer acme: context\.window must be a whole number of characters from 1 to 1000 \(default 40\)$/],
    ["context.boost 5 (was taken)", { ...spec, context: { words: ["account"], boost: 5 } }, /recognizer acme: context\.boost must be a number above 0 and at most 1/],
    ["validate: true (was a TypeError at the first match)", { ...spec, validate: true }, /recognizer acme: validate must be a function, not boolean$/],
    ["find: a string (was a TypeError at the first text)", { type: "ACME", name: "acme", score: 0.5, find: "x" }, /recognizer acme: find must be a function, not string$/],
  ]
  for (const [name, given, says] of cases) test(name, () => expect(() => defineRecognizer(given)).toThrow(says))
})

describe("a recognizer misbehaving at run time fails by its name, never quoting the text", () => {
  const TEXT = "card 4111 1111 1111 1111 for ada@example.com"
  const fails = (given: any, says: RegExp) => {
    const r = defineRecognizer({ type: "ACME", name: "acme", score: 0.5, ...given })
    let error: any
    try {
      r.recognize(TEXT)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message).toMatch(says)
    for (const part of ["4111", "ada@", TEXT.slice(0, 12)]) expect(error.message).not.toContain(part)
  }
  test("validate returning NaN (was a finding of score NaN, null in JSON)", () => fails({ pattern: /\d+/g, validate: () => NaN }, /recognizer acme gave a candidate the score NaN: validate must give a number from 0 to 1$/))
  test("validate returning 7 (was a finding of score 7)", () => fails({ pattern: /\d+/g, validate: () => 7 }, /the score 7: validate must give/))
  test("find giving a score of NaN", () => fails({ find: () => [{ start: 5, end: 9, score: NaN }] }, /the score NaN: find must give a number from 0 to 1$/))
  test("find throwing with the text in its message (was thrown as it was: the card number in the error)", () => fails({ find: (text: string) => { throw new Error(`cannot read ${text}`) } }, /^\[cxedge\] \[pii\] recognizer acme failed in its find function \(Error; its message is not shown, it may quote the text\): fix the recognizer$/))
  test("validate throwing with the match in its message", () => fails({ pattern: /\d{4}/g, validate: (m: string) => { throw new RangeError(`bad ${m}`) } }, /recognizer acme failed in its validate function \(RangeError;/))
  test("find returning null (was a TypeError)", () => fails({ find: () => null }, /recognizer acme failed in its find function \(TypeError;/))
  test("validate returning a string", () => fails({ pattern: /\d+/g, validate: () => "yes" as never }, /recognizer acme: validate returned string: return true, false or a score from 0 to 1$/))
  test("a span whose end is the match itself is told by offsets only, never the value (review)", () =>
    fails({ find: (t: string) => [{ start: 5, end: t.slice(5, 21) as never }] }, /recognizer acme returned a span outside the text \(5\.\.a string of \d+\)/))
})

describe("a plugin's source breaking its contract while it is read", () => {
  const EMAIL = "ann@example.com"
  const read = async (pages: () => AsyncGenerator<any>) => {
    const plugin = { ...base(), sources: { tickets: { description: "t", open: () => ({ name: "tickets", pages, get: async (id: string) => ({ id, data: {} }) }) } } }
    const rt = await createRuntime({ plugins: [plugin] }, { builtins })
    const got: unknown[] = []
    try {
      const source = await openSource(rt, "tickets", {})
      expect((await source.get!("T-9"))?.id).toBe("T-9")
      for await (const page of source.pages()) got.push(...page)
      return { got, error: undefined as any }
    } catch (error) {
      return { got, error: error as any }
    } finally {
      await rt.dispose()
    }
  }
  const rows: [string, () => AsyncGenerator<any>, RegExp, number][] = [
    // The same id twice was anonymized and exported twice.
    ["an id given twice (was written twice)", async function* () { yield [{ id: "T-1", data: { email: EMAIL } }, { id: "T-1", data: { email: EMAIL } }] }, /^\[cxedge\] \[runtime\] source tickets gave record 2 the id of record 1 \(ids are not shown: one may be an email or a phone number\): a source gives each record once; fix the source$/, 0],
    ["an id again on a later page", async function* () { yield [{ id: "T-1", data: {} }]; yield [{ id: "T-1", data: {} }] }, /gave record 2 the id of record 1 \(ids are not shown/, 1],
    // A record without an id was exported without one; a number id was written as a number.
    ["a record without an id (was exported without one)", async function* () { yield [{ data: { email: EMAIL } }] }, /^\[cxedge\] \[runtime\] source tickets gave record 1 without an id: every record needs its own id, a non-empty string; fix the source$/, 0],
    ["an id that is a number", async function* () { yield [{ id: 7, data: {} }] }, /gave record 1 an id that is a number, not a string/, 0],
    ["a page that is one record, not a list", async function* () { yield { id: "T-1", data: {} } }, /yielded a page that is not a list of records/, 0],
    ["a record without data", async function* () { yield [{ id: "T-1" }] }, /gave record 1 without data as an object/, 0],
    // A throw quoting the record it stopped at was printed as it was ("unexpected error: db down for ann@...").
    ["a throw quoting a record (was printed as it was)", async function* () { yield [{ id: "T-1", data: {} }]; throw new Error(`db down for ${EMAIL}`) }, /^\[cxedge\] \[runtime\] source tickets failed after 1 record \(Error; its message is not shown, it may quote a record\): fix the source or what it reads$/, 1],
  ]
  for (const [name, pages, says, kept] of rows) {
    test(name, async () => {
      const { got, error } = await read(pages)
      expect(error).toBeInstanceOf(CxedgeError)
      expect(error.message).toMatch(says)
      expect(error.message).not.toContain(EMAIL)
      expect(got).toHaveLength(kept)
    })
  }
  test("a source's own refusal (a CxedgeError) passes as it is", async () => {
    const { error } = await read(async function* () { throw new ConfigError("helpdesk", "the helpdesk refused the token: renew it") })
    expect(error.message).toBe("[cxedge] [helpdesk] the helpdesk refused the token: renew it")
  })
})

describe("task handlers a plugin registers in its setup", () => {
  const handles = (name: string, kind: unknown, run: unknown, codec?: unknown) => ({ ...base(name), setup(rt: any) { rt.tasks.handle(kind, run, codec) } })
  const opens = (plugins: PluginSpec[]) => createRuntime({ plugins: ["tenant", ...plugins] }, { builtins }).then(async (rt) => (await rt.dispose(), undefined), (e) => e)
  const cases: [string, PluginSpec[], RegExp][] = [
    // No handler: registered, then a TypeError at the first task, retried and dead-lettered.
    ["a handler that is undefined (was registered)", [handles("acme", "acme.send", undefined)], /^\[cxedge\] \[tasks\] plugin "acme": the handler of acme\.send tasks must be a function, not nothing: rt\.tasks\.handle\("acme\.send", async \(payload\) => \{ \.\.\. \}\)$/],
    ["a kind with a space", [handles("acme", "send it", async () => {})], /plugin "acme" handles the task kind "send it": a kind is dotted names, its plugin's first \(greeting\.send\)$/],
    ["a codec without decode", [handles("acme", "acme.send", async () => {}, { encode: (x: unknown) => x })], /plugin "acme": the codec of acme\.send tasks needs encode and decode functions$/],
    // A second plugin's handler of one kind replaced the first's in silence.
    ["two plugins handling one kind (the last won)", [handles("a", "greeting.send", async () => {}), handles("b", "greeting.send", async () => {})], /^\[cxedge\] \[tasks\] plugins "a" and "b" both handle greeting\.send tasks: only the last would run them; load only one$/],
  ]
  for (const [name, plugins, says] of cases) {
    test(name, async () => {
      const error = await opens(plugins)
      expect(error).toBeInstanceOf(ConfigError)
      expect(error.message).toMatch(says)
    })
  }
  test("a handler written right is registered", async () => {
    const rt = await createRuntime({ plugins: [handles("acme", "acme.send", async () => {})] }, { builtins })
    expect(rt.tasks.hasHandler("acme.send" as never)).toBe(true)
    await rt.dispose()
  })
})

describe("a plugin's transform misbehaving inside a matrix", () => {
  const EMAIL = "ann@example.com"
  const compile = (transform: any, params?: unknown) => compileMatrix({ name: "m", fields: [{ path: "email", transform: transform.name, ...(params ? { params } : {}) }] } as never, { transforms: new Map([[transform.name, transform]]), keys: createKeyRing(undefined) })
  test("recognizes throwing with the value in its message fails the contact, never quoting it (was the whole job ended, the value printed)", async () => {
    const m = compile({ name: "rec", params: v.object({}), reversible: false, apply: () => "x", recognizes: (value: unknown) => { throw new Error(`seen ${value}`) } })
    const plan = await m.plan({ id: "1", email: EMAIL })
    expect(plan.problems).toHaveLength(1)
    expect(plan.problems[0]!.reason).toBe("rec failed on the string at email (Error)")
    expect(JSON.stringify(plan.problems)).not.toContain(EMAIL)
  })
  test("needsKey throwing is a matrix problem naming the transform (was \"unexpected error: <its message>\")", () => {
    expect(() => compile({ name: "keyed", params: v.object({}), reversible: false, apply: () => "x", needsKey: () => { throw new Error("oops") } })).toThrow(/^\[cxedge\] \[matrix\] matrix "m" has 1 problem\(s\): fields\[0\] \(email\) transform: keyed's needsKey failed \(Error\): fix the plugin that declares keyed$/)
  })
  test("a param's default of the wrong type is the plugin's, not the matrix's (was \"params.n: must be a number ...: write it without quotes\")", () => {
    const slow = { name: "slow", params: v.object({ n: v.optional(v.number(), "7" as never) }), reversible: false, apply: () => "x" }
    expect(() => compile(slow)).toThrow(/fields\[0\] \(email\) params\.n: slow's own default is not valid \(must be a number, not a string\): fix the plugin that declares slow, or give the param$/)
    expect(() => compile(slow, { n: "8" })).toThrow(/params\.n: must be a number, not a string: write it without quotes$/)
  })
  test("a setting's default of the wrong type is the plugin's, not the user's (was \"invalid setting settings.acme.n: ... write it without quotes\")", async () => {
    await refused({ ...base(), config: v.object({ n: v.optional(v.number(), "5" as never) }) }, /^\[cxedge\] \[acme\] the acme plugin's own default for settings\.acme\.n is not valid \(must be a number, not a string\): the plugin's config schema is wrong; fix the plugin, or set settings\.acme\.n yourself$/)
    const given = await createRuntime({ plugins: [{ ...base(), config: v.object({ n: v.optional(v.number(), "5" as never) }) }], settings: { acme: { n: "6" } } }, { builtins }).catch((e) => e)
    expect(given.message).toMatch(/invalid setting settings\.acme\.n: must be a number, not a string/)
  })
})

// The review: names and shapes third-party plugins used before these checks existed still load.
test("plugins written the ways that loaded before the checks still load and run", async () => {
  const ran: string[] = []
  const plugin = {
    name: "acme_crm", version: "v1.0",
    transforms: [t("mask_email")],
    hooks: { "crm:contactSynced": () => void ran.push("hook") },
    setup(rt: any) {
      rt.tasks.handle("acme.syncContacts", async () => {})
      rt.tasks.handle("acme-sync", async () => {})
    },
  }
  const rt = await createRuntime({ plugins: ["tenant", "anonymize", plugin as any] }, { builtins })
  await (rt.hooks as any).emit("crm:contactSynced", {})
  expect(ran).toEqual(["hook"])
  await rt.dispose()
})
