import { encrypt } from "./encrypt.ts"
import { generalize } from "./generalize.ts"
import { pan } from "./pan.ts"
import { hash, hmac } from "./pseudonymize.ts"
import { mask, nullify, redact, replace } from "./redact.ts"

/** The built-in transforms, registered by the anonymize plugin. */
export const builtinTransforms = [hmac, hash, mask, nullify, redact, replace, generalize, encrypt, pan]

export { decryptValue, encryptValue } from "./encrypt.ts"
export { countryCode } from "./generalize.ts"
