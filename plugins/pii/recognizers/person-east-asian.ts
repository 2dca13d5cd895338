import { isAscii, wordSet } from "../../../core/index.ts"
import { withoutMarks } from "./letter-unit.ts"

// Chinese, Korean, Vietnamese and Japanese names written in Latin letters (`Lim Hui Min`, `Wei Ling Koh`, `Park Ji-hoon`,
// `Nguyễn Văn An`, `Tanaka Hiroshi`). Their given names are syllables that a first-name list cannot hold alone (`Min`,
// `Jun`, `An` are abbreviations and words), so a run of capitalised words is one such name only when a listed surname
// opens or closes it and every other word is a listed given-name syllable (or syllables joined by a hyphen, `Ji-hoon`),
// a listed Japanese given name, or another surname.

const words = (s: string) => new Set(s.split(" "))

// Frequent surnames: Mandarin pinyin, the Hokkien, Teochew and Cantonese spellings of Singapore, Malaysia and Hong Kong,
// Korea's, Vietnam's (written without accents; a word is read with its accents taken off) and Japan's.
const SURNAMES = words(
  "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo gao lin luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu zhong cui qian qiu " +
    "tan lim lee ng ong wong goh chua chan koh teo yeo ang leong chong low sim tay toh foo lau chew quek seah heng khoo chia loh lai yap kwok cheung leung tsang yip fung mok kwan siow " +
    "yeung tsui chow lam mak tse fong poon tam pang chiu yuen kwong szeto lui choy ho " +
    "kim park choi jung jeong kang cho yoon jang lim han seo shin kwon hwang ahn yoo hong jeon ko moon yang son bae baek nam " +
    "nguyen tran pham hoang huynh phan vu vo dang bui ngo duong ly trinh dinh doan " +
    "sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura okamoto matsuda nakagawa harada takeuchi",
)

const SURNAME_WORDS = wordSet(SURNAMES)

// Syllables of given names (pinyin and the southern spellings, Korean, Vietnamese). Not those that are frequent English
// words (`man`, `long`, `sun`, `he`): a surname before one is more often a sentence than a name.
const SYLLABLES = words(
  "wei ling hui min jun hao xin yi shu fen pei shan jia ming jing ying yan hua qiang lei tao bo feng chao jie xiu lan fang yu qing xia lin zhen kai zhi wen hai jian ping rui xue yun zi kang chun cheng heng liang peng yong yang ning ting ru qian jin hong li na mei xiao xuan yuan zhi hui jiayi zihan yuxuan haoran " +
    "boon keat hock seng kiat chee yew kok meng siew choon kim beng huat eng soon wai kit ka yee siu mun chi kwok fai tak hing sze yin yuk " +
    "wing tai hoi ho keung pui sau lok chung kin wah yiu ching tsz hin pak shing tin yat kei tung hang chiu yau " +
    "ji hoon yeon woo hyun soo young jae sung hee kyung sang joon hye chul seung won hwa mi ae gyu hyo da ye seon kyu eun yoon ha jin su " +
    "van thi an duc minh thanh ngoc quoc huu xuan anh binh cuong dung hanh hoa hung huong khanh linh mai nam nga phuong quang tam thao thu trang trung tuan tung viet vy hieu hien loan nhung oanh thuy yen bao khoa dat phuc tien",
)

// Japanese given names, whole (a Japanese given name is no syllable list's).
const JAPANESE_GIVEN = words(
  "hiroshi takeshi kenji akira haruto yuto sota riku kaito daiki takumi shota naoki kazuki yusuke satoshi makoto hideki masato kazuo tetsuya ryota kenta shinji koji hiroki yuki yui sakura haruka misaki yuna hina koharu tomoko yoko keiko emi ayumi akiko michiko yumi megumi kaori noriko naoko mayumi kumiko hiromi junko sachiko rina saki nanami airi miyu ayaka mizuki natsuki shiori",
)

// Places spelled with such words, and things named so (`Tai Chi`, `Feng Shui`), wherever they stand in a run.
const PLACE = /(?<![\p{L}\p{M}])(?:Hong Kong|Ho Chi Minh|Da Nang|Hai Phong|Nha Trang|Hoi An|Can Tho|Vung Tau|Xi An|Chiang Mai|Tai Chi|Feng Shui|Dim Sum|Wing Chun|Kung Fu|Ping Pong|Li Ning)(?![\p{L}\p{M}])/u

/** Whether a run of capitalised words holds such a place or thing (each is two words or more: most runs are one word). */
export const eastAsianPlace = (run: string) => run.includes(" ") && PLACE.test(run)

/** A word's lower case without accents; Vietnamese `đ` read as `d`. */
const plain = (w: string) => (!isAscii(w, 0, w.length) ? withoutMarks(w.toLowerCase()).replaceAll("đ", "d") : w.toLowerCase())
const given = (w: string) => SYLLABLES.has(w) || JAPANESE_GIVEN.has(w) || (w.includes("-") && w.split("-").every((s) => SYLLABLES.has(s)))
// Cantonese `Man` closes a given name after another syllable (`Kwok Tai Man`, `Chan Siu Man`), never opens one.
const givenAt = (ws: readonly string[], i: number) => given(ws[i]!) || (ws[i] === "man" && i > 0 && given(ws[i - 1]!))

interface Span {
  start: number
  end: number
}

/** Whether the word is a listed surname, read in place (copied only when it is not ASCII, to take its accents off). */
const listedSurname = (text: string, { start, end }: Span) => SURNAME_WORDS.hasRange(text, start, end) || (!isAscii(text, start, end) && SURNAMES.has(plain(text.slice(start, end))))

/**
 * Whether the words are one East Asian name: two to four words, a listed surname first (or last, of two or three), every
 * other word a given name's syllable or a Japanese given name (or another surname), at least one of those.
 */
function eastAsianName(text: string, all: readonly Span[], a: number, end: number): boolean {
  const n = end - a
  // The ends first, read in place: most runs have no listed surname at either, and no copy of their words is made.
  if (!listedSurname(text, all[a]!) && (n === 4 || !listedSurname(text, all[end - 1]!))) return false
  const words = all.slice(a, end)
  const ws = words.map((w) => plain(text.slice(w.start, w.end)))
  // Four words only surname first (`Trần Thị Mai Anh`).
  const surnameAt = SURNAMES.has(ws[0]!) ? 0 : n < 4 && SURNAMES.has(ws[n - 1]!) ? n - 1 : -1
  if (surnameAt < 0) return false
  const rest = ws.map((_, i) => i).filter((i) => i !== surnameAt)
  return rest.every((i) => givenAt(ws, i) || SURNAMES.has(ws[i]!)) && rest.some((i) => givenAt(ws, i))
}

/**
 * Where the East Asian name of `words[a..whole)` ends (`whole`), or of `words[a..b)` when the last words were taken off
 * (`b`); -1 when neither is one.
 */
export function eastAsianRun(text: string, words: readonly Span[], a: number, b: number, whole: number): number {
  if (whole > b && whole - a >= 2 && whole - a <= 4 && eastAsianName(text, words, a, whole)) return whole
  return b - a >= 2 && b - a <= 4 && eastAsianName(text, words, a, b) ? b : -1
}

// A surname in capitals right before the given name, as Hong Kong's forms write it (`Name: KWOK Tai Man`, `WONG Hoi Yan`).
const CAPS_SURNAME_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}{2,}) $/u

/**
 * Where the name starts when a listed surname in capitals stands before a run of one to three given-name syllables
 * (`KWOK Tai Man`); -1 when none does.
 */
export function capsSurnameBefore(text: string, words: readonly Span[]): number {
  const n = words.length
  // A space, then a capital before it (most runs follow a lower-case word), read in place before the expression.
  const c = text.charCodeAt(words[0]!.start - 2)
  if (n === 0 || n > 3 || text.charCodeAt(words[0]!.start - 1) !== 32 || !((c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(text[words[0]!.start - 2]!)))) return -1
  const m = CAPS_SURNAME_BEFORE.exec(text.slice(Math.max(0, words[0]!.start - 12), words[0]!.start))
  if (!m || !SURNAMES.has(m[1]!.toLowerCase())) return -1
  const ws = words.map((w) => plain(text.slice(w.start, w.end)))
  return ws.every((_, i) => givenAt(ws, i)) ? words[0]!.start - 1 - m[1]!.length : -1
}

/** Whether a name written surname first with a comma is one East Asian name (`Goh, Siew Ling`, `Koh, Jun Hao`). */
export function eastAsianSurnameFirst(surname: string, givenName: string): boolean {
  const ws = givenName.split(" ").map(plain)
  return SURNAMES.has(plain(surname)) && ws.length <= 3 && ws.every((_, i) => givenAt(ws, i))
}
