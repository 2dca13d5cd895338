// fr-FR texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_2 = [
  t("chat", `[10:12] Client : bonjour, j'ai déménagé et je reçois encore les factures d'électricité de l'ancien logement
[10:13] Service Déménagement – {{PERSON|Léa}} : Bonjour ! Pouvez-vous me donner votre nom et votre numéro de client ?
[10:13] Client : {{PERSON|François-Xavier Dubreuil}}, client {{neg:customer-number|EL-44019823}}
[10:15] Service Déménagement – {{PERSON|Léa}} : Merci. La résiliation est faite au {{neg:date|31/01}}. Le trop-perçu de {{neg:amount|42,17 €}} sera remboursé.`),
  t("transcript", `AGENT : Banque Populaire du Sud, service fraude, {{PERSON|Nadia}} à l'appareil.
CLIENT : Oui bonjour, j'ai vu un paiement de {{neg:amount|1 890 €}} que je n'ai pas fait.
AGENT : Je bloque tout de suite. Vos nom et prénom ?
CLIENT : {{PERSON|Rousseau, Bernard}}.
AGENT : Merci monsieur {{PERSON|Rousseau}}. Vous me lisez le numéro de la carte ?
CLIENT : {{CARD|4929 1837 0046 2157}}.
AGENT : C'est noté. On vous rappelle au {{PHONE|02 99 41 87 36}} ?`),
  t("sms", `Salle FitForme : {{PERSON|Julien}}, ton abonnement expire le {{neg:date|30/09}}. Pour le renouveler ({{neg:amount|29,90 €}}/mois) appelle {{PERSON|Nathalie}} au {{PHONE|06 71 22 84 19}}.`),
  t("note", `Retour colis – Mme {{PERSON|Aïssatou Diallo}}, commande {{neg:order-number|FR-8802271}}. Article abîmé. Remboursement {{neg:amount|119,00 €}} validé par {{PERSON|Q. Marchand}}. Tél {{PHONE|+33 6 12 40 77 58}}. Cliente pas très contente, le sol de son entrée est en {{neg:name-word|pierre}} et le carton était trempé.`),
  t("ticket", `Dossier n° {{neg:ticket-number|SIN-20260412}}
Type : bris de glace
Assuré : {{PERSON|LAMBERT Étienne}}
Immatriculation : {{neg:plate|GH-412-KP}}
Téléphone : {{PHONE|03 88 21 47 60}}
Commentaire : RDV pose pare-brise le {{neg:date|18 avril}} à {{neg:time|14h}}.`),
  t("email", `Objet : Demande de remboursement – impôts

Bonjour,

Suite à mon appel au centre des finances publiques, je vous transmets mon RIB pour le remboursement de {{neg:amount|612 €}} :
{{IBAN|FR76 3000 6000 0112 3456 7890 189}}
(l'ancien compte {{neg:iban-checksum|FR76 3000 4000 0112 3456 7890 143}} est clôturé)

Cordialement,
{{PERSON|Sylvie Marchetti}}
{{PHONE|05 61 33 84 20}}`),
]
