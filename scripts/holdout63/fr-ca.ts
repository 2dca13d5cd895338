// fr-CA texts: written one by one (clinique de fertilité, transport scolaire, cinéma, nourriture pour animaux,
// traversier avec véhicule, école de conduite, bornes de recharge, bibliothèque, arrangements préalables, atelier vélo).
import { mk } from "./markup.ts"

const t = mk("fr-CA")

export const FR_CA = [
  t("chat", `Clinique Fertilis Montréal – clavardage
[13:02] Vous : Bonjour, je voudrais déplacer ma prise de sang de jour 3
[13:03] {{PERSON|Geneviève}} (rendez-vous) : Bonjour! Votre nom au complet?
[13:03] Vous : {{PERSON|Stéphanie Ouellet}}
[13:04] {{PERSON|Geneviève}} (rendez-vous) : J'ai demain à {{neg:time|7h30}} ou à {{neg:time|8h10}}.
[13:04] Vous : 8h10 svp. Mon cell : {{PHONE|514 829-4471}}`),
  t("email", `Objet : Transport scolaire – changement d'adresse

Bonjour,

Nous déménageons le {{neg:date|18 décembre}}. Notre fille {{PERSON|Léa-Rose Gagnon}} (fiche {{neg:student-number|E-2291047}}) devra prendre l'autobus à la nouvelle adresse, code postal {{neg:postcode|J4K 2S9}}.

Merci de me rappeler au {{PHONE|450 674-2218}}.

{{PERSON|Maxime Gagnon}}
Longueuil`),
  t("sms", `Cinémas Boréal : vos billets pour « Le dernier hiver », sam. {{neg:time|19h}}, salle 4. Réservation {{neg:booking-ref|CB-QC-71044}}. Aide : {{PHONE|1 866 433-9012}}`),
  t("transcript", `AGENTE : Croquettes Express, bonjour, {{PERSON|Mélanie}} à l'appareil.
CLIENT : Oui allô, c'est {{PERSON|Réjean Bouchard}}, ma commande de nourriture pour chat est pas arrivée.
AGENTE : Je regarde ça. Votre numéro de téléphone?
CLIENT : {{PHONE|quatre un huit, six six deux, soixante-dix-sept, zéro quatre}}
AGENTE : Le {{PHONE|418 662-7704}}, parfait. Commande {{neg:order-number|CE-2026-33904}}, je la renvoie aujourd'hui.`),
  t("note", `Traverse Rivière-du-Loup: client {{PERSON|Yves Pelletier}} veut passer un VR de 32 pieds le {{neg:date|23 décembre}}, départ {{neg:time|9h45}}. Réservation {{neg:booking-ref|TRL-88104}}. Supplément {{neg:amount|48,50 $}}. Tél. {{PHONE|(418) 862-5094}}.`),
  t("ticket", `ÉCOLE DE CONDUITE VIRAGE – INSCRIPTION
Nom : {{PERSON|Mbaye, Awa}}
Date de naissance : {{neg:date|2009-02-17}}
Cellulaire : {{PHONE|+1 438 552 1907}}
Courriel : {{EMAIL|awa.mbaye@courriel.example}}
Forfait : 24 h pratiques, {{neg:amount|1 095,00 $}}
Carte : {{CARD|5522 1487 6603 9189}}`),
  t("chat", `Circuit Volt – soutien
Client : la borne à Drummondville affiche « hors service »
{{PERSON|Samuel}} (Circuit Volt) : Bonsoir, avez-vous le numéro de la borne?
Client : {{neg:charger-id|CV-QC-20871}}
{{PERSON|Samuel}} (Circuit Volt) : Elle est en réparation depuis le {{neg:date|2 décembre}}. La plus proche est à 4 km.`),
  t("note", `Bibliothèque de Sherbrooke: abonnée {{PERSON|Louise Fortin}} dit avoir rapporté 2 livres; système indique perdus ({{neg:amount|34,98 $}}). Livres retrouvés en chute. Frais annulés. Carte {{neg:member-number|2 9120 00871 4427}}. Rappel au {{PHONE|819 565-0183}}.`),
  t("email", `De : Coopérative funéraire de l'Estuaire <{{EMAIL|arrangements@coopestuaire.example}}>
À : {{PERSON|Claudette Lévesque}}
Objet : Votre contrat d'arrangements préalables

Madame {{PERSON|Lévesque}},
Votre contrat {{neg:contract-number|CFE-2018-00471}} est entièrement payé. Pour toute modification, communiquez avec {{PERSON|Denis Côté}} au {{PHONE|418 724-3319}}, poste 22.`),
  t("transcript", `agent atelier vélo le pignon bonjour {{PERSON|félix}} qui parle
client salut c'est pour mon vélo de montagne je l'ai laissé lundi au nom de {{PERSON|tremblay}}
agent {{PERSON|olivier tremblay}} oui c'est prêt ça fait quatre-vingt-cinq piasses
client ok tu peux m'appeler au {{PHONE|cinq un quatre, deux sept neuf, trente-trois, quatre-vingt-un}}`),
  t("sms", `Le Pignon : Salut {{PERSON|Émile}}! Ton vélo est prêt. Total {{neg:amount|62,15 $}}. On ferme à {{neg:time|18h}}. {{PHONE|514-279-3381}}`),
  t("ticket", `CIRCUIT VOLT – COMPTE
Membre : {{PERSON|Nguyen, Thi Hoa}}
No membre : {{neg:member-number|CV-0047-2291}}
Téléphone : {{PHONE|581 309-4426}}
Dernière connexion : {{IP_ADDRESS|2001:db8:c0a:12::9}}
Carte : {{neg:masked-card|**** 0417}}`),
]
