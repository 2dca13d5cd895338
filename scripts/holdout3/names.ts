// Invented people for the third held-out corpus. Pairs are written by hand
// per origin; the surname-first origins (Vietnamese, Chinese, Korean,
// Japanese, Hungarian) keep their order in `full`.
import { type Rng, pick, int } from "./values.ts"

export interface Person {
  given: string
  family: string
  /** The name as usually written in full. */
  full: string
  origin: string
  /** For titles that agree with the person (Frau/Herr, Sra./Sr., pani/pan). */
  female: boolean
}

const FEMALE = new Set(
  ("Charlotte Imogen Siobhán Hannah Megan Bethany Anneliese Friederike Sabine Henrike Katrin Hélène Maëlle Noémie Éloïse " +
    "Anaïs Lucía Nuria Begoña Maite Giulia Chiara Federica Ilaria Femke Sanne Marloes Lieke Małgorzata Agnieszka Zofia " +
    "Jadwiga Conceição Inês Leonor Beatriz Åsa Sigrún Freja Aino Ingrid Priya Fatima Ananya Deepika Harpreet Amara " +
    "Thandiwe Wanjiru Fatoumata Ngozi Layla Noor Rania Jelena Oksana Tatiana Vesna Elif Zeynep Mai Hà Hương Xiuying " +
    "Ji-woo Na Yuki Mei Guadalupe Valentina Camila Zsófia Grace Rose May").split(" "),
)

const west = (origin: string, pairs: string) =>
  pairs.split(";").map((p) => {
    const [given, family] = p.split("|") as [string, string]
    return { given, family, full: `${given} ${family}`, origin, female: FEMALE.has(given) }
  })
const east = (origin: string, pairs: string) =>
  pairs.split(";").map((p) => {
    const [family, given] = p.split("|") as [string, string]
    return { given, family, full: `${family} ${given}`, origin, female: FEMALE.has(given.split(" ").pop()!) }
  })

export const ORIGINS: Record<string, Person[]> = {
  en: west("en", "Oliver|Bennett;Charlotte|Hughes;Declan|Fitzgerald;Imogen|Carter-Lowe;Rhys|Pritchard;Siobhán|Mac Giolla;Hannah|Whitaker;Tyrone|Jackson;Megan|O'Sullivan;Lachlan|MacPherson;Bethany|Crowley;Callum|Ashworth"),
  de: west("de", "Jürgen|Weiß;Anneliese|Groß;Lukas|Brandt;Friederike|Köhler;Maximilian|von Arnim;Sabine|Häußler;Torsten|Bäcker;Henrike|Schulze-Böing;Ömer|Şahin;Katrin|Nußbaum"),
  fr: west("fr", "Hélène|Lefèvre;Benoît|Girard;Maëlle|Rousseau;François-Xavier|Dupuis;Noémie|Lacroix;Aurélien|Béranger;Éloïse|de Villiers;Gaëtan|Le Goff;Anaïs|Chevalier"),
  es: west("es", "José Luis|Ramírez Ortega;Lucía|Fernández;Íñigo|Etxeberria;Nuria|Vidal i Puig;Álvaro|de la Fuente;Begoña|Sánchez Mora;Maite|Azpiazu;Raúl|Cañizares"),
  it: west("it", "Giulia|Esposito;Niccolò|Bianchi;Chiara|De Luca;Gianmarco|Lo Russo;Federica|Santoro;Salvatore|D'Amico;Ilaria|Colombo;Pasquale|Russo"),
  nl: west("nl", "Femke|de Vries;Joost|van der Linden;Sanne|Bakker;Daan|van 't Hof;Marloes|Jansen;Bram|de Wit;Lieke|van Dijk;Thijs|Verhoeven"),
  pl: west("pl", "Małgorzata|Wiśniewska;Krzysztof|Wójcik;Grzegorz|Dąbrowski;Agnieszka|Kamińska;Łukasz|Zieliński;Zofia|Szymańska;Paweł|Kaczmarek;Jadwiga|Lewandowska"),
  pt: west("pt", "João|Gonçalves;Conceição|Ferreira;Inês|Araújo;Tomás|Magalhães;Leonor|Simões;Rui|Conceição;Thiago|Nascimento;Beatriz|Louro"),
  nordic: west("nordic", "Åsa|Lindqvist;Bjørn|Haugen;Sigrún|Jónsdóttir;Mikko|Järvinen;Freja|Østergaard;Lars-Erik|Sjöberg;Aino|Virtanen;Søren|Kjærgaard;Ingrid|Dahl;Pekka|Heikkilä"),
  southAsian: west("southAsian", "Priya|Raghunathan;Arjun|Mehta;Sanjay|Gupta;Fatima|Qureshi;Nimal|Perera;Harpreet|Kaur Sandhu;Ananya|Iyer;Imran|Chaudhry;Deepika|Venkataraman;Rahul|Bhattacharya"),
  african: west("african", "Chinedu|Okafor;Amara|Nwosu;Kwame|Mensah;Thandiwe|Dlamini;Abebe|Bekele;Wanjiru|Kamau;Oluwaseun|Adeyemi;Fatoumata|Diallo;Kofi|Asante;Ngozi|Eze"),
  arabic: west("arabic", "Mohammed|Al-Farsi;Layla|Haddad;Youssef|El Amrani;Omar|Abdel-Rahman;Noor|Al-Hashimi;Karim|Benali;Rania|Khoury;Samir|Bouzid"),
  slavic: west("slavic", "Dmitri|Volkov;Jelena|Petrović;Oksana|Shevchenko;Miroslav|Novák;Tatiana|Kuznetsova;Bogdan|Horvat;Vesna|Kovačević"),
  turkish: west("turkish", "Elif|Yıldız;Mehmet|Öztürk;Zeynep|Çelik;Burak|Aydın"),
  // Vietnamese: written family-first with a middle name; addressed by the last word (`Nguyễn Văn An` -> `An`).
  vietnamese: east("vietnamese", "Nguyễn|Văn An;Trần|Thị Mai;Phạm|Minh Tuấn;Lê|Thu Hà;Võ|Quốc Bảo;Đặng|Thanh Hương").map((p) => ({
    ...p,
    given: p.given.split(" ").pop()!,
  })),
  eastAsian: [
    ...east("eastAsian", "Zhang|Wei;Wang|Xiuying;Park|Min-jun;Kim|Ji-woo;Li|Na"),
    ...west("eastAsian", "Yuki|Tanaka;Hiroshi|Watanabe;Mei|Chen;Jun|Takahashi"),
  ],
  latam: west("latam", "Guadalupe|Hernández;Thiago|Oliveira Santos;Valentina|Rojas;Camila|Gutiérrez"),
  hungarian: east("hungarian", "Nagy|Zsófia;Kovács|Bence"),
}

/** Names that are also everyday English words, used as real names here (labels, not negatives). */
export const WORDLIKE: Person[] = west("en", "Grace|Okonkwo;Rose|Delgado;Will|Harrington;Mark|Fiedler;May|Lindqvist;Bill|Ostrowski")

const DIVERSE = ["southAsian", "african", "arabic", "slavic", "turkish", "vietnamese", "eastAsian", "latam", "hungarian"]

/** A person for a text in `lang`: mostly local, often of another origin, as in a European contact center. */
export function person(r: Rng, lang: string): Person {
  const x = r()
  if (x < 0.03) return pick(r, WORDLIKE)
  const local = lang === "sv" || lang === "da" || lang === "no" || lang === "fi" ? "nordic" : lang
  if (x < 0.55 && ORIGINS[local]) return pick(r, ORIGINS[local]!)
  if (x < 0.65) return pick(r, ORIGINS[pick(r, Object.keys(ORIGINS))]!)
  return pick(r, ORIGINS[pick(r, DIVERSE)]!)
}

const fold = (s: string) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/Ł/g, "L").replace(/ø/g, "o").replace(/ß/g, "ss")
    .replace(/đ/g, "d").replace(/Đ/g, "D").replace(/ı/g, "i").replace(/æ/g, "ae").toLowerCase().replace(/[^a-z]+/g, "")

const DOMAINS: Record<string, string[]> = {
  en: ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "hotmail.com"],
  de: ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
  fr: ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
  es: ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
  it: ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
  nl: ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"],
  pl: ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
  pt: ["sapo.pt", "gmail.com", "outlook.pt", "uol.com.br"],
  sv: ["telia.com", "bredband.net", "gmail.com"],
  da: ["mail.dk", "jubii.dk", "gmail.com"],
  no: ["online.no", "gmail.com", "live.no"],
  fi: ["luukku.com", "gmail.com", "elisanet.fi"],
}

export function emailOf(r: Rng, p: Person, lang: string): string {
  const g = fold(p.given)
  const f = fold(p.family)
  const d = pick(r, DOMAINS[lang] ?? DOMAINS.en!)
  const k = int(r, 0, 6)
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
  if (k === 6) return `${cap(g)}.${cap(f)}@${d.replace(/^[a-z]/, (c) => c.toUpperCase())}`
  if (k === 0) return `${g}.${f}@${d}`
  if (k === 1) return `${g[0]}${f}@${d}`
  if (k === 2) return `${g}_${f}${int(r, 70, 99)}@${d}`
  if (k === 3) return `${f}.${g}+${pick(r, ["orders", "billing", "shop"])}@${d}`
  if (k === 4) return `${g}${int(r, 1, 2004)}@${d}`
  return `${g}.${f[0]}@${d}`
}
