// National identity numbers of each locale, built with their published check digits; they are
// negatives (not one of the labeled types), written the way each country writes them.
import type { Rng } from "./prng.ts";
import { luhnOk } from "./values.ts";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const ds = (s: string) => [...s].map(Number);
const wsum = (d: number[], w: number[]) => w.reduce((a, x, i) => a + x * (d[i] as number), 0);
function luhnTail(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return body + c;
  throw new Error("unreachable");
}
function date(rng: Rng): [number, number, number] {
  return [rng.int(1950, 2004), rng.int(1, 12), rng.int(1, 28)];
}

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0,4,3,2,1,5,6,7,8,9];
function verhoeff(body: string): string {
  let c = 0;
  const d = ds(body + "0").reverse();
  d.forEach((x, i) => { c = (VD[c] as number[])[(VP[i % 8] as number[])[x] as number] as number; });
  return String(VINV[c]);
}

const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21 };
"ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("").forEach((ch, i) => { CF_ODD[ch] = [1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23][i] as number; });
function codiceFiscale(rng: Rng): string {
  const L = "BCDFGHLMNPRSTVZ";
  const [y, m, d] = date(rng);
  const f = rng.chance(0.5);
  let s = "";
  for (let i = 0; i < 6; i++) s += rng.pick([...L]);
  s += pad(y % 100) + "ABCDEHLMPRST"[m - 1] + pad(d + (f ? 40 : 0)) + rng.pick(["F205", "H501", "L219", "F839", "G273", "D612", "A944"]);
  let sum = 0;
  [...s].forEach((ch, i) => { sum += i % 2 === 0 ? (CF_ODD[ch] as number) : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65; });
  return s + String.fromCharCode(65 + (sum % 26));
}

function pesel(rng: Rng): string {
  const [y, m, d] = date(rng);
  const b = pad(y % 100) + pad(m + (y >= 2000 ? 20 : 0)) + pad(d) + rng.digits(4);
  return b + ((10 - (wsum(ds(b), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}
function rodne(rng: Rng): string {
  for (;;) {
    const [y, m, d] = date(rng);
    const b = pad(y % 100) + pad(m + (rng.chance(0.5) ? 50 : 0)) + pad(d) + rng.digits(3);
    const c = Number(b) % 11;
    if (c === 10) continue;
    return `${b.slice(0, 6)}/${b.slice(6)}${c}`;
  }
}
function taj(rng: Rng): string {
  const b = rng.digits(8);
  const s = b + (wsum(ds(b), [3, 7, 3, 7, 3, 7, 3, 7]) % 10);
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}
function cnp(rng: Rng): string {
  const [y, m, d] = date(rng);
  const b = String(y >= 2000 ? rng.int(5, 6) : rng.int(1, 2)) + pad(y % 100) + pad(m) + pad(d) + pad(rng.int(1, 46)) + pad(rng.int(1, 999), 3);
  const r = wsum(ds(b), [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return b + (r === 10 ? 1 : r);
}
function amka(rng: Rng): string {
  const [y, m, d] = date(rng);
  return luhnTail(pad(d) + pad(m) + pad(y % 100) + rng.digits(4));
}
function tckn(rng: Rng): string {
  const d = [rng.int(1, 9), ...ds(rng.digits(8))];
  const odd = (d[0] as number) + (d[2] as number) + (d[4] as number) + (d[6] as number) + (d[8] as number);
  const even = (d[1] as number) + (d[3] as number) + (d[5] as number) + (d[7] as number);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, x) => a + x, 0) + d10) % 10;
  return d.join("") + d10 + d11;
}
function beRrn(rng: Rng): string {
  const [y, m, d] = date(rng);
  const b = pad(y % 100) + pad(m) + pad(d) + pad(rng.int(1, 997), 3);
  const c = 97 - (Number((y >= 2000 ? "2" : "") + b) % 97);
  return `${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6)}.${pad(c)}`;
}
function ltCode(rng: Rng): string {
  const [y, m, d] = date(rng);
  const b = String(y >= 2000 ? rng.int(5, 6) : rng.int(3, 4)) + pad(y % 100) + pad(m) + pad(d) + rng.digits(3);
  let r = wsum(ds(b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (r === 10) r = wsum(ds(b), [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return b + (r === 10 ? 0 : r);
}
function lvCode(rng: Rng): string {
  for (;;) {
    const [y, m, d] = date(rng);
    const b = pad(d) + pad(m) + pad(y % 100) + (y >= 2000 ? "2" : "1") + rng.digits(3);
    const c = (((1101 - wsum(ds(b), [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11) + 11) % 11;
    if (c === 10) continue;
    return `${b.slice(0, 6)}-${b.slice(6)}${c}`;
  }
}
function emso(rng: Rng): string {
  for (;;) {
    const [y, m, d] = date(rng);
    const b = pad(d) + pad(m) + pad(y % 1000, 3) + "50" + pad(rng.int(0, 999), 3);
    const r = 11 - (wsum(ds(b), [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (r === 10) continue;
    return b + (r === 11 ? 0 : r);
  }
}
function egn(rng: Rng): string {
  const [y, m, d] = date(rng);
  const b = pad(y % 100) + pad(m + (y >= 2000 ? 40 : 0)) + pad(d) + rng.digits(3);
  const r = wsum(ds(b), [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
  return b + (r === 10 ? 0 : r);
}
function kennitala(rng: Rng): string {
  for (;;) {
    const [y, m, d] = date(rng);
    const b = pad(d) + pad(m) + pad(y % 100) + pad(rng.int(20, 99));
    const r = 11 - (wsum(ds(b), [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (r === 10) continue;
    return `${b.slice(0, 6)}-${b.slice(6)}${r === 11 ? 0 : r}${y >= 2000 ? 0 : 9}`;
  }
}
function nif(rng: Rng): string {
  const b = String(rng.int(1, 2)) + rng.digits(7);
  const r = 11 - (wsum(ds(b), [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return b + (r >= 10 ? 0 : r);
}
function nric(rng: Rng): string {
  const pre = rng.pick(["S", "T"]);
  const b = rng.digits(7);
  const r = (wsum(ds(b), [2, 7, 6, 5, 4, 3, 2]) + (pre === "T" ? 4 : 0)) % 11;
  return pre + b + ("JZIHGFEDCBA"[r] as string);
}
function zaId(rng: Rng): string {
  const [y, m, d] = date(rng);
  const yy = y >= 1940 && y < 1950 ? 1962 : y;
  return luhnTail(pad(yy % 100) + pad(m) + pad(d) + rng.digits(4) + rng.pick(["0", "0", "1"]) + "8");
}
function nhs(rng: Rng): string {
  for (;;) {
    const b = String(rng.int(4, 7)) + rng.digits(8);
    const r = 11 - (wsum(ds(b), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    if (r === 10) continue;
    const s = b + (r === 11 ? 0 : r);
    return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}
function sin(rng: Rng): string {
  const s = luhnTail(String(rng.int(1, 7)) + rng.digits(7));
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}
function tfn(rng: Rng): string {
  for (;;) {
    const s = rng.digits(9);
    if (wsum(ds(s), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0) return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}

export const ID_MAKERS: Record<string, [string, (r: Rng) => string][]> = {
  "en-IN": [["aadhaar", (r) => { const b = String(r.int(2, 9)) + r.digits(10); const s = b + verhoeff(b); return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`; }],
    ["pan", (r) => { const A = "ABCDEFGHJKLMNPRSTVWXYZ"; return r.pick([...A]) + r.pick([...A]) + r.pick([...A]) + "P" + r.pick([...A]) + r.digits(4) + r.pick([...A]); }]],
  "en-SG": [["nric", nric]],
  "en-PH": [["ph-tin", (r) => `${r.int(100, 499)}-${r.digits(3)}-${r.digits(3)}-000`]],
  "en-ZA": [["za-id", zaId]],
  "en-NG": [["ng-nin", (r) => String(r.int(1, 9)) + r.digits(10)]],
  "en-JM": [["jm-trn", (r) => `1${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`]],
  "en-SCT": [["nhs-number", nhs]], "en-CORN": [["nhs-number", nhs]], "en-NS": [["ca-sin", sin]], "en-QLD": [["au-tfn", tfn]],
  "it-IT": [["codice-fiscale", codiceFiscale]], "it-CH": [["codice-fiscale", codiceFiscale]],
  "pl-PL": [["pesel", pesel]], "cs-CZ": [["rodne-cislo", rodne]], "hu-HU": [["taj", taj]], "ro-RO": [["cnp", cnp]],
  "el-GR": [["amka", amka]], "tr-TR": [["tc-kimlik", tckn]], "nl-BE": [["be-rrn", beRrn]], "fr-BE": [["be-rrn", beRrn]],
  "lt-LT": [["lt-asmens-kodas", ltCode]], "lv-LV": [["lv-personas-kods", lvCode]], "sl-SI": [["emso", emso]],
  "bg-BG": [["egn", egn]], "is-IS": [["kennitala", kennitala]], "pt-PT": [["pt-nif", nif]],
};

export function nationalId(rng: Rng, localeId: string): { kind: string; value: string } {
  const makers = ID_MAKERS[localeId];
  if (!makers) throw new Error(`no ids for ${localeId}`);
  const [kind, make] = rng.pick(makers);
  return { kind, value: make(rng) };
}
