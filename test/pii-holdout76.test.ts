// holdout76 (ten locales, the written channel of business-to-business and field-service desks: tickets, e-mails, chat
// exports and forms): the hand-written blind corpus regenerates byte for byte, and every label and lookalike passes
// validators written apart from the texts (test/hand-written-holdout.ts, whose table of titles gained Czech for it). No recognizer runs here.
import * as gen from "../scripts/gen-holdout76.ts"
import * as validators from "./holdout76-validators.ts"
import { handWrittenHoldoutTests } from "./hand-written-holdout.ts"

handWrittenHoldoutTests("holdout76", gen, validators, { minTexts: 150, minSaid: 0, localeKinds: ["ticket", "email", "chat", "form"] })
