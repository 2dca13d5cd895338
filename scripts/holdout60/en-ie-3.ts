// en-IE texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-IE")

export const EN_IE_3 = [
  t("transcript", `agent: you're through to atlantic broadband {{PERSON|conor}} speaking
caller: howya {{PERSON|conor}} its {{PERSON|breda}} {{PERSON|hennessy}} the internet's gone again
agent: ah sorry {{PERSON|breda}} can you read me the ip on the sticker screen
caller: {{IP_ADDRESS|192.168.0.1}}
agent: and is your mobile still {{PHONE|oh eight seven, six two one, four four oh nine}}`),
  t("chat", `Visitor: Hi, need to book the car in for a windscreen, claim {{neg:claim-number|IRL-5520917}}
Clearview Glass – {{PERSON|Eimear}}: Hi! Name and Eircode?
Visitor: {{PERSON|Declan Moriarty}}, {{neg:postcode|V94 T9PX}}
Clearview Glass – {{PERSON|Eimear}}: Thanks {{PERSON|Declan}}, a fitter can come Friday {{neg:date|20 March}}.`),
  t("note", `Hotel res – Mr {{PERSON|Fintan Burke}} group booking x6 rooms {{neg:date|3 Oct}}–{{neg:date|5 Oct}}. Deposit {{neg:amount|€600}} paid by card {{neg:masked-card|**** 5017}}. Contact {{PHONE|+353 1 675 3390}}, wife {{PERSON|Úna}} {{PHONE|087 611 2084}}.`),
  t("sms", `Hi {{PERSON|Aisling}}, Fitzwilliam Physio here. Your appt with {{PERSON|Ciara}} is Tue {{neg:date|9 Jun}} {{neg:time|4.30pm}}. To cancel ring {{PHONE|01 662 0915}}.`),
]
