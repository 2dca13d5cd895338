// holdout72 (sixteen locales, structured and semi-structured contact-centre records): the hand-written blind corpus
// regenerates byte for byte, and every label and lookalike passes validators written apart from the texts
// (test/hand-written-holdout.ts). No recognizer runs here.
import * as gen from "../scripts/gen-holdout72.ts"
import * as validators from "./holdout72-validators.ts"
import { handWrittenHoldoutTests } from "./hand-written-holdout.ts"

handWrittenHoldoutTests("holdout72", gen, validators, { minTexts: 150, minSaid: 8, localeKinds: ["note", "ticket", "email"] })
