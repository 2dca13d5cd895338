// National ids (negatives): each with its own published check digit where there is one.
import type { Rng } from './prng.ts';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const wsum = (ds: string, ws: readonly number[]) => ws.reduce((s, w, i) => s + w * Number(ds[i]), 0);
function ymd(rng: Rng): [number, number, number] {
  return [rng.int(1950, 2004), rng.int(1, 12), rng.int(1, 28)];
}
export function iso7064(body: string): string {
  let p = 10;
  for (const ch of body) {
    let s = (Number(ch) + p) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  const c = 11 - p;
  return String(c === 10 ? 0 : c);
}
function luhnCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
export function cfCheck(s15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = s15[i] as string;
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (CF_ODD[v] as number) : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}

type Gen = (rng: Rng) => string;
const GEN: Record<string, Gen> = {
  cnic: (r) => `${r.pick(['35202', '42101', '61101', '37405'])}-${r.digits(7)}-${r.int(1, 9)}`,
  bdnid: (r) => (r.chance(0.5) ? `${r.int(1, 9)}${r.digits(9)}` : `19${r.int(60, 99)}${r.digits(13)}`),
  lknic: (r) => (r.chance(0.5) ? `${r.int(60, 99)}${pad(r.int(1, 866), 3)}${r.digits(4)}V` : `${r.int(1960, 2004)}${pad(r.int(1, 866), 3)}${r.digits(5)}`),
  mykad: (r) => { const [y, m, d] = ymd(r); return `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}-${pad(r.int(1, 16), 2)}-${r.digits(4)}`; },
  hkid: (r) => {
    const L = r.upper(1);
    const ds = r.digits(6);
    const sum = 36 * 9 + (L.charCodeAt(0) - 55) * 8 + wsum(ds, [7, 6, 5, 4, 3, 2]);
    const c = (11 - (sum % 11)) % 11;
    return `${L}${ds}(${c === 10 ? 'A' : c})`;
  },
  steuerid: (r) => {
    for (;;) {
      const digits = r.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      digits[r.int(0, 9)] = digits[r.int(0, 9)] as number;
      const body = r.shuffle(digits).join('');
      const counts = new Map<string, number>();
      for (const ch of body) counts.set(ch, (counts.get(ch) ?? 0) + 1);
      const multi = [...counts.values()].filter((c) => c > 1);
      if (body[0] === '0' || multi.length !== 1) continue;
      const id = body + iso7064(body);
      return r.chance(0.5) ? `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}` : id;
    }
  },
  svnr: (r) => {
    for (;;) {
      const [y, m, d] = ymd(r);
      const serial = `${r.int(1, 9)}${r.digits(2)}`;
      const date = `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}`;
      const c = wsum(serial + '0' + date, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
      if (c === 10) continue;
      return `${serial}${c} ${date}`;
    }
  },
  bsn: (r) => {
    for (;;) {
      const b = `${r.int(1, 6)}${r.digits(7)}`;
      const s = wsum(b, [9, 8, 7, 6, 5, 4, 3, 2]);
      const c = s % 11;
      if (c === 10) continue;
      const id = b + c;
      return r.chance(0.5) ? `${id.slice(0, 4)}.${id.slice(4, 6)}.${id.slice(6)}` : id;
    }
  },
  pnr: (r) => {
    const [y, m, d] = ymd(r);
    const body = `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${r.digits(3)}`;
    return `${r.chance(0.3) ? String(y).slice(0, 2) : ''}${body.slice(0, 6)}-${body.slice(6)}${luhnCheck(body)}`;
  },
  hetu: (r) => {
    const [y, m, d] = ymd(r);
    const dmy = `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}`;
    const nnn = pad(r.int(2, 899), 3);
    const c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(dmy + nnn) % 31];
    return `${dmy}${y >= 2000 ? 'A' : '-'}${nnn}${c}`;
  },
  dni: (r) => {
    const L = 'TRWAGMYFPDXBNJZSQVHLCKE';
    if (r.chance(0.3)) {
      const p = r.int(0, 2);
      const n = r.digits(7);
      return `${'XYZ'[p]}${n}${L[Number(`${p}${n}`) % 23]}`;
    }
    const n = pad(r.int(1000000, 99999999), 8);
    return `${n}${r.chance(0.3) ? '-' : ''}${L[Number(n) % 23]}`;
  },
  rut: (r) => {
    const n = r.int(5000000, 25999999);
    const ds = String(n);
    let s = 0;
    for (let i = 0; i < ds.length; i++) s += Number(ds[ds.length - 1 - i]) * [2, 3, 4, 5, 6, 7][i % 6]!;
    const v = 11 - (s % 11);
    const dv = v === 11 ? '0' : v === 10 ? 'K' : String(v);
    return `${n.toLocaleString('de-DE')}-${dv}`;
  },
  pedni: (r) => `${r.int(1, 7)}${r.digits(7)}`,
  cocc: (r) => r.int(10000000, 1099999999).toLocaleString('de-DE'),
  cf: (r) => {
    const [y, m, d] = ymd(r);
    const s15 = `${r.upper(6)}${pad(y % 100, 2)}${'ABCDEHLMPRST'[m - 1]}${pad(r.chance(0.5) ? d : d + 40, 2)}${r.pick(['H', 'F', 'L', 'A', 'C'])}${r.digits(3)}`;
    return s15 + cfCheck(s15);
  },
  pesel: (r) => {
    const [y, m, d] = ymd(r);
    const b = `${pad(y % 100, 2)}${pad(y >= 2000 ? m + 20 : m, 2)}${pad(d, 2)}${r.digits(4)}`;
    return b + String((10 - (wsum(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
  },
  rc: (r) => {
    for (;;) {
      const [y, m, d] = ymd(r);
      const b = `${pad(y % 100, 2)}${pad(r.chance(0.5) ? m + 50 : m, 2)}${pad(d, 2)}${r.digits(3)}`;
      const c = Number(b) % 11;
      if (c === 10) continue;
      return `${b.slice(0, 6)}/${b.slice(6)}${c}`;
    }
  },
  cpf: (r) => {
    const b = r.digits(9);
    const d1 = ((wsum(b, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
    const d2 = ((wsum(b + d1, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
    return `${b.slice(0, 3)}.${b.slice(3, 6)}.${b.slice(6)}-${d1}${d2}`;
  },
  isikukood: (r) => {
    const [y, m, d] = ymd(r);
    const b = `${y >= 2000 ? r.int(5, 6) : r.int(3, 4)}${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${r.digits(3)}`;
    let c = wsum(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
    if (c === 10) c = wsum(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
    return b + String(c === 10 ? 0 : c);
  },
  oib: (r) => { const b = `${r.int(1, 9)}${r.digits(9)}`; return b + iso7064(b); },
  jmbg: (r) => {
    const [y, m, d] = ymd(r);
    const b = `${pad(d, 2)}${pad(m, 2)}${pad(y % 1000, 3)}${r.pick(['71', '72', '80', '85'])}${r.digits(3)}`;
    const k = 11 - (wsum(b, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    return b + String(k > 9 ? 0 : k);
  },
  mtid: (r) => `${r.int(1, 999999)}${r.pick(['M', 'G', 'A', 'L', 'H'])}`,
  rnokpp: (r) => {
    const b = `${r.int(2, 3)}${r.digits(8)}`;
    const s = wsum(b, [-1, 5, 7, 9, 4, 6, 10, 5, 7]);
    return b + String((((s % 11) + 11) % 11) % 10);
  },
  cnp: (r) => {
    const [y, m, d] = ymd(r);
    const b = `${y >= 2000 ? r.int(5, 6) : r.int(1, 2)}${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${pad(r.int(1, 46), 2)}${pad(r.int(1, 999), 3)}`;
    const c = wsum(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
    return b + String(c === 10 ? 1 : c);
  },
};

export function nationalId(rng: Rng, kind: string): string | undefined {
  const g = GEN[kind];
  return g ? g(rng) : undefined;
}
