// holdout70 (fourteen locales, hurried and mixed-language writing): the hand-written blind corpus regenerates byte for byte, and every label and
// lookalike passes validators written apart from the texts (test/hand-written-holdout.ts). No recognizer runs here.
import * as gen from "../scripts/gen-holdout70.ts"
import * as validators from "./holdout70-validators.ts"
import { handWrittenHoldoutTests } from "./hand-written-holdout.ts"

handWrittenHoldoutTests("holdout70", gen, validators, { minTexts: 150, minSaid: 8, localeKinds: ["chat", "note", "sms", "summary"] })
