// en-US texts, part 7: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_7 = [
  t("email", `Subject: FW: Your claim payment

---------- Forwarded message ---------
From: Pinecrest Mutual Claims <{{EMAIL|noreply@pinecrest.example}}>
Date: {{neg:date|Mon, Jan 12, 2026}}
To: {{EMAIL|wade.holloway@example.com}}

Dear {{PERSON|Wade Holloway}}, a payment of {{neg:amount|$4,312.77}} for claim {{neg:claim-number|PM-22-0918843}} has been issued by check.

---
{{PERSON|Wade}}: forwarding to you {{PERSON|Lynn}}, can you deposit it? thx`),
  t("chat", `11:58 PM – You: my account got hacked someone ordered 3 pizzas to an address in {{neg:postcode|30318}}
11:59 PM – SliceNow Trust & Safety: Yikes, sorry! I've locked the account. Is {{EMAIL|jpbaptiste@example.net}} still yours?
11:59 PM – You: yes. im {{PERSON|Jean-Pierre Baptiste}}, phone {{PHONE|(404) 218-7731}}
12:01 AM – SliceNow Trust & Safety: Thanks {{PERSON|Jean-Pierre}}. {{neg:amount|$71.85}} refunded. Please reset your password.`),
]
