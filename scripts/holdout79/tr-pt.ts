// Turkish and Portuguese texts, written one by one: toll and fine letters (KGM, the German police, the ANSR, the French
// ANTAI) quoted in e-mails, breakdown, theft and extra-driver calls, app chats (some begun by the virtual assistant),
// damage, licence, EV and fraud notes, and fleet threads. Turkish titles (Bey, Hanım) follow the name and stay outside
// it, as do suffixes after the apostrophe (`Demir'e`).
import { mk } from "./mk.ts"

const tr = mk("tr-TR")
const pt = mk("pt-PT")

export const TR_TR = [
  tr("email", `Kimden: Ceza İşlemleri <{{EMAIL|ceza@example.tr}}>
Kime: {{EMAIL|ayse.demir@example.com}}
Konu: HGS kaçak geçiş bildirimi — {{neg:plate|34 KRT 482}}

Sayın {{PERSON|Ayşe Demir}},

Karayolları Genel Müdürlüğü'nden aldığımız bildirimi aşağıda aktarıyoruz:

  "{{neg:date|14.10.2026}} tarihinde saat {{neg:time|16:48}}'de {{neg:plate|34 KRT 482}} plakalı araç Osmangazi Köprüsü'nden geçiş ücreti ödenmeden geçmiştir. Geçiş ücreti {{neg:amount|995 TL}}; 15 gün içinde ödenmezse ücretin dört katı ceza uygulanır. Bildirim no: {{neg:fine-ref|KGM-OGS-2026-3905162}}."

Aracın HGS etiketindeki bakiye yetersiz kaldığı için geçiş kaydedilmemiş; hata bizde. Ücreti biz ödedik, size herhangi bir ceza yansıtılmayacak. {{PERSON|Ayşe}} Hanım'a bilgi amaçlı iletiyoruz.

Saygılarımızla,
{{PERSON|Burak Aydın}}
Ceza İşlemleri, {{PHONE|0850 222 41 18}}`),

  tr("call", `Arıza — Bolu Dağı, TEM otoyolu Ankara yönü, {{neg:date|8 Aralık 2026}} 17:20
Arayan: {{PERSON|Mehmet Kaya}} Bey, kiracı. {{neg:car-model|Fiat Egea}} {{neg:plate|06 FK 2931}}, {{neg:odometer|84 113 km}}. Kar yağıyor, araç yokuşta patinaj yaptıktan sonra motor arıza lambası yandı ve stop etti. Emniyet şeridinde, dörtlüler açık.
Çekici: {{neg:company|Yıldırım Oto Kurtarma Ltd. Şti.}}, şoför {{PHONE|0374 215 40 18}}, 45 dk içinde.
Telefonunu söyledi: {{PHONE|sıfır beş üç üç, altı sıfır dört, on bir, seksen iki}}.
{{PERSON|Mehmet}} Bey'e olay numarası {{neg:reference|YY-26-12-0593}} SMS ile gönderildi. Yedek araç yarın sabah Bolu'dan ({{neg:station-code|BOL-01}}).`),

  tr("chat", `Sanal asistan: Merhaba! Ben sanal asistanım. Size nasıl yardımcı olabilirim?
Müşteri: kartımdan 7.500 TL çekilmiş görünüyor. kira bedelini zaten ödemiştim!
Sanal asistan: Araç tesliminde depozito için kartınıza provizyon konur; bu bir harcama değildir. Temsilciye bağlanmak ister misiniz?
Müşteri: evet lütfen
Sanal asistan: Bağlıyorum…
Temsilci: Merhaba, rezervasyon numaranızı alabilir miyim?
Müşteri: {{neg:booking-ref|TRR-6603927}}, kart {{CARD|5331 2408 9915 6278}}
Temsilci: Lütfen kart numaranın tamamını sohbete yazmayın, gizledim. Gördüğünüz {{neg:amount|7.500 TL}} bir provizyon; bazı bankaların uygulaması bunu "harcama" gibi gösteriyor. Araç {{neg:date|9.12.2026}}'de iade edildikten sonra 7 iş günü içinde kalkar, ekstrenize yansımaz.
Müşteri: yani param gitmedi?
Temsilci: Hayır, yalnızca bloke. Aracı hasarsız ve dolu depoyla teslim ederseniz tamamı serbest kalır. Sorunuz olursa {{PHONE|0850 222 19 04}}.`),

  tr("note", `Hasar — Sabiha Gökçen ({{neg:station-code|SAW-01}}) iadesi, {{neg:date|21.11.2026}}
{{neg:car-model|Renault Clio}} {{neg:plate|34 GMZ 117}}, kiracı {{PERSON|Emre Şahin}}. Arka tampon ve bagaj kapağında çökme.
Kiracının beyanı: Kartal'da kırmızı ışıkta arkadan çarpıldı; Kaza Tespit Tutanağı dolduruldu. Karşı taraf: {{PERSON|Hakan Öztürk}}, {{neg:car-model|Toyota Corolla}} {{neg:plate|34 BNT 902}}, trafik sigortası poliçe no {{neg:policy-number|TS-2026-7396025}}, tel. {{PHONE|0555 318 04 27}}.
Fotoğraflar: IMG_9104–IMG_9112 (araç), IMG_9113 (tutanak).
Kusur karşı tarafta, rücu edilecek; kiracıya yansıtılmayacak. Dosya {{neg:claim-number|HSR-TR-26-0731}}.`),

  tr("email", `Kimden: Ceza İşlemleri <{{EMAIL|ceza.yurtdisi@example.tr}}>
Kime: {{EMAIL|serkan.celik@example.de}}
Konu: Radar cezası — {{neg:plate|07 AZR 41}} / Depozito iadesi

Sayın {{PERSON|Serkan Çelik}},

Antalya Emniyet Müdürlüğü'nden gelen tebligat:
  "{{neg:date|3 Ağustos 2026}} saat 14:05'te D400 karayolu Manavgat çıkışında {{neg:plate|07 AZR 41}} plakalı araç 82 km/s ile seyretmiştir (sınır 50 km/s). İdari para cezası {{neg:amount|2.168 TL}}. Tutanak no: {{neg:fine-ref|AN-2026-130957}}."

Kiralama süresince aracı siz kullandığınız için cezayı sizin adınıza yönlendirdik; Almanya'daki adresinize tebligat gelecektir. Nakit ödediğiniz {{neg:amount|300 €}} depozitoyu iade etmek için Almanya'daki hesabınıza ({{IBAN|DE14 5001 0517 0539 6218 07}}) havale yaptık.

Saygılarımızla,
{{PERSON|Zeynep Arslan}}, {{PHONE|0242 238 19 44}}`),

  tr("chat", `[14:02] Müşteri: merhaba, telefonumun şarjı %3 kaldı. arabayı uygulamadaki dijital anahtarla açıyorum, telefon kapanırsa ne olacak?
[14:03] Destek: Merhaba! Telefon kapanırsa bize buradan ya da {{PHONE|0850 563 22 07}} numarasından ulaşın, aracı uzaktan açarız. Şu an aracın yanında mısınız?
[14:03] Müşteri: hayır, sahildeyim. araç {{neg:street|Atatürk Caddesi}} üzerinde park halinde
[14:41] Müşteri: arkadaşımın telefonundan yazıyorum, benimki kapandı. aracın başındayım
[14:42] Destek: Kimliğinizi doğrulamam gerekiyor: rezervasyon numaranız ve doğum yılınız?
[14:43] Müşteri: {{neg:booking-ref|TRR-6607731}}, 1994. {{PERSON|Elif Koç}}
[14:44] Destek: Teşekkürler {{PERSON|Elif}} Hanım. {{neg:car-model|Hyundai i20}} {{neg:plate|07 KLM 338}} için açma komutu gönderildi — kapılar açıldı mı?
[14:44] Müşteri: açıldı!! araçta şarj kablosu var mı?
[14:45] Destek: Torpidoda USB-C kablo olmalı. İyi tatiller!`),

  tr("note", `EV şarj itirazı — müşteri {{PERSON|Onur Yalçın}} ({{neg:member-number|TR-EV-36208}}), {{neg:car-model|Togg T10X}} {{neg:plate|34 EVT 118}}
Müşteri, Bolu'daki hızlı şarjda araç %80'de durduğu halde {{neg:amount|₺385}} "bekleme ücreti" alındığını söylüyor.
Şarj kaydı (kart {{neg:charge-card-id|TR-ESJ-0093157}}):
  {{neg:timestamp|2026-11-30 18:41}}  başlangıç, %22
  {{neg:timestamp|2026-11-30 19:17}}  araç %80'de şarjı kesti, {{neg:energy|52,4 kWh}}, {{neg:amount|₺734}}
  {{neg:timestamp|2026-11-30 20:02}}  kablo çıkarıldı → 45 dk bekleme; ücret 10. dakikadan itibaren
Müşteri restoranda olduğunu, uygulamanın bildirim göndermediğini söylüyor. Kayıtta telefonun son bağlantısı {{IP_ADDRESS|2001:db8:2c:11::8}} üzerinden; "şarj tamamlandı" bildirimi o oturuma iletilememiş (uygulama {{neg:version|4.2.0}} hatası).
→ Bekleme ücreti iade edildi. Tel. {{PHONE|0543 162 72 06}}, e-posta {{EMAIL|onur.yalcin@example.tr}}.`),

  tr("call", `Çalıntı araç — İstanbul, Kadıköy, Moda, {{neg:date|4.12.2026}} 07:30
Arayan: {{PERSON|Cem Aksoy}}. {{neg:car-model|Volkswagen Passat}} {{neg:plate|34 PLS 770}}, şasi no {{neg:vin|WVWZZZ3CZPE063597}}, dün akşam evin önüne park etmiş, sabah yok. Anahtar kendisinde.
Takip cihazı: son sinyal {{neg:timestamp|2026-12-04 03:05}}, {{neg:gps|40.9836, 29.0259}}, sonra kesildi. Motor blokaj komutu gönderildi.
Kadıköy Polis Merkezi'ne bildirildi, tutanak no {{neg:police-ref|KDK-2026-39062}}.
Telefonunu söyledi: {{PHONE|sıfır beş dört iki, yedi yedi sıfır, on dokuz, seksen üç}}.
Yedek araç Sabiha Gökçen'den saat 11:00'de; özet {{EMAIL|cem.aksoy@example.tr}} adresine gönderildi.`),

  tr("email", `Kimden: {{EMAIL|derya.kurt@example.tr}}
Kime: {{EMAIL|filo@aslanlojistik.example.tr}}
Konu: YNT: Köprü ve otoyol geçişleri — ekim dökümü

Merhaba {{PERSON|Volkan}} Bey,

istediğiniz gibi, {{neg:company|Aslan Lojistik A.Ş.}} araçlarının ekim ayı HGS geçişlerini araç bazında çıkardım:

  {{neg:plate|34 ASL 207}}  Osmangazi Köprüsü ×6, Kuzey Marmara Otoyolu ×11   {{neg:amount|6.912,50 TL}}
  {{neg:plate|34 ASL 208}}  Yavuz Sultan Selim Köprüsü ×4                   {{neg:amount|1.180,00 TL}}
  {{neg:plate|34 ASL 311}}  geçiş yok (serviste)                               {{neg:amount|0,00 TL}}

Bundan sonra bu dökümü her ayın 3'ünde faturayla birlikte göndereceğim; geçiş bedelleri çerçeve sözleşme ({{neg:agreement-number|FL-TR-0352}}) gereği ayrı kalem olarak faturalanıyor, ödeme yine {{IBAN|TR56 0006 7001 0933 5680 1244 70}} hesabına.
{{neg:plate|34 ASL 207}} için 12 Ekim'de bir ihlalli geçiş uyarısı var (bakiye yetersiz kalmış, 5 dakika sonra yüklenmiş); cezaya dönüşmedi, bilginiz olsun.

Saygılarımla,
{{PERSON|Derya Kurt}}
Kurumsal Müşteri Yöneticisi, {{PHONE|0216 539 77 02}}

> {{neg:date|3.11.2026}} tarihinde {{EMAIL|filo@aslanlojistik.example.tr}} yazdı:
> {{PERSON|Derya}} Hanım merhaba, muhasebe her aracın köprü geçişlerini ayrı görmek istiyor. Ekim için döküm gönderebilir misiniz? Depo telefonu {{PHONE|0262 751 40 93}}.`),

  tr("note", `Ehliyet kontrolü — rezervasyon {{neg:booking-ref|TRR-6609127}}, Ankara Esenboğa ({{neg:station-code|ESB-01}}), {{neg:date|1.12.2026}}
Sürücü {{PERSON|Gökhan Erdoğan}} eski tip (kâğıt) sürücü belgesi sundu, no {{neg:licence-number|ANK 650392}}. Eski tip belgelerin değiştirme süresi doldu; e-Devlet sorgusunda belge "geçersiz — yenilenmemiş" görünüyor. Araç teslim edilmedi.
Müşteriye nüfus müdürlüğünden randevuyla yeni belge alabileceği anlatıldı; rezervasyon ücretsiz olarak 4 Aralık'a ertelendi, depozito alınmadı.
İletişim {{PHONE|0312 596 87 20}}.`),

  tr("chat", `Müşteri: iyi günler. {{neg:name-word|Şeker}} Bayramı'nda aracı 4 saat geç getirdim diye 1 gün ücret kesmişsiniz
Destek: İyi günler, hemen bakıyorum. Rezervasyon numaranız?
Müşteri: {{neg:booking-ref|TRR-6598802}}
Destek: Sözleşmede 59 dakikadan fazla gecikmede bir gün ücreti uygulanıyor: {{neg:amount|1.850 TL}}.
Müşteri: ama şubeyi aradım, sorun yok dediler!
Destek: Arama kaydını buldum; arkadaşımız "sorun olmaz" demiş ama ücreti belirtmemiş. Bu nedenle ücreti iptal ediyorum, {{neg:amount|1.850 TL}} kartınıza ({{neg:masked-card|**** 4059}}) iade edilecek.
Müşteri: teşekkürler`),

  tr("email", `Kimden: {{EMAIL|tolga.gunes@example.tr}}
Kime: {{EMAIL|sikayet@example.tr}}
Konu: İzmir'de kiralayıp İstanbul'a bıraktım, 3.500 TL ek ücret?

Aracı İzmir'den aldım ({{neg:booking-ref|TRR-6601554}}), çağrı merkezinizin onayıyla İstanbul'a bıraktım. Şimdi 3.500 TL "tek yön ücreti" çekilmiş. Lütfen {{neg:iban-checksum|TR47 0006 2004 1200 0629 8811 37}} hesabıma iade edin.
Düzeltme: IBAN'ı yanlış yazmışım, doğrusu {{IBAN|TR47 0006 2004 1200 0629 8811 73}}.

---

Sayın {{PERSON|Tolga Güneş}},

çağrı kaydını dinledik: arkadaşımız tek yön iadeyi onaylamış, ancak ücretin {{neg:amount|1.750 TL}}'si İstanbul şubesinin araç fazlası nedeniyle zaten indirimli. Kalan {{neg:amount|1.750 TL}}'yi düzelttiğiniz IBAN'a 3 iş günü içinde gönderiyoruz.

Saygılarımızla,
Müşteri Hizmetleri, {{PHONE|444 0 482}}`),

  tr("call", `Ek sürücü — telefonla, {{neg:date|5.12.2026}} 11:10
Arayan kiracı rezervasyonuna ({{neg:booking-ref|TRR-6611030}}) oğlunu eklemek istedi: {{PERSON|Kerem Doğan}}, ehliyet no {{neg:licence-number|TR 530697}}, 22 yaşında, ehliyeti 3 yıllık.
Genç sürücü ek ücreti günlük {{neg:amount|350 TL}} + ek sürücü {{neg:amount|150 TL}}; kiracı kabul etti, toplam {{neg:amount|2.500 TL}} (5 gün).
{{PERSON|Kerem}} Bey'in telefonu: {{PHONE|0549 880 13 52}}. Kiracının numarası kayıtta değişti: {{PHONE|0532 418 22 71}}.`),

  tr("note", `Ters ibraz (chargeback) — kart {{neg:masked-card|**** 2737}}, tutar {{neg:amount|4.860 TL}}, banka bildirimi {{neg:date|2.12.2026}}
Kart sahibi {{PERSON|Nihat Karaca}} bankasına "hizmeti almadım" diye itiraz etmiş. Bankanın yazısında kart tam numarasıyla yazılı: {{CARD|5571 3902 6814 2737}}. Bizim kayıtlar:
  {{neg:timestamp|2026-10-18 09:12}}  araç teslimi, İzmir Adnan Menderes ({{neg:station-code|ADB-01}}), sözleşmede ıslak imza
  {{neg:timestamp|2026-10-22 18:40}}  iade, {{neg:odometer|1 214 km}} yapılmış
  ödeme 3-D Secure onaylı
Bankaya kanıt paketi gönderildi (sözleşme, teslim ve iade fotoğrafları, HGS geçişleri). Rezervasyon {{IP_ADDRESS|198.51.100.66}} adresinden yapılmış; kart sahibinin hesabına önceki iki kiralamada da aynı adresten girilmiş. Müşteriye de yazdık: {{EMAIL|nihat.karaca@example.tr}}; telefonla ulaşılamadı ({{PHONE|0505 771 63 48}}).`),

  tr("chat", `[08:14] Müşteri: dizel araca benzin koydum!! motoru çalıştırmadım
[08:14] Destek: Çok iyi, lütfen hiç çalıştırmayın, kontağı da açmayın. Neredesiniz?
[08:15] Müşteri: Eskişehir yolu, Gölbaşı'ndaki istasyonda. araç {{neg:car-model|Peugeot 3008}} {{neg:plate|06 CEY 724}}
[08:16] Destek: Yakıt boşaltma ekibi yönlendiriyorum, yaklaşık 40 dakika. Ücret {{neg:amount|3.200 TL}} + yakıt; hasar güvencesi kapsamında değil maalesef.
[08:16] Müşteri: tamam. adım {{PERSON|Barış Yurt}}, telefon {{PHONE|0533 604 27 15}}
[08:17] Destek: Teşekkürler {{PERSON|Barış}} Bey. Ekip sizi arayacak.`),
]

export const PT_PT = [
  pt("call", `Assistência — bateria, Coimbra (Solum), {{neg:date|17/11/2026}} 07:50
Ligou o Sr. {{PERSON|Joaquim Rebelo}}: o {{neg:car-model|Renault Captur}} {{neg:plate|AR-41-PX}}, alugado há três dias, não pega — o painel acende e apaga e ouve-se um "clique". Ficou com as luzes de presença ligadas a noite toda.
Enviado técnico de assistência, {{PHONE|917 330 284}}, chegada 08:30. Arrancou com booster às 08:41; bateria testada, em bom estado. Sem custos (cortesia na primeira ocorrência).
O cliente pediu ainda para confirmar a entrega em Coimbra ({{neg:station-code|CBR-01}}): sexta, 18:00.
Número do cliente, ditado: {{PHONE|nove um três, cinco cinco sete, zero dois seis}}. Assistência n.º {{neg:reference|AST-26-11-0872}}.`),

  pt("note", `Conta car-sharing {{neg:member-number|PT-CS-139627}} — suspensa {{neg:date|20/11/2026}}
Sensor de qualidade do ar do {{neg:car-model|Fiat 500e}} {{neg:plate|BX-07-TL}} registou fumo durante a viagem:
  {{neg:timestamp|2026-11-19 23:12}}  início da viagem, Cais do Sodré
  {{neg:timestamp|2026-11-19 23:20}}  alerta "fumo" (nível 4)
  {{neg:timestamp|2026-11-19 23:41}}  fim da viagem, Alvalade
Limpeza e ozono: {{neg:amount|150 €}}, cobrados ao membro conforme os termos. Conta suspensa 30 dias.
O membro ({{PERSON|Tiago Faria}}) diz que foi um passageiro com cigarro eletrónico. Login da app no início da viagem: {{IP_ADDRESS|192.0.2.233}}. Respondido por e-mail para {{EMAIL|tiago.faria@example.pt}} e SMS para {{PHONE|961 447 208}}.`),

  pt("email", `De: Contraordenações <{{EMAIL|contraordenacoes@example.pt}}>
Para: {{EMAIL|nuno.ferreira@example.pt}}
Assunto: Auto de contraordenação — {{neg:plate|AM-92-RZ}}

Exmo. Sr. {{PERSON|Nuno Ferreira}},

recebemos da ANSR a seguinte notificação, que transcrevemos:

  "Auto n.º {{neg:fine-ref|9220573916}}. No dia {{neg:date|2 de outubro de 2026}}, pelas {{neg:time|10h42}}, o veículo {{neg:plate|AM-92-RZ}} circulava na A5, ao km 8, a 148 km/h, sendo o limite de 120 km/h. Coima de {{neg:amount|120 €}} a {{neg:amount|600 €}}. O titular do documento de identificação do veículo deve identificar o condutor no prazo de 15 dias úteis."

Identificámos V. Exa. como condutor, nos termos do contrato de aluguer {{neg:agreement-number|PT-CA-2026-07741}}. A notificação será reenviada para a sua morada ({{neg:postcode|2750-331}}). A taxa administrativa de {{neg:amount|25 €}} foi debitada no cartão {{neg:masked-card|**** 7401}}.

Com os melhores cumprimentos,
{{PERSON|Marta Lourenço}}
Contraordenações, tel. {{PHONE|21 482 1190}}`),

  pt("chat", `Assistente: Olá! Sou o assistente virtual. Em que posso ajudar?
Cliente: cobraram-me 23,40 € de portagens mas eu paguei as portagens todas
Assistente: As portagens são cobradas através do identificador Via Verde do carro. Quer falar com um colega?
Cliente: sim
Assistente: A transferir…
Agente: Boa tarde! Pode indicar-me o número da reserva?
Cliente: {{neg:booking-ref|PTR-7730562}}
Agente: Obrigada. O carro tinha Via Verde ativa, por isso as portagens da A2 e da A22 foram cobradas automaticamente: {{neg:amount|23,40 €}}. Se pagou também em dinheiro nas cabines, envie-nos os talões e devolvemos o valor em duplicado.
Cliente: paguei na A22 com cartão, tenho o recibo
Agente: Então envie-o para {{EMAIL|portagens@example.pt}} com o número da reserva. Fica registado em nome de {{PERSON|Sandra Matos}}?
Cliente: sim`),

  pt("email", `De: {{EMAIL|frota@coelhotransportes.example.pt}}
Para: {{EMAIL|patricia.antunes@example.pt}}
Assunto: Faturas de novembro com NIF errado

Bom dia, Dr.ª {{PERSON|Patrícia}},
as três faturas de novembro vieram com o NIF {{neg:tax-id|507 392 610}}, e o nosso é {{neg:tax-id|507 392 601}}. A contabilidade não as consegue lançar. Podem emitir notas de crédito e faturas novas?
Aproveito: os furgões que vão para a Serra da Estrela em janeiro precisam de pneus de inverno.
{{PERSON|Armando Coelho}}

---

Bom dia, Sr. {{PERSON|Coelho}},
tem razão, o NIF foi mal copiado quando atualizámos a ficha da {{neg:company|Transportes Coelho & Filhos, Lda.}}. As notas de crédito ({{neg:invoice-number|NC 2026/118}} a NC 2026/120) e as faturas novas seguem hoje por e-mail; o que já tiver pago para {{IBAN|PT50 0033 0000 4537 1288 3053 0}} fica imputado às novas.
Pneus de inverno: os dois {{neg:car-model|Citroën Jumpy}} ({{neg:plate|BQ-62-TR}} e {{neg:plate|BQ-63-TR}}) trocam em Matosinhos a 28/12, sem custo no contrato {{neg:agreement-number|FL-PT-0219}}.
Com os melhores cumprimentos,
{{PERSON|Patrícia Antunes}}, Gestora de Conta, {{PHONE|22 208 5936}}`),

  pt("call", `Chaves trancadas — Sintra, {{neg:street|Rua Dr. Alfredo Costa}}, {{neg:date|9/8/2026}} 12:40
Ligou a cliente {{PERSON|Inês Carvalho}}: {{neg:car-model|Seat Ibiza}} {{neg:plate|AT-15-QG}}, a chave ficou na bagageira e o carro trancou. Ninguém dentro.
Abertura remota falhou (carro sem telemática). Enviado serralheiro parceiro, {{PHONE|219 236 907}}, chegada em 30 min.
Número da cliente, ditado: {{PHONE|nove seis dois, sete sete um, zero quatro oito}}.
13:15 — aberto sem danos. Deslocação ({{neg:amount|75 €}}) oferecida: a cliente tinha o pacote de assistência.`),

  pt("note", `Dano em estacionamento — Faro, parque do Fórum Algarve, {{neg:date|12/10/2026}}
O cliente {{PERSON|Hugo Mendes}} voltou ao {{neg:car-model|Volkswagen T-Roc}} {{neg:plate|BE-33-LM}} e encontrou a porta traseira esquerda amolgada e um bilhete no para-brisas: "Desculpe, fui eu a fazer marcha-atrás. Ligue-me — {{PERSON|Rui Tavares}}, {{PHONE|916 802 447}}".
Contactámos o Sr. {{PERSON|Tavares}} no mesmo dia: confirma, seguro Fidelidade, apólice {{neg:policy-number|FID-5093317260}}. Preencheu a Declaração Amigável connosco no balcão do aeroporto a 13/10.
Fotos: IMG_2201–IMG_2209 (dano), IMG_2210 (bilhete), IMG_2211 (declaração).
Processo {{neg:claim-number|SIN-PT-26-0773}}; o cliente não paga franquia.`),

  pt("chat", `[10:20] Cliente: boa tarde, estou no balcão do aeroporto de Faro e não aceitam o meu cartão para a caução. é pré-pago mas tem saldo!
[10:21] Apoio: Boa tarde! Lamento. Para a caução precisamos de um cartão de crédito em nome do condutor principal; pré-pagos e débito não permitem a cativação.
[10:22] Cliente: e agora? a reserva está paga, {{neg:booking-ref|PTR-7728804}}
[10:23] Apoio: Há duas opções: contratar a proteção total ({{neg:amount|18 €}}/dia), que reduz a caução a zero, ou pagar a caução de {{neg:amount|1.200 €}} por MB WAY — é devolvida em 3 dias úteis após a entrega.
[10:25] Cliente: fico com a proteção total
[10:26] Apoio: Já avisei o balcão ({{neg:station-code|FAO-01}}). Em nome de quem está a reserva?
[10:26] Cliente: {{PERSON|Ricardo Pinheiro}}
[10:27] Apoio: Obrigada, Sr. {{PERSON|Pinheiro}}. O contrato atualizado segue para {{EMAIL|ricardo.pinheiro@example.pt}}. Boa viagem!`),

  pt("email", `De: {{EMAIL|sofia.magalhaes@example.pt}}
Para: {{EMAIL|reclamacoes@example.pt}}
Assunto: Reembolso da reserva cancelada — ainda nada

Cancelei a reserva {{neg:booking-ref|PTR-7731206}} (Ponta Delgada) porque a companhia cancelou o voo. Disseram-me que o reembolso de 214,60 € seria por transferência. Já passou um mês.

---

Cara Sr.ª {{PERSON|Sofia Magalhães}},

pedimos desculpa. A transferência de {{neg:amount|214,60 €}} foi feita a {{neg:date|12 de novembro}}, mas o banco devolveu-a: o IBAN registado no pedido, {{neg:iban-checksum|PT50 0035 0697 0006 3188 2089 8}}, não é válido (um algarismo trocado na introdução manual).
No comprovativo que nos enviou consta {{IBAN|PT50 0035 0697 0006 3188 2099 8}}. Refizemos hoje a transferência para essa conta; deverá chegar em 1 a 2 dias úteis.

Com os melhores cumprimentos,
Apoio ao Cliente, {{PHONE|707 200 639}}`),

  pt("note", `Verificação de carta — reserva {{neg:booking-ref|PTR-7733015}}, Lisboa Aeroporto ({{neg:station-code|LIS-T1}}), {{neg:date|3/12/2026}}
Condutor {{PERSON|Thiago Nascimento}}, carta brasileira {{neg:licence-number|BR 07351928460}}, residente em Portugal desde março de 2025. O sistema bloqueou: com mais de 185 dias de residência, a carta estrangeira deixa de valer sozinha.
Apresentou o comprovativo do pedido de troca no IMT (guia de substituição, que vale como título de condução enquanto o pedido está pendente); confirmado pela supervisora no portal do IMT.
Aluguer autorizado. {{neg:car-model|Toyota Yaris}} {{neg:plate|BN-21-HC}} entregue às 14:05. Contacto {{PHONE|926 507 093}}.`),

  pt("chat", `Cliente: olá, queria acrescentar o meu marido como segundo condutor na reserva {{neg:booking-ref|PTR-7734227}}
Apoio: Olá! Claro. Nome completo e número da carta, por favor.
Cliente: {{PERSON|Manuel Gouveia}}, carta {{neg:licence-number|L-2609385 0}}
Apoio: Obrigada. Acrescentei o Sr. {{PERSON|Gouveia}}, custo {{neg:amount|8 €}} por dia, {{neg:amount|56 €}} pelos 7 dias.
Cliente: ótimo. e se houver algum problema na estrada, ligo para onde?
Apoio: Para assistência em viagem, {{PHONE|808 20 30 40}}, 24 horas.
Cliente: obrigada! agora deixem-me em {{neg:name-word|paz}} com os e-mails de promoções 😅
Apoio: Já desativei as promoções na sua conta 🙂`),

  pt("call", `Furto no estrangeiro — Sevilha, {{neg:date|2/12/2026}} 08:10
Ligou o cliente {{PERSON|Fernando Barros}}: o {{neg:car-model|Peugeot 2008}} {{neg:plate|AU-88-NV}} (VIN {{neg:vin|VR3USHNSKPJ750268}}), alugado no Porto com autorização para Espanha, desapareceu durante a noite de uma rua em Triana. A chave está com ele.
GPS: último sinal {{neg:timestamp|2026-12-02 03:44}}, {{neg:gps|37.3826, -6.0023}}, a sair de Sevilha pela A-4; depois nada. Enviado pedido de imobilização.
Queixa na Policía Nacional (comisaría de Triana), denuncia {{neg:police-ref|SE-2026-093715}}.
Regresso: bilhete de comboio Sevilha–Lisboa pago por nós. O seguro cobre o furto com franquia de {{neg:amount|1.500 €}} (não tinha proteção total).
Número do cliente, ditado: {{PHONE|nove três dois, oito um cinco, quatro zero sete}}; resumo para {{EMAIL|fbarros@example.pt}}.`),

  pt("email", `De: Contraordenações <{{EMAIL|estrangeiro@example.pt}}>
Para: {{EMAIL|j.pereira.lyon@example.fr}}
Assunto: Avis de contravention — {{neg:plate|BF-04-KX}} / Reembolso da caução

Exmo. Sr. {{PERSON|José Pereira}},

recebemos da ANTAI (França) o aviso abaixo, relativo ao carro que alugou em Braga:
  « Avis de contravention n° {{neg:fine-ref|FR-2026-39052716}}. Le {{neg:date|18/08/2026}} à 15:12, sur l'A7 à Montélimar, le véhicule {{neg:plate|BF-04-KX}} a été contrôlé à 147 km/h (vitesse maximale 130 km/h). Amende forfaitaire {{neg:amount|135 €}}. »

Indicámos V. Exa. como condutor; o aviso será enviado para a sua morada em Lyon. A caução de {{neg:amount|500 €}}, paga em dinheiro, foi transferida para a sua conta francesa {{IBAN|FR76 3000 4008 2300 0105 9263 793}}.

Com os melhores cumprimentos,
{{PERSON|Marta Lourenço}}, tel. {{PHONE|+33 6 12 59 36 70}} (linha para clientes em França)`),

  pt("note", `Cartão de carregamento — cobrança em duplicado, cliente {{PERSON|Diogo Sequeira}} ({{neg:member-number|PT-EV-25093}})
Na fatura MOBI.E de novembro aparecem duas sessões iguais em Pombal:
  {{neg:timestamp|2026-11-28 19:15}}  Pombal, A1   {{neg:energy|46,8 kWh}}  {{neg:amount|21,06 €}}
  {{neg:timestamp|2026-11-28 19:15}}  Pombal, A1   {{neg:energy|46,8 kWh}}  {{neg:amount|21,06 €}}
O operador do posto confirmou que o carregador reenviou o registo depois de uma falha de comunicação (voltou a ligar-se às 19:52, a partir de {{IP_ADDRESS|10.120.4.17}} na rede interna do operador).
→ {{neg:amount|21,06 €}} creditados na próxima fatura; o cartão {{neg:charge-card-id|PT-MOB-0637215}} continua ativo. Cliente informado por SMS ({{PHONE|914 620 338}}) e e-mail ({{EMAIL|diogo.sequeira@example.pt}}).`),

  pt("call", `Reclamação — categoria errada, balcão de Lisboa, {{neg:date|29/11/2026}} 16:00
A cliente {{PERSON|Helena Pires}} reservou um SUV ({{neg:car-model|Nissan Qashqai}} ou semelhante, {{neg:booking-ref|PTR-7736602}}) para 5 pessoas e bagagem de 10 dias; no balcão só havia um {{neg:car-model|Renault Clio}}. Aceitou por não ter alternativa, mas quer a diferença.
Diferença de preço: {{neg:amount|186 €}} — devolvidos ao cartão {{neg:masked-card|•••• 1193}} hoje, mais um voucher de {{neg:amount|50 €}}.
Reclamação também registada no Livro de Reclamações eletrónico; resposta escrita enviada para {{EMAIL|helena.pires@example.pt}}. Telefone {{PHONE|932 760 115}}.`),
]
