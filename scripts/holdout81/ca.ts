// Texts of Canada, in English and in Quebec French, written one by one: a home-care agency (a client's American
// benefits, a daughter in Florida), a heat-pump and solar installer with its green-home loans, a hockey and soccer club's
// registrations, and a pet-food subscription's chats and texts.
import { mk } from "./mk.ts"

const ca = mk("en-CA")
const qc = mk("fr-CA")

export const EN_CA = [
  ca("call", `Call transcript (auto) — Heat pump financing — {{neg:date|March 11, 2026}}
Agent: Thanks for holding, you're speaking with {{PERSON|Priya}}.
Caller: Hi, so I'm applying for the heat pump loan but I'm American, I've only been in Ottawa two years, so I don't have much Canadian credit.
Agent: That's okay, our lender can pull a US bureau file with your consent. I'll need your social security number for that.
Caller: Sure, it's {{US_SSN|412-63-7805}}.
Agent: Thank you. And the best number to reach you?
Caller: {{PHONE|Six one three, two nine four, seven seven three one}}.
Agent: And the unit is the {{neg:product|Mitsubishi Zuba}} {{neg:capacity|10.5 kW}}?
Caller: Yes, quote {{neg:quote-number|Q-ON-20931}}, {{neg:amount|$14,200}} before the rebate.`),

  ca("chat", `Live chat — pet food subscription
Customer: hey, my order {{neg:order-number|CA-7730418}} says delivered but there's nothing on my porch
Agent {{PERSON|Jordan}}: Oh no! I'm sorry. The driver photo shows a green door, is that yours?
Customer: nope, ours is red. {{neg:street|41 Laurier Avenue}} West, Ottawa {{neg:postcode|K1R 7S7}}
Agent {{PERSON|Jordan}}: Got it, it went to 41 Laurier East. I'm re-sending the {{neg:weight|11.4 kg}} bag of {{neg:product|Northern Trout & Oat}} today, no charge. Number for the courier?
Customer: 📱 {{PHONE|(416) 839-2270}}
Agent {{PERSON|Jordan}}: Done. {{neg:pet-name|Poutine}} will be fed by Thursday 🐕`),

  ca("email", `From: {{PERSON|Margaret Oyelaran-Fisk}} <{{EMAIL|m.oyelaran@example.ca}}>
To: Intake <{{EMAIL|intake@example.ca}}>
Subject: My father's Social Security payments / PSW visits

Hello,

My father {{PERSON|Harold Fisk}} (client {{neg:customer-number|PSW-30417}}) is a US veteran living with us in Kelowna. The SSA asked for a letter confirming he receives daily personal support. His Social Security number is {{US_SSN|529-17-4430}} and his claim number is the same, I'm told.

Please send the letter to me, not to the house — he gets confused by mail.

Thank you,
{{PERSON|Margaret}}
Cell {{PHONE|250-384-9027}} · Home {{PHONE|250 763 1854}}`),

  ca("sms", `Ridgeview Minor Hockey: Hi! Registration {{neg:member-number|RMH-26-0412}} lists "{{neg:pet-name|Maple}}" as the U9 player — is that the family dog? 😂 Please resend with your child's legal name. Fee {{neg:amount|$385}} due {{neg:date|April 30}}. Questions: {{PHONE|780 463 2098}}`),

  ca("form", `Solar + battery — rebate & loan pre-qualification
Applicant: {{PERSON|Colette Ambrose}}
Co-applicant: {{PERSON|Dev Ambrose}}
Email: {{EMAIL|colette.ambrose@example.ca}}
Phone: {{PHONE|902-481-3367}}
Address: {{neg:street|18 Chebucto Road}}, Halifax NS {{neg:postcode|B3M 2K8}}
System: {{neg:capacity|8.2 kW}}, {{neg:product|Enphase IQ8}} micro-inverters, {{neg:capacity|10 kWh}} battery
Estimate: {{neg:amount|$27,640}}
Greener Homes loan ID: {{neg:loan-number|GHL-2026-004318}}
SIN (optional, for credit check): left blank
Submitted from: {{IP_ADDRESS|192.0.2.148}}`),

  ca("note", `PSW shift note — {{neg:date|2026-03-19}} — Brampton
Client: {{PERSON|Gurdev Sandhu}}, 84. Arrived {{neg:time|7:00 a.m.}} Helped with shower, compression stockings, breakfast. BP 142/86, logged. Mr {{PERSON|Sandhu}} says he'll {{neg:name-word|mark}} the physio dates on the calendar himself; his grandson will pick up the prescription.
Grandson's cell: {{PHONE|(905) 271-6683}}. Pharmacy called about refill, ref {{neg:reference|RX-558102}}.
PSW: {{PERSON|Analyn Cruz}}`),

  ca("email", `From: Registrar — Westside Soccer Club <{{EMAIL|registrar@example.org}}>
To: {{EMAIL|t.nakamura@example.com}}
Subject: Refund request — U14 girls

Hi {{PERSON|Takeshi}},

I've processed the refund for {{PERSON|Emi}}'s spring season: {{neg:amount|$210.00}} back to the Mastercard ending {{neg:masked-card|**** 4419}}. Please allow 5–7 business days. The {{neg:amount|$25}} registration fee is non-refundable, sorry.

If you want to register for fall, the early bird closes {{neg:date|June 15}}.

Cheers,
{{PERSON|Renée Okafor}}
Registrar · {{PHONE|204-992-1380}}`),

  ca("crm", `HubSpot export — heat pump leads (Saskatoon)
Lead ID | Contact | Phone | Email | Stage
{{neg:reference|LD-88217}} | {{PERSON|Brent Kowalchuk}} | {{PHONE|306 545 8812}} | {{EMAIL|bkowalchuk@example.ca}} | Site visit booked {{neg:date|03/24/2026}}
{{neg:reference|LD-88218}} | {{PERSON|Noura Haddad}} | {{PHONE|(403) 618-2475}} | {{EMAIL|noura.h@example.com}} | Quote sent {{neg:amount|$11,900}}
{{neg:reference|LD-88219}} | — | {{PHONE|647-318-9054}} | — | Missed call, no name`),

  ca("chat", `Website chat — home care
Visitor: Do you do respite care on weekends? My mom has dementia and I'm burning out
Agent: We do. Weekend respite starts at {{neg:amount|$38/hr}}, minimum 4 hours. Where is she?
Visitor: North Vancouver. I'm {{PERSON|Lena Sørensen}}, you can text me 👉 {{PHONE|604.722.4186}}
Agent: Thank you {{PERSON|Lena}}. Does she have a Vancouver Coastal Health case manager?
Visitor: Yes, file {{neg:case-number|VCH-2026-19044}}
Agent: Perfect. I'll have our coordinator text you by {{neg:time|3 p.m.}} today.`),

  ca("note", `Billing note — pet food — {{neg:customer-number|CUST-204417}}
Customer disputed charge {{neg:amount|$72.48}} — card first typed at checkout was {{neg:luhn-invalid|4716 2290 4418 3305}} (declined, typo); card on file is Amex {{CARD|3782 946103 28174}}. Charge is legit (order {{neg:order-number|CA-7702215}}, 2 bags). Emailed receipt to customer, left voicemail on {{PHONE|(416) 604-2719}}. Dispute closed.`),

  ca("sms", `Hi it's {{PERSON|Marcus}} from the install crew 🔧 the inspector from the city is coming at {{neg:time|1:30}} tmrw to sign off the panels. Can someone be home? If not text me at {{PHONE|1-888-402-7716}} ext. 4 — sorry, that's the office, my cell is {{PHONE|613-788-2049}}`),

  ca("form", `Youth volunteer application — Ridgeview Minor Hockey
Name: {{PERSON|Stephanie Boucher-Lund}}
Email: {{EMAIL|steph.bl@example.ca}}
Cell: {{PHONE|780-907-3316}}
Role wanted: team manager, U11
Police information check: submitted {{neg:date|2026-02-27}}, ref {{neg:reference|EPS-PIC-771905}}
Respect in Sport cert no.: {{neg:reference|RIS-4410928}}
US citizen? Yes — the form asked for SSN "for tax slips": {{neg:ssn-invalid|912-48-3307}} (that's my ITIN, I don't have an SSN)`),

  ca("email", `From: {{EMAIL|donna.mcinnes@example.net}}
To: Care Team <{{EMAIL|care.team@example.ca}}>
Subject: Mom's new caregiver

Hi,

Just wanted to say {{PERSON|Joy Abara}} has been wonderful with Mom. Mom even says she's the first one she'd trust with her cat {{neg:pet-name|Pickles}}.

Can we keep {{PERSON|Joy}} on Mondays and Thursdays permanently? Our invoice {{neg:invoice-number|INV-2026-03117}} says {{neg:amount|$1,248.00}} for March which is right.

{{PERSON|Donna McInnes}}
{{PHONE|(902) 566-3390}}`),

  ca("call", `[STT transcript — pet food support — 00:03:12]
Agent: Hi, thanks for calling, who am I speaking with?
Caller: It's {{PERSON|Graham Tulloch}}, my dog {{neg:pet-name|Bannock}} is allergic to the chicken one and you sent chicken again.
Agent: I'm so sorry. I've flagged the account, no chicken from now on. Can I refund to the Visa on file?
Caller: That card's cancelled. Use this one, {{CARD|four five three nine, seven one zero two, three three eight one, six six zero eight}}.
Agent: Thank you. I'll put that through, no, actually I'll send you a secure link instead, it's safer.
Caller: Fine. Call back number is {{PHONE|two oh four, three six eight, nine one five two}}.`),

  ca("crm", `Home care — SSA representative payee follow-ups (export, {{neg:date|2026-03-25}})
client_id, client, US SSN, caregiver, next step
{{neg:customer-number|PSW-30588}}, {{PERSON|Eleanor Voss}}, social security no. {{US_SSN|233-48-1967}}, {{PERSON|Ifeoma Nwosu}}, daughter {{PHONE|(613) 729-0458}} to sign form SSA-11
{{neg:customer-number|PSW-30602}}, {{PERSON|Arthur Beaulieu}}, n/a (Canadian only), {{PERSON|Tess Alvarado}}, none`),
]

export const FR_CA = [
  qc("call", `Transcription automatique — ligne thermopompes et solaire — {{neg:date|12 mars 2026}}
Agente : Bonjour, vous êtes bien au service à la clientèle, {{PERSON|Mélanie}} à l'appareil.
Client : Oui bonjour, c'est {{PERSON|Réjean Lapointe}}. J'ai fait faire une soumission pour une thermopompe murale, la {{neg:quote-number|SOU-QC-18840}}.
Agente : Je la vois, monsieur {{PERSON|Lapointe}}. {{neg:product|Fujitsu Xlth}} {{neg:capacity|3.5 kW}}, {{neg:amount|5 890 $}} installée.
Client : Pis la subvention d'Hydro-Québec, vous la déduisez?
Agente : Oui, {{neg:amount|1 000 $}} déduits directement. Un numéro pour vous joindre?
Client : {{PHONE|Quatre un huit, six cinq un, deux zéro quatre neuf}}.
Agente : Parfait, le technicien va vous appeler pour la visite.`),

  qc("chat", `Clavardage — nourriture pour animaux
Client : allo, je voudrais suspendre mon abonnement pour l'été, on part au chalet avec {{neg:pet-name|Caramel}}
Agent : Aucun problème! Votre abonnement {{neg:order-number|AB-QC-551903}} est suspendu du {{neg:date|1er juin}} au {{neg:date|31 août}}. Voulez-vous qu'on envoie un sac au chalet à la place?
Client : ah oui bonne idée, {{neg:street|chemin du Lac-Brûlé}}, Saint-Donat {{neg:postcode|J0T 2C0}}
Agent : C'est noté. Un numéro de cellulaire pour le livreur?
Client : 📱 {{PHONE|819 424-3318}}
Agent : Merci! Le sac de {{neg:weight|6 kg}} part le {{neg:date|15 juin}}, {{neg:amount|54,99 $}} avec la carte se terminant par {{neg:masked-card|•••• 0875}}.`),

  qc("email", `De : {{PERSON|Geneviève Tremblay}} <{{EMAIL|genevieve.tremblay@example.ca}}>
À : Soins à domicile <{{EMAIL|soins@example.ca}}>
Objet : Ma mère — horaire de la préposée

Bonjour,

Ma mère, {{PERSON|Thérèse Gagnon}}, 89 ans, demeure au {{neg:street|1420 rue Saint-Hubert}}, Montréal. Depuis que {{PERSON|Jocelyne}} a changé d'horaire, les visites arrivent à {{neg:time|11h30}} au lieu de {{neg:time|8h}}, et maman prend ses pilules en retard.

Est-ce possible de revenir au matin? Son travailleur social du CLSC est au courant, dossier {{neg:case-number|CLSC-PLM-40217}}.

Merci,
{{PERSON|Geneviève}}
{{PHONE|514 872-3391}} (bureau) — {{PHONE|438 917-2264}} (cell)`),

  qc("sms", `Club de soccer Les Étoiles : Rappel 📣 la photo d'équipe U10 est samedi {{neg:time|9h15}} au parc Jarry. Inscription {{neg:member-number|ETO-2026-0877}} : solde de {{neg:amount|45 $}} à payer. Info : {{PERSON|Karine}} {{PHONE|450 928-4417}}`),

  qc("form", `Formulaire — demande de financement solaire
Nom : {{PERSON|Amadou Diallo}}
Courriel : {{EMAIL|amadou.diallo@example.ca}}
Téléphone : {{PHONE|581-309-4472}}
Adresse : {{neg:street|88 rue des Érables}}, Lévis (Québec) {{neg:postcode|G6V 4X2}}
Système : {{neg:capacity|7.2 kW}}, 18 panneaux
Montant : {{neg:amount|22 300 $}}
Durée : 120 mois
Citoyen américain? Oui — numéro de sécurité sociale (SSN) : {{US_SSN|371-52-8046}}
Adresse IP : {{IP_ADDRESS|2001:db8:7c2::4e}}`),

  qc("note", `Note de la préposée — {{neg:date|2026-03-21}}
Client : {{PERSON|Lucien Bergeron}}, Trois-Rivières. Arrivée {{neg:time|8h05}}. Aidé au bain, déjeuner pris. Son chien {{neg:pet-name|Ti-Loup}} a vomi, la fille appelle le vétérinaire.
Le mur de {{neg:name-word|pierre}} du sous-sol est humide, à signaler au propriétaire.
Fille : {{PHONE|819-770-3325}}.
— {{PERSON|Nadia Saint-Fleur}}`),

  qc("email", `De : Inscriptions — Hockey mineur <{{EMAIL|inscriptions@example.org}}>
À : {{EMAIL|francois.ouellet@example.ca}}
Objet : Paiement refusé — inscription M13

Bonjour M. {{PERSON|Ouellet}},

Le paiement de {{neg:amount|425,00 $}} pour l'inscription de {{PERSON|Zacharie}} (dossier {{neg:member-number|HM-2026-3390}}) a été refusé. Le numéro saisi, {{neg:luhn-invalid|4024 0071 5530 2418}}, n'est pas valide — un chiffre a peut-être été inversé.

Vous pouvez aussi payer par virement Interac à {{EMAIL|tresorerie@example.org}}.

Cordialement,
Le registraire
{{PHONE|418 871-5502}}`),

  qc("crm", `Export CRM — soins à domicile — Québec
no_client;nom;tél.;courriel;remarque
{{neg:customer-number|SD-11872}};{{PERSON|Yvette Marcoux}};{{PHONE|418-651-7720}};—;aveugle, sonner 2 fois
{{neg:customer-number|SD-11873}};{{PERSON|Benoît Côté}};{{PHONE|581 996-2031}};{{EMAIL|bcote49@example.ca}};fils à Miami, vérifier procuration
{{neg:customer-number|SD-11874}};{{PERSON|Huguette Pelletier}};{{PHONE|418 622-8147}};{{EMAIL|h.pelletier@example.ca}};chat {{neg:pet-name|Mistigri}} — allergie de la PAB`),

  qc("chat", `Messenger — Club de natation
{{PERSON|Sophie Lavoie}} : Bonjour! Ma fille veut essayer le club, y a-t-il des essais gratuits?
Club : Bonjour {{PERSON|Sophie}}! Oui, le mardi {{neg:time|17h30}} au Centre sportif. Quel âge a-t-elle?
{{PERSON|Sophie Lavoie}} : 9 ans. Elle nage depuis {{neg:name-word|Noël}} seulement
Club : Parfait, groupe Dauphins. Laissez-nous un courriel 😊
{{PERSON|Sophie Lavoie}} : ✉️ {{EMAIL|sophie.lavoie@example.com}}`),

  qc("call", `Transcription — service à la clientèle, nourriture pour animaux
Agent : Merci d'avoir patienté. À qui ai-je l'honneur?
Cliente : {{PERSON|Ginette Roy}}. Mon chat {{neg:pet-name|Minou}} refuse la nouvelle recette au saumon.
Agent : Je suis désolé. Je peux vous rembourser le dernier sac, {{neg:amount|39,99 $}}, et changer pour {{neg:product|Dinde et canneberges}}. Un numéro de téléphone au dossier?
Cliente : Oui, {{PHONE|cinq un quatre, trois quatre un, soixante-douze, quatre-vingt-onze}}.
Agent : Merci madame. Et le courriel, c'est toujours {{EMAIL|ginette.roy@example.ca}}?
Cliente : Oui.`),

  qc("sms", `Bonjour {{PERSON|Stéphane}}, ici l'équipe d'installation ☀️ on commence la pose des panneaux demain {{neg:time|7h}}. Merci de dégager l'entrée. Contremaître : {{PHONE|450 372-9964}}. Bon de travail {{neg:order-number|BT-20931}}`),

  qc("form", `Demande de services — soins à domicile (formulaire web)
Votre nom : {{PERSON|Patrick Nadeau}}
Lien : fils
Personne aidée : {{PERSON|Rolande Nadeau}}, 93 ans
Téléphone : {{PHONE|(873) 354-2187}}
Courriel : {{EMAIL|p.nadeau@example.ca}}
Besoins : surveillance de nuit, suivi {{neg:name-word|constant}} de la médication
Banque en France pour le paiement (je vis à Lyon) : {{IBAN|FR76 3000 4012 8600 0109 4817 339}}
IP : {{IP_ADDRESS|203.0.113.9}}`),

  qc("note", `Note de dossier — financement thermopompe — {{neg:loan-number|PV-QC-77104}}
Le co-emprunteur, le frère de la cliente, vit au Vermont. Le prêteur exige son numéro de sécurité sociale américain (social security) : {{US_SSN|614-90-2375}}. Consentement signé le {{neg:date|18 mars 2026}}. Cote de crédit reçue, approuvé pour {{neg:amount|9 800 $}}.
Cliente : {{PERSON|Chantal Morin}}, {{PHONE|514 270-6618}}.`),

  qc("email", `De : {{EMAIL|claire.fontaine.be@example.be}}
À : Abonnements <{{EMAIL|abonnements@example.ca}}>
Objet : Abonnement pour mon père à Sherbrooke

Bonjour,

Je vis à Bruxelles et je voudrais offrir l'abonnement croquettes à mon père, {{PERSON|Marcel Fontaine}}, pour son vieux labrador {{neg:pet-name|Brutus}}. Je paierai par carte : {{CARD|6011 4827 3390 1569}}, exp. {{neg:card-expiry|04/29}}.

Livraison : {{neg:street|245 rue King Ouest}}, Sherbrooke. Son numéro : {{PHONE|819 565-0382}}.

Merci,
{{PERSON|Claire Fontaine}}
{{PHONE|+32 478 12 63 90}}`),

  qc("crm", `Ligue de hockey mineur — bénévoles (export {{neg:date|2026-03-02}})
nom | rôle | cell. | courriel | antécédents
{{PERSON|Martin Gosselin}} | entraîneur M11 | {{PHONE|418 955-7023}} | {{EMAIL|mgosselin@example.ca}} | vérifiés
{{PERSON|Isabelle Poirier}} | gérante M9 | {{PHONE|581 888-3415}} | {{EMAIL|isa.poirier@example.ca}} | en attente, réf. {{neg:reference|VAJ-26-10443}}`),
]
