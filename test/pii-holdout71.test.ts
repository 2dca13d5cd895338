// holdout71 (seventeen locales, formal correspondence and case files of regulated services, a `summary` kind): the
// hand-written blind corpus regenerates byte for byte, and every label and lookalike passes validators written apart from
// the texts (test/hand-written-holdout.ts). No recognizer runs here.
import * as gen from "../scripts/gen-holdout71.ts"
import * as validators from "./holdout71-validators.ts"
import { handWrittenHoldoutTests } from "./hand-written-holdout.ts"

handWrittenHoldoutTests("holdout71", gen, validators, { minTexts: 150, minSaid: 8, localeKinds: ["email", "note", "summary"] })
