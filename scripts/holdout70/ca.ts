// en-CA and fr-CA texts: written one by one (a snow-removal outfit, a hockey registration, a cell carrier, a moving
// company, a daycare, a hydro bill, a cabane à sucre, a garage in Laval, a condo syndicate).
import { mk } from "./mk.ts"

const c = mk("en-CA")
const f = mk("fr-CA")

export const EN_CA = [
  c("note", `cx {{PERSON|Gurpreet Dhillon}} called re snow removal, plow blocked his driveway again (3rd time!!). addr postal {{neg:postcode|L6P 2K9}}. mob {{PHONE|905-781-4426}}. told him credit {{neg:amount|$45}} on next inv. spk w/ {{PERSON|Terry}} re route`),
  c("sms", `Hey its Coach {{PERSON|Danielle}} – registration for U11 closes {{neg:date|Dec 15}}, fee {{neg:amount|$375}}. e-transfer to {{EMAIL|treasurer@northshoreminor.example}}. questions txt me {{PHONE|604 912 3381}}`),
  c("chat", `App Store review
★☆☆☆☆ "{{neg:name-word|bill}} doubled??" by {{PERSON|mike}}_{{PERSON|tremblay}}
my {{neg:name-word|bill}} went from {{neg:amount|$55}} to {{neg:amount|$110}} with no explanation. called 3 times.
Developer Response: Hi {{PERSON|Mike}}, we're sorry. Please reach us at {{EMAIL|care@maplemobile.example}} or 1-800 line and quote your account so we can fix this.`),
  c("summary", `Call summary (moving quote)
cust: {{PERSON|Yvonne Bélanger-Smith}}
from Ottawa {{neg:postcode|K1S 3W7}} to Halifax
date: around {{neg:date|Jan 10}}
budget ~{{neg:amount|$4,200}}
ph: {{PHONE|six one three, seven four four, two oh nine five}} / alt {{PHONE|+1 902 471 3356}} (her son {{PERSON|Andrew}})
email: {{EMAIL|yvonne.bs@example.org}}`),
  c("email", `Subject: daycare spot??

hi there, my name is {{PERSON|Fatima Noorzai}} and we just moved to Edmonton. my son {{PERSON|Zaid}} is 3. is there a spot in jan? my husband {{PERSON|Farid}} works nights so best to call me {{PHONE|780 433 1928}} in the mornings. thank u so much

sent from my iphone`),
  c("note", `hydro billing: {{PERSON|LAFLEUR, DENIS}} paid w/ amex {{CARD|3782 8461 0937 157}}, conf {{neg:reference|HY-3381207}}. first attempt {{neg:amount|$0.00}} auth failed. cb {{PHONE|(416) 839-2274}} if issue. meter {{neg:serial-number|M-0042871}}`),
  c("transcript", `speaker 1: thanks for calling maple mobile this is {{PERSON|kyle}}
speaker 2: hi uh my phone says no service since yesterday
speaker 1: sorry about that can i get the number
speaker 2: {{PHONE|four three eight two oh one five five four seven}}
speaker 1: {{PHONE|four three eight two oh one five five four seven}} ok and your name
speaker 2: {{PERSON|ngozi abara}}
speaker 1: thanks {{PERSON|ngozi}} i see an outage in your area should be back by {{neg:time|6pm}}`),
  c("chat", `FB Messenger – Lakeview Condos
{{PERSON|Sandy P}}: hi the gym door code doesnt work 🙃
Lakeview Condos: Hi {{PERSON|Sandy}}, code changed {{neg:date|Dec 1}}, it's in the newsletter. Unit #?
{{PERSON|Sandy P}}: 1204. pls just text it to {{PHONE|647-302-9158}}`),
]

export const FR_CA = [
  f("note", `cl {{PERSON|Réjean Gagnon}} a appelé re sa facture Hydro, dit qu'il a payé {{neg:amount|312,45 $}} le {{neg:date|28 novembre}}. tél {{PHONE|514-287-6630}}. pas de courriel. rappeler aft {{neg:time|15 h}}, il travaille de nuit`),
  f("sms", `Allo c {{PERSON|Maxime}} de la cabane à sucre, ta réservation pour 12 personnes le {{neg:date|14 mars}} est confirmée 👍 dépôt {{neg:amount|100 $}}. Si tu veux changer textes moi au {{PHONE|450 372 8814}}`),
  f("chat", `Messenger – Garage Laval Auto
{{PERSON|Mélanie Côté}}: bonjour mon char fait un bruit weird quand je freine, vous avez de la place cette semaine?
Garage Laval Auto: Salut {{PERSON|Mélanie}}! Jeudi {{neg:time|9 h}} ça marche? C quoi ton numéro de cell?
{{PERSON|Mélanie Côté}}: {{PHONE|438 719 2045}} merci!! c'est un Civic 2014`),
  f("summary", `Résumé d'appel – syndicat de copropriété
Appelant: M. {{PERSON|Luc Bouchard}} (unité 305)
Sujet: dégât d'eau du voisin d'en haut, Mme {{PERSON|Paquette}}
Tél: {{PHONE|quatre cinq zéro, six six huit, trois un deux neuf}}
Courriel: {{EMAIL|luc.bouchard@videotron.example}}
Suivi: envoyer plombier, code postal {{neg:postcode|H7N 4B2}}`),
  f("email", `Objet: remboursement SVP

Bonjour, j'ai été chargé deux fois pour mon abonnement ({{neg:amount|49,99 $}}). ma carte finit par {{neg:masked-card|•••• 5530}}. Pouvez-vous me rembourser sur la carte {{CARD|4916 3820 5719 4638}}? c'est celle de ma blonde {{PERSON|Karine}}, elle est d'accord.

Merci, {{PERSON|Olivier St-Pierre}}
{{PHONE|418-694-3371}}`),
  f("note", `handover soir: {{PERSON|TREMBLAY Josée}} attend un call back pour son dossier {{neg:case-number|DOS-77120}}, super fâchée. cell {{PHONE|+1 819 562 4408}}. aussi {{PERSON|Stéphane}} du 2e shift a oublié de fermer le ticket, pls check`),
  f("chat", `Avis Google – Garderie Les Petits Pas
{{PERSON|Annie Lavoie}}: ★★★★★ Les éducatrices sont super, merci à {{PERSON|Julie}} et {{PERSON|Nadia}}!! 
Réponse du propriétaire: Merci {{PERSON|Annie}} 💛 on transmet à l'équipe!`),
  f("transcript", `AGENT: Vidéotron… euh, Télé-Nord, {{PERSON|Jonathan}} à l'appareil
CLIENT: oui bonjour c'est {{PERSON|Ginette Roy}}, mon internet coupe tout l'temps
AGENT: Votre modem a l'adresse {{IP_ADDRESS|192.168.0.47}}? pis la version du firmware c'est {{neg:version|7.1.4}}
CLIENT: j'sais pas moi, mon petit-fils {{PERSON|Alexis}} s'en occupe, son numéro c'est le {{PHONE|581 305 7726}}`),
]
