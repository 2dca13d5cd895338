// Plans the corpus (business, kind, language, region per text), builds each text and checks it before keeping it.
import { Rng } from './prng.ts';
import { EN_LOCALES, LOCALES, OTHER_LOCALES, type Locale } from './locales.ts';
import { Builder, type Entity, type Negative } from './render.ts';
import { KINDS, type Ctx, type Kind } from './facts.ts';
import { makePlan } from './plan.ts';
import { PH_A, type Phrases } from './phrases-a.ts';
import { PH_B } from './phrases-b.ts';
import * as R from './skeletons-record.ts';
import * as P from './skeletons-prose.ts';
import type { Biz } from './negs.ts';

export const TOTAL = 472;
const BIZES: Biz[] = ['isp', 'car', 'charity', 'clinic'];
const PHRASES: Record<string, Phrases> = { ...PH_A, ...PH_B };
const byId = (id: string) => LOCALES.find((l) => l.id === id) as Locale;
const EN_CYCLE: Locale[] = [...EN_LOCALES, byId('hawaii'), byId('alaska'), byId('wales')];

const DOMAINS: Record<string, string[]> = {
  en: ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com'], de: ['web.de', 'gmx.at', 'gmail.com', 't-online.de'],
  nl: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'], sv: ['telia.com', 'gmail.com', 'bredband.net'], fi: ['elisanet.fi', 'gmail.com'],
  es: ['hotmail.es', 'gmail.com', 'yahoo.cl', 'outlook.com.pe'], fr: ['orange.fr', 'free.fr', 'laposte.net'], it: ['libero.it', 'virgilio.it', 'gmail.com'],
  pl: ['wp.pl', 'o2.pl', 'onet.pl'], cs: ['seznam.cz', 'email.cz'], pt: ['uol.com.br', 'gmail.com', 'bol.com.br'], et: ['mail.ee', 'gmail.com'],
  hr: ['gmail.com', 't-com.hr'], sr: ['gmail.com', 'eunet.rs'], mt: ['maltanet.net', 'gmail.com'], uk: ['ukr.net', 'i.ua', 'gmail.com'], ro: ['yahoo.ro', 'gmail.com'],
};

type Render = (b: Builder, ctx: Ctx, plan: ReturnType<typeof makePlan>) => void;
const RENDER: Record<Kind, Render> = {
  form: R.renderForm, csv: R.renderCsv, json: R.renderJson, yaml: R.renderYaml, log: R.renderLog, table: R.renderTable,
  sms: P.renderSms, chat: P.renderChat, summary: P.renderSummary, note: P.renderNote, email: P.renderEmail,
  transcript: P.renderTranscript, voicemail: P.renderVoicemail, ticket: P.renderTicket,
};

export interface Built {
  id: string;
  lang: string;
  kind: Kind;
  text: string;
  entities: Entity[];
  negatives: Negative[];
  nameParts: string[];
  negOnly: boolean;
  biz: Biz;
  locale: string;
  emoji: boolean;
  nfd: boolean;
}

export interface Slot {
  i: number;
  biz: Biz;
  kind: Kind;
  loc: Locale;
  negOnly: boolean;
}

export function slots(): Slot[] {
  const out: Slot[] = [];
  let en = 0;
  let other = 0;
  for (let i = 0; i < TOTAL; i++) {
    const isEn = (Math.floor(i / 4) + i) % 2 === 0;
    const loc = isEn ? (EN_CYCLE[en++ % EN_CYCLE.length] as Locale) : (OTHER_LOCALES[other++ % OTHER_LOCALES.length] as Locale);
    out.push({ i, biz: BIZES[i % 4] as Biz, kind: KINDS[Math.floor(i / 4) % KINDS.length] as Kind, loc, negOnly: Math.floor(i / 4) % 8 === 3 });
  }
  return out;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** Every occurrence of a name part (whole word, case-insensitive) must lie inside a PERSON/EMAIL or a name-word/date negative. */
export function uncoveredParts(text: string, parts: string[], ents: Entity[], negs: Negative[]): string[] {
  const cover = [
    ...ents.filter((e) => e.type === 'PERSON' || e.type === 'EMAIL'),
    ...negs.filter((n) => n.kind === 'name-word' || n.kind === 'date'),
  ];
  const lower = text.toLowerCase();
  const bad: string[] = [];
  for (const part of parts) {
    for (const form of [part.normalize('NFC'), part.normalize('NFD')]) {
      const f = form.toLowerCase();
      for (let at = lower.indexOf(f); at >= 0; at = lower.indexOf(f, at + 1)) {
        const end = at + f.length;
        if (WORD.test(text[at - 1] ?? ' ') || WORD.test(text[end] ?? ' ')) continue;
        if (!cover.some((c) => c.start <= at && end <= c.end)) bad.push(part);
      }
    }
  }
  return bad;
}

export function buildOne(s: Slot, attempt: number): Built {
  const rng = new Rng(0x3303_0000 + s.i * 131 + attempt * 7919);
  const nfd = !!s.loc.nfdOk && rng.chance(0.3);
  const ctx: Ctx = {
    rng, loc: s.loc, ph: PHRASES[s.loc.lang] as Phrases, biz: s.biz, bw: (PHRASES[s.loc.lang] as Phrases).biz[s.biz], kind: s.kind,
    emoji: rng.chance(0.48), persons: [], domains: DOMAINS[s.loc.lang] ?? ['gmail.com'],
  };
  const plan = makePlan(ctx, s.negOnly);
  const b = new Builder(nfd);
  (RENDER[s.kind] as Render)(b, ctx, plan);
  const nameParts = ctx.persons.flatMap((p) => p.parts);
  if (uncoveredParts(b.text, nameParts, b.entities, b.negatives).length > 0) throw new Error('retry: name part outside a span');
  if (s.negOnly && b.entities.length > 0) throw new Error('negatives-only text got an entity');
  const id = `${s.loc.lang}-${s.kind}-${String(s.i).padStart(4, '0')}`;
  return {
    id, lang: s.loc.lang, kind: s.kind, text: b.text, entities: b.entities, negatives: b.negatives, nameParts, negOnly: s.negOnly,
    biz: s.biz, locale: s.loc.id, emoji: /\p{Extended_Pictographic}/u.test(b.text), nfd,
  };
}

export function buildTexts(): Built[] {
  return slots().map((s) => {
    for (let a = 0; a < 40; a++) {
      try {
        return buildOne(s, a);
      } catch (e) {
        if (!(e instanceof Error) || !e.message.startsWith('retry')) throw e;
      }
    }
    throw new Error(`text ${s.i} failed 40 attempts`);
  });
}

export function toLine(t: Built): string {
  return JSON.stringify({ id: t.id, lang: t.lang, kind: t.kind, text: t.text, entities: t.entities.map((e) => ({ type: e.type, start: e.start, end: e.end })), negatives: t.negatives.map((n) => ({ kind: n.kind, start: n.start, end: n.end })) });
}
