// holdout74 (fifteen locales, contact-centre QA pulls: AI call summaries, after-call notes, escalation e-mails and
// web-chat transcripts): the hand-written blind corpus regenerates byte for byte, and every label and lookalike passes
// validators written apart from the texts (test/hand-written-holdout.ts). No recognizer runs here.
import * as gen from "../scripts/gen-holdout74.ts"
import * as validators from "./holdout74-validators.ts"
import { handWrittenHoldoutTests } from "./hand-written-holdout.ts"

handWrittenHoldoutTests("holdout74", gen, validators, { minTexts: 150, minSaid: 8, localeKinds: ["summary", "note", "email"] })
