// holdout64: the hand-written blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the texts (test/hand-written-holdout.ts). No recognizer runs here.
import * as gen from "../scripts/gen-holdout64.ts"
import * as validators from "./holdout64-validators.ts"
import { handWrittenHoldoutTests } from "./hand-written-holdout.ts"

handWrittenHoldoutTests("holdout64", gen, validators, { ssnWindow: 90 })
