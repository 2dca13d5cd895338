// fr-FR and fr-CH texts, written one by one: salon d'aéroport, financement participatif, assurance animaux, école de langues,
// panneaux solaires, prêt sur gage, revente de billets, club de vin, gérance immobilière.
import { mk } from "./mk.ts"

const fr = mk("fr-FR")
const ch = mk("fr-CH")

export const FR_FR = [
  fr("chat", `Clos des Abeilles – club de vin
{{PERSON|Élodie Marchand}} : bonjour, mon coffret de décembre n'est jamais arrivé 😢
{{PERSON|Yannick}} (Clos des Abeilles) : Bonjour {{PERSON|Élodie}} ! Numéro de commande ?
{{PERSON|Élodie Marchand}} : {{neg:order-number|CA-771902}}
{{PERSON|Yannick}} (Clos des Abeilles) : Le colis {{neg:tracking-number|6A 2281 0937 441}} est en point relais depuis le {{neg:date|4 décembre}}. Je vous renvoie le code au {{PHONE|06 47 21 88 39}}.`),
  fr("note", `Patte Assurance – rappel. M. {{PERSON|Karim Benali}} conteste le refus du sinistre {{neg:claim-number|PA-2026-08812}} (chat, {{neg:amount|612,00 €}}). Remboursement à faire sur {{IBAN|FR76 3000 4028 3712 7204 4108 130}}. Joignable au {{PHONE|04 91 55 20 37}} après {{neg:time|18h}}.`),
  fr("email", `De : {{PERSON|Camille Rousseau}} <{{EMAIL|camille.rousseau@example.org}}>
Objet : inscription cours d'anglais – Lingua Franca

Bonjour,
Je souhaite inscrire mon fils {{PERSON|Hugo}} au stage intensif du {{neg:date|16 février}}. Le tarif de {{neg:amount|380 €}} me convient. Mon portable : {{PHONE|07 82 41 19 30}}.
Cordialement,
{{PERSON|Camille Rousseau}}`),
  fr("summary", `Compte rendu d'appel – Soleil d'Oc installations. Client : {{PERSON|Jean-Baptiste Ndiaye}}, chantier à Montpellier ({{neg:postcode|34070}}). Raccordement Enedis prévu le {{neg:date|14/01/2027}}. Il demande un devis pour batterie. Contact : {{PHONE|+33 6 18 44 27 09}}, {{EMAIL|jb.ndiaye@example.com}}.`),
  fr("transcript", `CONSEILLÈRE : Billetterie Revente Plus, {{PERSON|Sandrine}} bonjour.
APPELANT : oui bonjour, j'ai revendu deux places et j'ai pas été payé
CONSEILLÈRE : Je regarde. Votre nom ?
APPELANT : {{PERSON|Gilles Lefebvre}}
CONSEILLÈRE : Le virement de {{neg:amount|134 €}} part sur l'IBAN {{neg:iban-checksum|FR12 1027 8074 4200 1883 9125 130}}, c'est bien ça ?
APPELANT : non non, le bon c'est {{IBAN|FR76 1027 8074 4200 1883 9125 130}}`),
  fr("ticket", `Gérance Les Tilleuls – demande d'intervention {{neg:ticket-number|GT-40981}}
Locataire : {{PERSON|Nguyen Thi Hoa}}
Adresse : 14 rue Paul-Bert, {{neg:postcode|69003}} Lyon
Tél : {{PHONE|04 78 62 19 05}}
Objet : volet roulant bloqué, passage souhaité avant le {{neg:date|20 décembre}}`),
  fr("chat", `Mont-de-Piété Rive Gauche
Client : bonsoir, je voudrais prolonger mon prêt sur gage (bague)
{{PERSON|Agathe}} : Bonsoir ! Numéro de contrat ?
Client : {{neg:contract-number|MP 2209 441}}
{{PERSON|Agathe}} : Les intérêts de {{neg:amount|27,80 €}} sont payables en ligne. Carte acceptée : {{CARD|5168 9302 0471 1886}} ?
Client : oui 👍`),
]

export const FR_CH = [
  ch("chat", `Salon Léman – aéroport de Genève
{{PERSON|Valentin Favre}} : bonjour, je voyage avec deux enfants, ils peuvent entrer au salon ?
{{PERSON|Noémie}} (Salon Léman) : Bonjour ! Oui, jusqu'à 12 ans gratuit. Votre vol ?
{{PERSON|Valentin Favre}} : {{neg:flight-number|LX 1821}}, le {{neg:date|23 décembre}}
{{PERSON|Noémie}} (Salon Léman) : Parfait, je note. Un numéro en cas de retard ? 
{{PERSON|Valentin Favre}} : {{PHONE|079 412 38 71}}`),
  ch("email", `Objet : Régie du Lac – résiliation de bail

Madame, Monsieur,
Je résilie le bail de l'appartement de la rue de Bourg 8, {{neg:postcode|1003}} Lausanne, pour le {{neg:date|31 mars}}. Merci de rembourser la garantie de {{neg:amount|CHF 4'200}} sur {{IBAN|CH95 0076 7045 1088 3011 2}}.
Meilleures salutations,
{{PERSON|Isabelle Rochat}}
{{PHONE|021 312 45 67}}`),
  ch("summary", `Résumé d'appel – AnimaAssur Suisse. Assurée {{PERSON|Mirjana Stojanović}}, chien Bosco. Facture vétérinaire {{neg:amount|CHF 890.50}} du {{neg:date|2.12.2026}}. Elle envoie les pièces à {{EMAIL|sinistres@animaassur.example}}. Rappel au {{PHONE|+41 22 731 44 80}}.`),
  ch("note", `Note – École Polyglotte Fribourg : {{PERSON|Samuel Kouassi}} demande attestation de niveau B1 pour permis B. Dossier {{neg:student-number|EP-2026-318}}. Portable {{PHONE|076 520 88 14}}. Attestation prête mardi, {{neg:time|14h30}}.`),
]
