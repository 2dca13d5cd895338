// en-GB texts, part 6: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_6 = [
  t("transcript", `speaker 1 (agent): hello you're through to the northern gas moving home team my name's {{PERSON|leanne}}
speaker 2: hi i'm moving out friday and need the account closed it's in my late mum's name {{PERSON|edna}} {{PERSON|thornley}}
speaker 1 (agent): i'm so sorry for your loss can i take your name too
speaker 2: {{PERSON|graham}} {{PERSON|thornley}}
speaker 1 (agent): and the best number {{PERSON|graham}}
speaker 2: {{PHONE|oh one one three, four nine six, oh eight two two}}`),
  t("note", `Clinic line – pt {{PERSON|Joseph Ekwueme}} (DOB {{neg:date|14/09/1972}}) wants results of bloods from {{neg:date|2 Feb}}. Told GP Dr {{PERSON|Hussain}} will call. Pt prefers {{PHONE|+44 7946 118 203}} not home no. NHS no. {{neg:customer-number|485 777 3456}} (check).`),
]
