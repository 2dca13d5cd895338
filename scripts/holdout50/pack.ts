// A language pack: the sentences every kind of text is written from. A sentence holds slots, one capital letter in
// braces, that the scene fills: {N} a name (any style), {G} the name a person is called by, {F} a family name, {P} a
// phone, {E} an e-mail, {B} a business number, {D} a date, {T} a time, {A} an amount, {M} a masked card, {X} a card
// expiry, {L} a declined (Luhn-invalid) card, {C} a card, {I} an IBAN or a domestic account, {J} an IBAN that fails its
// check, {S} a colleague's name, {K} the topic, {R} the brand, {W} a given name used as a word. Slots stand apart from
// letters (a suffix after a hyphen or a space), so that every span sits on word boundaries.
export type BizKey = "tattoo" | "dive" | "translate" | "cake"

export interface Pack {
  /** Digits 0 to 9 as said, space-separated. */
  digits: string
  topic: Record<BizKey, string>
  /** How a man and a woman are addressed politely; the title stays outside the span. */
  polite: { m: string; f: string }
  /** Given names used as ordinary words, each with a sentence using it ({W}). */
  words: [string, string][]
  hi: string
  reach: string
  about: string
  when: string
  paid: string
  declined: string
  charge: string
  refund: string
  badIban: string
  colleague: string
  thanks: string
  ok: string
  dear: string
  body: string
  regards: string
  vmHi: string
  vmCall: string
  vmBye: string
  /** Caller, reason, callback, outcome, agent, e-mail. */
  keys: [string, string, string, string, string, string]
  outcome: string
  called: string
  notice: [string, string, string]
  wrote: string
  subject: string
  speaking: string
  /** Invoice title, bill to, total, paid by card. */
  invoice: [string, string, string, string]
}

export const EN: Pack = {
  digits: "zero one two three four five six seven eight nine",
  topic: { tattoo: "tattoo appointment", dive: "dive trip", translate: "certified translation", cake: "cake order" },
  polite: { m: "Mr {F}", f: "Ms {F}" },
  words: [
    ["dawn", "We leave the harbour at {W}, so bring a warm layer."],
    ["joy", "It was a {W} to deal with your team."],
    ["faith", "I have every {W} that it will be ready."],
    ["summer", "The {W} rates apply from June."],
  ],
  hi: "Hello, my name is {N}.",
  reach: "You can reach me on {P} or at {E}.",
  about: "It's about my {K}, reference {B}.",
  when: "It is booked for {D} at {T}.",
  paid: "I paid a deposit of {A} with the card {M}, expiry {X}.",
  declined: "The card {L} was declined, though.",
  charge: "Please charge the balance to {C}.",
  refund: "Please refund the deposit to {I}.",
  badIban: "The IBAN {J} came back as invalid.",
  colleague: "My colleague {S} will call you back.",
  thanks: "Thank you, {G}!",
  ok: "Noted, everything is in order.",
  dear: "Dear {N},",
  body: "we confirm your {K} on {D} at {T}. Reference: {B}.",
  regards: "Kind regards,",
  vmHi: "hi this is {N}",
  vmCall: "could you call me back on {P}",
  vmBye: "thanks bye",
  keys: ["Caller", "Reason", "Callback", "Outcome", "Agent", "Email"],
  outcome: "booking confirmed, reminder set",
  called: "Customer called about the {K}.",
  notice: ["Reference {B}: ready from {D}, {T}.", "Reminder: {K} slots on {D} cost {A}.", "Payments with the card {L} cannot be processed."],
  wrote: "On {D} at {T}, {S} <{E}> wrote:",
  subject: "Your {K}",
  speaking: "{R}, {S} speaking, how can I help?",
  invoice: ["INVOICE", "Bill to", "Total", "Paid by card"],
}

export const ES: Pack = {
  digits: "cero uno dos tres cuatro cinco seis siete ocho nueve",
  topic: { tattoo: "sesión de tatuaje", dive: "salida de buceo", translate: "traducción jurada", cake: "pedido de torta" },
  polite: { m: "Sr. {F}", f: "Sra. {F}" },
  words: [
    ["rocío", "Salimos con el {W} de la mañana."],
    ["consuelo", "Es un {W} saber que llegó bien."],
    ["pilar", "La caja quedó junto al {W} de la entrada."],
    ["soledad", "No me gusta bucear en {W}, prefiero ir en grupo."],
    ["milagros", "No hacemos {W}, pero lo intentamos."],
  ],
  hi: "Hola, me llamo {N}.",
  reach: "Mi número es {P} y mi correo {E}.",
  about: "Es sobre mi {K}, referencia {B}.",
  when: "Está reservado para el {D} a las {T}.",
  paid: "Pagué una seña de {A} con la tarjeta {M}, vence {X}.",
  declined: "La tarjeta {L} fue rechazada.",
  charge: "Cóbrenme el resto a la tarjeta {C}.",
  refund: "Devuélvanme la seña a la cuenta {I}.",
  badIban: "El IBAN {J} salió inválido.",
  colleague: "Mi compañero {S} le devolverá la llamada.",
  thanks: "¡Gracias, {G}!",
  ok: "Anotado, todo en orden.",
  dear: "Estimado/a {N}:",
  body: "le confirmamos su {K} el {D} a las {T}. Referencia: {B}.",
  regards: "Saludos cordiales,",
  vmHi: "hola habla {N}",
  vmCall: "por favor llámeme al {P}",
  vmBye: "gracias chao",
  keys: ["Llamante", "Motivo", "Devolver llamada", "Resultado", "Agente", "Correo"],
  outcome: "reserva confirmada",
  called: "El cliente llamó por su {K}.",
  notice: ["Referencia {B}: lista desde el {D}, {T}.", "Recordatorio: {K} el {D}, precio {A}.", "El pago con la tarjeta {L} no pasó."],
  wrote: "El {D} a las {T}, {S} <{E}> escribió:",
  subject: "Su reserva: {K}",
  speaking: "{R}, le atiende {S}, ¿en qué puedo ayudarle?",
  invoice: ["FACTURA", "Cliente", "Total", "Pagado con tarjeta"],
}

export const FR: Pack = {
  digits: "zéro un deux trois quatre cinq six sept huit neuf",
  topic: { tattoo: "séance de tatouage", dive: "sortie plongée", translate: "traduction assermentée", cake: "commande de gâteau" },
  polite: { m: "M. {F}", f: "Mme {F}" },
  words: [
    ["reine", "La {W} des plages, c'est Djerba."],
    ["constance", "Merci pour votre {W} et votre patience."],
    ["blanche", "Vous avez carte {W} pour le motif."],
    ["olive", "Un glaçage vert {W}, s'il vous plaît."],
  ],
  hi: "Bonjour, je m'appelle {N}.",
  reach: "Mon numéro : {P}, mon e-mail : {E}.",
  about: "C'est au sujet de : {K}, référence {B}.",
  when: "C'est réservé le {D} à {T}.",
  paid: "J'ai versé un acompte de {A} avec la carte {M}, expiration {X}.",
  declined: "La carte {L} a été refusée.",
  charge: "Débitez le reste sur la carte {C}.",
  refund: "Remboursez l'acompte sur {I}.",
  badIban: "L'IBAN {J} est invalide.",
  colleague: "Mon collègue {S} vous rappellera.",
  thanks: "Merci, {G} !",
  ok: "Noté, tout est en ordre.",
  dear: "Cher/Chère {N},",
  body: "nous confirmons votre rendez-vous ({K}) le {D} à {T}. Référence : {B}.",
  regards: "Cordialement,",
  vmHi: "bonjour c'est {N}",
  vmCall: "rappelez-moi au {P}",
  vmBye: "merci au revoir",
  keys: ["Appelant", "Motif", "Rappel", "Résultat", "Conseiller", "E-mail"],
  outcome: "rendez-vous confirmé",
  called: "Le client a appelé au sujet : {K}.",
  notice: ["Référence {B} : prête à partir du {D}, {T}.", "Rappel : {K} le {D}, tarif {A}.", "Le paiement avec la carte {L} a échoué."],
  wrote: "Le {D} à {T}, {S} <{E}> a écrit :",
  subject: "Votre rendez-vous : {K}",
  speaking: "{R}, {S} à l'appareil, je vous écoute.",
  invoice: ["FACTURE", "Client", "Total TTC", "Payé par carte"],
}
