// RS256 JWTs on Web Crypto, as CXone's /auth/token issues them (kid "default").
const enc = new TextEncoder()

const b64url = (bytes: Uint8Array) => {
  let bin = ""
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]!)
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
}
const fromB64url = (s: string) => {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(s.length / 4) * 4, "="))
  return Uint8Array.from(bin, (c) => c.charCodeAt(0))
}

const ALG = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }

export interface Signer {
  sign(claims: Record<string, unknown>): Promise<string>
  verify(token: string): Promise<Record<string, unknown> | undefined>
  jwks(): Promise<{ keys: JsonWebKey[] }>
}

export async function createSigner(): Promise<Signer> {
  const pair = (await crypto.subtle.generateKey(
    { ...ALG, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ["sign", "verify"],
  )) as CryptoKeyPair
  const header = b64url(enc.encode(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "default" })))
  const verified = new Map<string, Record<string, unknown>>()
  return {
    async sign(claims) {
      const body = `${header}.${b64url(enc.encode(JSON.stringify(claims)))}`
      const sig = new Uint8Array(await crypto.subtle.sign(ALG, pair.privateKey, enc.encode(body)))
      return `${body}.${b64url(sig)}`
    },
    async verify(token) {
      const hit = verified.get(token)
      if (hit) return hit
      const [h, p, s] = token.split(".")
      if (!h || !p || !s) return undefined
      try {
        const ok = await crypto.subtle.verify(ALG, pair.publicKey, fromB64url(s), enc.encode(`${h}.${p}`))
        if (!ok) return undefined
        const claims = JSON.parse(new TextDecoder().decode(fromB64url(p)))
        if (verified.size > 50_000) verified.clear()
        verified.set(token, claims)
        return claims
      } catch {
        return undefined
      }
    },
    async jwks() {
      const jwk = await crypto.subtle.exportKey("jwk", pair.publicKey)
      return { keys: [{ kty: jwk.kty, n: jwk.n, e: jwk.e, kid: "default", alg: "RS256", use: "sig" } as JsonWebKey] }
    },
  }
}
