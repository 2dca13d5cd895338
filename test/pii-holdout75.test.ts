// holdout75 (ten locales, the voice channel of a contact centre: speech-to-text transcripts, voicemails, IVR logs and
// post-call summaries): the hand-written blind corpus regenerates byte for byte, and every label and lookalike passes
// validators written apart from the texts (test/hand-written-holdout.ts). No recognizer runs here.
import * as gen from "../scripts/gen-holdout75.ts"
import * as validators from "./holdout75-validators.ts"
import { handWrittenHoldoutTests } from "./hand-written-holdout.ts"

handWrittenHoldoutTests("holdout75", gen, validators, { minTexts: 150, minSaid: 40, localeKinds: ["transcript", "voicemail", "summary"] })
