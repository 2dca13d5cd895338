// French texts (fr-CA, fr-FR), written one by one: formulaires web, fiches CRM, exports CSV, bons de réservation,
// files de rappel, codes de clôture avec notes.
import { mk } from "./mk.ts"

const qc = mk("fr-CA")
const fr = mk("fr-FR")

export const FR_CA = [
  qc("ticket", `Formulaire – Déménagements Saint-Laurent
Prénom : {{PERSON|Geneviève}}
Nom : {{PERSON|Bouchard-Ouellet}}
Téléphone (cellulaire) : {{PHONE|514 829-3371}}
Courriel : {{EMAIL|gbouchard.ouellet@example.com}}
Code postal : {{neg:postcode|H2J 3K5}}
Date souhaitée : {{neg:date|15 janvier}}, budget {{neg:amount|1 400 $}}`),
  qc("note", `Fiche client (export CRM)
Nom/Name: {{PERSON|TREMBLAY, Jean-Philippe}}
Nom d'usage: {{PERSON|J.-P. Tremblay}}
Tél. (domicile): {{PHONE|418 647-2290}}
Tél. (travail): {{PHONE|(418) 523-8814}} poste 212
No client: {{neg:customer-number|QC-4418270}}
Solde: {{neg:amount|86,40 $}}`),
  qc("email", `Objet : Confirmation de commande {{neg:order-number|CMD-220517}}
Bonjour {{PERSON|Mathilde}},
Votre commande sera livrée le {{neg:date|9 décembre}} entre {{neg:time|13h00}} et {{neg:time|17h00}}.
Payée par Visa {{CARD|4761 9305 8226 4700}} (l'essai avec {{neg:luhn-invalid|4761 9305 8226 4701}} a été refusé).
Service à la clientèle : {{PHONE|1-866-417-3052}} ou {{EMAIL|service@boutiquemontroyal.example}}`),
  qc("summary", `Code de clôture : RAPPEL-REQUIS
Message vocal transcrit : « Bonjour c'est {{PERSON|Sylvain Côté}}, rappelez-moi au {{PHONE|quatre cinq zéro, six six deux, quarante et un quatre-vingt-sept}} »
Compte {{neg:account-number|HQ-30918827}}, facture du {{neg:date|2 décembre}} de {{neg:amount|212,18 $}}.
Agente : {{PERSON|Annie Roy}}`),
  qc("note", `nom;prénom;téléphone;ville
{{PERSON|Pelletier}};{{PERSON|Maxime}};{{PHONE|819 376-4025}};Trois-Rivières
{{PERSON|Nguyen}};{{PERSON|Thu Hà}};{{PHONE|438-291-7760}};Montréal
{{PERSON|Lapointe}};{{PERSON|Ghislaine}};{{PHONE|+1 581 309 4412}};Lévis`),
  qc("ticket", `{"client":{"prenom":"{{PERSON|Karim}}","nom":"{{PERSON|Benali}}","courriel":"{{EMAIL|kbenali@example.net}}","tel":"{{PHONE|450-679-2038}}" },"appareil":"{{neg:serial-number|SN-77Q-4021}}","version":"{{neg:version|6.1.2}}","ip":"{{IP_ADDRESS|172.20.14.9}}"}`),
  qc("chat", `Clavardage – Hydro-Nord
{{PERSON|Isabelle}} (agente) : Bonjour! Votre nom?
Vous : {{PERSON|Étienne Gauthier}}
{{PERSON|Isabelle}} (agente) : Merci. Le relevé du {{neg:date|28 novembre}} indique {{neg:amount|143,75 $}}.
Vous : ok, texto au {{PHONE|418 955-7301}} svp`),
  qc("note", `File de rappels – {{neg:date|2026-12-07}}
{{neg:time|9h30}}  Mme {{PERSON|Lucie Fortin}}  {{PHONE|(819) 822-4416}}  garantie
{{neg:time|10h15}}  {{PERSON|Rosalie Dubé}}  {{PHONE|514-376-0928}}  remboursement carte {{neg:masked-card|**** 3307}}`),
  qc("email", `Bon de réservation {{neg:booking-ref|AUB-5521}} – Auberge du Fjord
Client : M. {{PERSON|Réjean Boivin}}
Arrivée : {{neg:date|27 décembre}}, {{neg:time|16h00}}
Téléphone laissé : {{PHONE|418 543-6629}}
Dépôt : {{neg:amount|150 $}}, carte {{neg:masked-card|XXXX 8812}} exp. {{neg:card-expiry|03/28}}`),
  qc("transcript", `AGENTE : Bonjour, Télécom Laurentides, {{PERSON|Chantal}} à l'appareil.
APPELANT : Oui bonjour, {{PERSON|Normand Lacasse}}. Mon numéro c'est le {{PHONE|quatre un huit, cinq six deux, trente, dix-neuf}}.
AGENTE : Donc {{PHONE|418-562-3019}}. Billet {{neg:ticket-number|TL-60912}}, on vous rappelle avant {{neg:time|17h00}}.`),
]

export const FR_FR = [
  fr("ticket", `Formulaire de contact – Mutuelle Horizon
Civilité : Mme
Prénom : {{PERSON|Océane}}
Nom : {{PERSON|Lefèvre-Marchand}}
Téléphone portable : {{PHONE|06 74 21 58 93}}
Téléphone fixe : {{PHONE|04 78 62 19 40}}
E-mail : {{EMAIL|oceane.lm@example.org}}
Code postal : {{neg:postcode|69003}}
Message : remboursement du {{neg:date|14 novembre}} ({{neg:amount|87,50 €}}) jamais reçu`),
  fr("note", `Fiche CRM
NOM : {{PERSON|DUBOIS}}
Prénom : {{PERSON|Thibault}}
Identifiant : {{PERSON|t.dubois}}
Tél. (privé) : {{PHONE|+33 6 12 87 45 09}}
IBAN : {{IBAN|FR76 3000 4018 3200 0472 8193 633}}
IBAN (ancien, erroné) : {{neg:iban-checksum|FR67 3000 4018 3200 0472 8193 633}}
Contrat : {{neg:contract-number|MH-2026-08814}}`),
  fr("email", `Objet : Votre commande {{neg:order-number|FR-558120}} est expédiée
Bonjour {{PERSON|Aurélien}},
Colis {{neg:tracking-number|6A18327749002}} remis au transporteur le {{neg:date|5 décembre}}.
Adresse : {{PERSON|Aurélien Marchetti}}, 12 rue des Tanneurs, {{neg:postcode|67000}} Strasbourg
Une question ? {{EMAIL|sav@lamaisonbleue.example}} ou {{PHONE|03 88 41 27 66}}`),
  fr("summary", `Code de clôture : LITIGE-CB
Client {{PERSON|Yannick Berthelot}} conteste un paiement de {{neg:amount|249,00 €}} sur la carte {{CARD|5418 2736 0094 5727}}.
Message vocal : « rappelez-moi au {{PHONE|zéro six, quarante-deux, dix-huit, soixante-treize, cinquante-cinq}} après {{neg:time|18h00}} »
Agent : {{PERSON|Samira Haddad}}`),
  fr("note", `nom,prenom,mobile,ville,cp
{{PERSON|Garnier}},{{PERSON|Solène}},{{PHONE|07 81 34 56 20}},Nantes,{{neg:postcode|44000}}
{{PERSON|Mbappé-Kouassi}},{{PERSON|Ange}},{{PHONE|06 29 73 14 88}},Créteil,{{neg:postcode|94000}}
{{PERSON|Rousseau}},{{PERSON|Hervé}},{{PHONE|06 52 08 91 37}},Rennes,{{neg:postcode|35000}}`),
  fr("ticket", `<reservation ref="{{neg:booking-ref|GDF-77014}}">
  <voyageur>{{PERSON|Clémence Arnaud}}</voyageur>
  <accompagnant>{{PERSON|Basile Arnaud}}</accompagnant>
  <tel>{{PHONE|01 45 82 36 17}}</tel>
  <courriel>{{EMAIL|c.arnaud@example.net}}</courriel>
  <depart>{{neg:date|22/12/2026}} {{neg:time|07:42}}</depart>
</reservation>`),
  fr("chat", `Chat – Énergie Provence
Vous : bonjour, je déménage le {{neg:date|3 janvier}}
{{PERSON|Lucas}} (conseiller) : Bonjour ! Nom du titulaire ?
Vous : {{PERSON|Margaux Peyrac}}, nouveau RIB {{IBAN|FR76 2004 1010 0505 1837 4002 695}}
{{PERSON|Lucas}} (conseiller) : C'est noté. Version de l'appli {{neg:version|8.3.0}}, pensez à la mettre à jour.`),
  fr("note", `Rapport largeur fixe – rappels {{neg:date|07/12/2026}}
HEURE  NOM                 TEL              MOTIF
{{neg:time|09:00}}  {{PERSON|FAURE Lise}}          {{PHONE|05 56 44 18 72}}   résiliation
{{neg:time|09:20}}  {{PERSON|BENSAÏD Nordine}}     {{PHONE|06 81 47 20 39}}   facture {{neg:invoice-number|FA-20871}}`),
  fr("email", `Enquête de satisfaction – réponse
Note : 2/5
Commentaire : « personne ne rappelle. Mon numéro pour la troisième fois : {{PHONE|zéro sept, soixante et onze, vingt-deux, quatre-vingt-dix-neuf, zéro quatre}} »
Répondant : {{PERSON|Gisèle Vannier}} <{{EMAIL|gisele.vannier@example.com}}>
Connexion depuis {{IP_ADDRESS|2001:db8:c0f::4e}}`),
  fr("note", `Code de clôture : CHANGEMENT-BANQUE
Titulaire : {{PERSON|Aymeric Delorme}} (écrit aussi {{PERSON|A. DELORME}} dans l'ancien dossier)
Nouveau compte belge : {{IBAN|BE16 0635 1827 4974}}
Tél. : {{PHONE|06 17 39 42 05}} ; rappel le {{neg:date|10 décembre}} à {{neg:time|11h00}}`),
]
