import * as v from "valibot"
import { ConfigError, defineSource, type SourceDefinition } from "../../../core/index.ts"
import type { AnonymizeSettings } from "../settings.ts"
import { createCxoneSource } from "./cxone.ts"
import { createJsonlSource } from "./jsonl.ts"
import { createMessagesSource } from "./messages.ts"
import { createRecordsSource } from "./records.ts"

const window = v.object({ since: v.optional(v.string()), until: v.optional(v.string()) })

/**
 * The sources this plugin declares: `anonymize --source <name>` and `pii
 * scan --source <name>` read them through `rt.sources` (core/sources.ts).
 * `single` and `subject` are not here: a callout and an erasure request
 * build them, never a flag.
 */
export const anonymizeSources: Record<string, SourceDefinition<any>> = {
  records: defineSource({
    description: "the seed contract's records API (GET /api/v1/contacts), which the patch target writes back to",
    options: v.object({}),
    open: (rt) => createRecordsSource(rt.client),
  }),
  cxone: defineSource({
    description: "CXone contacts/completed, in the --since..--until window when one is given",
    options: window,
    open: (rt, { since, until }) => createCxoneSource(rt.client, { startDate: since, endDate: until }),
  }),
  jsonl: defineSource({
    description: "a JSON Lines file (--file), one object with an id per line",
    options: v.object({ file: v.optional(v.string()) }),
    open(_rt, { file }, { files, scope = "anonymize" }) {
      if (!file) throw new ConfigError(scope, "--source jsonl needs --file path/to/contacts.jsonl")
      if (!files) throw new ConfigError(scope, "a JSONL source is only available from the CLI")
      return createJsonlSource(files, file)
    },
  }),
  messages: defineSource({
    description: "the DFO messages of the digital contacts completed in --since..--until (needs --since)",
    options: window,
    open(rt, { since, until }, { scope }) {
      const { messages, dfoHistory, digitalMedia, dfoContactField } = rt.settings<Partial<AnonymizeSettings>>("anonymize") ?? {}
      const warn = (medium: string) =>
        rt.log.warn(`[cxedge] [anonymize] contacts of medium ${medium} are not in settings.anonymize.digitalMedia: their DFO messages are not read; if the medium has DFO messages, cxedge does not know its name yet: report it to the cxedge maintainers`)
      return createMessagesSource(rt.client, { since, until, messages, dfoHistory, digitalMedia, dfoContactField, scope, warn })
    },
  }),
}
