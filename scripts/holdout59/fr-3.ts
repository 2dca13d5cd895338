// fr-FR texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_3 = [
  t("transcript", `Conseiller : Ondea Mobile, {{PERSON|Romain}}, bonjour.
Cliente : Bonjour, je suis {{PERSON|Nathalie Mercier}}, je veux porter mon numéro chez vous.
Conseiller : Très bien. Le numéro ?
Cliente : {{PHONE|zéro sept, cinquante-quatre, 18, quatre-vingt-douze, zéro trois}}.
Conseiller : Et le RIO ?
Cliente : {{neg:customer-number|02 P 4AK 7713}}.
Conseiller : Parfait, portabilité le {{neg:date|17 mars}}.`),
  t("email", `Bonjour,

Je souhaite modifier le compte de prélèvement pour mon abonnement gaz. Voici le nouvel IBAN, au nom de {{PERSON|Pascal Vidal}} : {{IBAN|FR76 3000 6000 0112
3456 7890 189}}

Merci de me confirmer par retour de mail ou au {{PHONE|+33 5 61 22 84 17}}.

Cordialement,
{{PERSON|Pascal Vidal}}
🏠 12 allée des Pins, {{neg:postcode|31400}} Toulouse`),
  t("note", `17/02 appel M. {{PERSON|Didier Blanc}} – colis {{neg:tracking-number|CX 7781 4420 9FR}} abîmé, photos reçues. rembourser {{neg:amount|64,90 €}} sur carte {{neg:masked-card|XXXX-XXXX-XXXX-3391}}. il a d'abord donné le num {{neg:luhn-invalid|4973 0192 8812 3390}}, faux. OK.`),
  t("form", `Nom, Prénom : {{PERSON|N'Diaye, Awa}}
Tél. fixe : {{PHONE|05.56.44.21.90}}
Tél. mobile : {{PHONE|07 68 30 19 52}}
E-mail : {{EMAIL|awa.ndiaye@example.net}}
Banque : {{IBAN|BE71 0961 2345 6769}}
Date de naissance : {{neg:date|30/04/1992}}`),
]
