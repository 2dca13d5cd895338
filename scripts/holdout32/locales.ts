// The regions texts are written from: language, phone plan key, IBAN country, email domains, and how
// each writes dates, times and amounts (all of which become negatives).
import type { Rng } from "./prng.ts";

export interface Locale {
  id: string;
  lang: string;
  iban: string | null;
  uk: boolean;
  tld: string;
  mail: string[];
  date: (r: Rng, d: [number, number, number]) => string;
  time: (r: Rng) => string;
  amount: (r: Rng) => string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const M: Record<string, string[]> = {
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  pl: ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
  cs: ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
  hu: ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
  ro: ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
  el: ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
  tr: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  lt: ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"],
  lv: ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"],
  sl: ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra"],
  bg: ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
  is: ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
};
const ord = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;
const mon = (lang: string, m: number) => (lang === "en" ? EN_M : (M[lang] as string[]))[m - 1] as string;

/** 1234567 → "12,34,567" (Indian lakh/crore grouping). */
function lakh(n: number): string {
  const s = String(n);
  if (s.length <= 3) return s;
  const head = s.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ",");
  return `${head},${s.slice(-3)}`;
}
const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const cents = (r: Rng) => pad(r.pick([0, 0, 50, 99, 25, r.int(1, 98)]));

type DateF = (r: Rng, d: [number, number, number]) => string;
const dmySlash: DateF = (_r, [y, m, d]) => `${pad(d)}/${pad(m)}/${y}`;
const dmyDot: DateF = (_r, [y, m, d]) => `${pad(d)}.${pad(m)}.${y}`;
const iso: DateF = (_r, [y, m, d]) => `${y}-${pad(m)}-${pad(d)}`;
const enLong: DateF = (r, [y, m, d]) => r.pick([`${d} ${mon("en", m)} ${y}`, `${d} ${mon("en", m).slice(0, 3)} ${y}`, `${ord(d)} ${mon("en", m)}`]);
const usLong: DateF = (_r, [y, m, d]) => `${mon("en", m)} ${d}, ${y}`;
const either = (...fs: DateF[]): DateF => (r, d) => r.pick(fs)(r, d);
const word = (lang: string, f: (m: string, d: number, y: number) => string): DateF => (_r, [y, m, d]) => f(mon(lang, m), d, y);

const t24 = (sep = ":") => (r: Rng) => `${pad(r.int(7, 20))}${sep}${r.pick(["00", "15", "30", "45", "10"])}`;
const t12 = (r: Rng) => `${r.int(1, 11)}:${r.pick(["00", "15", "30", "45"])} ${r.pick(["am", "pm", "PM"])}`;
const tEither = (r: Rng) => (r.chance(0.5) ? t24()(r) : t12(r));

const euro = (sep: string, sym: "pre" | "post") => (r: Rng) => {
  const v = `${group(r.int(12, 4800), sep)},${cents(r)}`;
  return sym === "pre" ? `€ ${v}` : `${v} €`;
};

function L(id: string, iban: string | null, tld: string, mail: string, date: DateF, time: (r: Rng) => string, amount: (r: Rng) => string): Locale {
  return { id, lang: id.slice(0, 2), iban, uk: id === "en-SCT" || id === "en-CORN", tld, mail: mail.split(" "), date, time, amount };
}

export const LOCALES: Locale[] = [
  L("en-IN", null, "co.in", "gmail.com rediffmail.com yahoo.co.in outlook.com", either(dmySlash, enLong, (_r, [y, m, d]) => `${pad(d)}-${pad(m)}-${y}`), tEither,
    (r) => r.pick([`₹${lakh(r.int(450, 4500000))}`, `Rs. ${lakh(r.int(450, 950000))}/-`, `INR ${lakh(r.int(1000, 2500000))}.00`])),
  L("en-SG", null, "com.sg", "gmail.com singnet.com.sg hotmail.com yahoo.com.sg", either(enLong, dmySlash), tEither, (r) => `S$${group(r.int(20, 9000), ",")}.${cents(r)}`),
  L("en-PH", null, "com.ph", "gmail.com yahoo.com.ph outlook.ph", either(usLong, dmySlash), t12, (r) => `₱${group(r.int(150, 95000), ",")}.${cents(r)}`),
  L("en-ZA", null, "co.za", "gmail.com mweb.co.za telkomsa.net webmail.co.za", either(enLong, (_r, [y, m, d]) => `${y}/${pad(m)}/${pad(d)}`), t24(), (r) => `R${group(r.int(80, 60000), " ")},${cents(r)}`),
  L("en-NG", null, "com.ng", "gmail.com yahoo.com outlook.com", either(dmySlash, (_r, [y, m, d]) => `${ord(d)} ${mon("en", m)}, ${y}`), tEither, (r) => `₦${group(r.int(2000, 950000), ",")}`),
  L("en-JM", null, "com.jm", "gmail.com yahoo.com hotmail.com", either(usLong, dmySlash), t12, (r) => `J$${group(r.int(500, 250000), ",")}.${cents(r)}`),
  L("en-SCT", "GB", "co.uk", "btinternet.com gmail.com outlook.com sky.com", either(dmySlash, enLong), t24(), (r) => `£${group(r.int(8, 4500), ",")}.${cents(r)}`),
  L("en-CORN", "GB", "co.uk", "btinternet.com gmail.com talktalk.net hotmail.co.uk", either(dmySlash, enLong), t24(), (r) => `£${group(r.int(8, 4500), ",")}.${cents(r)}`),
  L("en-NS", null, "ca", "eastlink.ca gmail.com hotmail.com", either(usLong, iso), t12, (r) => `$${group(r.int(20, 9000), ",")}.${cents(r)} CAD`),
  L("en-QLD", null, "com.au", "bigpond.com gmail.com outlook.com.au", either(dmySlash, enLong), tEither, (r) => `A$${group(r.int(20, 9000), ",")}.${cents(r)}`),
  L("it-IT", "IT", "it", "libero.it virgilio.it gmail.com alice.it", either(dmySlash, word("it", (m, d, y) => `${d} ${m} ${y}`)), t24(), euro(".", "pre")),
  L("it-CH", "CH", "ch", "bluewin.ch ticino.com gmail.com", either(dmyDot, word("it", (m, d, y) => `${d} ${m} ${y}`)), t24("."), (r) => `CHF ${group(r.int(20, 9000), "'")}.${r.pick(["–", "50", "00", "90"])}`),
  L("pl-PL", "PL", "pl", "wp.pl o2.pl onet.pl gmail.com interia.pl", either(dmyDot, word("pl", (m, d, y) => `${d} ${m} ${y} r.`)), t24(), (r) => `${group(r.int(20, 9000), " ")},${cents(r)} zł`),
  L("cs-CZ", "CZ", "cz", "seznam.cz centrum.cz email.cz gmail.com", either((_r, [y, m, d]) => `${d}. ${m}. ${y}`, word("cs", (m, d, y) => `${d}. ${m} ${y}`)), t24(), (r) => `${group(r.int(100, 90000), " ")} Kč`),
  L("hu-HU", "HU", "hu", "freemail.hu citromail.hu gmail.com t-online.hu", either((_r, [y, m, d]) => `${y}. ${pad(m)}. ${pad(d)}.`, word("hu", (m, d, y) => `${y}. ${m} ${d}.`)), t24(), (r) => `${group(r.int(900, 900000), " ")} Ft`),
  L("ro-RO", "RO", "ro", "yahoo.ro gmail.com mail.com", either(dmyDot, word("ro", (m, d, y) => `${d} ${m} ${y}`)), t24(), (r) => `${group(r.int(20, 9000), ".")},${cents(r)} lei`),
  L("el-GR", "GR", "gr", "otenet.gr gmail.com yahoo.gr hotmail.gr", either(dmySlash, word("el", (m, d, y) => `${d} ${m} ${y}`)), t24(), euro(".", "post")),
  L("tr-TR", "TR", "com.tr", "hotmail.com gmail.com yandex.com.tr", either(dmyDot, word("tr", (m, d, y) => `${d} ${m} ${y}`)), t24(), (r) => r.pick([`${group(r.int(100, 90000), ".")},${cents(r)} TL`, `₺${group(r.int(100, 90000), ".")},${cents(r)}`])),
  L("nl-BE", "BE", "be", "telenet.be skynet.be proximus.be gmail.com", either(dmySlash, word("nl", (m, d, y) => `${d} ${m} ${y}`)), t24(), euro(".", "pre")),
  L("fr-BE", "BE", "be", "skynet.be voo.be gmail.com hotmail.be", either(dmySlash, word("fr", (m, d, y) => `${d} ${m} ${y}`)), (r) => `${r.int(8, 19)}h${r.pick(["00", "15", "30", "45"])}`, euro(".", "post")),
  L("lt-LT", "LT", "lt", "inbox.lt gmail.com one.lt", either(iso, word("lt", (m, d, y) => `${y} m. ${m} ${d} d.`)), t24(), (r) => `${group(r.int(10, 9000), " ")},${cents(r)} €`),
  L("lv-LV", "LV", "lv", "inbox.lv gmail.com apollo.lv", either((_r, [y, m, d]) => `${pad(d)}.${pad(m)}.${y}.`, word("lv", (m, d, y) => `${y}. gada ${d}. ${m}`)), t24(), (r) => `${group(r.int(10, 9000), " ")},${cents(r)} EUR`),
  L("sl-SI", "SI", "si", "siol.net gmail.com t-2.net", either((_r, [y, m, d]) => `${d}. ${m}. ${y}`, word("sl", (m, d, y) => `${d}. ${m} ${y}`)), t24(), euro(".", "post")),
  L("bg-BG", "BG", "bg", "abv.bg mail.bg gmail.com", either((_r, [y, m, d]) => `${pad(d)}.${pad(m)}.${y} г.`, word("bg", (m, d, y) => `${d} ${m} ${y} г.`)), t24(), (r) => `${group(r.int(10, 9000), " ")},${cents(r)} лв.`),
  L("is-IS", "IS", "is", "simnet.is internet.is gmail.com", either(dmyDot, word("is", (m, d, y) => `${d}. ${m} ${y}`)), t24(), (r) => `${group(r.int(900, 900000), ".")} kr.`),
  L("pt-PT", "PT", "pt", "sapo.pt gmail.com hotmail.com", either(dmySlash, word("pt", (m, d, y) => `${d} de ${m} de ${y}`)), t24(), (r) => `${group(r.int(10, 9000), ".")},${cents(r)} €`),
];

export function someDate(r: Rng): [number, number, number] {
  return [r.pick([2024, 2025, 2025, 2026]), r.int(1, 12), r.int(1, 28)];
}
