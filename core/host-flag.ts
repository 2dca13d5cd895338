import { labelOf, shown, usage } from "./flag-words.ts"

// An IPv4 address's shape: four dotted parts of 1-3 digits.
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/

/**
 * An address to listen on (`--host`, `CXEDGE_HOST`), or undefined when absent: an IPv4 address
 * (each part 0-255), an IPv6 address, or a host name. Checked before any listen, so a typo is
 * named here rather than surfacing as EINVAL, ENOTFOUND or "port in use".
 */
export function hostFlag(name: string, raw: unknown): string | undefined {
  if (raw === undefined) return undefined
  // An IPv6 address may be written in brackets, as in a URL (`[::1]`): listened on without them.
  const given = String(raw)
  const text = /^\[[^\[\]]*:[^\[\]]*\]$/.test(given) ? given.slice(1, -1) : given
  if (text.includes(":") && text.includes("%")) throw usage(`${labelOf(name)} ${shown(given.slice(0, 60))} names an IPv6 zone (%...), which cxedge cannot listen on: give the address without it`, name)
  if (!listenable(text)) throw usage(`${labelOf(name)} ${shown(given.slice(0, 60))} is not an address to listen on: use an IP address of this machine (127.0.0.1, 0.0.0.0, ::) or a host name${hostHint(name, given)}`, name)
  return text
}

/** An IPv4 address (each part 0-255), an IPv6 address, or a host name. */
function listenable(text: string): boolean {
  const ipv4 = IPV4.exec(text)
  if (ipv4) return ipv4.slice(1).every((part) => Number(part) <= 255)
  if (text.includes(":")) return isIpv6(text)
  return HOST_NAME.test(text) && !/^[\d.]+$/.test(text)
}

/**
 * ` (the address alone: --host 0.0.0.0, and the port with --port 8080)` for an address written as a URL or with its
 * port (`http://0.0.0.0`, `localhost:8080`, `[::1]:80`), where the address itself is one to listen on; else nothing.
 */
function hostHint(name: string, given: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(\[[^\[\]]+\]|[^:/\[\]]+)(?::(\d{1,5}))?\/?$/i.exec(given.trim())
  if (!m || m[0] === m[1]) return ""
  const host = m[1]!.startsWith("[") ? m[1]!.slice(1, -1) : m[1]!
  if (!listenable(host)) return ""
  const env = /^[A-Z]/.test(name)
  const set = (flag: string, value: string) => (env ? `${flag}=${value}` : `--${flag} ${value}`)
  const port = m[2] && Number(m[2]) <= 65_535 ? `, and the port with ${set(env ? name.replace(/HOST$/, "PORT") : "port", m[2])}` : ""
  return ` (the address alone: ${set(env ? name : labelOf(name).slice(2), host)}${port})`
}

/**
 * An IPv6 address written as RFC 4291 allows: up to eight groups of 1-4 hex digits, one "::" at most
 * standing for the groups left out, the last two groups optionally an IPv4 address. Bun's URL parser
 * takes some that are not (::1: parses there), which then failed at listen as "baseURI must have a hostname".
 */
function isIpv6(text: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return false
  const halves = text.split("::")
  if (halves.length > 2) return false
  const groups = halves.map((half) => (half === "" ? [] : half.split(":")))
  const all = groups.flat()
  const ipv4 = all.length > 0 && all.at(-1)!.includes(".")
  if (ipv4 && !IPV4.test(all.at(-1)!)) return false
  if (!(ipv4 ? all.slice(0, -1) : all).every((group) => /^[0-9A-Fa-f]{1,4}$/.test(group))) return false
  const count = all.length + (ipv4 ? 1 : 0)
  if (halves.length === 2 ? count > 7 : count !== 8) return false
  try {
    return new URL(`http://[${text}]/`).hostname.length > 2
  } catch {
    return false
  }
}
