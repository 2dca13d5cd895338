// What a message or a call is about, named right before a number: the number is that matter, an order, a case or a
// serial, not a phone (`cb req re 3972958626`, `it's about 998 6278 6674`, `c'est au sujet de 998 990 6576`, `es geht um
// 998 9234 7226`). Right before it only, an article at most between: a phone word between names a phone (`it's about my
// new number, 0712 …`), and a call about a number's caller says so (`about a missed call from 020 …`).
const TOPIC = new RegExp(
  String.raw`(?:^|[\s(,;:])(?:re:?|(?:it|this|that)(?:'s|’s| is) about|regarding|concerning|au sujet d[eu']|concernant|à propos d[eu']|es geht um|betrifft|bezüglich|het gaat om|betreft|chodzi o|dotyczy|jde o|týká se|det gäller|gäller|det drejer sig om|det gjelder|gjelder|angående|vedrørende|é sobre|e sobre|sobre|es por|se trata de|trata-se d[eoa]|referente a|si tratta di|riguarda|este vorba de|referitor la|privind|u vezi sa|u vezi s|vezano za|asi puudutab|puudutab|asia koskee|koskee|αφορά|varðar)` +
    String.raw`(?:[ \t]+(?:the|le|la|l'|el|lo|il|o|a|de|del|do|da|το|τον|την))?[ \t]+$`,
  "iu",
)

/** Whether the words right before `start` name what the message is about (see TOPIC). */
export const topicBefore = (text: string, start: number) => TOPIC.test(text.slice(Math.max(0, start - 40), start))
