/** Phone numbers made valid by libphonenumber-js/max, written the way people write them. */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { Rng } from "./rng.ts";

// National significant number patterns: `X` is any digit. Tried until the metadata calls the number valid.
const PATTERNS: Record<string, string[]> = {
  US: ["[2-9]XX[2-9]XXXXXX"], CA: ["416[2-9]XXXXXX", "604[2-9]XXXXXX"],
  GB: ["7[4-9]XXXXXXXX", "20[378]XXXXXXX", "161XXXXXXX", "131XXXXXXX"],
  IE: ["8[35-7]XXXXXXX", "1XXXXXXX", "21XXXXXXX"],
  DE: ["1[5-7]XXXXXXXX", "30XXXXXXXX", "89XXXXXXX", "40XXXXXXX"],
  FR: ["[67]XXXXXXXX", "[1-5]XXXXXXXX"], ES: ["6XXXXXXXX", "9[1-5]XXXXXXX"],
  IT: ["3[2-9]XXXXXXXX", "06XXXXXXXX", "02XXXXXXX"], NL: ["6XXXXXXXX", "20XXXXXXX", "10XXXXXXX"],
  BE: ["4[789]XXXXXXX", "2XXXXXXX", "3XXXXXXX"], PT: ["9[1236]XXXXXXX", "2[12]XXXXXXX"],
  PL: ["[5-8]XXXXXXXX"], SE: ["7[0236]XXXXXXX", "8XXXXXXX"], DK: ["[2-9]XXXXXXX"], NO: ["[49]XXXXXXX"],
  FI: ["4[0-9]XXXXXXX", "50XXXXXXX"], CH: ["7[5-9]XXXXXXX", "44XXXXXXX"], AT: ["6[6-9]XXXXXXXX", "1XXXXXXX"],
  JP: ["90XXXXXXXX", "3XXXXXXXX"], IN: ["9XXXXXXXXX"], BR: ["119XXXXXXXX"], NG: ["80[3-9]XXXXXXX"],
  AU: ["4XXXXXXXX"], ZA: ["8[2-4]XXXXXXX"], MX: ["55XXXXXXXX"], CN: ["13XXXXXXXXX"], KR: ["10XXXXXXXX"],
  TR: ["5[3-5]XXXXXXXX"], AE: ["5[0-5]XXXXXXX"], GH: ["24XXXXXXX"], SG: ["[89]XXXXXXX"],
};

function fill(rng: Rng, pattern: string): string {
  let out = "";
  for (const [, set, x] of pattern.matchAll(/\[([^\]]+)\]|(.)/g)) {
    if (set !== undefined) {
      const opts = [...set.replace(/(\d)-(\d)/g, (_, a: string, b: string) => {
        let s = "";
        for (let d = Number(a); d <= Number(b); d++) s += d;
        return s;
      })];
      out += rng.pick(opts);
    } else out += x === "X" ? String(rng.int(0, 9)) : x;
  }
  return out;
}

export interface Phone { written: string; country: string }

/** A valid number of `country`, national or international, with varied punctuation. */
export function phone(rng: Rng, country: string, style: "national" | "intl" | "any" = "any"): Phone {
  for (let tries = 0; tries < 500; tries++) {
    const nsn = fill(rng, rng.pick(PATTERNS[country] ?? ["X"]));
    if (country === "US" && nsn.slice(3, 6) === "555") continue;
    const parsed = parsePhoneNumberFromString(nsn, country as CountryCode);
    if (!parsed || !parsed.isValid() || parsed.country !== country) continue;
    const intl = style === "intl" || (style === "any" && rng.chance(0.5));
    const written = intl ? writeIntl(rng, parsed.formatInternational()) : writeNational(rng, parsed.formatNational());
    const check = parsePhoneNumberFromString(written.replace(/^00/, "+"), country as CountryCode);
    if (check?.isValid()) return { written, country };
  }
  throw new Error(`[cxedge] [holdout6] no valid phone for ${country}: widen its pattern`);
}

function writeIntl(rng: Rng, formatted: string): string {
  return rng.pick([
    () => formatted,
    () => formatted,
    () => formatted.replace(/ /g, "-"),
    () => formatted.replace(/ /g, "."),
    () => formatted.replace(/^\+/, "00"),
    () => formatted.replace(/ /g, ""),
  ])();
}

function writeNational(rng: Rng, formatted: string): string {
  const digits = formatted.replace(/\D/g, "");
  return rng.pick([
    () => formatted,
    () => formatted,
    () => formatted.replace(/ /g, "-"),
    () => formatted.replace(/ /g, "."),
    () => (/^\(/.test(formatted) ? formatted : digits),
  ])();
}

export const EUROPE = ["GB", "IE", "DE", "FR", "ES", "IT", "NL", "BE", "PT", "PL", "SE", "DK", "NO", "FI", "CH", "AT"];
export const ELSEWHERE = ["JP", "IN", "BR", "NG", "AU", "ZA", "MX", "CN", "KR", "TR", "AE", "GH", "SG"];
