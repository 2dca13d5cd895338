// French texts of holdout69 (fr-FR, fr-BE), written one by one: fils de courriels avec « Le … a écrit : », en-têtes
// transférés (De :/Envoyé :/À :/Objet :), signatures, exports de chat, lignes CRM, comptes rendus d'appel, tickets.
import { mk } from "./mk.ts"

const fr = mk("fr-FR")
const be = mk("fr-BE")

export const FR_FR = [
  fr("email", `Bonjour Madame {{PERSON|Lefranc}},

Nous avons bien reçu votre RIB, le remboursement de {{neg:amount|67,40 €}} partira vendredi.

Cordialement,
{{PERSON|Quentin Marchetti}}
Conseiller clientèle – Service Facturation
Énergies du Rhône | Ligne directe : {{PHONE|04 72 61 38 09}}
Ce message et ses pièces jointes sont confidentiels.

Le lun. 3 mars 2025 à 18:22, {{PERSON|Solène Lefranc}} <{{EMAIL|solene.lefranc@laposte.example}}> a écrit :
> Voici mon IBAN : {{IBAN|FR76 1027 8060 3100 0204 5170 120}}
> Tél. {{PHONE|06 41 83 20 97}}`),
  fr("chat", `[04/03/2025 10:05] {{PERSON|Karim Benali}} : bonjour, ma box ne marche plus depuis hier
[04/03/2025 10:06] Assistant virtuel : Je vous mets en relation avec un conseiller.
[04/03/2025 10:09] {{PERSON|Élodie}} (conseillère) : Bonjour M. {{PERSON|Benali}}, je vois une coupure dans le {{neg:postcode|93200}}. Rétablissement prévu à {{neg:time|14h30}}.
[04/03/2025 10:10] {{PERSON|Karim Benali}} : ok merci, rappelez-moi au {{PHONE|07 68 12 45 39}} si ça dure`),
  fr("note", `Nom;Téléphone;Courriel;Motif
{{PERSON|Anne-Sophie Delacroix}};{{PHONE|01 45 22 87 61}};{{EMAIL|asdelacroix@example.fr.example}};résiliation au {{neg:date|31/03/2025}}
{{PERSON|Thibault Nguyen-Roche}};{{PHONE|+33 6 22 74 90 18}};;litige facture {{neg:amount|129,90 €}}`),
  fr("summary", `Compte rendu d'appel – {{neg:date|5 mars 2025}}
Appelante : Mme {{PERSON|Bernadette Fourcade}}
Objet : sinistre dégât des eaux, dossier {{neg:claim-number|SIN-2025-04471}}
Elle a dicté son numéro : {{PHONE|zéro six, quarante-sept, dix-huit, trente-trois, quatre-vingt-deux}} — saisi {{PHONE|zéro six, quarante-sept, dix-huit, trente-trois, quatre-vingt-deux}}.
Expert passera le {{neg:date|12 mars}} à {{neg:time|9h}}. Conseiller : {{PERSON|Yannick Cosson}}.`),
  fr("email", `-------- Message transféré --------
De : {{PERSON|Marwa Haddou}} <{{EMAIL|marwa.haddou@example.org}}>
Envoyé : mardi 4 mars 2025 11:47
À : Service client <{{EMAIL|contact@mutuelle-azur.example}}>
Objet : Changement de coordonnées

Bonjour, mon nouveau numéro est le {{PHONE|06 84 37 21 50}} et je paie désormais avec la carte {{CARD|4974 0130 5528 1148}}.
Bien à vous, {{PERSON|Marwa Haddou}}`),
  fr("ticket", `Ticket {{neg:ticket-number|TCK-301877}}
03/03 09:12 {{PERSON|Loïc Gauthier}} : client {{PERSON|Hervé Lambertin}}, tél. {{PHONE|02 99 31 47 08}}, IP box {{IP_ADDRESS|192.168.1.254}}
03/03 15:40 {{PERSON|Loïc Gauthier}} : mise à jour firmware {{neg:version|2.4.18}}, OK
04/03 08:30 {{PERSON|Inès Ferrand}} : clôturé`),
  fr("chat", `{{PERSON|Camille Roussel}}  16:12
quelqu'un peut rappeler {{PERSON|Jean-Marc Vidal}} ? il conteste un prélèvement de {{neg:amount|54 €}}
{{PERSON|Nathan Perrot}}  16:15
je m'en occupe, son fixe c'est le {{PHONE|05 56 48 12 93}}`),
  fr("note", `<b>Client :</b> {{PERSON|Gwenaëlle Le Goff}}<br>
<b>Portable :</b> {{PHONE|06 12 58 73 44}}<br>
<b>Carte :</b> {{neg:masked-card|**** **** **** 4471}} exp. {{neg:card-expiry|11/26}}<br>
<b>Remarque :</b>&nbsp;souhaite un échéancier, contrat {{neg:contract-number|CT-8841592}}`),
  fr("summary", `Résumé automatique de l'appel
- Client : {{PERSON|Fabrice Ollivier}}
- Demande : remboursement sur {{IBAN|FR76 3000 3035 2000 0507 1849 296}}
- Premier IBAN donné (erroné) : {{neg:iban-checksum|FR12 3000 3035 2000 0507 1849 247}}
- Contact : {{EMAIL|f.ollivier@example.net}}`),
  fr("transcript", `CONSEILLER : Assurances Lumière, {{PERSON|Sarah}} à l'appareil.
APPELANT : Bonjour, {{PERSON|Olivier Carpentier}}, je voudrais résilier mon contrat auto.
CONSEILLER : Votre numéro de contrat ?
APPELANT : {{neg:contract-number|AUTO-5529130}}.
CONSEILLER : Et un numéro pour vous joindre ?
APPELANT : {{PHONE|03 20 57 84 16}}.
CONSEILLER : La résiliation prendra effet le {{neg:date|1er avril}}.`),
]

export const FR_BE = [
  be("email", `Bonjour Monsieur {{PERSON|Dujardin}},

Votre remboursement sera versé sur {{IBAN|BE93 0017 4492 0367}}.

Bien cordialement,
{{PERSON|Nathalie Vanderstraeten}}
Gestionnaire de dossiers – Mutualité Wallonne
Tél. {{PHONE|081 24 56 90}} – GSM {{PHONE|0476 38 12 57}}

Le 4 mars 2025 à 09:10, {{PERSON|Gilles Dujardin}} <{{EMAIL|gilles.dujardin@skynet.example}}> a écrit :
> J'attends toujours le remboursement de {{neg:amount|42,80 €}}.`),
  be("chat", `[05/03/2025 13:30] {{PERSON|Aurélie Massart}} : bonjour, mon colis {{neg:tracking-number|BPOST-3301845}} est bloqué
[05/03/2025 13:32] {{PERSON|Kevin}} (bpost-service) : Bonjour Madame {{PERSON|Massart}}, il est au point relais de Namur ({{neg:postcode|5000}}).
[05/03/2025 13:33] {{PERSON|Aurélie Massart}} : merci, prévenez-moi au {{PHONE|0492 71 35 08}}`),
  be("note", `| Client | GSM | Courriel | Statut |
|---|---|---|---|
| {{PERSON|Mathieu Lejeune}} | {{PHONE|0485 22 19 64}} | {{EMAIL|m.lejeune@example.be.example}} | facture {{neg:amount|88,15 €}} payée |
| {{PERSON|Fatima Ouazzani}} | {{PHONE|+32 471 90 28 35}} | | attend rappel {{neg:date|7 mars}} |`),
  be("summary", `Compte rendu d'appel
M. {{PERSON|Christophe Delvaux}} appelle pour son compteur. Il donne son numéro : {{PHONE|zéro quatre septante-cinq, douze, trente-quatre, cinquante-six}} — noté {{PHONE|zéro quatre septante-cinq, douze, trente-quatre, cinquante-six}}.
Relevé du {{neg:date|28/02/2025}}, index {{neg:meter-number|EAN-5414490}}. Agent : {{PERSON|Sophie Renard}}.`),
  be("email", `De : {{PERSON|Véronique Hanssens}} <{{EMAIL|v.hanssens@example.com}}>
Envoyé : jeudi 6 mars 2025 08:14
À : Comptabilité <{{EMAIL|compta@residence-meuse.example}}>
Objet : Domiciliation

Bonjour, merci d'utiliser {{IBAN|BE94 3631 5408 1914}} pour les charges. L'ancien {{neg:iban-checksum|BE10 3631 5408 1917}} est clôturé.
{{PERSON|Véronique Hanssens}} – {{PHONE|04 223 61 70}}`),
  be("chat", `{{PERSON|Jonathan Pirlot}}  09:50
@{{PERSON|Laure}} le client {{PERSON|Amadou Diallo}} rappelle pour sa carte {{CARD|5379 2180 6643 0927}}, elle a été refusée
{{PERSON|Laure Collignon}}  09:52
je regarde, son GSM ? 
{{PERSON|Jonathan Pirlot}}  09:52
{{PHONE|0497 44 81 26}}`),
  be("ticket", `Ticket {{neg:ticket-number|BX-20417}}
04/03 {{PERSON|Maxime Wauters}} : cliente {{PERSON|Lydia Bertrand}}, modem {{IP_ADDRESS|2001:db8:be:17::3}}, tél. {{PHONE|02 512 48 73}}
04/03 {{PERSON|Maxime Wauters}} : version {{neg:version|3.1.7}}, redémarrage à distance
05/03 {{PERSON|Maxime Wauters}} : résolu`),
  be("note", `**Nom :** {{PERSON|Simon Verbeke}}
**Tél. :** {{PHONE|010 45 72 18}}
**Courriel :** {{EMAIL|simon.verbeke@example.org}}
- veut payer en trois fois, total {{neg:amount|360 €}}
- rappel le {{neg:date|10 mars}} à {{neg:time|11h}}`),
  be("summary", `Résumé (IA) – appel du {{neg:date|06/03/2025}}
• Appelante : {{PERSON|Marie-Claire Lambotte}}
• Sujet : assurance habitation, police {{neg:policy-number|HAB-7720184}}
• Contact : {{PHONE|0468 27 13 94}} / {{EMAIL|mc.lambotte@example.net}}
• Suite : expert mandaté`),
  be("transcript", `AGENT : Proximus, {{PERSON|Julien}} bonjour.
APPELANT : Bonjour, c'est {{PERSON|Benoît Stassart}}, mon internet coupe tout le temps.
AGENT : Votre numéro de client ?
APPELANT : {{neg:customer-number|CL-6048217}}.
AGENT : Je vois votre modem à {{IP_ADDRESS|192.168.0.1}}. Je vous rappelle sur le {{PHONE|0473 58 20 41}} ?
APPELANT : Oui, après {{neg:time|17h}}.`),
]
