import { defineRecognizer, type Candidate } from "../../../core/index.ts"
import { nameByPlace, nameColumn, namesAgain } from "./person-script-places.ts"

// Names written in a script with no capital letters (Arabic, Persian and Urdu, Hebrew, Devanagari, Bengali, Tamil, Thai,
// Georgian, Chinese, Japanese, Korean): `my name is محمد العلي`, `اسمي فاطمة الزهراء`, `שמי דוד כהן`, `我叫王小明`.
// The other person rules read capitals, which these scripts lack, so a name here is found only after words that say a
// name follows: an introduction, a title, a name key, a greeting or a sign-off, in English and the other corpora's
// languages or in the script's own language. Without such a word, a run of these letters is a sentence, a place or a
// firm as often as a name, and is left alone.

// Letters of the scripts whose words are set apart by spaces, and of those whose are not (Han, kana, Hangul).
const SPACED = String.raw`\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Thai}\p{Script=Georgian}`
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`
// Most texts hold none of these letters: one test, and nothing else is done.
const ANY = new RegExp(`[${SPACED}${UNSPACED}]`, "u")

// A word of a spaced script: letters and marks, joiners inside (Persian writes `\u200C` within a word). Digits of these
// scripts are no name's.
const WORD = String.raw`(?:(?=\p{L})[${SPACED}])[\p{L}\p{M}\u200C\u200D]*`
const SPACED_RUN = new RegExp(`(?<![\\p{L}\\p{M}])${WORD}(?:[ \\u00A0]${WORD})*`, "gu")
const HAN_RUN = new RegExp(`(?:(?=\\p{L})[${UNSPACED}])+`, "gu")

// Words in another script before the run that say a name follows it (`Name: `, `Dear `, `Regards,\n`, `"name":"`).
const LATIN_CUE = new RegExp(
  // Markup may stand between the cue and the name (`**Name:** `, `<b>Name</b></td><td>`, `Regards,<br>⏎`).
  String.raw`(?:^|[^\p{L}])(?:(?:my |her |his |full |customer |caller |client |patient |account |contact )?name(?:'s| is)?|names?|i am|i'm|this is|it's|mr|mrs|ms|miss|dr|prof|dear|regards|best regards|kind regards|sincerely|signed(?: by)?|spoke (?:with|to)|speaking (?:with|to)|je m'appelle|je suis|mon nom est|nom|prénom|monsieur|madame|mme|me llamo|mi nombre es|soy|nombre|sr|sra|mi chiamo|nome|mein name ist|ich bin|ich heiße|herr|frau|mijn naam is|naam|meneer|mevrouw)[ \t]*(?:<\/?[a-z][^<>\n]{0,30}>)*[.:=,"'\-–—*]*[ \t]*(?:<\/?[a-z][^<>\n]{0,30}>[ \t]*)*(?:\r?\n[ \t]*)?["']?$`,
  "iu",
)

// The script's own words that say a name follows: `اسمي`, `اسم من`, `میرا نام`, `שמי`, `קוראים לי`, `मेरा नाम`, and
// titles (`السيد`, `آقای`, `מר`, `श्री`).
const OWN_CUES = [
  "اسمي", "إسمي", "السيد", "السيدة", "الأستاذ", "الأستاذة", "الدكتور", "الدكتورة", "عزيزي", "عزيزتي",
  "اسم من", "نام من", "اسمم", "آقای", "خانم", "جناب", "میرا نام", "محترمہ", "محترم",
  "שמי", "קוראים לי", "מר", "גב", "גברת", "לכבוד",
  "मेरा नाम", "श्री", "श्रीमती", "सुश्री", "डॉ",
  "আমার নাম", "என் பெயர்", "ผมชื่อ", "ฉันชื่อ", "ดิฉันชื่อ", "ჩემი სახელია",
  // Introductions, thanks, forms of address and sign-offs in Georgian, Hebrew and Arabic (`მე ვარ`, `ძვირფასო ქალბატონო`,
  // `პატივისცემით,⏎`, `בברכה,⏎`, `مع التحية،⏎`), and a colleague who will call back (`ჩემი კოლეგა`, `زميلي`). Not a
  // greeting: the word after `مرحبا` or `שלום` is as often `everyone` or `welcome`.
  "მე ვარ", "გმადლობთ", "მადლობა", "ძვირფასო", "ქალბატონო", "ბატონო", "პატივისცემით", "კოლეგა",
  "תודה", "תודה רבה", "בברכה",
  "شكرا", "شكراً", "مع التحية", "تحياتي", "مع خالص التحية", "زميلي", "زميلتي", "معك",
].map((cue) => cue.split(" "))
// Keys that say a name follows only with their colon (`שם:`; `שם` alone is also `there`): `الاسم:`, `नाम:`, `ชื่อ:`.
const OWN_KEYS = ["الاسم", "الإسم", "اسم", "نام", "שם", "नाम", "নাম", "பெயர்", "ชื่อ", "სახელი",
  // Who took or made a call, in a summary's keys: operator, caller, customer, agent (Georgian, Hebrew, Arabic).
  "ოპერატორი", "აბონენტი", "კლიენტი", "ავტორი", "נציג", "נציגה", "לקוח", "לקוחה", "מתקשר", "מתקשרת", "الموظف", "الموظفة", "العميل", "العميلة", "المتصل", "المتصلة"]
const cueAtEnd = (ws: readonly string[], cue: readonly string[]) => cue.length <= ws.length && cue.every((c, k) => ws[ws.length - cue.length + k] === c)

/** Whether the text before a run ends in the script's own cue or key (`الاسم: `, `גב' `), read from its last words. */
function ownCueBefore(before: string): boolean {
  const colon = /[:：]\s*$/u.test(before)
  // Words of the line before count (a sign-off's `مع التحية،⏎`): split at any space.
  const ws = before.replace(/[\s:：'"’\-–—,،!]+$/u, "").split(/\s+/).slice(-3)
  return OWN_CUES.some((cue) => cueAtEnd(ws, cue)) || (colon && OWN_KEYS.includes(ws[ws.length - 1]!))
}

// Words that end a name in its own script: and, I, my, want, number, phone, is, am (`اسمي محمد وأريد`, `שמי דוד ואני`,
// `اسم من علی رضایی هستم`, `मेरा नाम राहुल है`).
const STOPS = new Set(
  (
    "و في من على عن إلى الى مع هو هي أنا انا أريد اريد وأريد واريد أرغب عندي لدي رقم رقمي هاتفي جوالي بريدي ولدي وعندي ورقمي " +
    "المحترم المحترمة است هستم هست را از به با که این و شماره تلفن من ہے ہوں اور میرا میری نمبر کا کی " +
    "ואני אני רוצה מספר הטלפון שלי ו של עם זה היא הוא " +
    "है हूँ हूं और मेरा मेरी नंबर का की से ครับ ค่ะ และ เบอร์ আমি এবং নম্বর " +
    "ვარ და არის მინდა ნომერი დაგირეკავთ დაგირეკავს მე ნახვამდის ქალბატონო ბატონო " +
    "רבה קוראים לי ביי להתראות " +
    "اسمي معك الموضوع سيتصل ستتصل بخصوص مع جزيلا جزيلاً لك لكم"
  ).split(" "),
)
// A word of Arabic script that opens with `و` (and) and goes on as a stop word is one too (`وأريد`).
const joined = (w: string) => w.length > 2 && w.startsWith("و") && STOPS.has(w.slice(1))

// Particles after a Korean or Japanese name (`김민준입니다`, `山田です`) that are no part of it.
const HANGUL_TAIL = /(?:입니다|이에요|예요|이고요|이고|이라고|라고|씨|님|이|가|은|는)$/u
// Cues of the unspaced scripts, right before the name (`我叫`, `我的名字是`, `姓名：`, `氏名：`, `名前は`, `제 이름은 `).
const HAN_CUE = /(?:我叫|我的名字是|我的名字叫|姓名[:：]?\s*|名字[:：]\s*|氏名[:：]?\s*|名前は|名前[:：]\s*|이름은\s*|이름[:：]\s*|성함은\s*)$/u

// Words inside an Arabic name that join it to the next (`محمد بن سلمان`, `عبد الله`, `أبو بكر`).
const PARTICLES = new Set(["بن", "بنت", "ابن", "أبو", "ابو", "عبد", "آل"])
// A name is two words; more through a particle (`بن`, `آل`) or an Arabic family name (`العلي`), up to six
// (`محمد بن عبد الله آل سعود`).
const goesOn = (prev: string, w: string, taken: number) => taken < 2 || (taken < 6 && (PARTICLES.has(prev) || PARTICLES.has(w) || w.startsWith("ال")))

/** The name that opens `words` at `from` (up to the first stop word), as its [start, end) in the text. */
function nameAfter(words: readonly [number, number][], from: number, text: string): Candidate | undefined {
  let last = -1
  let prev = ""
  for (let i = from; i < words.length; i++) {
    const w = text.slice(words[i]![0], words[i]![1])
    if (STOPS.has(w) || joined(w) || !goesOn(prev, w, i - from)) break
    last = i
    prev = w
  }
  return last < 0 ? undefined : { start: words[from]![0], end: words[last]![1] }
}

/** The words of a run, as [start, end) pairs. */
function wordsOf(run: string, at: number): [number, number][] {
  const out: [number, number][] = []
  for (const m of run.matchAll(/[^ \u00A0]+/g)) out.push([at + m.index, at + m.index + m[0].length])
  return out
}

/** Where in a run's words a name follows the script's own cue (the word after the cue, or after cues in a row), or -1. */
function ownCueEnd(text: string, words: readonly [number, number][]): number {
  const ws = words.map(([s, e]) => text.slice(s, e).replace(/[:：]$/u, ""))
  const cueAt = (i: number) => OWN_CUES.find((cue) => cue.every((c, k) => ws[i + k] === c) && i + cue.length < ws.length)
  for (let i = 0; i < ws.length - 1; i++) {
    const cue = cueAt(i)
    if (!cue) continue
    // A greeting then a form of address (`ძვირფასო ქალბატონო მარიამ`): the name follows the last.
    let next = i + cue.length
    for (let more = cueAt(next); more; more = cueAt(next)) next += more.length
    return next
  }
  return -1
}

function spacedNames(text: string, found: Candidate[]): void {
  SPACED_RUN.lastIndex = 0
  for (let m = SPACED_RUN.exec(text); m; m = SPACED_RUN.exec(text)) {
    const words = wordsOf(m[0], m.index)
    const before = text.slice(Math.max(0, m.index - 40), m.index)
    const placed = nameByPlace(text, m.index, m.index + m[0].length) || nameColumn(text, m.index, m.index + m[0].length)
    // A cue before the run names its first words; a run opening with a stop word (`გამარჯობა, მე ვარ ზურაბ`, `שלום,
    // קוראים לי …`) is read for a cue inside it instead.
    let name = placed || LATIN_CUE.test(before) || ownCueBefore(before) ? nameAfter(words, 0, text) : undefined
    if (!name) {
      const from = ownCueEnd(text, words)
      if (from >= 0) name = nameAfter(words, from, text)
    }
    if (name) found.push(name)
  }
}

// Honorifics after a Japanese or Chinese name (`田中さん`, `王先生`), no part of it.
const HONORIFIC = /(?:さん|様|さま|くん|君|ちゃん|先生|氏|殿|女士|小姐|老师)$/u
// Words that go on a Chinese sentence after a name said in it: I, you, want, am, have, and the like.
const SENTENCE_GOES_ON = /[我你他她想要是的在有和，。、]/u
// What a letter or a chat greets that is no name: customer, user, friend, everyone, sir or madam.
const NOT_NAMES = new Set(["客户", "顾客", "用户", "朋友", "大家", "先生", "女士", "您好", "你好", "お客様", "お客さま", "お客", "皆様", "皆", "皆さん", "고객님", "고객", "여러분"])

function unspacedNames(text: string, found: Candidate[]): void {
  HAN_RUN.lastIndex = 0
  for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index)
    const latin = LATIN_CUE.test(before)
    // The cue may be in the run itself (`我叫王小明`): the name is what follows it there.
    let start = m.index
    let body = m[0]
    if (!latin) {
      const cue = /^(?:我叫|我的名字是|我的名字叫|姓名|氏名|名前は)/u.exec(body) ?? (HAN_CUE.test(before) ? [""] : null)
      if (!cue) continue
      start += cue[0].length
      body = body.slice(cue[0].length)
    }
    body = body.replace(HANGUL_TAIL, "").replace(/(?:です|と申します|といいます)$/u, "").replace(HONORIFIC, "")
    // A Chinese sentence going on with no comma after the name (`我叫王小明我想退货`): the name ends before `I`, `want`...
    const goesOnAt = body.slice(2).search(SENTENCE_GOES_ON)
    if (goesOnAt >= 0) body = body.slice(0, goesOnAt + 2)
    // A Chinese or Japanese name is two to four characters; a longer run after a cue is a sentence, a word for the
    // customer (`Dear 客户`, `お客様`) no name.
    if (body.length >= 2 && body.length <= 4 && !NOT_NAMES.has(body)) found.push({ start, end: start + body.length })
  }
}

export const personScript = defineRecognizer({
  type: "PERSON",
  name: "person-script",
  score: 0.85,
  find(text) {
    const found: Candidate[] = []
    if (!ANY.test(text)) return found
    spacedNames(text, found)
    unspacedNames(text, found)
    return found.length ? found.concat(namesAgain(text, found)) : found
  },
})
