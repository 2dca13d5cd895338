// What a message or a call is about, named right before a number: the number is that matter, an order, a case or a
// serial, not a phone (`cb req re 3972958626`, `it's about 998 6278 6674`, `c'est au sujet de 998 990 6576`, `es geht um
// 998 9234 7226`). Right before it only, an article at most between.
const RE = /(?:^|[\s(,;])re:?[ \t]+$/i
const TOPIC = new RegExp(
  String.raw`(?:^|[\s(,;:])(?:(?:it|this|that)(?:'s|’s| is) about|regarding|concerning|au sujet d[eu']|concernant|à propos d[eu']|es geht um|betrifft|bezüglich|het gaat om|betreft|chodzi o|dotyczy|jde o|týká se|det gäller|gäller|det drejer sig om|det gjelder|gjelder|angående|vedrørende|é sobre|e sobre|sobre|es por|se trata de|trata-se d[eoa]|referente a|si tratta di|riguarda|este vorba de|referitor la|privind|u vezi sa|u vezi s|vezano za|asi puudutab|puudutab|asia koskee|koskee|αφορά|varðar)` +
    String.raw`(?:[ \t]+(?:the|le|la|l'|el|lo|il|o|a|de|del|do|da|το|τον|την))?[ \t]+$`,
  "iu",
)

/**
 * Whether the words right before `start` name what the message is about. `re` always does (`cb req re …`, a phone word
 * before it notwithstanding); the other words for a number written as no phone is: not opening with a trunk 0, not in a
 * phone's own shape (`gäller 08-123 456 78 för alla samtal`, `regarding 07700 900123` after "call me back" stay phones).
 * A phone word further back does not change it: the nearer word decides, as with an id's word (`+372 5184 6786 – asi
 * puudutab 998 156 8112` is a serial).
 */
export function topicBefore(text: string, start: number, value: string, phoneLike: boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start)
  return RE.test(before.slice(-5)) || (!phoneLike && value.charCodeAt(0) !== 48 && TOPIC.test(before))
}
