// holdout66: the hand-written blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the texts (test/hand-written-holdout.ts). No recognizer runs here.
import * as gen from "../scripts/gen-holdout66.ts"
import * as validators from "./holdout66-validators.ts"
import { handWrittenHoldoutTests } from "./hand-written-holdout.ts"

handWrittenHoldoutTests("holdout66", gen, validators)
