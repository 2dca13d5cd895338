// holdout33: the corpus regenerates byte for byte, and every label is checked by validators written apart from the generator.
import { describe, expect, test } from 'bun:test';
import { readFileSync } from 'node:fs';
import { buildAll, buildCorpus, CORPUS_PATH } from '../scripts/gen-holdout33.ts';
import { buildTexts } from '../scripts/holdout33/corpus.ts';
import { statsMarkdown } from '../scripts/holdout33/stats.ts';
import * as C from './holdout33-checks.ts';
import { nationalIdOk } from './holdout33-ids.ts';

interface Span { start: number; end: number }
interface Line {
  id: string;
  lang: string;
  kind: string;
  text: string;
  entities: (Span & { type: string })[];
  negatives: (Span & { kind: string })[];
}

const file = readFileSync(CORPUS_PATH, 'utf8');
const lines: Line[] = file.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
const built = buildAll();
const TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'US_SSN', 'UK_NINO', 'IP_ADDRESS', 'PERSON'];
const KINDS = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table', 'yaml'];
const WORDCH = /[\p{L}\p{N}\p{M}]/u;
const slice = (l: Line, s: Span) => l.text.slice(s.start, s.end);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

test('regenerates byte for byte', () => {
  expect(buildCorpus()).toBe(file);
  expect(built.length).toBe(lines.length);
});

test('README holds the current --stats tables', () => {
  const readme = readFileSync(CORPUS_PATH.replace(/corpus\.jsonl$/, 'README.md'), 'utf8');
  expect(readme.includes(statsMarkdown(buildTexts()))).toBe(true);
  const byId = new Map(lines.map((l) => [l.id, l.text]));
  let examples = 0;
  for (const m of readme.matchAll(/`([^`]+)` \(([a-z]{2}-[a-z]+-\d{4})\)/g)) {
    examples++;
    expect(byId.get(m[2] as string)?.includes(m[1] as string), m[0]).toBe(true);
  }
  expect(examples).toBeGreaterThanOrEqual(6);
});

describe('format and spans', () => {
  test('ids, langs, kinds', () => {
    const ids = new Set(lines.map((l) => l.id));
    expect(ids.size).toBe(lines.length);
    for (const l of lines) {
      expect(l.id).toMatch(new RegExp(`^${l.lang}-${l.kind}-\\d{4}$`));
      expect(KINDS).toContain(l.kind);
      expect(Object.keys(C.REGIONS)).toContain(l.lang);
      for (const e of l.entities) expect(TYPES).toContain(e.type);
    }
  });
  test('in bounds, ordered, non-overlapping, trimmed, on word boundaries, whole surrogate pairs', () => {
    for (const l of lines) {
      const all = [...l.entities.map((e) => ({ ...e, tag: e.type })), ...l.negatives.map((n) => ({ ...n, tag: n.kind }))].sort((a, b) => a.start - b.start);
      for (const list of [l.entities, l.negatives]) for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
      for (let i = 0; i < all.length; i++) {
        const s = all[i]!;
        const v = slice(l, s);
        const ctx = `${l.id} ${s.tag} ${JSON.stringify(v)}`;
        expect(s.start >= 0 && s.end <= l.text.length && s.start < s.end, ctx).toBe(true);
        if (i > 0) expect(s.start >= all[i - 1]!.end, ctx).toBe(true);
        expect(v.trim() === v, ctx).toBe(true);
        expect(isLow(l.text.charCodeAt(s.start)) || isHigh(l.text.charCodeAt(s.end - 1)), ctx).toBe(false);
        expect(/^\p{M}/u.test(v), ctx).toBe(false);
        const before = l.text[s.start - 1] ?? ' ';
        const after = l.text[s.end] ?? ' ';
        if (s.tag !== 'PHONE') expect(WORDCH.test(before), ctx).toBe(false);
        expect(WORDCH.test(after), ctx).toBe(false);
      }
    }
  });
});

describe('every label is what it says', () => {
  test('labels pass their validators', () => {
    for (const l of lines) {
      for (const e of l.entities) {
        const v = slice(l, e);
        const ctx = `${l.id} ${e.type} ${JSON.stringify(v)}`;
        switch (e.type) {
          case 'CARD': expect(C.cardOk(v), ctx).toBe(true); break;
          case 'IBAN': expect(C.ibanState(v), ctx).toBe('ok'); break;
          case 'US_SSN': {
            expect(C.ssnOk(v), ctx).toBe(true);
            const near = /ssn|social/i.test(l.text.slice(Math.max(0, e.start - 120), e.start));
            const keyed = ['csv', 'json', 'yaml', 'log'].includes(l.kind) && /ssn|social/i.test(l.text);
            expect(near || keyed, ctx).toBe(true);
            break;
          }
          case 'UK_NINO': expect(C.ninoOk(v) && l.lang === 'en', ctx).toBe(true); break;
          case 'IP_ADDRESS': expect(C.ipOk(v), ctx).toBe(true); break;
          case 'EMAIL': expect(C.emailOk(v), ctx).toBe(true); break;
          case 'PHONE': {
            expect(C.phoneValidIn(v, C.REGIONS[l.lang] ?? []), ctx).toBe(true);
            expect(/^(\+|\(|\d|[a-z])/i.test(v) && /(\d|[a-z])$/i.test(v), ctx).toBe(true);
            expect(/\b(ext|x)\.?\s*\d+$/i.test(v), ctx).toBe(false);
            break;
          }
          case 'PERSON': {
            expect(/^\p{L}[\p{L}\p{M}'’ .-]*\p{L}\p{M}*$/u.test(v), ctx).toBe(true);
            expect(/^(mr|mrs|ms|dr|herr|frau|sr|sra|mme|pan|pani|dona|sur)\.?\s/i.test(v), ctx).toBe(false);
            break;
          }
        }
      }
    }
  });

  test('lookalikes pass their own checks and are no labeled type by accident', () => {
    for (const l of lines) {
      for (const n of l.negatives) {
        const v = slice(l, n);
        const ctx = `${l.id} ${n.kind} ${JSON.stringify(v)}`;
        const d = v.replace(/[ -]/g, '');
        if (n.kind === 'card-luhn-fail') expect(/^\d{16}$/.test(d) && C.iinOk(d) && !C.luhn(d), ctx).toBe(true);
        else expect(/^\d{13,19}$/.test(d) && C.iinOk(d) && C.luhn(d), ctx).toBe(false);
        if (n.kind === 'iban-bad-check') expect(C.ibanState(v), ctx).toBe('bad-check');
        else expect(C.ibanState(v), ctx).not.toBe('ok');
        if (n.kind === 'ssn-invalid') expect(!!C.ssnParts(v) && !C.ssnOk(v), ctx).toBe(true);
        else expect(C.ssnOk(v), ctx).toBe(false);
        if (n.kind === 'nino-invalid') expect(!!C.ninoShape(v) && !C.ninoOk(v), ctx).toBe(true);
        else expect(C.ninoOk(v), ctx).toBe(false);
        expect(C.ipOk(v), ctx).toBe(false);
        expect(C.emailOk(v), ctx).toBe(false);
        if (n.kind.startsWith('nid-')) expect(nationalIdOk(n.kind.slice(4), v), ctx).toBe(true);
        if (n.kind === 'mac') expect(/^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i.test(v), ctx).toBe(true);
        if (n.kind === 'date') expect(/^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$|^\d{1,2} [A-Z][a-z]+ \d{4}$|^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(v), ctx).toBe(true);
        if (n.kind === 'time') expect(/^\d{1,2}[:.]\d{2}( [ap]m)?$/.test(v), ctx).toBe(true);
        if (!['date', 'time', 'timestamp'].includes(n.kind)) expect(C.phoneValidIn(v, C.REGIONS[l.lang] ?? []), ctx).toBe(false);
      }
    }
  });
});

describe('names', () => {
  const cover = (l: Line, at: number, end: number) =>
    l.entities.some((e) => (e.type === 'PERSON' || e.type === 'EMAIL') && e.start <= at && end <= e.end) ||
    l.negatives.some((n) => (n.kind === 'name-word' || n.kind === 'date') && n.start <= at && end <= n.end);
  test('every name part the generator used lies inside a PERSON/EMAIL label or a name-word/date negative, NFC and NFD', () => {
    let checked = 0;
    built.forEach((b, i) => {
      const l = lines[i]!;
      const lower = l.text.toLowerCase();
      for (const part of b.nameParts) {
        for (const form of new Set([part.normalize('NFC'), part.normalize('NFD')])) {
          const f = form.toLowerCase();
          for (let at = lower.indexOf(f); at >= 0; at = lower.indexOf(f, at + 1)) {
            const end = at + f.length;
            if (WORDCH.test(l.text[at - 1] ?? ' ') || WORDCH.test(l.text[end] ?? ' ')) continue;
            checked++;
            expect(cover(l, at, end), `${l.id} ${part} at ${at}`).toBe(true);
          }
        }
      }
      if (b.negativesOnly) expect(l.entities.length, l.id).toBe(0);
    });
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('counts and diversity', () => {
  const ents = lines.flatMap((l) => l.entities.map((e) => ({ ...e, l })));
  const negs = lines.flatMap((l) => l.negatives.map((n) => ({ ...n, l })));
  const count = (t: string) => ents.filter((e) => e.type === t).length;
  test('sizes', () => {
    expect(lines.length).toBeGreaterThanOrEqual(440);
    expect(lines.length).toBeLessThanOrEqual(500);
    for (const t of TYPES) expect(count(t), t).toBeGreaterThanOrEqual(20);
    const share = count('PHONE') / ents.length;
    expect(share).toBeGreaterThanOrEqual(0.27);
    expect(share).toBeLessThanOrEqual(0.36);
    expect(count('PERSON')).toBeGreaterThanOrEqual(1000);
    const lowerPersons = ents.filter((e) => e.type === 'PERSON' && slice(e.l, e) === slice(e.l, e).toLowerCase()).length;
    expect(lowerPersons).toBeGreaterThanOrEqual(40);
    const negOnly = lines.filter((l) => l.entities.length === 0).length;
    expect(negOnly).toBeGreaterThanOrEqual(50);
    expect(negOnly).toBeLessThanOrEqual(70);
  });
  test('kinds, languages, lookalikes', () => {
    for (const k of KINDS) expect(lines.filter((l) => l.kind === k).length, k).toBeGreaterThanOrEqual(20);
    const en = lines.filter((l) => l.lang === 'en').length / lines.length;
    expect(en).toBeGreaterThan(0.4);
    expect(en).toBeLessThan(0.6);
    expect(new Set(lines.map((l) => l.lang)).size).toBe(17);
    expect(negs.filter((n) => n.kind === 'card-luhn-fail').length).toBeGreaterThanOrEqual(20);
    expect(negs.filter((n) => n.kind === 'iban-bad-check').length).toBeGreaterThanOrEqual(20);
    expect(negs.filter((n) => n.kind === 'name-word').length).toBeGreaterThanOrEqual(40);
    expect(new Set(negs.filter((n) => n.kind.startsWith('nid-')).map((n) => n.kind)).size).toBeGreaterThanOrEqual(20);
  });
  test('emoji and NFD before spans', () => {
    const emoji = lines.filter((l) => l.entities.some((e) => /\p{Extended_Pictographic}|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}]/u.test(l.text.slice(Math.max(0, e.start - 3), e.start))));
    expect(emoji.length).toBeGreaterThanOrEqual(80);
    const nfd = lines.filter((l) => l.text === l.text.normalize('NFD') && l.text !== l.text.normalize('NFC') && l.entities.some((e) => /\p{M}/u.test(l.text.slice(0, e.start))));
    expect(nfd.length).toBeGreaterThanOrEqual(30);
  });
  test('phone forms', () => {
    const phones = ents.filter((e) => e.type === 'PHONE').map((e) => ({ v: slice(e.l, e), after: e.l.text.slice(e.end, e.end + 12), before: e.l.text[e.start - 1] ?? ' ' }));
    const n = (f: (p: (typeof phones)[number]) => boolean) => phones.filter(f).length;
    expect(n((p) => p.v.startsWith('+'))).toBeGreaterThanOrEqual(40);
    expect(n((p) => p.v.startsWith('00'))).toBeGreaterThanOrEqual(10);
    expect(n((p) => p.v.startsWith('('))).toBeGreaterThanOrEqual(10);
    expect(n((p) => /^0[1-9]/.test(p.v))).toBeGreaterThanOrEqual(40);
    expect(n((p) => p.v.includes('(0)'))).toBeGreaterThanOrEqual(5);
    expect(n((p) => /\//.test(p.v))).toBeGreaterThanOrEqual(5);
    expect(n((p) => /\d\.\d/.test(p.v))).toBeGreaterThanOrEqual(10);
    expect(n((p) => /^\d+$/.test(p.v))).toBeGreaterThanOrEqual(10);
    expect(n((p) => /^[a-z]/i.test(p.v))).toBeGreaterThanOrEqual(20);
    expect(n((p) => /double|triple/.test(p.v))).toBeGreaterThanOrEqual(10);
    expect(n((p) => /^\s*(ext\.|Durchwahl|toestel|ankn\.|alanumero|poste|int\.|wew\.|linka|ramal|lisanumber|lokal|estensjoni|дод\.|interior)\s*\d/.test(p.after))).toBeGreaterThanOrEqual(10);
    expect(n((p) => /^\s*\d{1,2}[:.]\d{2}/.test(p.after))).toBeGreaterThanOrEqual(5);
    expect(n((p) => /[\p{L}:]/u.test(p.before))).toBeGreaterThanOrEqual(5);
  });
});
