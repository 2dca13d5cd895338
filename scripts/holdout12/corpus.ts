/** Builds the holdout12 corpus: per language, cycle its templates with fresh seeded values. */
import { render, type Line } from "./builder.ts";
import { createCtx, type Template } from "./ctx.ts";
import { createRng } from "./rng.ts";
import { CS } from "./templates/cs.ts";
import { DE } from "./templates/de.ts";
import { EN_A } from "./templates/en-a.ts";
import { EN_B, EN_NEG } from "./templates/en-b.ts";
import { EN_C } from "./templates/en-c.ts";
import { CS_X, DE_X, FR_X, NL_X, PL_X } from "./templates/extra.ts";
import { FR } from "./templates/fr.ts";
import { NL } from "./templates/nl.ts";
import { PL } from "./templates/pl.ts";
import { validateLine } from "./validate.ts";

interface Plan {
  lang: string;
  seed: number;
  count: number;
  regions: readonly string[];
  templates: readonly Template[];
}

export const PLANS: readonly Plan[] = [
  { lang: "en", seed: 1201, count: 152, regions: ["GB", "US", "GB", "US", "CA"], templates: [...EN_A, ...EN_B, ...EN_C, ...EN_NEG] },
  { lang: "de", seed: 1202, count: 78, regions: ["DE", "DE", "AT", "CH"], templates: [...DE, ...DE_X] },
  { lang: "nl", seed: 1203, count: 60, regions: ["NL", "BE"], templates: [...NL, ...NL_X] },
  { lang: "fr", seed: 1204, count: 50, regions: ["BE", "BE", "LU"], templates: [...FR, ...FR_X] },
  { lang: "pl", seed: 1205, count: 55, regions: ["PL"], templates: [...PL, ...PL_X] },
  { lang: "cs", seed: 1206, count: 55, regions: ["CZ"], templates: [...CS, ...CS_X] },
];

const PREFIX = ["📦 ", "🚚💨 ", "👋🏼 ", "🇧🇪 ", "🙂 ", "Ré: ", "Fwd: ✅ ", "Zoe\u0308 → "];

export function buildLines(): Line[] {
  const lines: Line[] = [];
  for (const plan of PLANS) {
    const rng = createRng(plan.seed);
    for (let i = 0; i < plan.count; i++) {
      const template = plan.templates[i % plan.templates.length]!;
      const region = template.region ?? rng.pick(plan.regions);
      const parts = template.make(createCtx(rng, plan.lang, region));
      if (rng.chance(0.2)) parts.unshift(rng.pick(PREFIX));
      const id = `${plan.lang}-${template.kind}-${String(i + 1).padStart(4, "0")}`;
      const line: Line = { id, lang: plan.lang, kind: template.kind, ...render(parts) };
      validateLine(line, parts);
      lines.push(line);
    }
  }
  return lines;
}

/** The exact file content: one JSON object per line, keys in the documented order. */
export function buildCorpus(): string {
  return buildLines().map((l) => JSON.stringify({ id: l.id, lang: l.lang, kind: l.kind, text: l.text, entities: l.entities, negatives: l.negatives })).join("\n") + "\n";
}
