// Validators for the holdout32 corpus, written apart from its generator: each reads only a value's
// text. Labels: Luhn + IIN, IBAN mod 97, SSN, NINO. Negatives: national ids by their check digits.
const ds = (s: string) => [...s].map(Number);
const ws = (d: number[], w: number[]) => w.reduce((a, x, i) => a + x * (d[i] ?? 0), 0);

export function luhn(d: string): boolean {
  let sum = 0;
  [...d].reverse().forEach((c, i) => {
    const x = Number(c) * (i % 2 ? 2 : 1);
    sum += x > 9 ? x - 9 : x;
  });
  return sum % 10 === 0;
}
export function iinLength(d: string): boolean {
  const n = d.length;
  const a = Number(d.slice(0, 2));
  const b = Number(d.slice(0, 4));
  if (d.startsWith("4")) return [13, 16, 19].includes(n);
  if ((a >= 51 && a <= 55) || (b >= 2221 && b <= 2720)) return n === 16;
  if (a === 34 || a === 37) return n === 15;
  if (b === 6011 || a === 65 || (b >= 3528 && b <= 3589) || a === 62) return n >= 16 && n <= 19;
  if (a === 36 || a === 38 || (b >= 3000 && b <= 3059)) return n === 14;
  return false;
}
export const isCard = (v: string) => /^\d{4}([ -]?\d{2,6}){2,4}$/.test(v) && iinLength(v.replace(/[ -]/g, "")) && luhn(v.replace(/[ -]/g, ""));

export const IBAN_LEN: Record<string, number> = { IT: 27, CH: 21, PL: 28, CZ: 24, HU: 28, RO: 24, GR: 27, TR: 26, BE: 16, LT: 20, LV: 21, SI: 19, BG: 22, IS: 26, PT: 25, GB: 22, DE: 22 };
export function ibanMod(v: string): number | null {
  const s = v.replace(/ /g, "");
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LEN[s.slice(0, 2)] !== s.length) return null;
  if (v.includes(" ") && !/^([A-Z0-9]{4} )+[A-Z0-9]{1,4}$/.test(v)) return null;
  const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0;
  for (const c of moved) r = (r * 10 + Number(c)) % 97;
  return r;
}
export const isIban = (v: string) => ibanMod(v) === 1;

export function isSsn(v: string): boolean {
  const m = /^(\d{3})[- ](\d{2})[- ](\d{4})$/.exec(v);
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a !== 666 && a < 900 && m[2] !== "00" && m[3] !== "0000";
}
export function isNino(v: string): boolean {
  const s = v.replace(/ /g, "");
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(s)) return false;
  if (v.includes(" ") && !/^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v)) return false;
  const p = s.slice(0, 2);
  return !/[DFIQUV]/.test(p[0] as string) && !/[DFIQUVO]/.test(p[1] as string) && !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(p);
}

const SPOKEN: Record<string, string> = { oh: "0", zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" };
/** "oh nine one seven, double two ..." → "091722..."; null when a word is not a digit word. */
export function spokenDigits(v: string): string | null {
  let out = "";
  let rep = 1;
  for (const w of v.toLowerCase().split(/[\s,.]+/).filter(Boolean)) {
    if (w === "double") rep = 2;
    else if (w === "triple") rep = 3;
    else if (SPOKEN[w]) { out += (SPOKEN[w] as string).repeat(rep); rep = 1; }
    else return null;
  }
  return out;
}

const D = (v: string) => v.replace(/\D/g, "");
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const verhoeffOk = (s: string) => ds(s).reverse().reduce((c, x, i) => (VD[c] as number[])[(VP[i % 8] as number[])[x] as number] as number, 0) === 0;
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function cfOk(v: string): boolean {
  if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v)) return false;
  const val = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);
  const sum = [...v.slice(0, 15)].reduce((a, c, i) => a + (i % 2 === 0 ? (CF_ODD[val(c)] as number) : val(c)), 0);
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}
function mod11(d: number[], w: number[]): number {
  return ws(d, w) % 11;
}

/** Each national id negative's own check. */
export const ID_CHECKS: Record<string, (v: string) => boolean> = {
  aadhaar: (v) => /^[2-9]\d{3} \d{4} \d{4}$/.test(v) && verhoeffOk(D(v)),
  pan: (v) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v),
  nric: (v) => { const m = /^([ST])(\d{7})([A-Z])$/.exec(v); return !!m && "JZIHGFEDCBA"[(ws(ds(m[2] as string), [2, 7, 6, 5, 4, 3, 2]) + (m[1] === "T" ? 4 : 0)) % 11] === m[3]; },
  "ph-tin": (v) => /^\d{3}-\d{3}-\d{3}-\d{3}$/.test(v),
  "za-id": (v) => /^\d{13}$/.test(v) && luhn(v) && Number(v.slice(2, 4)) <= 12 && Number(v.slice(4, 6)) <= 31,
  "ng-nin": (v) => /^[1-9]\d{10}$/.test(v),
  "jm-trn": (v) => /^1\d{2}-\d{3}-\d{3}$/.test(v),
  "nhs-number": (v) => { const d = ds(D(v)); const r = 11 - mod11(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]); return d.length === 10 && r !== 10 && (r % 11) === d[9]; },
  "ca-sin": (v) => /^\d{3} \d{3} \d{3}$/.test(v) && luhn(D(v)),
  "au-tfn": (v) => /^\d{3} \d{3} \d{3}$/.test(v) && mod11(ds(D(v)), [1, 4, 3, 7, 5, 8, 6, 9, 10]) === 0,
  "codice-fiscale": cfOk,
  pesel: (v) => /^\d{11}$/.test(v) && (10 - (ws(ds(v), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]),
  "rodne-cislo": (v) => /^\d{6}\/\d{4}$/.test(v) && BigInt(D(v)) % 11n === 0n,
  taj: (v) => /^\d{3} \d{3} \d{3}$/.test(v) && ws(ds(D(v)), [3, 7, 3, 7, 3, 7, 3, 7]) % 10 === Number(D(v)[8]),
  cnp: (v) => { if (!/^[1-8]\d{12}$/.test(v)) return false; const r = mod11(ds(v), [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]); return (r === 10 ? 1 : r) === Number(v[12]); },
  amka: (v) => /^\d{11}$/.test(v) && luhn(v),
  "tc-kimlik": (v) => { if (!/^[1-9]\d{10}$/.test(v)) return false; const d = ds(v); const o = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!; const e = d[1]! + d[3]! + d[5]! + d[7]!; return (((o * 7 - e) % 10) + 10) % 10 === d[9] && d.slice(0, 10).reduce((a, x) => a + x, 0) % 10 === d[10]; },
  "be-rrn": (v) => { if (!/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/.test(v)) return false; const d = D(v); const b = Number(d.slice(0, 9)); const c = Number(d.slice(9)); return 97 - (b % 97) === c || 97 - (Number("2" + d.slice(0, 9)) % 97) === c; },
  "lt-asmens-kodas": (v) => { if (!/^[3-6]\d{10}$/.test(v)) return false; const d = ds(v); let r = mod11(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]); if (r === 10) r = mod11(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]); return (r === 10 ? 0 : r) === d[10]; },
  "lv-personas-kods": (v) => /^\d{6}-\d{5}$/.test(v) && (((1101 - ws(ds(D(v)), [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11) + 11) % 11 === Number(D(v)[10]),
  emso: (v) => { if (!/^\d{13}$/.test(v)) return false; const r = 11 - mod11(ds(v), [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]); return r !== 10 && r % 11 === Number(v[12]); },
  egn: (v) => { if (!/^\d{10}$/.test(v)) return false; const r = mod11(ds(v), [2, 4, 8, 5, 10, 9, 7, 3, 6]); return (r === 10 ? 0 : r) === Number(v[9]); },
  kennitala: (v) => { if (!/^\d{6}-\d{4}$/.test(v)) return false; const d = ds(D(v)); const r = 11 - mod11(d, [3, 2, 7, 6, 5, 4, 3, 2]); return r !== 10 && r % 11 === d[8] && [0, 9].includes(d[9] as number); },
  "pt-nif": (v) => { if (!/^[1-3]\d{8}$/.test(v)) return false; const r = 11 - mod11(ds(v), [9, 8, 7, 6, 5, 4, 3, 2]); return (r >= 10 ? 0 : r) === Number(v[8]); },
};
