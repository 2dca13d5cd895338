// holdout73 (sixteen locales, contact-centre chats, agent notes, e-mails and call summaries of consumer businesses): the
// hand-written blind corpus regenerates byte for byte, and every label and lookalike passes validators written apart
// from the texts (test/hand-written-holdout.ts). No recognizer runs here.
import * as gen from "../scripts/gen-holdout73.ts"
import * as validators from "./holdout73-validators.ts"
import { handWrittenHoldoutTests } from "./hand-written-holdout.ts"

handWrittenHoldoutTests("holdout73", gen, validators, { minTexts: 160, minSaid: 10, localeKinds: ["chat", "note", "email", "summary"] })
