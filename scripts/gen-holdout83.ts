// Writes test/fixtures/pii-holdout83/corpus.jsonl, a blind labeled PII corpus of hand-written texts (see its README).
// `bun scripts/gen-holdout83.ts` writes it; `--stats` prints its counts. No PRNG: every text below was written out by
// hand, one by one, with its labels inline (holdout81's markup: `{{PHONE|…}}` labels a span, `{{neg:imei|…}}` marks a
// hard negative); the shared converter strips the markers, computes UTF-16 offsets and numbers the records.
// Domains: a mobile operator's number-porting and SIM-swap desk, a hotel group's reservations desk, an online
// pharmacy's customer care and an airline's lost-baggage desk. One text a line, `\n` inside a text is a line break.
import { handWrittenCorpus } from "./hand-written-corpus.ts"
import type { Raw } from "./holdout81/markup.ts"
import { KINDS81, mk } from "./holdout81/mk.ts"

/** The seven kinds: chat, agent note, e-mail with headers, call transcript, text message, web form, CRM rows. */
export const KINDS: readonly string[] = KINDS81
type K = (typeof KINDS81)[number]
const texts = (lang: string, xs: Array<[K, string]>): Raw[] => xs.map(([kind, text]) => mk(lang)(kind, text))

const FR_FR = texts("fr-FR", [
  ["chat", "Client : bonjour je veux garder mon numéro {{PHONE|06 48 27 91 35}} en passant chez vous, c'est quoi le RIO ?\nAgent : Le RIO s'obtient en appelant le 3179 depuis la ligne, il ressemble à {{neg:porting-code|12P4X7K9Q3M2}}. Portabilité prévue le {{neg:date|14 décembre}}.\nClient : ok merci 👍 je m'appelle {{PERSON|Théo Garnier}}"],
  ["chat", "Agent : Bonjour, ici le guichet SIM. Pour le remplacement de la SIM il me faut l'ICCID imprimé sur la carte.\nCliente : 8933 1502 ... attendez {{neg:iccid|89330150221843107725}}\nAgent : Merci Mme {{PERSON|Lefebvre-Aubry}}. Le code PUK est {{neg:puk|40718263}}, ne le communiquez à personne.\nCliente : mon mari {{PERSON|Jean-Baptiste}} a le même forfait sur le {{PHONE|07 81 64 22 09}}"],
  ["note", "SIM swap demandé par {{PERSON|Aurélie Morin}} ({{neg:account-number|CPT-558201734}}), ancienne ligne {{PHONE|+33 (0)6 72 18 40 55}}. IMEI du nouveau téléphone {{neg:imei|356900144782019}}. Pièce d'identité vérifiée en boutique, swap validé à {{neg:time|16h40}}. Numéro de secours donné : {{PHONE|06/45/19/82/30}}."],
  ["note", "Réservation hôtel Lyon Part-Dieu, ch. {{neg:room-number|412}} pour M. et Mme {{PERSON|de La Fontaine}}, titulaire {{PERSON|Gaspard de La Fontaine}}. Tel fixe {{PHONE|04 78 62 13 90}}. Arrivée {{neg:date|03/01/2027}}, départ le {{neg:date|6 janvier}}. Tarif {{neg:amount|129,00 €}} la nuit. Chambre côté cour, mur en {{neg:name-word|pierre}}."],
  ["email", "De : {{EMAIL|claire.dumoulin@example.fr}}\nÀ : {{EMAIL|service-client@pharmacie.example.fr}}\nObjet : commande {{neg:order-number|PH-2026-77104}}\n\nBonjour,\nma commande de Doliprane n'est pas arrivée. Vous pouvez me rappeler au {{PHONE|06.31.58.27.44}} après {{neg:time|18h}}.\nCordialement,\n{{PERSON|Claire Dumoulin}}"],
  ["email", "From: Bagages CDG <{{EMAIL|bagages@example.com}}>\nTo: {{EMAIL|yann.kerouac@example.fr}}\nSubject: Dossier {{neg:file-reference|CDG-AF-40217}}\n\nMonsieur {{PERSON|Kerouac}}, votre valise (étiquette {{neg:bag-tag|AF 517204}}, vol {{neg:flight-number|AF1149}}) a été localisée à Nice. Livraison demain entre {{neg:time|9h}} et {{neg:time|13h}}. Le livreur vous appellera au {{PHONE|+33 7 52 09 86 13}}."],
  ["email", "De : Réservations <{{EMAIL|resa@example.fr}}>\nÀ : {{EMAIL|m.benali@example.fr}}\n\nMadame {{PERSON|Benali}},\nl'acompte de {{neg:amount|240 €}} a été débité de votre carte {{neg:masked-card|**** 6204}}. Pour un virement, notre IBAN est bien celui indiqué ; l'IBAN que vous avez saisi {{neg:iban-checksum|FR77 3000 4028 3700 0194 4720 393}} a été refusé par la banque.\nRéf. réservation {{neg:booking-ref|HTL-8827310}}."],
  ["call", "[transcription] conseiller : je vous écoute\nappelant : oui alors euh mon numéro c'est le {{PHONE|zéro six, quarante-deux, dix-huit, soixante-treize, zéro neuf}}\nconseiller : d'accord et votre nom\nappelant : {{PERSON|Rachid Haddad}}, h a deux d\nconseiller : la portabilité vers votre nouvelle box est pour le {{neg:date|18 décembre}}"],
  ["call", "[appel 00:04:12] cliente : je voudrais changer ma carte, c'est {{CARD|quatre cinq trois neuf, un zéro deux sept, cinq cinq huit trois, un quatre six quatre}}\nagent : merci madame, et l'expiration\ncliente : {{neg:card-expiry|09/28}}\nagent : c'est noté madame {{PERSON|Poirier}}, le colis de la pharmacie part ce soir\ncliente : et rappelez-moi au {{PHONE|zéro sept, quatre-vingt-un, trente, cinquante-deux, seize}}"],
  ["sms", "Votre nouvelle SIM est active. Si ce n'est pas vous, appelez le {{PHONE|09 70 24 61 38}} immédiatement. Réf {{neg:ticket-number|SW-66120}}"],
  ["sms", "coucou c'est {{PERSON|Inès}}, mon nouveau num c'est le 📱 {{PHONE|07 69 40 12 87}}, l'ancien {{PHONE|06 11 93 25 70}} sera coupé le {{neg:date|20/12}} 😉"],
  ["form", "Nom : {{PERSON|Hélène Vasseur}}\nE-mail : {{EMAIL|helene.vasseur at example dot fr}}\nTéléphone : {{PHONE|0033 6 27 84 10 59}}\nOrdonnance n° : {{neg:prescription-number|ORD-118437}}\nCode postal : {{neg:postcode|59000}}\nIP : {{IP_ADDRESS|203.0.113.47}}"],
  ["form", "Déclaration bagage\nNom : {{PERSON|Olivier Saint-Pierre}}\nDossier : {{neg:file-reference|ORY-TO-30981}}\nVol : {{neg:flight-number|TO3412}}\nPortable : {{PHONE|06 84 57 31 26}}\nCouleur : rouge, marque Samsonite\nIBAN pour remboursement : {{IBAN|FR76 1027 8060 4100 0205 1820 193}}"],
  ["crm", "id;nom;tel;email;statut\n{{neg:customer-number|C-448190}};{{PERSON|Lucie Perrin}};{{PHONE|+33 6 70 41 28 73}};{{EMAIL|lucie.perrin@example.fr}};portage OK\n{{neg:customer-number|C-448217}};{{PERSON|Noël Blanchard}};{{PHONE|03 88 21 47 65}};;RIO invalide"],
  ["crm", "2026-12-07 10:14 | {{PERSON|Mathis Roux}} | connexion depuis {{IP_ADDRESS|2001:db8:4a1::17}} | appli {{neg:version|v5.14.2}} | changement de SIM refusé | carte {{neg:luhn-invalid|4970 1012 3456 7891}} rejetée | {{neg:amount|59,90 €}}"],
])

const PT_BR = texts("pt-BR", [
  ["chat", "cliente: oi, quero fazer a portabilidade do meu número {{PHONE|(11) 98472-3150}} pra vocês\natendente: Claro! Qual o CPF do titular? Não, desculpe, só preciso do nome completo\ncliente: {{PERSON|Juliana Alves dos Santos}}\natendente: Obrigada, {{PERSON|Juliana}}! Protocolo {{neg:ticket-number|2026120744817}} 😊"],
  ["chat", "atendente: Troca de chip feita. Novo ICCID {{neg:iccid|8955031400027741962}}\ncliente: e o puk?\natendente: PUK {{neg:puk|91827364}}. Seu número continua {{PHONE|+55 21 99631-4428}}\ncliente: valeu, sou o {{PERSON|Caio}} irmão da {{PERSON|Bianca Teixeira}}, ela também vai trocar o dela {{PHONE|21 98105-2276}}"],
  ["note", "Cliente {{PERSON|Raimundo Nonato Ferreira}} ligou do fixo {{PHONE|(85) 3224-6190}} dizendo que o chip foi trocado sem autorização. Bloqueio feito às {{neg:time|14:22}}. IMEI do aparelho novo {{neg:imei|865204039917366}} (não é dele). Conta {{neg:account-number|CTA-30918274}}."],
  ["note", "Reserva hotel Salvador, quarto {{neg:room-number|1207}}, hóspede {{PERSON|Antônio Carlos da Silva}}. Pediu berço e quarto com {{neg:name-word|luz}} natural. Diária {{neg:amount|R$ 489,00}}. Check-in {{neg:date|22/12/2026}}. Contato da esposa {{PERSON|Marta}}: {{PHONE|(71) 99254-0817}}"],
  ["email", "De: {{EMAIL|fernanda.lima@example.com.br}}\nPara: {{EMAIL|sac@farmacia.example.com.br}}\nAssunto: pedido {{neg:order-number|FM-889120}}\n\nBoa tarde, recebi o remédio errado (veio Losartana 50 mg no lugar de 25 mg). Meu celular é {{PHONE|(31) 97720-4581}}.\nAtt, {{PERSON|Fernanda Lima}}"],
  ["email", "From: Bagagem GRU <{{EMAIL|bagagem@example.com}}>\nTo: {{EMAIL|rodrigo.m.azevedo@example.com.br}}\nSubject: RB {{neg:file-reference|GRU-LA-58302}}\n\nPrezado Sr. {{PERSON|Rodrigo Azevedo}}, sua mala (etiqueta {{neg:bag-tag|LA 774120}}) chegou no voo {{neg:flight-number|LA3305}} de {{neg:date|5 de dezembro}}. Retire no balcão ou informe endereço. CEP informado: {{neg:postcode|04538-132}}."],
  ["email", "De: Reservas <{{EMAIL|reservas@example.com.br}}>\nPara: {{EMAIL|paula.costa@example.com}}\n\nOlá {{PERSON|Paula}}, recebemos a transferência de {{neg:amount|R$ 1.320,00}}. A conta indicada {{IBAN|BR97 0036 0305 0000 1000 9795 493P 1}} será usada para o estorno, se houver.\nLocalizador {{neg:booking-ref|RSV-40218}}."],
  ["call", "[ligação] atendente: pode me passar o número antigo?\ncliente: é {{PHONE|onze, nove, oito, sete, meia, um, zero, quatro, três, nove}}\natendente: onze nove oito sete meia... ok. E o nome?\ncliente: {{PERSON|Gilberto Nascimento}}, com c\natendente: a portabilidade leva até {{neg:duration|3 dias úteis}}"],
  ["call", "[transcrição] cliente: meu cartão é {{CARD|5168 4209 3377 1526}}, validade {{neg:card-expiry|11/29}}\natendente: obrigado, senhora {{PERSON|Luzia}}. O valor é {{neg:amount|R$ 86,40}} da farmácia. Confirma o telefone?\ncliente: {{PHONE|dois um nove nove oito zero seis quatro quatro um dois}}\ncliente: tá, e manda pro e-mail {{EMAIL|luzia ponto prado arroba example ponto com ponto br}}"],
  ["sms", "Seu chip novo foi ativado. Se não foi você, ligue {{PHONE|0800 721 4406}}. Cod {{neg:porting-code|PRT-5512}}"],
  ["sms", "{{PERSON|Dani}} aqui! novo nro 📱 {{PHONE|+55 41 98836-1094}} salva ai, o antigo {{PHONE|41 99217-5530}} morreu"],
  ["form", "Nome: {{PERSON|Thiago de Oliveira Prates}}\nE-mail: {{EMAIL|thiago.prates@example.com.br}}\nCelular: {{PHONE|+55 (48) 99180-3327}}\nCEP: {{neg:postcode|88015-600}}\nReceita nº {{neg:prescription-number|RX-441902}}\nIP: {{IP_ADDRESS|198.51.100.23}}"],
  ["form", "Formulário de bagagem extraviada\nPassageiro: {{PERSON|Beatriz Rocha Mendes}}\nPNR: {{neg:pnr|XK4T2Q}}\nVoo: {{neg:flight-number|G31478}}\nTelefone: {{PHONE|(62) 98244-7016}}\nPeso da mala: {{neg:weight|23 kg}}"],
  ["crm", "id,cliente,linha,status\n{{neg:customer-number|BR-7720154}},{{PERSON|Wellington Souza}},{{PHONE|(27) 99718-4402}},portado\n{{neg:customer-number|BR-7720188}},{{PERSON|Graça Monteiro}},{{PHONE|(27) 3315-2089}},pendente"],
  ["crm", "login {{IP_ADDRESS|2001:db8:c0a::5}} | {{PERSON|Maurício Lopes}} | tentativa de troca de chip | cartão {{neg:luhn-invalid|5162 3301 8847 2290}} recusado | {{neg:amount|R$ 39,90}}"],
])

const ES_MX = texts("es-MX", [
  ["chat", "cliente: hola quiero portar mi numero {{PHONE|55 4127 3890}} de otra compañia\nagente: Con gusto. El NIP de portabilidad llega por SMS al 051, es de 4 dígitos, ejemplo {{neg:porting-code|NIP 7302}}.\ncliente: ok soy {{PERSON|Guadalupe Ramírez}} 🙂"],
  ["chat", "agente: ¿Me confirma el IMEI del equipo nuevo?\ncliente: {{neg:imei|356781104522870}}\nagente: Gracias Sr. {{PERSON|Hernández}}. Su línea {{PHONE|+52 33 1872 4056}} queda con chip nuevo, ICCID {{neg:iccid|8952020318847712053}}."],
  ["note", "Cambio de SIM por robo. Titular {{PERSON|José Luis Castañeda Ortiz}}, línea {{PHONE|(81) 8345-2270}}. Cuenta {{neg:account-number|MX-00418227}}. Se pidió INE. Recado de su hija {{PERSON|Ximena}} al {{PHONE|81 1904 6635}}. Número anterior de la hija: {{PHONE|81-83-45-90-12}}."],
  ["note", "Hotel Cancún, hab. {{neg:room-number|305}}. Huésped {{PERSON|María del Rosario Villaseñor}} pide late check-out a las {{neg:time|15:00}}. Cargo {{neg:amount|$1,850 MXN}}. Dice que viene buscando {{neg:name-word|paz}} y silencio."],
  ["email", "De: {{EMAIL|alejandro.nunez@example.com.mx}}\nPara: {{EMAIL|atencion@farmacia.example.mx}}\nAsunto: pedido {{neg:order-number|FX-301877}}\n\nBuenas tardes, me cobraron dos veces {{neg:amount|$742.50}}. Mi tarjeta termina en {{neg:masked-card|xxxx 1166}}. Tel. {{PHONE|222 318 4570}}\nSaludos, {{PERSON|Alejandro Núñez}}"],
  ["email", "From: Equipaje MEX <{{EMAIL|equipaje@example.com}}>\nTo: {{EMAIL|sofia.orozco@example.com}}\nSubject: Expediente {{neg:file-reference|MEX-AM-71294}}\n\nEstimada {{PERSON|Sofía Orozco}}: su maleta con etiqueta {{neg:bag-tag|AM 309817}} llegó en el vuelo {{neg:flight-number|AM0452}} del {{neg:date|3 de diciembre}}. La entregamos en su domicilio, C.P. {{neg:postcode|06700}}."],
  ["email", "De: Reservaciones <{{EMAIL|reservas@example.mx}}>\nPara: {{EMAIL|ricardo.bermudez@example.mx}}\n\nSr. {{PERSON|Bermúdez}}, su reservación {{neg:booking-ref|RES-55019}} del {{neg:date|28/12/2026}} está confirmada. Anticipo de {{neg:amount|$3,200 MXN}} con tarjeta {{CARD|6011 4487 2093 1166}}. Recepción: {{PHONE|998 881 3400}}."],
  ["call", "[llamada] agente: ¿me da su número?\ncliente: sí, es {{PHONE|cinco cinco, dos ocho, cuatro uno, siete cero, nueve tres}}\nagente: gracias, ¿nombre?\ncliente: {{PERSON|Armando Treviño}}\nagente: el NIP que le llegó, no me lo diga, solo confírmelo en la app"],
  ["call", "[transcripción] agente: equipaje, buenas tardes\ncliente: eh sí, perdí mi maleta en el vuelo de Tijuana, mi nombre es {{PERSON|Rocío Ibarra}}, el expediente es {{neg:file-reference|TIJ-VB-20331}}\nagente: ¿teléfono?\ncliente: {{PHONE|seis seis cuatro, tres dos uno, cero ocho, cinco siete}}"],
  ["sms", "Hotel: {{PERSON|Ernesto}}, su habitación {{neg:room-number|1104}} ya está lista. Salida a las {{neg:time|12:00}}. Recepción {{PHONE|(984) 873 2200}}"],
  ["sms", "hola soy {{PERSON|Lupita}} 😘 mi nuevo cel 👉 {{PHONE|33 2150 7784}}, el otro ya no lo uso"],
  ["form", "Nombre: {{PERSON|Eduardo Salinas Vega}}\nCorreo: {{EMAIL|eduardo.salinas@example.com.mx}}\nTeléfono: {{PHONE|+52 55 6280 1947}}\nReceta: {{neg:prescription-number|REC-77410}}\nIP: {{IP_ADDRESS|192.0.2.188}}"],
  ["form", "Reporte de equipaje\nPasajero: {{PERSON|Valeria Cruz Delgado}}\nPNR: {{neg:pnr|MQ7RZ2}}\nCelular: {{PHONE|(477) 315 2280}}\nPeso: {{neg:weight|18 kg}}"],
  ["crm", "cliente|linea|estado\n{{PERSON|Héctor Zamora}}|{{PHONE|(55) 5312 9087}}|portado\n{{PERSON|Brenda Aguilar}}|{{PHONE|442 190 3365}}|NIP vencido"],
  ["crm", "{{IP_ADDRESS|2001:db8:77::a1}};{{PERSON|Óscar Medina}};cambio SIM;tarjeta {{neg:luhn-invalid|4152 3138 0042 7715}} rechazada;{{neg:amount|$299.00}}"],
])

const RO_RO = texts("ro-RO", [
  ["chat", "client: buna, vreau portare pe numarul {{PHONE|0722 418 935}} de la alt operator\nagent: Bună ziua! Aveți nevoie de codul de portare, arată așa: {{neg:porting-code|RO-PT-448120}}. Pe ce nume e abonamentul?\nclient: {{PERSON|Mihaela Dumitrescu}}"],
  ["chat", "agent: Am înlocuit cartela. ICCID nou: {{neg:iccid|8940011804492718305}}, PUK {{neg:puk|55201847}}.\nclient: mersi, și soțul meu, {{PERSON|Sorin}}, are numărul {{PHONE|+40 745 092 316}}, tot la voi\nagent: Spuneți-i domnului {{PERSON|Sorin Pop}} să vină cu buletinul 🪪"],
  ["note", "Schimbare SIM cerută de {{PERSON|Ioana-Maria Constantinescu}}. Număr vechi {{PHONE|0040 733 561 204}}. IMEI telefon nou {{neg:imei|353326107845119}}. Cont {{neg:account-number|ACC-7710394}}. Verificat CI la {{neg:time|10:05}}."],
  ["note", "Rezervare Brașov, camera {{neg:room-number|214}}, oaspete {{PERSON|Vasile Crăciun}}, sosire {{neg:date|23.12.2026}}. Tarif {{neg:amount|450 lei}}/noapte. Fiica, {{PERSON|Andreea}}, tel. {{PHONE|0268 415 772}}, mobil {{PHONE|0723\n418 550}}."],
  ["email", "De la: {{EMAIL|elena.georgescu@example.ro}}\nCătre: {{EMAIL|suport@farmacie.example.ro}}\nSubiect: comanda {{neg:order-number|FR-552093}}\n\nBună ziua, comanda mea de {{neg:name-word|Crăciun}} cu Nurofen a ajuns deschisă. Mă puteți suna la {{PHONE|0756 204 839}}.\nCu stimă, {{PERSON|Elena Georgescu}}"],
  ["email", "From: Bagaje OTP <{{EMAIL|bagaje@example.com}}>\nTo: {{EMAIL|radu.ionescu@example.ro}}\nSubject: Dosar {{neg:file-reference|OTP-RO-31760}}\n\nStimate domnule {{PERSON|Ionescu}}, valiza (eticheta {{neg:bag-tag|RO 281734}}, zborul {{neg:flight-number|RO0302}}) a fost găsită. Livrare la codul poștal {{neg:postcode|400124}}."],
  ["email", "De la: Rezervări <{{EMAIL|rezervari@example.ro}}>\nCătre: {{EMAIL|cristina.munteanu@example.com}}\n\nDoamna {{PERSON|Munteanu}}, avansul de {{neg:amount|900 lei}} a fost primit în contul nostru. Rambursarea se face în contul dvs. {{IBAN|RO80 RNCB 0082 0044 1267 0001}}. IBAN-ul trimis inițial, {{neg:iban-checksum|RO81 RNCB 0082 0044 1267 0001}}, nu era valid.\nRezervarea {{neg:booking-ref|BV-20931}}."],
  ["call", "[apel] operator: numărul de telefon, vă rog\nclient: zero șapte doi unu... {{PHONE|zero șapte doi unu, trei patru opt, nouă zero șase}}\noperator: și numele\nclient: {{PERSON|Gheorghe Stan}}, {{PERSON|Stan}} ca stana\noperator: bun, domnule {{PERSON|Stan}}"],
  ["call", "[transcriere] client: cardul meu e {{CARD|4917 6830 5521 4073}}, expiră în {{neg:card-expiry|03/28}}\nagent: mulțumesc doamna {{PERSON|Rădulescu}}, plata de {{neg:amount|127,50 lei}} pentru medicamente e făcută"],
  ["sms", "Cartela SIM a fost schimbata la {{neg:time|09:31}}. Daca nu ati fost dvs., sunati la {{PHONE|021 204 5566}}. Ref {{neg:ticket-number|SIM-40718}}"],
  ["sms", "salut, e {{PERSON|Bogdan}}, numar nou {{PHONE|0771 839 402}} ✌️"],
  ["form", "Nume: {{PERSON|Adriana Lupu}}\nEmail: {{EMAIL|adriana punct lupu at example punct ro}}\nTelefon: {{PHONE|+40 (0)726 318 047}}\nReteta nr: {{neg:prescription-number|RX-RO-80413}}\nIP: {{IP_ADDRESS|10.42.7.19}}"],
  ["form", "Raport bagaj pierdut\nPasager: {{PERSON|Cătălin Neagu}}\nPNR: {{neg:pnr|TZ8K3V}}\nZbor: {{neg:flight-number|W64321}}\nTelefon: {{PHONE|0740 552 618}}\nGreutate: {{neg:weight|20 kg}}"],
  ["crm", "nume;telefon;stare\n{{PERSON|Florin Marinescu}};{{PHONE|0264 598 311}};portat\n{{PERSON|Doina Ursu}};{{PHONE|0722.904.168}};cod portare expirat"],
  ["crm", "data;ora;ip;eveniment;client\n{{neg:date|06.12.2026}};{{neg:time|22:41}};{{IP_ADDRESS|2001:db8:40::9}};login cont;{{PERSON|Tudor Barbu}}\n{{neg:date|06.12.2026}};{{neg:time|22:44}};{{IP_ADDRESS|192.0.2.61}};cerere eSIM pe {{PHONE|0752 318 904}} (IP nou, blocat);{{PERSON|Tudor Barbu}}\n{{neg:date|07.12.2026}};{{neg:time|09:02}};-;plată {{neg:amount|49 lei}} cu card {{neg:luhn-invalid|5412 7520 0148 3306}} respinsă;{{PERSON|Tudor Barbu}}"],
])

const SK_SK = texts("sk-SK", [
  ["chat", "zákazník: dobrý deň, chcem preniesť číslo {{PHONE|0905 318 472}} k vám\noperátor: Dobrý deň! Potrebujeme kód ČVO, vyzerá napr. {{neg:porting-code|CVO-20931847}}. Na koho je zmluva?\nzákazník: na manželku, {{PERSON|Zuzanu Kováčovú}}"],
  ["chat", "operátor: SIM karta vymenená, nové ICCID {{neg:iccid|8942102480015527341}}, PUK {{neg:puk|62019384}}\nzákazník: super, ďakujem, a číslo môjho syna {{PERSON|Mateja}} {{PHONE|+421 944 208 615}} tiež treba prehodiť\noperátor: Syn musí prísť osobne 🙂"],
  ["note", "Výmena SIM: {{PERSON|Ján Hudák}}, číslo {{PHONE|00421 915 704 283}}. IMEI nového telefónu {{neg:imei|861734050228818}}. Účet {{neg:account-number|SK-ACC-550193}}. Overené OP o {{neg:time|13:50}}. Pánovi {{PERSON|Hudákovi}} sme vysvetlili poplatok {{neg:amount|5 €}}."],
  ["note", "Hotel Vysoké Tatry, izba {{neg:room-number|118}}. Hosť {{PERSON|Katarína Šimková}}, príchod {{neg:date|27. 12. 2026}}. Požaduje detskú postieľku. Kontakt na manžela {{PERSON|Petra}}: {{PHONE|052/442 1870}}."],
  ["email", "Od: {{EMAIL|lucia.balazova@example.sk}}\nKomu: {{EMAIL|podpora@lekaren.example.sk}}\nPredmet: objednávka {{neg:order-number|LK-449120}}\n\nDobrý deň, Ibalgin mi neprišiel. Volajte prosím na {{PHONE|0948 127 560}}.\nS pozdravom {{PERSON|Lucia Balážová}}"],
  ["email", "From: Batožina BTS <{{EMAIL|batozina@example.com}}>\nTo: {{EMAIL|tomas.horvath@example.sk}}\nSubject: Spis {{neg:file-reference|BTS-FR-60417}}\n\nVážený pán {{PERSON|Horváth}}, váš kufor (štítok {{neg:bag-tag|FR 730218}}, let {{neg:flight-number|FR8231}}) sme našli. Doručenie na PSČ {{neg:postcode|811 01}}."],
  ["email", "Od: Rezervácie <{{EMAIL|rezervacie@example.sk}}>\nKomu: {{EMAIL|marek.slovak@example.com}}\n\nDobrý deň pán {{PERSON|Slovák}}, záloha {{neg:amount|180 €}} prijatá. Vrátenie pôjde na účet {{IBAN|SK46 0900 0000 0051 2736 6504}}. Pôvodne zadaný {{neg:iban-checksum|SK47 0900 0000 0051 2736 6504}} banka odmietla. Rezervácia {{neg:booking-ref|HT-30218}}."],
  ["call", "[hovor] operátor: vaše číslo prosím\nvolajúci: {{PHONE|nula deväť jedna osem, dva tri štyri, päť šesť sedem}}\noperátor: a meno\nvolajúci: {{PERSON|Róbert Ďurica}}\noperátor: ďakujem pán {{PERSON|Ďurica}}, prenos bude {{neg:date|16. 12.}}"],
  ["call", "[prepis] zákazníčka: platím kartou {{CARD|5457 1088 3946 2155}}, platná do {{neg:card-expiry|07/27}}\noperátor: ďakujem pani {{PERSON|Novákovej}}, lieky v hodnote {{neg:amount|34,20 €}} odídu zajtra"],
  ["sms", "Vasa SIM karta bola vymenena o {{neg:time|08:12}}. Ak ste to neboli vy, volajte {{PHONE|0800 123 777}}. Ref {{neg:ticket-number|SW-SK-3381}}"],
  ["sms", "ahoj tu {{PERSON|Miška}}, moje nove cislo 🌸 {{PHONE|0911 62 48 05}}, stare {{PHONE|0907 / 421 / 366}} zrusim"],
  ["form", "Meno: {{PERSON|Peter Zelenák}}\nE-mail: {{EMAIL|peter.zelenak@example.sk}}\nTelefón: {{PHONE|+421 2 5441 3920}}\nRecept č.: {{neg:prescription-number|RP-220917}}\nIP: {{IP_ADDRESS|172.20.14.3}}"],
  ["form", "Strata batožiny\nCestujúci: {{PERSON|Veronika Sýkorová}}\nPNR: {{neg:pnr|LP9WQ4}}\nTelefón: {{PHONE|0902 771 314}}\nHmotnosť: {{neg:weight|21 kg}}"],
  ["crm", "meno|telefon|stav\n{{PERSON|Jozef Kráľ}}|{{PHONE|055/622 4418}}|prenesené\n{{PERSON|Anna Veselá}}|{{PHONE|0917 305 992}}|ČVO neplatné"],
  ["crm", "Rezervácia {{neg:booking-ref|HT-30277}} | hosť {{PERSON|Martin Gajdoš}} | online check-in z {{IP_ADDRESS|2001:db8:5c::1e}} | karta {{neg:luhn-invalid|4024 0071 5522 8310}} zamietnutá, zaplatené na recepcii {{neg:amount|12,90 €}} | poznámka: hosť je {{neg:name-word|veselý}}, chce izbu s výhľadom"],
])

const LT_LT = texts("lt-LT", [
  ["chat", "klientas: laba diena, noriu perkelti numerį {{PHONE|8 612 48 305}} pas jus\nkonsultantas: Sveiki! Reikės perkėlimo kodo, pvz. {{neg:porting-code|PK-7721094}}. Kieno vardu sutartis?\nklientas: {{PERSON|Tomas Kazlauskas}}"],
  ["chat", "konsultantas: SIM pakeista. Naujas ICCID {{neg:iccid|8937002111840027659}}, PUK {{neg:puk|30918472}}\nklientė: ačiū, o mano dukros {{PERSON|Ievos}} numeris {{PHONE|+370 655 20 417}} irgi jūsų\nkonsultantas: {{PERSON|Ieva}} turi ateiti pati 🙂"],
  ["note", "SIM keitimas: {{PERSON|Rūta Jankauskienė}}, numeris {{PHONE|00370 686 31 552}}. Naujo telefono IMEI {{neg:imei|864019052377418}}. Sąskaita {{neg:account-number|LT-ACC-44180}}. Tapatybė patikrinta {{neg:time|11:15}}."],
  ["note", "Viešbutis Vilniuje, kambarys {{neg:room-number|506}}. Svečias {{PERSON|Algirdas Petrauskas}}, atvyksta {{neg:date|2026-12-29}}. Kaina {{neg:amount|95 €}}. Žmonos {{PERSON|Jūratės}} tel. {{PHONE|8 5 212 4587}}."],
  ["email", "Nuo: {{EMAIL|egle.vaitkute@example.lt}}\nKam: {{EMAIL|pagalba@vaistine.example.lt}}\nTema: užsakymas {{neg:order-number|VS-330871}}\n\nLaba diena, negavau vaistų. Skambinkite {{PHONE|8 698 14 207}}.\nPagarbiai, {{PERSON|Eglė Vaitkutė}}"],
  ["email", "From: Bagažas VNO <{{EMAIL|bagazas@example.com}}>\nTo: {{EMAIL|mindaugas.zukauskas@example.lt}}\nSubject: Byla {{neg:file-reference|VNO-BT-42918}}\n\nGerb. {{PERSON|Mindaugai Žukauskai}}, jūsų lagaminas (žyma {{neg:bag-tag|BT 661042}}, skrydis {{neg:flight-number|BT0342}}) rastas. Pristatysime adresu, pašto kodas {{neg:postcode|LT-08105}}."],
  ["email", "Nuo: Rezervacijos <{{EMAIL|rezervacijos@example.lt}}>\nKam: {{EMAIL|laura.stankeviciene@example.com}}\n\nGerb. ponia {{PERSON|Stankevičiene}}, avansas {{neg:amount|120 €}} gautas. Grąžinimas į sąskaitą {{IBAN|LT59 7044 0600 0782 5190}}. Sąskaita {{neg:iban-checksum|LT58 7044 0600 0782 5190}} buvo neteisinga. Rezervacija {{neg:booking-ref|VLN-5530}}."],
  ["call", "[skambutis] konsultantas: jūsų numeris?\nklientas: {{PHONE|aštuoni šeši penki du, trys nulis, septyni vienas aštuoni}}\nkonsultantas: vardas?\nklientas: {{PERSON|Darius Butkus}}\nkonsultantas: ačiū, pone {{PERSON|Dariau}}"],
  ["call", "[stenograma] klientė: kortelė {{CARD|2223 8401 9461 0354}}, galioja iki {{neg:card-expiry|05/28}}\nkonsultantas: ačiū, ponia {{PERSON|Gintarė}}, vaistai už {{neg:amount|41,80 €}} bus išsiųsti rytoj"],
  ["sms", "Sveiki, {{PERSON|Ona}}! Jūsų kambarys {{neg:room-number|214}} paruoštas nuo {{neg:time|14:00}}, pusryčiai iki {{neg:time|10:30}}. Registratūra: {{PHONE|+370 5 210 8844}}"],
  ["sms", "labas cia {{PERSON|Aistė}} 🌼 naujas nr {{PHONE|+370 612 99 084}}, senas {{PHONE|8-699-40-112}} nebegalioja"],
  ["form", "Vardas: {{PERSON|Vytautas Mažeika}}\nEl. paštas: {{EMAIL|vytautas.mazeika@example.lt}}\nTelefonas: {{PHONE|8 37 20 44 15}}\nRecepto nr.: {{neg:prescription-number|RC-90214}}\nIP: {{IP_ADDRESS|192.168.8.120}}"],
  ["form", "Dingęs bagažas\nKeleivis: {{PERSON|Justina Paulauskaitė}}\nPNR: {{neg:pnr|HW2M8R}}\nTelefonas: {{PHONE|8 620 70 338}}\nSvoris: {{neg:weight|19 kg}}"],
  ["crm", "vardas;telefonas;būsena\n{{PERSON|Saulius Vasiliauskas}};{{PHONE|8 46 31 20 88}};perkelta\n{{PERSON|Rasa Navickienė}};{{PHONE|8 647 03 291}};kodas negalioja"],
  ["crm", "{{IP_ADDRESS|2001:db8:1f::c2}} | {{PERSON|Paulius Ramanauskas}} | SIM keitimas atmestas | kortelė {{neg:luhn-invalid|5299 8104 7365 1281}} atmesta | {{neg:amount|9,99 €}} | pastaba: klientas piktas kaip {{neg:name-word|vilkas}}"],
])

const TR_TR = texts("tr-TR", [
  ["chat", "müşteri: merhaba numaramı {{PHONE|0532 418 27 93}} size taşımak istiyorum\ntemsilci: Merhaba! Numara taşıma için başvuru numaranız şöyle olacak: {{neg:porting-code|NT-2026-55120}}. Hat kimin adına?\nmüşteri: {{PERSON|Elif Şahin}} adına"],
  ["chat", "temsilci: SIM kartınız değişti, yeni ICCID {{neg:iccid|8990011904417726381}}, PUK {{neg:puk|71820394}}\nmüşteri: teşekkürler, eşim {{PERSON|Murat}} Bey'in hattı {{PHONE|+90 (542) 306 71 18}} de sizde\ntemsilci: {{PERSON|Murat}} Bey kimlikle gelsin lütfen 🙏"],
  ["note", "SIM değişikliği: {{PERSON|Hüseyin Yıldırım}}, hat {{PHONE|0090 505 213 48 67}}. Yeni cihaz IMEI {{neg:imei|352098741120560}}, uygulama sürümü {{neg:version|2.41.0}}. Hesap {{neg:account-number|TR-HS-880417}}. Kimlik kontrolü {{neg:time|15:05}}."],
  ["note", "Otel İzmir, oda {{neg:room-number|721}}. Misafir {{PERSON|Zeynep Kaya}}, giriş {{neg:date|30.12.2026}}. Gecelik {{neg:amount|3.450 TL}}. Kızı {{PERSON|Defne}}'nin telefonu {{PHONE|0232 441 60 29}}."],
  ["email", "Kimden: {{EMAIL|burak.ozturk@example.com.tr}}\nKime: {{EMAIL|destek@eczane.example.com.tr}}\nKonu: sipariş {{neg:order-number|EC-771204}}\n\nMerhaba, ilacım eksik geldi. Beni {{PHONE|0535 920 14 77}} numarasından arayabilirsiniz.\nSaygılarımla, {{PERSON|Burak Öztürk}}"],
  ["email", "From: Bagaj IST <{{EMAIL|bagaj@example.com}}>\nTo: {{EMAIL|selin.aydin@example.com.tr}}\nSubject: Dosya {{neg:file-reference|IST-TK-83016}}\n\nSayın {{PERSON|Selin Aydın}}, bavulunuz (etiket {{neg:bag-tag|TK 402917}}, uçuş {{neg:flight-number|TK1986}}) bulundu. Posta kodu {{neg:postcode|34710}} adresine teslim edilecek."],
  ["email", "Kimden: Rezervasyon <{{EMAIL|rezervasyon@example.com.tr}}>\nKime: {{EMAIL|kemal.arslan@example.com}}\n\n{{PERSON|Kemal}} Bey, {{neg:amount|2.000 TL}} kapora alındı. İade {{IBAN|TR94 0001 0001 5849 3027 7165 00}} hesabına yapılacak. Önce gönderdiğiniz {{neg:iban-checksum|TR95 0001 0001 5849 3027 7165 00}} hatalıydı. Rezervasyon {{neg:booking-ref|ANT-6672}}."],
  ["call", "[çağrı] temsilci: numaranızı alabilir miyim\nmüşteri: {{PHONE|sıfır beş üç üç, iki yüz on, kırk beş, altmış iki}}\ntemsilci: adınız?\nmüşteri: {{PERSON|Emre Çelik}}\ntemsilci: teşekkürler {{PERSON|Emre}} Bey"],
  ["call", "[döküm] müşteri: kartım {{CARD|3742 915603 88749}}, son kullanma {{neg:card-expiry|10/28}}\ntemsilci: teşekkürler {{PERSON|Gülşen}} Hanım, {{neg:amount|412,50 TL}} tutarındaki ilaçlar yarın kargoda"],
  ["sms", "Bavulunuz bulundu (dosya {{neg:file-reference|ESB-PC-40913}}, etiket {{neg:bag-tag|PC 118520}}). Kurye yarın {{neg:time|10:00}}-{{neg:time|14:00}} arası sizi {{PHONE|0532 660 18 04}} numarasından arayacak."],
  ["sms", "selam ben {{PERSON|Cansu}} yeni numaram 💬 {{PHONE|0543 771 02 96}}, eskisi {{PHONE|0 (535) 204 19 83}} artık kapalı"],
  ["form", "Ad Soyad: {{PERSON|Oğuz Kılıç}}\nE-posta: {{EMAIL|oguz.kilic@example.com.tr}}\nTelefon: {{PHONE|+90 312 418 22 05}}\nReçete no: {{neg:prescription-number|RE-330198}}\nIP: {{IP_ADDRESS|203.0.113.201}}"],
  ["form", "Kayıp bagaj formu\nYolcu: {{PERSON|Ayşe Nur Demir}}\nPNR: {{neg:pnr|KT5BQ8}}\nTelefon: {{PHONE|0554 309 81 62}}\nAğırlık: {{neg:weight|22 kg}}"],
  ["crm", "ad|telefon|durum\n{{PERSON|Serkan Koç}}|{{PHONE|0216 550 31 74}}|taşındı\n{{PERSON|Hatice Polat}}|{{PHONE|0506 118 42 39}}|taşıma reddedildi"],
  ["crm", "{{IP_ADDRESS|2001:db8:90::7}};{{PERSON|Ömer Aksoy}};SIM değişimi reddedildi;kart {{neg:luhn-invalid|4543 2109 8765 4320}} reddedildi;{{neg:amount|199 TL}};müşteri {{neg:name-word|umut}} kesmiş"],
])

const EN_ZA = texts("en-ZA", [
  ["chat", "customer: hi i want to port my number {{PHONE|082 417 3958}} from the other network\nagent: Howzit! You'll get a port reference by SMS, looks like {{neg:porting-code|PRT-ZA-992041}}. Whose name is the contract in?\ncustomer: {{PERSON|Sipho Ndlovu}}"],
  ["chat", "agent: Your SIM swap is done. New ICCID {{neg:iccid|8927000012845509317}}, PUK {{neg:puk|00417263}}\ncustomer: thanks. my wife {{PERSON|Thandeka}} also has a line with you, {{PHONE|+27 (0)72 530 1846}}\nagent: Sure, {{PERSON|Thandeka}} can do hers in store with her ID 👍"],
  ["note", "SIM swap fraud flag: {{PERSON|Pieter van der Merwe}} says he did not request the swap on {{PHONE|+27 83 609 2174}}. IMEI on the new device {{neg:imei|014532007198332}}. Account {{neg:account-number|ZA-AC-4418207}}. Line frozen at {{neg:time|06:55}}. Swap was done through the app, version {{neg:version|v7.2.0}}."],
  ["note", "Cape Town hotel, room {{neg:room-number|903}}: guest {{PERSON|Nomvula Khumalo}} arriving {{neg:date|2 January 2027}}. Rate {{neg:amount|R1 850}} per night. Her son {{PERSON|Lwazi}} booked it, landline {{PHONE|021 448 3072}}."],
  ["email", "From: {{EMAIL|johan.duplessis@example.co.za}}\nTo: {{EMAIL|care@pharmacy.example.co.za}}\nSubject: order {{neg:order-number|PX-660193}}\n\nHi, the courier left my insulin at the gate in the sun. Call me on {{PHONE|084 201 7735}}.\nRegards, {{PERSON|Johan du Plessis}}"],
  ["email", "From: Baggage JNB <{{EMAIL|baggage.jnb@example.com}}>\nTo: {{EMAIL|lerato.mokoena@example.co.za}}\nSubject: File {{neg:file-reference|JNB-SA-40582}}\n\nDear Ms {{PERSON|Mokoena}}, your bag (tag {{neg:bag-tag|SA 118304}}, flight {{neg:flight-number|SA0343}}) is in Durban. We will courier it to postal code {{neg:postcode|2196}}."],
  ["email", "From: Reservations <{{EMAIL|reservations@example.co.za}}>\nTo: {{EMAIL|ayanda.dlamini@example.com}}\n\nDear {{PERSON|Ayanda}}, we received your deposit of {{neg:amount|R3 200}}. Refunds go to the account you gave us: FNB, branch code {{neg:branch-code|250655}}, account {{neg:account-number|62841093375}}. Booking {{neg:booking-ref|CPT-7710}}."],
  ["call", "[call] agent: can I have the number please\ncaller: ja it's {{PHONE|oh seven one, double four, two, eight nine, oh five}}\nagent: thank you, and your name?\ncaller: {{PERSON|Kagiso Molefe}}\nagent: thanks Mr {{PERSON|Molefe}}"],
  ["call", "[transcript] caller: my card is {{CARD|5299 8104 7365 1280}}, expires {{neg:card-expiry|12/27}}\nagent: thank you Mrs {{PERSON|Naidoo}}, that's {{neg:amount|R486.90}} for the pharmacy order, going out tomorrow"],
  ["sms", "[08:14] Port request for {{PHONE|083 215 6690}} received. Reply YES to confirm.\n[08:20] YES\n[08:21] Thanks {{PERSON|Bongani}}, your number moves on {{neg:date|9 December}} between {{neg:time|00:00}} and {{neg:time|04:00}}."],
  ["sms", "hey its {{PERSON|Zanele}} 🙌 new number {{PHONE|076 918 2240}}, old one {{PHONE|+27 82 551 9037}} got stolen"],
  ["form", "Name: {{PERSON|Francois Botha}}\nEmail: {{EMAIL|francois dot botha at example dot co dot za}}\nPhone: {{PHONE|012 342 8816}}\nScript number: {{neg:prescription-number|SCR-551029}}\nIP: {{IP_ADDRESS|10.0.14.201}}"],
  ["form", "Lost baggage report\nPassenger: {{PERSON|Precious Mahlangu}}\nPNR: {{neg:pnr|ZQ4R7T}}\nPhone: {{PHONE|079 663 0482}}\nWeight: {{neg:weight|23 kg}}"],
  ["crm", "name,phone,status\n{{PERSON|Themba Zulu}},{{PHONE|031 207 5519}},ported\n{{PERSON|Annelie Pretorius}},{{PHONE|+27 61 402 8893}},port rejected"],
  ["crm", "{{IP_ADDRESS|2001:db8:27::3b}} | {{PERSON|Riaan Steyn}} | SIM swap refused | card {{neg:luhn-invalid|4111 2222 3333 4445}} declined | {{neg:amount|R99}} | note: customer said a {{neg:name-word|gift}} voucher was used"],
])

const EN_IN = texts("en-IN", [
  ["chat", "customer: hello i want to port my number {{PHONE|98204 71365}} to your network\nagent: Namaste! Please SMS PORT to 1900 to get your UPC, it looks like {{neg:porting-code|UPC KT482051}}. Name on the connection?\ncustomer: {{PERSON|Rohan Mehta}}"],
  ["chat", "agent: SIM replaced. New ICCID {{neg:iccid|8991101200487712395}}, PUK {{neg:puk|27401958}}\ncustomer: thank you. my father {{PERSON|Suresh Iyer}} also uses {{PHONE|+91 94440 18273}}\nagent: Sir, {{PERSON|Suresh}} ji has to visit with Aadhaar 🙏"],
  ["note", "SIM swap: {{PERSON|Priya Raghunathan}}, number {{PHONE|0091 99001 54728}}. New handset IMEI {{neg:imei|869005173344622}}. Account {{neg:account-number|IN-CAF-773019}}. KYC done at {{neg:time|12:40}}."],
  ["note", "Goa hotel, room {{neg:room-number|211}}. Guest {{PERSON|Ananya Kulkarni}}, check-in {{neg:date|31-12-2026}}. Rate {{neg:amount|₹8,500}} per night. Husband {{PERSON|Vikram}} on landline {{PHONE|0832 241 7765}}."],
  ["email", "From: {{EMAIL|arjun.nair@example.co.in}}\nTo: {{EMAIL|care@pharmacy.example.in}}\nSubject: order {{neg:order-number|MD-440917}}\n\nHi, my order of Telma 40 came without the bill. Please call {{PHONE|080-2553 4190}}.\nThanks, {{PERSON|Arjun Nair}}"],
  ["email", "From: Baggage DEL <{{EMAIL|baggage.del@example.com}}>\nTo: {{EMAIL|kavita.sharma@example.in}}\nSubject: File {{neg:file-reference|DEL-AI-55104}}\n\nDear Ms {{PERSON|Kavita Sharma}}, your bag (tag {{neg:bag-tag|AI 208315}}, flight {{neg:flight-number|AI0865}}) reached Delhi. Delivery to PIN {{neg:postcode|110017}}."],
  ["email", "From: Reservations <{{EMAIL|reservations@example.in}}>\nTo: {{EMAIL|deepak.venkatesh@example.com}}\n\nDear Mr {{PERSON|Venkatesh}}, advance of {{neg:amount|₹12,000}} received by NEFT. Refund will go to account {{neg:account-number|50100418827731}}, IFSC {{neg:ifsc|HDFC0001234}}. Booking {{neg:booking-ref|GOA-8812}}."],
  ["call", "[call] agent: your mobile number please\ncaller: {{PHONE|nine eight seven, double six, five four, three two one}}\nagent: name sir?\ncaller: {{PERSON|Gurpreet Singh Bedi}}\nagent: thank you {{PERSON|Gurpreet}} ji"],
  ["call", "[transcript] caller: card is {{CARD|four zero five five, two eight seven three, one four six six, nine two zero zero}}\nagent: expiry?\ncaller: {{neg:card-expiry|04/29}}\nagent: thank you Mrs {{PERSON|Lakshmi Subramanian}}, {{neg:amount|₹1,284}} for the medicines\ncaller: and call me on {{PHONE|seven zero four two, one one, eight six five nine}} when it ships"],
  ["sms", "Your SIM was changed at {{neg:time|23:17}}. Not you? Call {{PHONE|1800 419 0022}}. Ref {{neg:ticket-number|SW-IN-6631}}"],
  ["sms", "hi its {{PERSON|Sneha}} 😊 new no {{PHONE|+91 70211 48853}}, save it. old one {{PHONE|98450 12736}} is off"],
  ["form", "Name: {{PERSON|Mohammed Irfan Qureshi}}\nEmail: {{EMAIL|irfan.qureshi@example.co.in}}\nMobile: {{PHONE|91673 20548}}\nPrescription no: {{neg:prescription-number|PR-IN-30512}}\nApp version: {{neg:version|4.0.19}}\nIP: {{IP_ADDRESS|198.51.100.77}}"],
  ["form", "Lost baggage report\nPassenger: {{PERSON|Harpreet Kaur}}\nPNR: {{neg:pnr|VX3N8K}}\nPhone: {{PHONE|98110 27634}}\nWeight: {{neg:weight|15 kg}}"],
  ["crm", "name|phone|status\n{{PERSON|Sanjay Patil}}|{{PHONE|022 2654 1187}}|ported\n{{PERSON|Meenakshi Reddy}}|{{PHONE|+91 88970 31542}}|UPC expired"],
  ["crm", "{{IP_ADDRESS|2001:db8:91::2}};{{PERSON|Aditya Banerjee}};SIM swap refused;card {{neg:luhn-invalid|5105 1051 0510 5101}} declined;{{neg:amount|₹499}};customer says {{neg:name-word|grace}} period please"],
])

const NB_NO = texts("nb-NO", [
  ["chat", "kunde: hei, jeg vil flytte nummeret {{PHONE|412 38 907}} til dere\nagent: Hei! Vi trenger eierskapsbekreftelse, referansen ser slik ut: {{neg:porting-code|NP-44018273}}. Hvem står som eier?\nkunde: {{PERSON|Ingrid Haugen}}"],
  ["chat", "agent: SIM-kortet er byttet. Ny ICCID {{neg:iccid|8947080037718204461}}, PUK {{neg:puk|03918274}}\nkunde: takk! samboeren min {{PERSON|Eirik}} har også abonnement hos dere, {{PHONE|+47 928 41 063}}\nagent: {{PERSON|Eirik}} må legitimere seg selv med BankID 😊"],
  ["note", "SIM-bytte: {{PERSON|Øyvind Strand-Larsen}}, nummer {{PHONE|0047 473 05 218}}. IMEI på ny telefon {{neg:imei|358844091266709}}. Konto {{neg:account-number|NO-KTO-55102}}. ID sjekket kl. {{neg:time|09:20}}."],
  ["note", "Hotell Bergen, rom {{neg:room-number|604}}. Gjest {{PERSON|Åse Kristiansen}}, ankomst {{neg:date|28.12.2026}}. Pris {{neg:amount|1 490 kr}} per natt. Sønnen {{PERSON|Henrik}} ringte fra fasttelefon {{PHONE|55 31 42 07}}."],
  ["email", "Fra: {{EMAIL|marte.solberg@example.no}}\nTil: {{EMAIL|kundeservice@apotek.example.no}}\nEmne: ordre {{neg:order-number|AP-209188}}\n\nHei, jeg fikk feil styrke på Paracet. Ring meg på {{PHONE|954 20 713}}.\nHilsen {{PERSON|Marte Solberg}}"],
  ["email", "From: Bagasje OSL <{{EMAIL|bagasje@example.com}}>\nTo: {{EMAIL|lars.bjornstad@example.no}}\nSubject: Sak {{neg:file-reference|OSL-SK-62014}}\n\nHei {{PERSON|Lars Bjørnstad}}, kofferten din (lapp {{neg:bag-tag|SK 905127}}, fly {{neg:flight-number|SK4035}}) er funnet i Tromsø. Vi sender den til postnummer {{neg:postcode|0571}}."],
  ["email", "Fra: Reservasjoner <{{EMAIL|booking@example.no}}>\nTil: {{EMAIL|sigrid.aasen@example.com}}\n\nHei {{PERSON|Sigrid}}, depositum på {{neg:amount|2 000 kr}} mottatt. Tilbakebetaling går til {{IBAN|NO74 1503 2204 817}}. Kontonummeret {{neg:iban-checksum|NO75 1503 2204 817}} du sendte først var feil. Bestilling {{neg:booking-ref|BGO-3391}}."],
  ["call", "[samtale] agent: hvilket nummer gjelder det?\nkunde: {{PHONE|fire en sju, null to, åtte ni ni}}\nagent: og navnet?\nkunde: {{PERSON|Knut Olsen}}\nagent: takk, {{PERSON|Knut}}"],
  ["call", "[transkripsjon] kunde: kortet er {{CARD|3487 154092 63153}}, utløper {{neg:card-expiry|08/28}}\nagent: takk, {{PERSON|Hilde}}, det blir {{neg:amount|389 kr}} for medisinene\nkunde: ring meg på {{PHONE|ni fem en, tre tre, null sju fire}} hvis noe"],
  ["sms", "Resepten din er klar for sending. Betal {{neg:amount|249 kr}} innen {{neg:date|10.12.2026}}. Spørsmål? Ring apoteket på {{PHONE|23 96 14 50}}"],
  ["sms", "hei det er {{PERSON|Synnøve}} 🌨️ nytt nr ☎️ {{PHONE|+47 988 02 451}}, gamle {{PHONE|920 15 478}} sies opp"],
  ["form", "Navn: {{PERSON|Torbjørn Lie}}\nE-post: {{EMAIL|torbjorn.lie@example.no}}\nTelefon: {{PHONE|22 47 81 30}}\nResept nr.: {{neg:prescription-number|RS-771203}}\nApp-versjon: {{neg:version|3.8.1}}\nIP: {{IP_ADDRESS|172.16.40.9}}"],
  ["form", "Tapt bagasje\nPassasjer: {{PERSON|Kristoffer Dahl}}\nPNR: {{neg:pnr|BN6Q2W}}\nTelefon: {{PHONE|468 20 195}}\nVekt: {{neg:weight|24 kg}}"],
  ["crm", "navn;telefon;status\n{{PERSON|Jon Erik Nilsen}};{{PHONE|73 50 21 84}};portert\n{{PERSON|Tone Berg}};{{PHONE|+47 415 72 930}};avvist"],
  ["crm", "{{IP_ADDRESS|2001:db8:47::e}} | {{PERSON|Magnus Eide}} | SIM-bytte avvist | kort {{neg:luhn-invalid|4929 1840 0033 7718}} avvist | {{neg:amount|99 kr}} | merknad: kunden satt i {{neg:name-word|storm}} på fjellet"],
])

const ALL: Raw[] = [...FR_FR, ...PT_BR, ...ES_MX, ...RO_RO, ...SK_SK, ...LT_LT, ...TR_TR, ...EN_ZA, ...EN_IN, ...NB_NO]
/** The corpus's path, its locales in corpus order (each with its number of texts), its records, its counts. */
export const { CORPUS_PATH, LOCALES, buildAll, stats, main } = handWrittenCorpus(ALL, new URL("../test/fixtures/pii-holdout83/corpus.jsonl", import.meta.url))

if (import.meta.main) main(process.argv)
