// Phone values: a national significant number from a real range, checked valid with libphonenumber-js/max,
// then written in one of the locale's forms; every written form is parsed back to the same E.164 number.
import { parsePhoneNumber, type CountryCode } from "libphonenumber-js/max";
import type { Rng } from "./prng.ts";
import { PLANS, type PhoneKind, type PhonePlan } from "./phone-plans.ts";

export interface Phone {
  written: string;
  e164: string;
  region: CountryCode;
  national: string; // national dialling digits, trunk included (used for spoken forms)
}

function parsesTo(written: string, region: CountryCode, e164: string): boolean {
  try {
    const n = parsePhoneNumber(written, region);
    return n.isValid() && n.number === e164;
  } catch {
    return false;
  }
}

function fill(fmt: string, nsn: string): string | null {
  let i = 0;
  const out = fmt.replace(/#/g, () => nsn[i++] ?? "?");
  return i === nsn.length && !out.includes("?") ? out : null;
}

function validNsn(rng: Rng, plan: PhonePlan, kind: PhoneKind): string | null {
  for (let t = 0; t < 60; t++) {
    const pre = rng.pick(kind.pre);
    const nsn = pre + rng.digits(kind.len - pre.length);
    if (parsesTo(`+${plan.cc}${nsn}`, plan.region, `+${plan.cc}${nsn}`)) return nsn;
  }
  return null;
}

export function plan(localeId: string): PhonePlan {
  const pl = PLANS[localeId];
  if (!pl) throw new Error(`no phone plan for ${localeId}`);
  return pl;
}

/** A phone of the locale; `type` prefers mobile or fixed; `fmtFilter` keeps some forms only. */
export function makePhone(rng: Rng, localeId: string, type?: "mobile" | "fixed", fmtFilter?: (f: string) => boolean): Phone {
  const pl = plan(localeId);
  for (let t = 0; t < 40; t++) {
    const kinds = pl.kinds.filter((x) => !type || x.type === type);
    const kind = rng.pick(kinds.length ? kinds : pl.kinds);
    const nsn = validNsn(rng, pl, kind);
    if (!nsn) continue;
    const e164 = `+${pl.cc}${nsn}`;
    const fmts = kind.fmt.filter((f) => !fmtFilter || fmtFilter(f));
    for (const f of rng.shuffle(fmts.length ? fmts : kind.fmt)) {
      const written = fill(f, nsn);
      if (written && parsesTo(written, pl.region, e164)) {
        const trunkDigits = pl.cc === "1" ? "" : pl.trunk;
        const national = pl.region === "IT" ? nsn : trunkDigits + nsn;
        return { written, e164, region: pl.region, national };
      }
    }
  }
  throw new Error(`could not make a phone for ${localeId}`);
}

/** Re-groups a number's national digits oddly (e.g. 98 76 54 32 10); kept only if it parses back. */
export function oddGroups(rng: Rng, ph: Phone): Phone {
  const d = ph.national;
  const parts: string[] = [];
  let i = 0;
  while (i < d.length) {
    const n = Math.min(d.length - i, rng.int(2, 4));
    parts.push(d.slice(i, i + n));
    i += n;
  }
  const written = parts.join(rng.pick([" ", " ", "-", "."]));
  return parsesTo(written, ph.region, ph.e164) ? { ...ph, written } : ph;
}

const WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** English spoken digits with "double"/"triple" runs; `zero` says how 0 is read. */
export function spoken(rng: Rng, digits: string): string {
  const groups: string[] = [];
  let i = 0;
  while (i < digits.length) {
    const n = Math.min(digits.length - i, rng.int(3, 4));
    groups.push(digits.slice(i, i + n));
    i += n;
  }
  const zero = rng.pick(["oh", "oh", "zero"]);
  const say = (c: string) => (c === "0" ? zero : (WORDS[Number(c)] as string));
  const out = groups.map((g) => {
    const w: string[] = [];
    let j = 0;
    while (j < g.length) {
      const c = g[j] as string;
      let run = 1;
      while (g[j + run] === c && run < 3) run++;
      if (run === 3) w.push(`triple ${say(c)}`);
      else if (run === 2) w.push(`double ${say(c)}`);
      else w.push(say(c));
      j += run;
    }
    return w.join(" ");
  });
  return out.join(rng.pick([", ", " ", " ... "]));
}
