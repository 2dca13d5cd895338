// People for a text: drawn from the locale's pool (sometimes an immigrant name, sometimes a name that
// is also a word), with their emails; and the ways a name is written (full, given, caps, lower...).
import type { Rng } from "./prng.ts";
import { EN_POOLS, EN_WORDS, type Pool } from "./names-en.ts";
import { EU_POOLS, EU_WORDS } from "./names-eu.ts";
import { asciiFold } from "./values.ts";
import type { Locale } from "./locales.ts";

export interface Person {
  given: string;
  surname: string;
  givenLatin: string;
  surnameLatin: string;
  female: boolean;
  surnameFirst: boolean;
  wordName: string | null;
  email: string;
}
export type NameStyle = "full" | "given" | "surname" | "caps" | "slash" | "lower" | "latin";

export const PARTICLES = new Set(["van", "der", "den", "de", "la", "le", "du", "des", "di", "da", "del", "della", "dos", "das", "do", "von", "ten", "ter", "dela", "los", "bin", "binti", "binte", "d/o", "s/o", "al", "el", "lo"]);
const CHINESE_GIVEN = new Set(["Wei Ming", "Jun Jie", "Zhi Hao", "Hui Min", "Shu Fen", "Mei Ling"]);

export function pool(loc: Locale): Pool {
  const p = EN_POOLS[loc.id] ?? EU_POOLS[loc.id];
  if (!p) throw new Error(`no names for ${loc.id}`);
  return p;
}
export function wordList(lang: string): [string, string][] {
  return lang === "en" ? EN_WORDS : (EU_WORDS[lang] ?? []);
}
function split(entry: string): [string, string] {
  const [a, b] = entry.split("=");
  return [a as string, (b ?? a) as string];
}

const ROTATION = new Map<string, number>();

export function makePerson(r: Rng, loc: Locale, opts: { wordName?: boolean } = {}): Person {
  const pl = pool(loc);
  const female = r.chance(0.55);
  let given: string;
  let surname: string;
  let wordName: string | null = null;
  if (!opts.wordName && r.chance(0.12) && pl.extra.length) {
    const [g, s] = r.pick(pl.extra).split("|");
    given = g as string;
    surname = s as string;
  } else {
    given = r.pick(female ? pl.f : pl.m);
    const sp = r.pick(pl.s).split("/");
    surname = (female && sp[1] ? sp[1] : sp[0]) as string;
    if (opts.wordName) {
      const words = wordList(loc.lang);
      if (words.length) {
        // Turn about through the language's name-words so that each is somewhere a name.
        const n = ROTATION.get(loc.lang) ?? r.int(0, words.length - 1);
        ROTATION.set(loc.lang, n + 1);
        given = wordName = (words[n % words.length] as [string, string])[0];
      }
    }
  }
  const [g, gl] = split(given);
  const [s, sl] = split(surname);
  const surnameFirst = !!pl.surnameFirst || (loc.id === "en-SG" && CHINESE_GIVEN.has(g));
  const fg = asciiFold(gl.split(" ")[0] as string);
  const fs = asciiFold(sl.split(" ").pop() as string);
  const local = r.pick([`${fg}.${fs}`, `${fg}${fs}${r.int(1, 99)}`, `${fg.slice(0, 1)}${fs}`, `${fg}_${fs.slice(0, 4)}`]);
  return { given: g, surname: s, givenLatin: gl, surnameLatin: sl, female, surnameFirst, wordName, email: `${local}@${r.pick(loc.mail)}` };
}

const lower = (s: string, lang: string) => s.toLocaleLowerCase(lang);

export function renderName(p: Person, style: NameStyle, lang: string, r: Rng): string {
  const full = (g: string, s: string) => (p.surnameFirst ? `${s} ${g}` : `${g} ${s}`);
  switch (style) {
    case "full": return full(p.given, p.surname);
    case "given": return p.given;
    case "surname": return p.surname;
    case "caps": return `${p.surname.toLocaleUpperCase(lang)} ${p.given}`;
    case "slash": return `${asciiFold(p.surnameLatin.split(" ").pop() as string).toUpperCase()}/${asciiFold(p.givenLatin).toUpperCase()}`;
    case "lower": return lower(r.chance(0.5) ? p.given : full(p.given, p.surname), lang);
    case "latin": return full(p.givenLatin, p.surnameLatin);
  }
}

/** The name parts a rendering shows (particles like "van der", "d/o", "binti" are not name parts). */
export function nameParts(rendered: string): string[] {
  return rendered.split(/\s+/).filter((t) => !PARTICLES.has(t.toLowerCase())).flatMap((t) => t.split("/")).filter((t) => t.length > 0);
}

const TITLES: Record<string, [string, string]> = {
  en: ["Mrs", "Mr"], it: ["sig.ra", "sig."], pl: ["pani", "pan"], cs: ["paní", "pan"], hu: ["dr.", "dr."], ro: ["dna", "dl."],
  el: ["κα", "κ."], tr: ["Sayın", "Sayın"], nl: ["mevrouw", "meneer"], fr: ["Mme", "M."], lt: ["p.", "p."], lv: ["kdz.", "kgs."],
  sl: ["ga.", "g."], bg: ["г-жа", "г-н"], is: ["", ""], pt: ["D.", "Sr."],
};
export function title(p: Person, lang: string): string {
  const t = TITLES[lang] ?? ["", ""];
  return p.female ? t[0] : t[1];
}
