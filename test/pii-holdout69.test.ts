// holdout69 (sixteen locales, exported contact-centre structure: threads, chat exports, CRM rows, summaries): the
// hand-written blind corpus regenerates byte for byte, and every label and lookalike passes validators written apart
// from the texts (test/hand-written-holdout.ts). No recognizer runs here.
import * as gen from "../scripts/gen-holdout69.ts"
import * as validators from "./holdout69-validators.ts"
import { handWrittenHoldoutTests } from "./hand-written-holdout.ts"

handWrittenHoldoutTests("holdout69", gen, validators, { minTexts: 150, minSaid: 8, localeKinds: ["chat", "note", "email", "summary"] })
