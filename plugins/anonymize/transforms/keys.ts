// The derivation lives in core so the pii plugin's scrub transform gives the same tokens.
export { hmacSha256, subkey, type KeyPurpose } from "../../../core/pseudonym.ts"
