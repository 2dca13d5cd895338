// holdout67 (a NINO two rows under its header, a read-back said aloud): the hand-written blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the texts (test/hand-written-holdout.ts). No recognizer runs here.
import * as gen from "../scripts/gen-holdout67.ts"
import * as validators from "./holdout67-validators.ts"
import { handWrittenHoldoutTests } from "./hand-written-holdout.ts"

handWrittenHoldoutTests("holdout67", gen, validators, { ninoWindow: 200, minTexts: 150 })
