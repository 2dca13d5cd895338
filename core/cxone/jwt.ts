/** Decodes (does not verify) a JWT's payload: enough to read tenantId and exp claims. */
export function decodeClaims(token: string): Record<string, unknown> | undefined {
  const part = token.split(".")[1]
  if (!part) return undefined
  try {
    const json = new TextDecoder().decode(base64UrlDecode(part))
    const claims = JSON.parse(json)
    return claims && typeof claims === "object" ? claims : undefined
  } catch {
    return undefined
  }
}

export function base64UrlDecode(input: string): Uint8Array {
  const b64 = input.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(input.length / 4) * 4, "=")
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let bin = ""
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]!)
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
}

/** Claims safe to show an operator: identifiers, never the token itself. */
export const PUBLIC_CLAIMS = ["sub", "tenantId", "tenant", "icBUId", "icClusterId", "icDomain", "aud", "iss", "iat", "exp", "userId", "role"]
