// National id checks for holdout33's lookalikes, written apart from the generator (published check digits; shape where none).
const digitsOf = (s: string) => s.replace(/\D/g, '');
const weighted = (d: string, w: readonly number[]) => w.reduce((a, x, i) => a + x * Number(d[i]), 0);

function mod11_10(d: string): boolean {
  let p = 10;
  for (const c of d.slice(0, -1)) {
    let s = (Number(c) + p) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  return (11 - p) % 10 === Number(d[d.length - 1]);
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const CHECKS: Record<string, (s: string) => boolean> = {
  cnic: (s) => /^\d{5}-\d{7}-\d$/.test(s),
  bdnid: (s) => /^\d{10}$|^\d{17}$/.test(s),
  lknic: (s) => /^\d{9}V$|^\d{12}$/.test(s),
  mykad: (s) => /^\d{6}-\d{2}-\d{4}$/.test(s) && validDate(2000 + Number(s.slice(0, 2)), Number(s.slice(2, 4)), Number(s.slice(4, 6))),
  pedni: (s) => /^\d{8}$/.test(s),
  cocc: (s) => /^\d{1,3}(\.\d{3}){2,3}$/.test(s),
  mtid: (s) => /^\d{1,7}[MGALHBPZ]$/.test(s),
  hkid: (s) => {
    const m = /^([A-Z])(\d{6})\(([0-9A])\)$/.exec(s);
    if (!m) return false;
    const sum = 36 * 9 + ((m[1] as string).charCodeAt(0) - 55) * 8 + weighted(m[2] as string, [7, 6, 5, 4, 3, 2]);
    const c = (11 - (sum % 11)) % 11;
    return (c === 10 ? 'A' : String(c)) === m[3];
  },
  steuerid: (s) => {
    const d = digitsOf(s);
    if (d.length !== 11 || d[0] === '0') return false;
    const counts = [...'0123456789'].map((c) => [...d.slice(0, 10)].filter((x) => x === c).length);
    return counts.filter((c) => c > 1).length === 1 && Math.max(...counts) <= 3 && mod11_10(d);
  },
  svnr: (s) => {
    const d = digitsOf(s);
    return d.length === 10 && weighted(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11 === Number(d[3]);
  },
  bsn: (s) => {
    const d = digitsOf(s);
    return d.length === 9 && (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(d[8])) % 11 === 0;
  },
  pnr: (s) => {
    const d = digitsOf(s).slice(-10);
    return /^(\d{2})?\d{6}-\d{4}$/.test(s) && luhn10(d);
  },
  hetu: (s) => {
    const m = /^(\d{6})[-+A-F](\d{3})([0-9A-Y])$/.exec(s);
    return !!m && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number((m[1] as string) + m[2]) % 31] === m[3];
  },
  dni: (s) => {
    const m = /^([XYZ]?)(\d{7,8})-?([A-Z])$/.exec(s);
    if (!m) return false;
    const prefix = m[1] ? String('XYZ'.indexOf(m[1])) : '';
    const n = Number(prefix + m[2]);
    return 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] === m[3];
  },
  rut: (s) => {
    const m = /^([\d.]+)-([\dK])$/.exec(s);
    if (!m) return false;
    const body = digitsOf(m[1] as string);
    let sum = 0;
    for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (2 + (i % 6));
    const v = 11 - (sum % 11);
    return (v === 11 ? '0' : v === 10 ? 'K' : String(v)) === m[2];
  },
  cf: (s) => {
    if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(s)) return false;
    const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
    let sum = 0;
    for (let i = 0; i < 15; i++) {
      const c = s[i] as string;
      const v = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 65;
      sum += i % 2 === 0 ? (odd[v] as number) : v;
    }
    return String.fromCharCode(65 + (sum % 26)) === s[15];
  },
  pesel: (s) => /^\d{11}$/.test(s) && (10 - (weighted(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(s[10]),
  rc: (s) => /^\d{6}\/\d{4}$/.test(s) && Number(digitsOf(s)) % 11 === 0,
  cpf: (s) => {
    if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s)) return false;
    const d = digitsOf(s);
    const c1 = ((weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
    const c2 = ((weighted(d, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
    return c1 === Number(d[9]) && c2 === Number(d[10]);
  },
  isikukood: (s) => {
    if (!/^[1-6]\d{10}$/.test(s)) return false;
    let r = weighted(s, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
    if (r === 10) r = weighted(s, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
    return (r === 10 ? 0 : r) === Number(s[10]);
  },
  oib: (s) => /^\d{11}$/.test(s) && mod11_10(s),
  jmbg: (s) => {
    if (!/^\d{13}$/.test(s)) return false;
    const k = 11 - (weighted(s, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    return (k > 9 ? 0 : k) === Number(s[12]);
  },
  rnokpp: (s) => {
    if (!/^\d{10}$/.test(s)) return false;
    const sum = weighted(s, [-1, 5, 7, 9, 4, 6, 10, 5, 7]);
    return ((((sum % 11) + 11) % 11) % 10) === Number(s[9]);
  },
  cnp: (s) => {
    if (!/^[1-8]\d{12}$/.test(s)) return false;
    const c = weighted(s, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
    return (c === 10 ? 1 : c) === Number(s[12]);
  },
};

function luhn10(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return sum % 10 === 0;
}

/** undefined when the id kind is unknown to this file. */
export function nationalIdOk(kind: string, s: string): boolean | undefined {
  const f = CHECKS[kind];
  return f ? f(s) : undefined;
}
