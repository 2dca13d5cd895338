// French texts (fr-FR, fr-BE), written one by one: chats, notes d'agent, e-mails, résumés d'appel, transcriptions and SMS
// of a repair desk, a grocery delivery line, a glass-and-breakdown insurer, a mobile bank, a scooter rental, a course
// platform, a kitchen planner and a ticket desk.
import { mk } from "./mk.ts"

const fr = mk("fr-FR")
const be = mk("fr-BE")

export const FR_FR = [
  fr("chat", `Chat SAV Voltaro 🎧
{{PERSON|amandine}} : bonjour, mon casque grésille depuis la mise à jour {{neg:version|2.7.0}}
Conseiller {{PERSON|Yanis}} : Bonjour ! Pouvez-vous me donner le numéro de série ?
{{PERSON|amandine}} : {{neg:serial-number|VH-7731-FR-09}}, et mon tél {{PHONE|06 48 21 93 07}}
Conseiller {{PERSON|Yanis}} : Merci Madame {{PERSON|Lefèvre-Diallo}}, échange sous garantie validé 👍`),
  fr("note", `Note agent – Nimbo, opposition carte
Mme {{PERSON|DUPONT-MOREAU Élise}} appelle à {{neg:time|07h52}} : carte {{neg:masked-card|•••• 8047}} avalée par un DAB à Lyon. Opposition faite.
Remboursement des frais ({{neg:amount|12,50 €}}) sur {{IBAN|FR76 3000 6000 0184 7203 9511 689}}. Rappel au {{PHONE|+33 6 71 20 48 95}}.`),
  fr("email", `De : {{EMAIL|thibault.nguema@example.com}}
Objet : Commande {{neg:order-number|FRC-4481207}} – livraison incomplète

Bonjour,
Il manquait le pack d'eau et les yaourts ({{neg:amount|8,40 €}}). Merci de me rembourser sur la carte {{CARD|4111 2258 7409 3363}} et non sur l'ancienne {{neg:luhn-invalid|4111 2258 7409 3364}}.
Cordialement, {{PERSON|Thibault Nguema}} – {{PHONE|01 45 88 30 72}}`),
  fr("summary", `Résumé d'appel – Roadwise bris de glace
Assurée : {{PERSON|Soraya Benali}}, pare-brise fissuré sur l'A7. Contrat {{neg:contract-number|RWF-BG-2209871}}. Intervention le {{neg:date|11 décembre}} à {{neg:time|14h00}}, CP {{neg:postcode|13008}}.
Franchise {{neg:amount|0 €}}. Joignable au {{PHONE|04.91.27.66.13}} ou via son mari {{PERSON|Karim}}.`),
  fr("transcript", `[Transcription – billetterie Loudhall]
AGENT : Votre numéro de portable, s'il vous plaît ?
CLIENT : {{PHONE|zéro six, quarante-deux, dix-huit, soixante-dix-sept, quatre-vingt-onze}}
AGENT : Donc le {{PHONE|06 42 18 77 91}}. Et votre nom ?
CLIENT : {{PERSON|Baptiste Le Goff}}. Deux places pour le {{neg:date|21 mars}}, commande {{neg:order-number|LHF-60217}}, {{neg:amount|59 €}} la place.`),
  fr("note", `Learnhive – paiement formateur
Formatrice : {{PERSON|Marie-Hélène de La Tour}} (identifiant {{PERSON|mhdelatour}}). Virement de {{neg:amount|1 320 €}} rejeté : IBAN saisi {{neg:iban-checksum|FR67 2004 1010 0505 0001 3202 689}}, le bon est {{IBAN|FR76 2004 1010 0505 0001 3202 689}}.
Connexion depuis {{IP_ADDRESS|192.0.2.88}}. Tél. {{PHONE|07 82 55 40 19}}.`),
  fr("chat", `Cuisine – prise de RDV (Maison Tilleul)
Client : bonjour ☺️ je voudrais un devis cuisine pour un appart à Nantes
Conceptrice {{PERSON|Maëlle}} : Avec plaisir ! Nom et téléphone ?
Client : {{PERSON|Quentin Rasolofo}}, {{PHONE|02 40 89 15 63}}
Conceptrice {{PERSON|Maëlle}} : RDV le {{neg:date|5 janvier}} à {{neg:time|10h30}}, devis {{neg:reference|DV-NT-3382}}.`),
  fr("ticket", `Formulaire en ligne – déclaration bris de glace (Roadwise)
Nom : {{PERSON|Ould-Ahmed}}
Prénom : {{PERSON|Yasmina}}
Portable : {{PHONE|06 33 12 84 70}}
Immatriculation : {{neg:plate|GH-417-KL}}
Date du sinistre : {{neg:date|04/12/2026}} vers {{neg:time|18h20}}`),
  fr("sms", `Zipp Paris : {{PERSON|Inès}}, votre trottinette a été garée hors zone à {{neg:time|00h47}}. Pénalité {{neg:amount|15 €}}. Contestation : {{PHONE|09 70 80 12 34}}`),
  fr("email", `Objet : Accès au cours bloqué

Bonjour, je n'arrive plus à me connecter ({{neg:version|v4.1}} de l'appli). Mon e-mail : {{EMAIL|gwen.kerherve@example.org}}.
Merci de rappeler ma fille {{PERSON|Gwenaëlle}} au {{PHONE|06-11-73-48-02}}, c'est elle qui gère.
{{PERSON|Yvonne Kerhervé}}`),
  fr("summary", `Résumé – Nimbo, fraude présumée
Client M. {{PERSON|Jean-Baptiste Mbappé-Ngando}} conteste {{neg:amount|349,99 €}} du {{neg:date|02/12/2026}}. Mastercard {{CARD|2712 0481 6637 0910}} bloquée.
Connexions suspectes {{IP_ADDRESS|198.51.100.144}} et {{IP_ADDRESS|2001:db8:ff00::3a}}. Rappel {{PHONE|+33 (0)6 58 44 21 70}}.`),
]

export const FR_BE = [
  be("chat", `FreshCart Belgique – chat
{{PERSON|nathalie}} : bonjour, mes courses sont arrivées à {{neg:time|21h40}} au lieu de {{neg:time|19h}} 😒
{{PERSON|Arnaud}} (FreshCart) : Désolé ! Numéro de commande ?
{{PERSON|nathalie}} : {{neg:order-number|FCB-118204}}. GSM {{PHONE|0478 31 62 09}}
{{PERSON|Arnaud}} (FreshCart) : Frais de livraison {{neg:amount|5,95 €}} remboursés.`),
  be("note", `Note – Roadwise dépannage (Wallonie)
Membre {{PERSON|Vandenbroucke, Céline}} en panne à Namur, CP {{neg:postcode|5000}}. GSM {{PHONE|+32 476 20 83 51}}.
Dépanneuse {{neg:time|11h15}}. Remboursement remorquage sur {{IBAN|BE26 7350 0882 1429}}.`),
  be("email", `De : {{EMAIL|m.elkhattabi@example.net}}
Objet : Remboursement formation Learnhive

Bonjour, j'ai annulé le cours "Photoshop débutant" ({{neg:amount|79 €}}). Merci de verser sur {{IBAN|BE59 0017 4920 3626}} – attention, {{neg:iban-checksum|BE95 0017 4920 3626}} est une erreur de frappe.
{{PERSON|Mounir El Khattabi}}, {{PHONE|02 511 47 83}}`),
  be("summary", `Résumé d'appel – Voltaro SAV Bruxelles
{{PERSON|Anne-Sophie Peeters}} : lave-vaisselle en panne, série {{neg:serial-number|VDW-BE-33018}}, achat le {{neg:date|14/06/2025}}. Technicien le {{neg:date|8 décembre}}.
Tél. {{PHONE|0495 72 18 44}}, fixe {{PHONE|010 45 67 21}}.`),
  be("transcript", `[Transcription – Nimbo opposition]
AGENT : Quel est votre numéro ?
CLIENT : {{PHONE|zéro quatre septante-sept, trente et un, nonante-deux, quinze}}
AGENT : Le {{PHONE|0477 31 92 15}}, c'est noté. Votre nom ?
CLIENT : {{PERSON|Luc Dewaele}}. Ma carte {{neg:masked-card|**** 7724}} a disparu au concert.`),
  be("note", `Cuisines Delvaux-Home – fiche planification
Clients : {{PERSON|Hakim}} et {{PERSON|Lotte Vermeulen-Aziz}}. Plan {{neg:version|1.3}}, montant {{neg:amount|11.480 €}}.
Tél. {{PHONE|04 223 15 90}} / {{EMAIL|lotte.va@example.com}}. Métreur le {{neg:date|12 janvier}} à {{neg:time|9h}}.`),
  be("email", `Objet : Billets concert – paiement refusé

Bonjour, ma Visa {{CARD|4761 2905 4831 7724}} a été refusée pour la commande {{neg:order-number|LHB-77405}} (2 x {{neg:amount|65 €}}). Pouvez-vous réessayer ?
{{PERSON|Kevin Moens}} – {{PHONE|+32 485 90 12 76}}`),
  be("sms", `Zipp Bruxelles : {{PERSON|Sami}}, course terminée {{neg:time|17h05}}, {{neg:amount|3,80 €}}. Aide : {{PHONE|02 808 41 55}}`),
  be("chat", `Learnhive – aide
{{PERSON|manon}} : bjr, mon certificat affiche "{{PERSON|Manon Dubois}}" mais c'est {{PERSON|Manon Dubois-Lambert}}
Support {{PERSON|Gilles}} : Je corrige. Votre connexion vient de {{IP_ADDRESS|172.16.40.9}}, exact ?
{{PERSON|manon}} : oui, le wifi de l'école 😅
Support {{PERSON|Gilles}} : c'est fait ✅`),
  be("summary", `Résumé – Roadwise bris de vitre
Assuré {{PERSON|Jean-Marc Van Damme}}, vitre latérale cassée à Charleroi. Sinistre {{neg:claim-number|RWB-GL-50213}}. GSM {{PHONE|0496/11.28.73}}.
Rendez-vous {{neg:date|16/12/2026}} {{neg:time|13h30}}, franchise {{neg:amount|75 €}}.`),
]
