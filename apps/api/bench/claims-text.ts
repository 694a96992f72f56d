/**
 * Realistic claim text for the search benchmark: check-worthy news sentences built from ~40
 * sentence shapes (casualties, sanctions, elections, economy, courts, disasters, diplomacy,
 * health, business) whose slots draw from lists of countries, cities, organisations, people,
 * topics, numbers and dates. Slot values are drawn with a Zipf-like skew (a few countries and
 * people appear in many claims, most in few), as in a real news record, so a search meets very
 * common words ("said", "the"), mid-frequency ones ("sanctions") and rare ones (one surname)
 * the way users would. Deterministic: the same index always gives the same text.
 */

const COUNTRIES = (
  "Russia|Ukraine|United States|China|Israel|Iran|Turkey|Germany|France|India|Pakistan|" +
  "Afghanistan|Syria|Sudan|Nigeria|Brazil|Mexico|Japan|South Korea|North Korea|Taiwan|Poland|" +
  "Hungary|Italy|Spain|Greece|Egypt|Ethiopia|Kenya|South Africa|Argentina|Venezuela|Colombia|" +
  "Peru|Chile|Indonesia|Philippines|Vietnam|Thailand|Myanmar|Bangladesh|Saudi Arabia|Qatar|" +
  "Yemen|Iraq|Lebanon|Jordan|Libya|Tunisia|Morocco|Algeria|Mali|Niger|Chad|Somalia|Georgia|" +
  "Armenia|Azerbaijan|Kazakhstan|Belarus|Moldova|Romania|Serbia|Kosovo|Canada|Australia|" +
  "New Zealand|Norway|Sweden|Finland|Estonia|Latvia|Lithuania|Ireland|Portugal|Austria|" +
  "Switzerland|Belgium|Netherlands|Denmark|Czech Republic|Slovakia|Bulgaria|Croatia|Ecuador|" +
  "Bolivia|Paraguay|Uruguay|Cuba|Haiti|Nepal|Sri Lanka|Mongolia|Laos|Cambodia|Malaysia|Fiji|Tuvalu"
).split("|");

const CITIES = (
  "Kyiv|Moscow|Washington|Beijing|Jerusalem|Tehran|Ankara|Berlin|Paris|New Delhi|Islamabad|" +
  "Kabul|Damascus|Khartoum|Abuja|Brasília|Mexico City|Tokyo|Seoul|Taipei|Warsaw|Budapest|Rome|" +
  "Madrid|Athens|Cairo|Addis Ababa|Nairobi|Pretoria|Buenos Aires|Caracas|Bogotá|Lima|Santiago|" +
  "Jakarta|Manila|Hanoi|Bangkok|Dhaka|Riyadh|Doha|Sanaa|Baghdad|Beirut|Amman|Tripoli|Tunis|" +
  "Rabat|Bamako|Niamey|Mogadishu|Tbilisi|Yerevan|Baku|Astana|Minsk|Chișinău|Bucharest|Belgrade|" +
  "Pristina|Ottawa|Canberra|Oslo|Stockholm|Helsinki|Tallinn|Riga|Vilnius|Dublin|Lisbon|Vienna|" +
  "Geneva|Brussels|The Hague|Copenhagen|Prague|Bratislava|Sofia|Zagreb|Kharkiv|Odesa|Gaza|" +
  "Aleppo|Mosul|Kandahar|Lagos|São Paulo|Mumbai|Karachi|Istanbul|Izmir|Marseille|Hamburg|" +
  "Osaka|Busan|Kraków|Naples|Barcelona|Thessaloniki|Alexandria|Mombasa|Durban|Córdoba|Medellín"
).split("|");

const ORGS = (
  "the United Nations|NATO|the European Union|the World Bank|the International Monetary Fund|" +
  "the African Union|the World Health Organization|the Red Cross|OPEC|the UN Security Council|" +
  "the European Commission|the International Criminal Court|Amnesty International|" +
  "Human Rights Watch|the World Food Programme|UNICEF|the UN refugee agency|the IAEA|" +
  "the Arab League|ASEAN|the G7|the G20|the OSCE|the European Central Bank|the WTO|" +
  "Doctors Without Borders|the Council of Europe|the Organization of American States"
).split("|");

const ROLES = (
  "president|prime minister|foreign minister|defence minister|finance minister|" +
  "interior minister|health minister|energy minister|trade minister|spokesperson|ambassador|" +
  "opposition leader|central bank governor|army chief|chief prosecutor|parliament speaker|" +
  "economy minister|agriculture minister|deputy prime minister|national security adviser"
).split("|");

const FIRST = (
  "Olena|Dmitry|Sergei|Anna|Mohammed|Ahmed|Fatima|Ali|Hassan|Leila|Mehmet|Ayşe|Jürgen|Anke|" +
  "François|Amélie|Rahul|Priya|Imran|Ayesha|Abdul|Omar|Khalid|Amina|Chinedu|Ngozi|João|Lúcia|" +
  "Andrés|María|Hiroshi|Yuki|Min-jun|Ji-woo|Wei|Li|Tomasz|Agnieszka|Zoltán|Giulia|Marco|Javier|" +
  "Elena|Nikos|Sofia|Abiy|Wanjiru|Thabo|Lindiwe|Cristina|Diego|Gustavo|Camila|Joko|Maria|" +
  "Nguyen|Somchai|Sheikh|Faisal|Nasser|Rania|Nabil|Mustafa|Ibrahim|Irakli|Nino|Ilham|Kassym|" +
  "Svetlana|Maia|Klaus|Ingrid|Lars|Sanna|Kaja|Gitanas|Leo|Ana|Karl|Emil|Petr|Robert|James|Sarah"
).split("|");

const LAST = (
  "Kovalenko|Petrov|Ivanova|Shevchenko|Al-Rashid|Haddad|Erdoğan|Yılmaz|Demir|Müller|Schmidt|" +
  "Weber|Dubois|Lefèvre|Moreau|Sharma|Gupta|Khan|Qureshi|Karimi|Hosseini|Rahimi|Okonkwo|Adeyemi|" +
  "Silva|Santos|Oliveira|García|Rodríguez|López|Martínez|Hernández|Tanaka|Nakamura|Sato|Kim|" +
  "Park|Lee|Zhang|Wang|Chen|Liu|Nowak|Kowalski|Wiśniewski|Nagy|Horváth|Rossi|Russo|Ferrari|" +
  "Fernández|Papadopoulos|Georgiou|Bekele|Tesfaye|Kamau|Otieno|Mokoena|Dlamini|Fernandes|" +
  "Pereira|Gómez|Díaz|Widodo|Santoso|Reyes|Cruz|Tran|Pham|Suthep|Al-Saud|Al-Thani|Al-Hakim|" +
  "Mansour|Aziz|Farouk|Bakr|Kvaratskhelia|Pashinyan|Aliyev|Tokayev|Lukashenko|Sandu|Popescu|" +
  "Vučić|Kurti|Trudeau|Albanese|Ardern|Støre|Andersson|Virtanen|Kallas|Landsbergis|Varadkar|" +
  "Costa|Nehammer|Berset|De Croo|Rutte|Frederiksen|Fiala|Fico|Radev|Plenković|Noboa|Arce|Peña|" +
  "Lacalle|Díaz-Canel|Henry|Dahal|Wickremesinghe|Khurelsukh|Sonexay|Hun|Anwar|Rabuka|Natano"
).split("|");

// The long tail: surnames from syllables, most of them in one or a few claims (a real record has
// many names that appear once), so a search for a rare name has a realistic target.
const SYLLABLES = "ka|ta|ri|mo|len|vos|ba|dri|shan|el|ko|mir|za|tu|ne|gor|al|sen|vi|da".split("|");
function tailName(r: Rand): string {
  const n = 2 + Math.floor(r() * 2);
  const parts = Array.from({ length: n }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]);
  const name = parts.join("");
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const TOPICS = (
  "wheat exports|gas prices|the ceasefire|refugee returns|border security|the peace talks|" +
  "nuclear inspections|grain shipments|energy supplies|the debt restructuring|climate finance|" +
  "arms deliveries|prisoner exchanges|humanitarian access|visa rules|fishing rights|" +
  "the pipeline project|rare earth mining|electricity tariffs|fuel subsidies|the trade deficit|" +
  "drone attacks|troop withdrawals|the hostage release|vaccine supplies|food security|" +
  "water sharing|the election timetable|press freedom|judicial reform|migration routes|" +
  "cyber attacks|the oil embargo|air defence systems|reconstruction funding|the grain corridor|" +
  "shipping lanes|the currency crisis|public sector wages|pension reform"
).split("|");

const COMMODITIES = (
  "wheat|maize|rice|coffee|cocoa|crude oil|natural gas|coal|copper|cobalt|lithium|gold|iron ore|" +
  "soybeans|palm oil|sugar|cotton|fertiliser|steel|aluminium"
).split("|");

const DISASTERS = (
  "an earthquake|floods|a cyclone|a landslide|wildfires|a heatwave|a drought|a typhoon|" +
  "a volcanic eruption|a tsunami|heavy snowfall|a hurricane"
).split("|");

const DISEASES =
  "cholera|measles|dengue|mpox|malaria|polio|avian influenza|Ebola|tuberculosis".split("|");

const CRIMES = (
  "corruption|money laundering|espionage|tax evasion|fraud|abuse of office|bribery|treason|" +
  "war crimes|inciting violence|illegal arms trading|human trafficking"
).split("|");

const COMPANIES = (
  "Gazprom|Rosneft|Siemens|Volkswagen|TotalEnergies|Shell|BP|Aramco|Petrobras|Tata Steel|" +
  "Samsung|Toyota|Huawei|Foxconn|Glencore|Rio Tinto|Maersk|Boeing|Airbus|Nestlé|Unilever|" +
  "ArcelorMittal|Equinor|Eni|Vale|BHP|Sinopec|Reliance|Hyundai|Stellantis"
).split("|");

const SECTORS =
  "energy|banking|defence|shipping|mining|technology|aviation|agriculture|construction|telecoms".split(
    "|",
  );

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December".split(
    "|",
  );

const SOURCES = (
  "officials said|the ministry said|according to local authorities|the agency reported|" +
  "state media reported|a government statement said|according to preliminary figures|" +
  "the statistics office said|witnesses said|the spokesperson told reporters"
).split("|");

/** A deterministic generator for one claim index. */
function rng(seed: number) {
  let s = (seed * 2654435761) >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

type Rand = () => number;

// Zipf-like: index k is drawn with weight 1/(k+1)^0.9, so the first entries of each list are
// common and the tail is rare.
const zipfTables = new Map<number, number[]>();
function zipf<T>(list: readonly T[], r: Rand): T {
  let cdf = zipfTables.get(list.length);
  if (!cdf) {
    let total = 0;
    cdf = list.map((_, k) => {
      total += 1 / (k + 1) ** 0.9;
      return total;
    });
    cdf = cdf.map((c) => c / total);
    zipfTables.set(list.length, cdf);
  }
  const x = r();
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] ?? 1) < x) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] as T;
}
const pick = <T>(list: readonly T[], r: Rand): T => list[Math.floor(r() * list.length)] as T;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function slots(r: Rand) {
  const country = () => zipf(COUNTRIES, r);
  const person = () => `${pick(FIRST, r)} ${r() < 0.15 ? tailName(r) : zipf(LAST, r)}`;
  const year = () => String(int(r, 2015, 2026));
  const date = () => `${int(r, 1, 28)} ${pick(MONTHS, r)} ${year()}`;
  const n = () => {
    const x = r();
    return String(x < 0.5 ? int(r, 2, 99) : x < 0.85 ? int(r, 100, 999) : int(r, 1000, 25000));
  };
  const pct = () => `${int(r, 1, 40)}.${int(r, 0, 9)} percent`;
  const money = () =>
    r() < 0.6 ? `$${int(r, 1, 950)} million` : `$${int(r, 1, 90)}.${int(r, 1, 9)} billion`;
  return {
    r,
    country,
    person,
    year,
    date,
    n,
    pct,
    money,
    city: () => zipf(CITIES, r),
    org: () => zipf(ORGS, r),
    role: () => zipf(ROLES, r),
    topic: () => zipf(TOPICS, r),
    commodity: () => zipf(COMMODITIES, r),
    disaster: () => pick(DISASTERS, r),
    disease: () => pick(DISEASES, r),
    crime: () => pick(CRIMES, r),
    company: () => zipf(COMPANIES, r),
    sector: () => pick(SECTORS, r),
    month: () => pick(MONTHS, r),
    source: () => pick(SOURCES, r),
  };
}

type S = ReturnType<typeof slots>;

const SHAPES: ((s: S) => string)[] = [
  (s) =>
    `${s.country()}'s ${s.role()} ${s.person()} said ${s.n()} people were killed in ${s.city()} on ${s.date()}.`,
  (s) =>
    `${cap(s.org())} announced ${s.money()} in emergency aid for ${s.country()} after ${s.disaster()} hit the region.`,
  (s) =>
    `${s.country()} and ${s.country()} signed an agreement on ${s.topic()} in ${s.city()} on ${s.date()}.`,
  (s) =>
    `Inflation in ${s.country()} rose to ${s.pct()} in ${s.month()}, the highest level since ${s.year()}, ${s.source()}.`,
  (s) =>
    `${s.person()}, the ${s.role()} of ${s.country()}, met ${s.person()} in ${s.city()} to discuss ${s.topic()}.`,
  (s) =>
    `${s.country()} imposed sanctions on ${s.n()} companies linked to the ${s.sector()} sector of ${s.country()}.`,
  (s) =>
    `At least ${s.n()} people died when ${s.disaster()} struck ${s.city()} on ${s.date()}, ${s.source()}.`,
  (s) => `${s.country()} recalled its ambassador from ${s.country()} over ${s.topic()}.`,
  (s) =>
    `The central bank of ${s.country()} raised its key interest rate by ${int(s.r, 1, 4) * 25} basis points to ${s.pct()}.`,
  (s) =>
    `Turnout in the parliamentary election in ${s.country()} was ${s.pct()}, the electoral commission said.`,
  (s) =>
    `${s.person()} won ${s.pct()} of the vote in the first round of the presidential election in ${s.country()}.`,
  (s) =>
    `${s.company()} will cut ${s.n()} jobs in ${s.country()} by ${s.year()}, the company said.`,
  (s) =>
    `A court in ${s.city()} sentenced ${s.person()} to ${int(s.r, 2, 25)} years in prison for ${s.crime()}.`,
  (s) =>
    `${s.country()} reported ${s.n()} new cases of ${s.disease()} in the week to ${s.date()}, the health ministry said.`,
  (s) =>
    `${s.n()} migrants were rescued off the coast of ${s.country()} on ${s.date()}, the coast guard said.`,
  (s) =>
    `${s.country()} exported ${s.n()} thousand tonnes of ${s.commodity()} in ${s.year()}, up ${s.pct()} from a year earlier.`,
  (s) =>
    `${cap(s.org())} said ${s.n()} thousand people had been displaced by fighting around ${s.city()}.`,
  (s) =>
    `The ${s.role()} of ${s.country()}, ${s.person()}, resigned on ${s.date()} after protests over ${s.topic()}.`,
  (s) =>
    `${s.country()} shot down ${s.n()} drones over ${s.city()} overnight, the defence ministry said.`,
  (s) =>
    `${s.country()} agreed to buy ${s.commodity()} worth ${s.money()} from ${s.country()} under a deal signed in ${s.city()}.`,
  (s) =>
    `Unemployment in ${s.country()} fell to ${s.pct()} in the ${pick(["first", "second", "third", "fourth"], s.r)} quarter of ${s.year()}.`,
  (s) =>
    `${cap(s.org())} approved a loan of ${s.money()} to ${s.country()} to support ${s.topic()}.`,
  (s) =>
    `Police in ${s.city()} arrested ${s.n()} people during protests against ${s.topic()} on ${s.date()}.`,
  (s) =>
    `${s.person()} was sworn in as ${s.role()} of ${s.country()} on ${s.date()}, replacing ${s.person()}.`,
  (s) =>
    `${s.company()} reported a net profit of ${s.money()} for ${s.year()}, ${pick(["up", "down"], s.r)} ${s.pct()} on the previous year.`,
  (s) =>
    `${s.country()} expelled ${int(s.r, 2, 40)} diplomats from ${s.country()}, accusing them of ${s.crime()}.`,
  (s) =>
    `The UN Security Council voted ${int(s.r, 9, 15)} to ${int(s.r, 0, 3)} on a resolution on ${s.topic()} in ${s.country()}.`,
  (s) =>
    `Talks between ${s.country()} and ${s.country()} on ${s.topic()} ended without agreement in ${s.city()}, ${s.source()}.`,
  (s) =>
    `${s.country()} said it would send ${s.n()} troops to ${s.country()} as part of ${s.org()} mission.`,
  (s) =>
    `Power was cut to ${s.n()} thousand homes in ${s.city()} after strikes on energy infrastructure, ${s.source()}.`,
  (s) =>
    `${s.country()} opened a new border crossing with ${s.country()} for ${s.commodity()} trucks on ${s.date()}.`,
  (s) =>
    `The ${s.role()} ${s.person()} denied that ${s.country()} had supplied weapons to ${s.country()}.`,
  (s) =>
    `${s.country()} will hold early elections on ${s.date()}, ${s.person()} announced in a televised address.`,
  (s) =>
    `The price of ${s.commodity()} rose ${s.pct()} in ${s.month()} after ${s.country()} restricted exports.`,
  (s) =>
    `${cap(s.org())} warned that ${s.n()} thousand children in ${s.country()} face acute malnutrition.`,
  (s) =>
    `${s.country()} and ${s.country()} exchanged ${s.n()} prisoners of war on ${s.date()} with mediation by ${s.country()}.`,
  (s) => `A fire at a ${s.sector()} plant near ${s.city()} killed ${s.n()} workers, ${s.source()}.`,
  (s) =>
    `${s.company()} won a ${s.money()} contract to build ${pick(["a port", "a railway", "a power plant", "a refinery", "a bridge", "a data centre"], s.r)} in ${s.country()}.`,
  (s) => `${s.person()} of ${s.country()} was elected head of ${s.org()} with ${s.n()} votes.`,
  (s) =>
    `The government of ${s.country()} declared a state of emergency in ${s.city()} after ${s.disaster()}.`,
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The text of claim number `i` (deterministic). */
export function claimText(i: number): string {
  const r = rng(i + 1);
  const shape = SHAPES[Math.floor(r() * SHAPES.length)] as (s: S) => string;
  return shape(slots(r));
}

/** The title of synthetic source number `i`: an outlet and a headline-like line. */
export function sourceTitle(i: number): string {
  const r = rng(1_000_003 + i);
  const outlet = pick(["Reuters", "AP", "AFP", "BBC", "Al Jazeera", "DW", "Le Monde", "NHK"], r);
  const s = slots(r);
  return `${outlet}: ${s.country()} ${pick(["says", "reports", "announces", "denies"], r)} ${s.topic()}`;
}
