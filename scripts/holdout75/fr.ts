// French texts (fr-FR), written one by one: transcriptions d'appels, messages vocaux, journaux de SVI et synthèses
// d'appel d'un centre de contact.
import { mk } from "./mk.ts"

const fr = mk("fr-FR")

export const FR_FR = [
  fr("transcript", `[transcription auto · Énergies du Val de Loire · facturation]
conseiller: énergies du val de loire bonjour {{PERSON|Mathilde}} à votre écoute
client: oui bonjour euh c'est pour ma facture de gaz
conseiller: je peux avoir votre nom
client: {{PERSON|Bertrand Lemaire}}, {{PERSON|l e m a i r e}}
conseiller: et un numéro pour vous joindre
client: {{PHONE|zéro six, quarante-sept, quatre-vingt-deux, dix-neuf, trente-cinq}}
conseiller: {{PHONE|zéro six quarante-sept quatre-vingt-deux dix-neuf trente-cinq}} c'est noté
client: l'index du compteur c'est {{neg:reference|28416}} et vous me facturez {{neg:amount|318,40 €}}`),
  fr("voicemail", `Message vocal · Banque Rivage opposition carte · {{neg:date|28 novembre}} {{neg:time|22h47}}
« bonsoir c'est {{PERSON|Solène Garnier}}, on m'a volé mon sac, ma carte c'est {{CARD|4559 0288 6107 2435}}, merci de faire opposition, rappelez-moi au {{PHONE|zéro sept, quatre-vingt-un, trente-trois, quarante-six, douze}}, merci »`),
  fr("transcript", `LOCUTEUR_1: banque rivage service cartes {{PERSON|Karim}} bonjour
LOCUTEUR_2: bonjour j'ai perdu ma carte bancaire
LOCUTEUR_1: vous pouvez me lire le numéro de la carte
LOCUTEUR_2: {{CARD|5457 6203 1198 8408}}
LOCUTEUR_1: et votre nom
LOCUTEUR_2: {{PERSON|Amandine Roussel}}
LOCUTEUR_1: le remboursement de {{neg:amount|89,90 €}} ira sur {{IBAN|FR76 3000 4018 2300 0127 9845 611}}
LOCUTEUR_2: non c'est l'ancien, le nouveau c'est {{IBAN|FR76 2004 1010 0505 9381 7206 628}}`),
  fr("ivr", `SVI Hôpital Saint-Roch rendez-vous · version {{neg:version|3.7.0}}
ani={{PHONE|+33 4 78 92 15 63}} ip_src={{IP_ADDRESS|198.51.100.42}}
dtmf_ipp={{neg:reference|IPP 7704 1129}}
asr_nom="{{PERSON|Jacqueline Fauconnier}}"
asr_date="{{neg:date|15 décembre}}" {{neg:time|14h30}}
resultat=confirme`),
  fr("summary", `Synthèse d'appel · Loc'Auto Provence assistance
{{PERSON|Thibault Marchetti}} a signalé une crevaison sur l'A8 près de Fréjus à {{neg:time|17h10}}. Contrat {{neg:booking-ref|LAP-40718}}. Rappel au {{PHONE|06 12 70 88 41}}, courriel {{EMAIL|t.marchetti@example.com}}. Dépanneuse envoyée, franchise de {{neg:amount|300 €}} non appliquée.`),
  fr("transcript", `conseiller: azur télécom portabilité {{PERSON|Léa}} bonjour
client: bonjour je veux garder mon numéro
conseiller: bien sûr quel est le numéro
client: {{PHONE|zéro six, soixante et onze, quatre-vingt-dix-huit, zéro deux, cinquante-quatre}}
conseiller: et votre code RIO
client: {{neg:reference|02 P 7XK 418 93Q}}
conseiller: et le titulaire de la ligne
client: {{PERSON|Gaëtan Ferrand}}
conseiller: la portabilité se fera le {{neg:date|3 décembre}}`),
  fr("voicemail", `Messagerie · Hôtel des Tilleuls réservations
« oui bonjour {{PERSON|Marie-Claude Besnard}} à l'appareil, j'ai une réservation {{neg:booking-ref|TIL 2207}} pour le {{neg:date|20 décembre}}, on arrivera vers {{neg:time|21h}}, pouvez-vous me rappeler au {{PHONE|zéro deux, quarante, soixante et onze, trente-six, quatre-vingt-quinze}}, merci, bonne journée »`),
  fr("transcript", `LOCUTEUR_1: loc'auto provence assistance bonjour
LOCUTEUR_2: bonjour la voiture ne démarre plus on est sur un parking
LOCUTEUR_1: votre nom s'il vous plaît
LOCUTEUR_2: {{PERSON|Noémie Vasseur}}
LOCUTEUR_1: un numéro de téléphone
LOCUTEUR_2: {{PHONE|zéro sept, quatre-vingt-deux, quatre-vingt-quatre, cinquante-neuf, zéro six}}
LOCUTEUR_1: {{PHONE|zéro sept quatre-vingt-deux quatre-vingt-quatre cinquante-neuf zéro six}}
LOCUTEUR_1: l'immatriculation
LOCUTEUR_2: {{neg:plate|GH-418-TR}}`),
  fr("summary", `Synthèse (auto) · Énergies du Val de Loire · conseiller {{PERSON|Hugo Delattre}}
La cliente {{PERSON|Chantal Poirier}} change de RIB : nouvel IBAN communiqué, lu par la cliente ; le premier lu, {{neg:iban-checksum|FR87 3000 4018 2300 0127 9845 611}}, était erroné. Échéancier de {{neg:amount|64 €}} par mois à partir du {{neg:date|5 janvier}}. Code postal {{neg:postcode|37000}}. Numéro {{PHONE|02 47 61 39 08}}.`),
  fr("ivr", `2026-12-01 09:12:33 azur-porta svi {{neg:version|6.2.1}}
cli={{PHONE|+33 6 45 17 82 30}} sip={{IP_ADDRESS|2001:db8:f7::a2}}
asr_nom="{{PERSON|Yannick Le Goff}}"
asr_courriel="{{EMAIL|ylegoff@example.net}}"
statut=demande_portabilite`),
  fr("transcript", `conseiller: hôpital saint-roch prise de rendez-vous {{PERSON|Inès}} bonjour
client: bonjour c'est pour mon père
conseiller: le nom du patient
client: {{PERSON|Raymond Chevalier}}
conseiller: et vous êtes
client: {{PERSON|Sandrine Chevalier}} sa fille, au {{PHONE|zéro un, quarante-quatre, soixante et un, soixante-douze, quatre-vingt-dix}}
conseiller: je vous propose {{neg:date|lundi 7 décembre}} à {{neg:time|9h30}}, salle {{neg:room-number|214}}`),
  fr("voicemail", `Message vocal · Banque Rivage · {{neg:time|06h15}}
« allô c'est {{PERSON|Rodolphe Masson}}, ma carte finissant par {{neg:masked-card|XXXX 2207}} a été avalée par le distributeur, je suis joignable au {{PHONE|zéro cinq, cinquante-six, trente et un, quatre-vingt-quatre, vingt-sept}} ou par mail {{EMAIL|rodolphe.masson@example.org}} »`),
  fr("summary", `Compte rendu d'appel · Hôtel des Tilleuls
{{PERSON|Agnès Rolland}} réserve la chambre {{neg:room-number|18}} du {{neg:date|26 décembre}} au {{neg:date|29 décembre}}, {{neg:amount|145 €}} la nuit. Carte de garantie {{CARD|2223 1485 0093 4611}}. Elle veut une chambre côté jardin, couleur {{neg:name-word|rose}} si possible. Contact {{EMAIL|agnes.rolland@example.com}}.`),
  fr("transcript", `LOCUTEUR_1: azur télécom {{PERSON|Florian}} j'écoute
LOCUTEUR_2: oui bonjour mon transfert de numéro a échoué
LOCUTEUR_1: votre numéro s'il vous plaît
LOCUTEUR_2: {{PHONE|zéro six, trente, vingt et un, soixante-dix-sept, quarante-huit}}
LOCUTEUR_1: et votre nom
LOCUTEUR_2: {{PERSON|Clémence Aubry}}
LOCUTEUR_1: le code RIO ne correspondait pas, dossier {{neg:case-number|AZ-66130}}, on relance ce soir à {{neg:time|20h}}`),
  fr("ivr", `svi_trace val-de-loire {{neg:version|1.9.3}} ani {{PHONE|03 88 24 17 59}} ip {{IP_ADDRESS|10.77.2.140}}
menu 1 > index compteur > {{neg:reference|04412}}
menu 2 > asr_nom "{{PERSON|Josiane Kieffer}}"
code postal "{{neg:postcode|67000}}"
fin {{neg:time|11:52}}`),
]
