// Record kinds: form, csv, json, yaml, log, table. Fields come from plan.fields().
import { Builder, plain, type Piece } from './render.ts';
import { stampP, type Ctx } from './facts.ts';
import { fields, type Plan } from './plan.ts';

const SERVICE: Record<string, string> = { isp: 'netwave', car: 'voltpool', charity: 'kindred-aid', clinic: 'meridian-imaging' };
const snake = (s: string) => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '');

function isPhoneField(ps: Piece[]): boolean {
  return ps.some((p) => typeof p !== 'string' && 't' in p && p.t === 'PHONE');
}

export function renderForm(b: Builder, ctx: Ctx, plan: Plan): void {
  b.lit(`${ctx.bw.noun} — ${ctx.ph.L.subject}: ${ctx.bw.labels[0]}\n`);
  for (const [k, v] of fields(ctx, plan)) {
    const sep = k.startsWith(ctx.ph.L.phone) && isPhoneField(v) ? ctx.rng.pick([': ', ': ', ': ', ':', ' ', '']) : ': ';
    b.lit(`${k}${sep}`).all(v).lit('\n');
  }
}

export function renderCsv(b: Builder, ctx: Ctx, plan: Plan): void {
  const fs = fields(ctx, plan).filter(([k]) => k !== ctx.ph.L.note);
  const d = ctx.loc.lang === 'en' ? ',' : ctx.rng.pick([';', ',']);
  b.lit(fs.map(([k]) => (k.includes(d) ? `"${k}"` : k)).join(d) + '\n');
  fs.forEach(([, v], i) => {
    if (i > 0) b.lit(d);
    const q = plain(v).includes(d) || plain(v).includes('"');
    b.lit(q ? '"' : '').all(v).lit(q ? '"' : '');
  });
  b.lit('\n');
}

export function renderJson(b: Builder, ctx: Ctx, plan: Plan): void {
  const pretty = ctx.rng.chance(0.6);
  const fs = fields(ctx, plan);
  b.lit(pretty ? '{\n' : '{');
  fs.forEach(([k, v], i) => {
    b.lit(`${pretty ? '  ' : ''}"${snake(k)}": "`).all(v).lit('"');
    if (i < fs.length - 1) b.lit(pretty ? ',\n' : ', ');
  });
  b.lit(pretty ? '\n}' : '}');
}

export function renderYaml(b: Builder, ctx: Ctx, plan: Plan): void {
  b.lit(`${snake(ctx.bw.noun)}:\n`);
  for (const [k, v] of fields(ctx, plan)) {
    const text = plain(v);
    const q = /^[\s@`'"*&!|>%{[#-]|: | #/.test(text) ? '"' : '';
    b.lit(`  ${snake(k)}: ${q}`).all(v).lit(`${q}\n`);
  }
}

export function renderLog(b: Builder, ctx: Ctx, plan: Plan): void {
  const fs = fields(ctx, plan);
  const svc = SERVICE[ctx.biz] as string;
  const events = ['request.received', 'contact.updated', 'case.note'];
  let i = 0;
  for (const ev of events) {
    const chunk = fs.slice(i, i + Math.ceil(fs.length / events.length));
    i += chunk.length;
    if (chunk.length === 0) continue;
    b.add(stampP(ctx)).lit(` ${ctx.rng.pick(['INFO', 'INFO', 'WARN', 'DEBUG'])} [${svc}] ${ev}`);
    for (const [k, v] of chunk) {
      const text = plain(v);
      const q = /[\s=]/.test(text) ? '"' : '';
      b.lit(` ${snake(k)}=${q}`).all(v).lit(q);
    }
    b.lit('\n');
  }
}

export function renderTable(b: Builder, ctx: Ctx, plan: Plan): void {
  b.lit(`| ${ctx.bw.noun} | ${ctx.bw.labels[0]} |\n|---|---|\n`);
  for (const [k, v] of fields(ctx, plan)) b.lit(`| ${k} | `).all(v).lit(' |\n');
}
