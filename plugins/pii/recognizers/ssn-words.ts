import { contextMatcher } from "../../../core/index.ts"

/** Words naming an SSN: the SSN recognizer's context, and nine bare digits after one are the SSN, not a phone number. */
export const SSN_CONTEXT_WORDS = ["ssn", "ss#", "social security", "social security number", "soc sec", "seguro social", "número de seguro social", "sozialversicherungsnummer", "sécurité sociale", "tax id", "itin", "irs", "taxpayer id", "taxpayer identification", "full social", "my social", "your social", "the social", "social is", "social number"]
export const SSN_WORDS = contextMatcher(SSN_CONTEXT_WORDS)
