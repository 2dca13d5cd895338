// Each business's own numbers (negatives), several phone-shaped on purpose, plus generic lookalikes.
// A lookalike that happens to be a valid phone of the text's country, a Luhn-valid card or an IP is
// thrown away and drawn again, so that negatives never accidentally carry a labeled type.
import { parsePhoneNumber, type CountryCode } from "libphonenumber-js/max";
import { isIP } from "node:net";
import type { Rng } from "./prng.ts";
import type { Biz } from "./phrases.ts";
import { luhnOk } from "./values.ts";

export interface Lookalike {
  kind: string;
  value: string;
}
type Maker = (r: Rng) => Lookalike;
const L = (kind: string, value: string): Lookalike => ({ kind, value });
const up = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([..."ABCDEFGHJKLMNPQRSTUVWXYZ"])).join("");
const AIRLINE_NUM = ["176", "125", "057", "235", "074", "618", "098", "079", "083", "220", "055", "080", "064", "050", "108", "047", "014", "081"];
const AIRLINE_IATA = ["EK", "BA", "AF", "TK", "KL", "SQ", "AI", "PR", "SA", "LH", "AZ", "LO", "OK", "OA", "FI", "TP", "AC", "QF"];

const MAKERS: Record<Biz, Maker[]> = {
  dental: [
    (r) => L("claim-number", `${r.digits(4)} ${r.digits(3)} ${r.digits(4)}`),
    (r) => L("claim-number", `CLM-${r.int(2024, 2026)}-${r.digits(6)}`),
    (r) => L("tooth-chart", `${r.pick(["1", "2", "3", "4"])}${r.int(1, 8)} ${r.pick(["MOD", "DO", "MO", "B", "OL", "crown"])}`),
    (r) => L("treatment-plan", `TP-${r.digits(5)}`),
    (r) => L("insurance-policy", `${r.pick(["0", "1", "2"])}${r.digits(2)} ${r.digits(4)} ${r.digits(4)}`),
    (r) => L("appointment-ref", `APT${r.digits(4)}-${r.digits(2)}`),
  ],
  airline: [
    (r) => L("pnr", up(r, 2) + r.int(2, 9) + up(r, 3)),
    (r) => L("bag-tag", r.chance(0.5) ? `0${r.pick(AIRLINE_NUM)}${r.digits(6)}` : `0${r.pick(AIRLINE_NUM)} ${r.digits(6)}`),
    (r) => L("ticket-number", `${r.pick(AIRLINE_NUM)}${r.pick(["-", " ", ""])}${r.digits(10)}`),
    (r) => L("frequent-flyer", `${r.pick(AIRLINE_IATA)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`),
    (r) => L("flight-number", `${r.pick(AIRLINE_IATA)}${r.pick(["", " "])}${r.int(10, 2999)}`),
    (r) => L("baggage-file", `${up(r, 3)}${r.pick(AIRLINE_IATA)}${r.digits(5)}`),
  ],
  pharmacy: [
    (r) => L("rx-number", `Rx ${r.digits(7)}`),
    (r) => L("rx-number", r.digits(3) + " " + r.digits(4) + " " + r.digits(3)),
    (r) => L("lot-number", `${up(r, 1)}${r.digits(2)}${up(r, 1)}${r.digits(3)}`),
    (r) => L("ndc", r.pick([`${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`, `${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`, `${r.digits(5)}-${r.digits(3)}-${r.digits(2)}`])),
    (r) => L("batch-number", `B${r.digits(4)}-${r.digits(3)}`),
    (r) => L("delivery-order", `DEL-${r.digits(6)}`),
  ],
  removals: [
    (r) => L("quote-number", `0${r.digits(3)} ${r.digits(3)} ${r.digits(4)}`),
    (r) => L("quote-number", `Q-${r.int(2024, 2026)}-${r.digits(4)}`),
    (r) => L("storage-unit", `${up(r, 1)}${r.int(1, 4)}-${r.digits(3)}`),
    (r) => L("inventory-id", `INV ${r.digits(4)}/${r.digits(3)}`),
    (r) => L("crate-count", `${r.int(4, 60)} crates`),
    (r) => L("bay-code", `${up(r, 2)}${r.int(1, 19)} ${r.int(1, 9)}${up(r, 2)}`),
  ],
};

/** A card brand's IIN with a length that brand issues. */
export function cardIin(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === "4") return n === 13 || n === 16 || n === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (p4 === 6011 || p2 === 65 || (p4 >= 6440 && p4 <= 6499) || (p4 >= 3528 && p4 <= 3589) || p2 === 62) return n >= 16;
  if (p2 === 36 || p2 === 38 || p2 === 39 || (p4 >= 3000 && p4 <= 3059)) return n === 14;
  return false;
}

export function accidentalType(value: string, region: CountryCode): string | null {
  try {
    if (parsePhoneNumber(value, region).isValid()) return "PHONE";
  } catch {
    // not a phone at all
  }
  const d = value.replace(/[ -]/g, "");
  if (/^\d{13,19}$/.test(d) && luhnOk(d) && cardIin(d)) return "CARD";
  if (isIP(value)) return "IP_ADDRESS";
  return null;
}

/** Draws until the lookalike is not accidentally a labeled type in the region. */
export function safe(r: Rng, region: CountryCode, make: Maker): Lookalike {
  for (let i = 0; i < 200; i++) {
    const x = make(r);
    if (!accidentalType(x.value, region)) return x;
  }
  const x = make(r);
  throw new Error(`no safe lookalike: ${x.kind} ${x.value} ${region} ${accidentalType(x.value, region)}`);
}

export function bizRef(r: Rng, biz: Biz, region: CountryCode): Lookalike {
  return safe(r, region, (rr) => rr.pick(MAKERS[biz])(rr));
}

export function version(r: Rng): Lookalike {
  return L("version", r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`, `${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}-rc${r.int(1, 5)}`, `${r.int(2, 6)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(1000, 9999)}`]));
}
export function timestamp(r: Rng): Lookalike {
  const p = (n: number) => String(n).padStart(2, "0");
  return L("timestamp", `${r.pick([2025, 2026])}-${p(r.int(1, 12))}-${p(r.int(1, 28))}T${p(r.int(0, 23))}:${p(r.int(0, 59))}:${p(r.int(0, 59))}${r.pick(["Z", "+01:00", "+05:30", "+08:00", "+02:00"])}`);
}
