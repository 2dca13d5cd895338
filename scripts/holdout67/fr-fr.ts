// fr-FR texts, written one by one: pompes funèbres, amendes, appli de stationnement, campings, entretien de chaudière,
// loterie, laboratoire de prothèse dentaire, dératisation, serrurerie.
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_FR = [
  t("asr", `conseiller: pompes funèbres roussel bonjour {{PERSON|margaux}} à l'appareil
appelant: oui bonjour euh c'est pour ma grand-mère elle est décédée ce matin à l'ehpad
conseiller: toutes mes condoléances monsieur vous êtes
appelant: {{PERSON|mehdi bensaïd}}
conseiller: et un numéro pour vous joindre
appelant: {{PHONE|zéro six, douze, quarante-huit, trente-trois, soixante et onze}}`),
  t("legacy", `AMENDES - CONSULTATION DOSSIER          {{neg:date|01/12/2026}}
NUM AVIS   {{neg:reference|7761 0042 1183}}
TITULAIRE  {{PERSON|LEFEBVRE, ODILE}}
IMMAT      {{neg:plate|GH-418-TK}}
MONTANT    {{neg:amount|135,00 EUR}}   MAJORE {{neg:amount|375,00 EUR}}
TEL        {{PHONE|04 78 62 19 30}}`),
  t("sms", `stationéo: votre stationnement rue Nationale se termine à {{neg:time|12h30}}. prolonger ? répondez OUI. aide : {{PHONE|09 70 82 44 13}}`),
  t("voicemail", `Message vocal de {{PHONE|+33 6 71 28 90 43}} – 0:47
« Oui bonjour c'est {{PERSON|Solène Garnier}}, on a réservé un mobil-home au camping Les Pins Dorés du {{neg:date|4 juillet}} au {{neg:date|11 juillet}}, réservation {{neg:booking-ref|PD-20771}}, et je voulais savoir si on peut venir avec le chien. Vous pouvez me rappeler au {{PHONE|06 71 28 90 43}}. Merci, au revoir. »`),
  t("ivr", `SVI chaudiere_depannage 2026-12-02T07:58:11
ani={{PHONE|+33299412860}}
choix=1 (panne totale)
code_postal={{neg:postcode|35000}}
nom_reconnu="{{PERSON|yannick le goff}}" score=0.63
file=techniciens_bretagne attente=12min`),
  t("email", `De : Dr {{PERSON|Hélène Marchetti}} <{{EMAIL|h.marchetti@example.com}}>
À : {{EMAIL|commandes@labo-prothese-vauban.example}}
Objet : Commande {{neg:order-number|LPV-66013}}

Bonjour,

La couronne céramique pour le patient {{neg:reference|DM-3310}} est trop haute. Merci de rappeler le cabinet au {{PHONE|01 45 88 20 17}} avant {{neg:time|18h}}. Règlement par virement sur {{IBAN|FR76 2004 1010 0505 2148 8130 659}} à réception de la facture.

Cordialement,
{{PERSON|Hélène Marchetti}}`),
  t("asr", `[00:00:02] Agent: dératisation service bonjour
[00:00:05] Client: oui bonjour j'ai des souris dans le grenier
[00:00:09] Agent: d'accord votre nom s'il vous plaît
[00:00:11] Client: {{PERSON|aurélien dubois-nkemelu}}
[00:00:16] Agent: et votre numéro
[00:00:18] Client: {{PHONE|zéro quatre, soixante-dix-huit, vingt-deux, quinze, quatre-vingt-seize}}`),
  t("note", `Serrurerie: M. {{PERSON|Bakari Traoré}} enfermé dehors, intervention {{neg:amount|180 €}} payée par carte {{CARD|5391 4720 8816 3925}}. Facture à envoyer à {{EMAIL|bakari.traore@example.net}}.`),
  t("legacy", `LOTERIE - RECLAMATION GAIN   DOSSIER {{neg:claim-number|RG-2026-04417}}
GAGNANT   {{PERSON|NGUYEN VAN THANH}}
TEL       {{PHONE|06 12 30 84 77}}
MONTANT   {{neg:amount|1 500 €}}   RIB {{IBAN|FR76 3000 6000 0172 8196 4051 229}}
STATUT    EN ATTENTE PIECE IDENTITE`),
  t("asr", `agent: et pour le paiement de l'amende
client: oui par carte c'est le {{CARD|quatre neuf un sept, six deux zéro trois, huit huit quatre un, zéro cinq sept deux}}
agent: pardon vous pouvez répéter la fin
client: zéro cinq sept deux
agent: merci monsieur {{PERSON|ferreira}}`),
  t("email", `Objet : Remboursement – double paiement stationnement

Bonjour,
J'ai été débitée deux fois de {{neg:amount|2,40 €}} le {{neg:date|27 novembre}}. Merci de rembourser sur {{neg:iban-checksum|FR77 2004 1010 0505 2148 8130 659}}, pardon, le bon est {{IBAN|FR76 2004 1010 0505 2148 8130 659}}.
{{PERSON|Capucine Laurent}}
{{PHONE|07 82 44 19 03}}`),
  t("sms", `bonjour c {{PERSON|kévin}} le chauffagiste 😊 je passe demain vers {{neg:time|9h}} pour la chaudière, rappel au {{PHONE|06 58 21 43 09}} si empêchement`),
  t("voicemail", `Transcription messagerie – appel de {{PHONE|05 56 44 81 20}}
« bonjour ici {{PERSON|fatoumata keïta}} du laboratoire dentaire on a bien reçu l'empreinte mais il manque la teinte rappelez-nous merci »`),
  t("ivr", `bot : Bonjour, je suis l'assistant Stationéo. Votre immatriculation ?
vous : {{neg:plate|FB-552-QR}}
bot : Merci. Le compte est au nom de {{PERSON|Baptiste Roux}}. Vous souhaitez contester le forfait de {{neg:amount|35 €}} ?
vous : oui`),
]
