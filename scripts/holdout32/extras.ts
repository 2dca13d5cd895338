// Extra values a text may carry as fields (card, IBAN, SSN, NINO, IP) and their near-miss negatives.
import type { Scene } from "./scene.ts";
import { V } from "./scene.ts";
import { safe, timestamp, version } from "./business.ts";

export type Flag = "card" | "iban" | "ssn" | "nino" | "ip" | "badCard" | "badIban" | "badSsn" | "badNino" | "natId" | "version" | "stamp";
export interface Field {
  key: string;
  label: string;
  put: (S: Scene) => void;
}
const IBAN_CC = ["IT", "PL", "CZ", "HU", "RO", "GR", "BE", "LT", "LV", "SI", "BG", "IS", "PT", "CH", "TR"];
const ibanCc = (S: Scene) => S.loc.iban ?? S.r.pick(IBAN_CC);

export function fields(S: Scene, flags: Flag[]): Field[] {
  const P = S.ph;
  const f = (key: string, label: string, put: (S: Scene) => void): Field => ({ key, label, put });
  return flags.map((fl) => {
    switch (fl) {
      case "card": return f("card", P.card, (s) => void s.doc.ent("CARD", V.card(s.r)));
      case "iban": return f("iban", P.iban, (s) => void s.doc.ent("IBAN", V.iban(s.r, ibanCc(s))));
      case "ssn": return f("ssn", S.r.pick(["SSN", "US SSN", "social security no."]), (s) => void s.doc.ent("US_SSN", V.ssn(s.r)));
      case "nino": return f("ni_number", S.r.pick(["NI number", "NINO", "National Insurance no."]), (s) => void s.doc.ent("UK_NINO", V.nino(s.r)));
      case "ip": return f("ip", S.r.pick(["IP", "client IP", "login from"]), (s) => void s.doc.ent("IP_ADDRESS", V.ip(s.r)));
      case "badCard": return f("card_on_file", `${P.card} (declined)`, (s) => void s.doc.neg("card-luhn-fail", safe(s.r, s.region, (r) => ({ kind: "", value: V.badCard(r) })).value));
      case "badIban": return f("iban_rejected", `${P.iban} (rejected)`, (s) => void s.doc.neg("iban-bad-check", safe(s.r, s.region, (r) => ({ kind: "", value: V.badIban(r, ibanCc(s)) })).value));
      case "badSsn": return f("ssn_invalid", "SSN (invalid)", (s) => void s.doc.neg("ssn-invalid", safe(s.r, s.region, (r) => ({ kind: "", value: V.badSsn(r) })).value));
      case "badNino": return f("ni_invalid", "NI number (invalid)", (s) => void s.doc.neg("nino-invalid", safe(s.r, s.region, (r) => ({ kind: "", value: V.badNino(r) })).value));
      case "natId": return f("national_id", P.idLabel, (s) => void s.nationalId());
      case "version": return f("app_version", "app", (s) => { const v = safe(s.r, s.region, version); s.doc.neg(v.kind, v.value); });
      case "stamp": return f("updated_at", "updated", (s) => { const v = safe(s.r, s.region, timestamp); s.doc.neg(v.kind, v.value); });
    }
  });
}

/** "label: value; label: value" in prose. */
export function proseFields(S: Scene, fs: Field[], sep = "; "): void {
  fs.forEach((x, i) => {
    if (i > 0) S.lit(sep);
    S.lit(`${x.label}: `);
    x.put(S);
  });
}
