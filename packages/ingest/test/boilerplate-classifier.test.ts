// The boilerplate classifier on short pages in the product's languages: every removal has a
// reason, a rule, a score and the features measured; the headline and the body stay.
import { describe, expect, it } from "vitest";
import { ingest } from "../src/index";

const body = {
  es: "El Gobierno anunció este martes que la nueva ley entrará en vigor el próximo mes, tras una votación en el Congreso que se retrasó varias semanas por el debate.",
  pt: "O governo anunciou nesta terça-feira que a nova lei entrará em vigor no próximo mês, depois de uma votação no Congresso que foi adiada por semanas de debate.",
  fr: "Le gouvernement a annoncé mardi que la nouvelle loi entrera en vigueur le mois prochain, après un vote au Parlement qui a été retardé de plusieurs semaines.",
  de: "Die Regierung kündigte am Dienstag an, dass das neue Gesetz im nächsten Monat in Kraft treten wird, nachdem die Abstimmung im Parlament mehrfach verschoben wurde.",
  it: "Il governo ha annunciato martedì che la nuova legge entrerà in vigore il mese prossimo, dopo un voto in Parlamento che è stato rinviato di alcune settimane.",
};

const reasons = (lines: string[]) => {
  const r = ingest({ text: lines.join("\n") });
  return { r, byText: Object.fromEntries(r.removed.map((x) => [x.text, `${x.reason} ${x.rule}`])) };
};

describe("boilerplate classifier", () => {
  it("takes out a Portuguese page's label, byline, dateline, credit and closing prompts", () => {
    const { r, byText } = reasons([
      "Mundo",
      "Governo anuncia nova lei para o próximo mês",
      "Maria Silva",
      "Publicado em 20 de julho de 2025 às 18h25.",
      "O ministro fala durante a cerimônia (Foto: Carolina Antunes / PR)",
      body.pt,
      "A oposição criticou a proposta e prometeu recorrer ao Supremo Tribunal Federal, alegando que o texto fere direitos adquiridos dos trabalhadores.",
      "Assine nossa newsletter",
      "Receba as notícias do dia no seu e-mail",
      "Apoie o jornalismo independente",
      "Depois de anos difíceis, voltamos a um país minimamente normal, mas o novo normal segue repleto de incertezas e precisamos de você.",
    ]);
    expect(r.language).toBe("pt");
    expect(r.article.title).toBe("Governo anuncia nova lei para o próximo mês");
    expect(byText.Mundo).toMatch(/^navigation/);
    expect(byText["Maria Silva"]).toMatch(/^byline/);
    expect(byText["Publicado em 20 de julho de 2025 às 18h25."]).toMatch(/^dateline/);
    expect(byText["O ministro fala durante a cerimônia (Foto: Carolina Antunes / PR)"]).toMatch(
      /^photo_credit/,
    );
    expect(byText["Assine nossa newsletter"]).toMatch(/^call_to_action/);
    expect(r.cleanedText).not.toContain("Depois de anos");
    expect(r.cleanedText).toContain(body.pt);
    for (const x of r.removed) {
      expect(x.score).toBeGreaterThan(0);
      expect(x.features?.words).toBeGreaterThan(0);
      expect(x.line).toBeGreaterThan(0);
    }
  });

  it.each([
    ["es", "Por Juan Pérez y Ana Gómez", "byline"],
    ["es", "Lee también: Las claves de la nueva ley", "related_links"],
    ["fr", "Publié le 7 mai 2017 à 10h32", "dateline"],
    ["fr", "Article réservé aux abonnés", "paywall"],
    ["de", "Lesezeit: 3 Min.", "reading_time"],
    ["de", "Mehr zum Thema: Die neue Regierung", "related_links"],
    ["it", "Leggi anche: Le novità della legge", "related_links"],
    ["it", "Ultimo aggiornamento: 2 anni fa", "dateline"],
    ["en", "5 min read", "reading_time"],
    [
      "en",
      "We use cookies to improve your experience. Accept all or manage your privacy settings.",
      "cookie_notice",
    ],
  ])("%s: %s -> %s", (lang, line, reason) => {
    const text =
      body[lang as keyof typeof body] ??
      "The government said on Tuesday that the new law would take effect next month after a delayed vote in parliament.";
    const { r, byText } = reasons([
      "Headline about the new law here",
      text,
      line,
      "Opposition parties criticised the proposal and said they would challenge it in court, arguing that it breaks earlier promises.",
    ]);
    expect(byText[line]).toMatch(new RegExp(`^${reason} `));
    expect(r.cleanedText).toContain(text);
  });

  it("keeps headings, short paragraphs and list items between body paragraphs", () => {
    const { r } = reasons([
      "Nueva ley de vivienda",
      body.es,
      "Qué cambia",
      "- Los alquileres se actualizan una vez al año.",
      "- Los contratos duran cinco años.",
      "La oposición criticó la propuesta y anunció que recurrirá al Tribunal Constitucional, porque considera que el texto vulnera derechos adquiridos.",
      "Y ahora qué sigue",
      "Los sindicatos convocaron una manifestación para el próximo sábado en Madrid, y las patronales pidieron una reunión urgente con el ministro.",
    ]);
    expect(r.removed).toEqual([]);
  });

  it("takes out a menu run, a page's foot and ids, and keeps a quoted headline and a label over prose", () => {
    const ru =
      "Мэр Москвы Сергей Собянин после инаугурации подписал указ об отставке городского правительства, сообщили в пресс-службе мэрии во вторник.";
    const { r, byText } = reasons([
      "Главная",
      "Политика",
      "Экономика",
      "Общество",
      "«Собянин отправил в отставку правительство Москвы»",
      "54,9 тыс подписчиков",
      ru,
      "Члены правительства будут осуществлять свои полномочия до формирования нового состава, говорится в документе.",
      "Читайте также:",
      "c22ca0cc-e3e0-11e7-a840-5972c6b11446",
      "В регионах",
      "Автовзгляд",
      "Охотники.ру",
    ]);
    expect(r.language).toBe("ru");
    expect(r.cleanedText).toContain("«Собянин отправил в отставку правительство Москвы»");
    for (const menu of ["Главная", "Политика", "Экономика", "Общество"])
      expect(byText[menu], menu).toMatch(/^navigation/);
    expect(byText["54,9 тыс подписчиков"]).toMatch(/follower count/);
    expect(byText["Читайте также:"]).toMatch(/^related_links/);
    expect(byText["c22ca0cc-e3e0-11e7-a840-5972c6b11446"]).toMatch(/identifier/);
    for (const foot of ["Автовзгляд", "Охотники.ру"]) expect(byText[foot], foot).toBeDefined();
    expect(r.cleanedText).toContain(ru);
  });

  it("keeps a ruling's section labels and outline over its prose", () => {
    const { r } = reasons([
      "Bundesverfassungsgericht weist Beschwerde zurück",
      body.de,
      "Gründe:",
      "Die Verfassungsbeschwerde betrifft die Frage, ob nach Aufhebung der Haft ein fortwirkendes rechtliches Interesse an deren gerichtlicher Überprüfung besteht.",
      "A.",
      "I.",
      "Am 5. Juni 2001 wurde der Beschwerdeführer wegen des Verdachts mehrerer Straftaten in Berlin in Untersuchungshaft genommen, wie das Gericht feststellte.",
    ]);
    expect(r.removed.map((x) => x.text)).toEqual([]);
  });

  it("takes out link lists between separators, bullets under a box label and a headline under 'Leia também'", () => {
    const { byText, r } = reasons([
      "Governo anuncia nova lei para o próximo mês",
      body.pt,
      "Leia também",
      "Inflação de março fica acima do esperado",
      "A oposição criticou a proposta e prometeu recorrer ao Supremo Tribunal Federal, alegando que o texto fere direitos adquiridos.",
      "Mais lidas",
      "- Mbappé fica fora do jogo contra o Pachuca no Mundial",
      "- Agentes de imigração provocam medo nas ruas dos EUA",
      "-",
      "Marc Márquez não encontra rival no GP da Itália",
      "-",
      "O último membro do BTS termina o serviço militar",
      "-",
      "As tropas enviadas a Los Angeles seguem necessárias, diz Vance",
    ]);
    expect(byText["Inflação de março fica acima do esperado"]).toMatch(
      /headline under a link label/,
    );
    expect(byText["Mbappé fica fora do jogo contra o Pachuca no Mundial"]).toMatch(
      /^related_links/,
    );
    expect(byText["O último membro do BTS termina o serviço militar"]).toMatch(/^related_links/);
    expect(r.cleanedText).toContain("A oposição criticou a proposta");
  });
  it("keeps German text that holds a control phrase or opens a quotation with »", () => {
    const lines = [
      "Kanzler verteidigt Kurs in der Ukraine-Politik",
      body.de,
      "Das Wichtigste aus der Pressekonferenz des Kanzlers in Kürze:",
      "- Die Bundeswehr stationiert dauerhaft eine Brigade in Litauen, wie der Kanzler bestätigte.",
      "Der Oppositionsführer kritisierte die Regierung scharf und sprach von einem Versagen.",
      "»Wir brauchen jetzt Klarheit und keine",
      "weiteren Ankündigungen«, fügte er hinzu.",
      "Kritik kam auch aus den eigenen Reihen der Koalition, wo viele Abgeordnete mehr Tempo fordern.",
    ];
    const { r } = reasons(lines);
    expect(r.language).toBe("de");
    expect(r.removed.map((x) => x.text)).toEqual([]);
    // The same phrase alone is still the page's control.
    expect(reasons([...lines, "Das Wichtigste"]).byText["Das Wichtigste"]).toMatch(/^navigation/);
  });
  it("takes out labels chained above the headline, a box of long linked headlines and teasers", () => {
    const { byText, r } = reasons([
      "Доступность ссылок",
      "Срочные новости:",
      "Лавров назвал действия НАТО недальновидными",
      "Министр иностранных дел России Сергей Лавров подчеркнул на пресс-конференции по итогам года, что Москва будет учитывать укрепление военного потенциала НАТО.",
      "Министр заявил о необходимости неукоснительного соблюдения минских соглашений и выразил готовность Москвы содействовать урегулированию.",
    ]);
    expect(byText["Доступность ссылок"]).toMatch(/label before the headline/);
    expect(byText["Срочные новости:"]).toMatch(/label before the headline/);
    expect(r.article.title).toBe("Лавров назвал действия НАТО недальновидными");

    // A short headline over a standfirst without a full stop stays the headline.
    const short = reasons([
      "Waffenruhe im Libanon gefordert",
      "USA und Deutschland fordern eine sofortige Feuerpause zwischen Israel und der Hisbollah-Miliz",
      body.de,
    ]);
    expect(short.r.removed).toEqual([]);
    expect(short.r.article.title).toBe("Waffenruhe im Libanon gefordert");
    // An all-caps headline over a desk line and an unpunctuated standfirst stays too.
    const caps = reasons([
      "STF AINDA PODE TORNAR BOLSONARO ELEGÍVEL EM 2026",
      "Da Redação",
      "Recurso contra a inelegibilidade do ex-presidente segue parado no gabinete do relator desde maio",
      body.pt,
    ]);
    expect(caps.r.cleanedText).toContain("STF AINDA PODE TORNAR BOLSONARO ELEGÍVEL EM 2026");

    const box = reasons([
      "Noticias Recientes",
      "Morena prevé reasignar entre 12 mil y 15 mil mdp en el presupuesto; no contempla recursos extras para la seguridad",
      "Detienen a dos implicados en la masacre de Los Cantaritos en Querétaro; cuentan con antecedentes penales",
      "Sheinbaum: “migrantes no deben ser tratados como criminales”; trabaja en estrategia para enfrentar deportaciones",
      "Gobierno anuncia nueva ley para el próximo mes",
      body.es,
      "La oposición criticó la propuesta y anunció que recurrirá al Tribunal Constitucional, porque considera que vulnera derechos.",
      "Noticias Recientes",
      "Convive alcalde con juarenses en El Chamizal",
      "El Presidente Municipal, Cruz Pérez Cuéllar, convivió con miles...",
      "Morena, el partido del pueblo que desafía al tiempo",
    ]);
    for (const line of [
      "Detienen a dos implicados en la masacre de Los Cantaritos en Querétaro; cuentan con antecedentes penales",
      "El Presidente Municipal, Cruz Pérez Cuéllar, convivió con miles...",
      "Morena, el partido del pueblo que desafía al tiempo",
    ])
      expect(box.byText[line], line).toMatch(/^related_links/);
    expect(box.r.cleanedText).toContain(body.es);
    expect(box.r.cleanedText).toContain("La oposición criticó la propuesta");
  });

  it.each([
    ["pt", "##RECOMENDA##", "low_content"],
    ["pt", "0", "low_content"],
    ["pt", "Tópicos | presidente do Brasil", "seo_keywords"],
    ["it", "13 aprile 2025 • 20:38Aggiornato, 14 aprile 2025 • 11:10", "dateline"],
    ["de", "SPD-Politiker Karl Lauterbach im Bundestag IMAGO/Emmanuele Contini", "photo_credit"],
    ["en", "Photo c/o PBS", "photo_credit"],
    ["fr", "Pour lire la suite de cet article", "paywall"],
    ["fr", "France 24France 24", "navigation"],
    [
      "fr",
      "Le ministre a expliqué que sa démission visait à préserver l’exécutif. WIKIPEDIA/CC/RAMA",
      "photo_credit",
    ],
    ["en", "Recent Stories", "related_links"],
    ["es", "Leer noticia completa en El Mundo.", "related_links"],
  ])("%s: %s -> %s", (lang, line, reason) => {
    const text =
      body[lang as keyof typeof body] ??
      "The government said on Tuesday that the new law would take effect next month after a delayed vote in parliament.";
    const { r, byText } = reasons([
      "Headline about the new law here",
      text,
      line,
      text.replace(/^\S+\s\S+/, "Auch danach"),
    ]);
    expect(byText[line]).toMatch(new RegExp(`^${reason} `));
    expect(r.cleanedText).toContain(text);
  });
  it("keeps a German interview's speakers and hard-wrapped prose, takes out a caption and its copy", () => {
    const { byText, r } = reasons([
      "Fünf Fragen an den Außenminister",
      "Die Schüler und ihr Interviewpartner im Auswärtigen Amt.",
      "Die Schüler und ihr Interviewpartner im Auswärtigen Amt. Foto: Jens Weber",
      "erstellt am 05.Sep.2017 | 20:13 Uhr",
      "Moderation: Sabine Adler |",
      "Die Bundesregierung hat am Mittwoch ein neues",
      "Klimapaket beschlossen, das nach Angaben des",
      "Umweltministeriums bis 2030 rund 40 Millionen",
      "Tonnen CO2 einsparen soll.",
      "Danyel Eskiocak, 10 Jahre",
      "Ist Ihnen auf Reisen schon einmal etwas Peinliches passiert?",
      "Ja. Mir ist schon einmal eine Hose kaputtgegangen, aber ein Mitarbeiter hat es rechtzeitig gemerkt.",
    ]);
    expect(r.language).toBe("de");
    expect(byText["Die Schüler und ihr Interviewpartner im Auswärtigen Amt."]).toMatch(
      /caption and its copy/,
    );
    expect(byText["erstellt am 05.Sep.2017 | 20:13 Uhr"]).toMatch(/^dateline/);
    expect(byText["Moderation: Sabine Adler |"]).toMatch(/^byline/);
    for (const kept of [
      "Danyel Eskiocak, 10 Jahre",
      "Klimapaket beschlossen, das nach Angaben des",
      "Umweltministeriums bis 2030 rund 40 Millionen",
    ])
      expect(r.cleanedText, kept).toContain(kept);
  });
  it("takes out badges, a tag cloud twice and lowercase tags", () => {
    const ru =
      "Глава МИД России Сергей Лавров заявил, что обвинения в адрес Москвы на встрече министров иностранных дел G20 выглядели трагикомично.";
    const { byText, r } = reasons([
      "президент общество политика самит",
      "Лавров назвал обвинения трагикомичными",
      ru,
      "Лавров прокомментировал заявления Каллас, а также президента Франции и канцлера Германии в отношении России.",
      "Лавров Кирби Москва США Киев Турция Лавров Кирби Москва США Киев Турция",
      "Ранее министр заявил, что страны мирового большинства положительно оценивают начало диалога между Россией и США.",
    ]);
    expect(byText["президент общество политика самит"]).toMatch(/lowercase tags/);
    expect(
      byText["Лавров Кирби Москва США Киев Турция Лавров Кирби Москва США Киев Турция"],
    ).toMatch(/label twice/);
    expect(r.cleanedText).toContain(ru);

    const header = reasons([
      "Bundestag beschließt Wahlrechtsreform",
      "Aktualisiert am",
      "12 Min.",
      "Author: [email protected]",
      body.de,
      "Die Opposition kündigte an, gegen das Gesetz vor dem Bundesverfassungsgericht zu klagen, weil es kleine Parteien benachteilige.",
    ]);
    expect(header.r.cleanedText).toContain(body.de);
    expect(header.byText["12 Min."]).toMatch(/^reading_time/);
    expect(header.byText["Aktualisiert am"]).toMatch(/^dateline/);
    expect(header.byText["Author: [email protected]"]).toMatch(/^byline/);
  });
  it("keeps one copy of a standfirst repeated as the lede, and takes out a long copyright line", () => {
    const standfirst =
      "Le gouvernement a présenté mardi un projet de loi sur l'énergie, qui doit être voté avant l'été.";
    const { r, byText } = reasons([
      "Le projet de loi sur l'énergie présenté",
      standfirst,
      standfirst,
      body.fr,
      "© 2023 Le Journal du Soir - Tous droits réservés. Reproduction interdite sans autorisation",
    ]);
    expect(r.cleanedText).toContain(standfirst);
    const wire = reasons([
      "Le projet de loi sur l'énergie présenté",
      body.fr,
      "Le texte prévoit une hausse des aides. Il sera examiné en juin par les députés. (AFP)",
      "Les syndicats ont appelé à manifester samedi à Paris contre plusieurs mesures du projet, jugées injustes.",
    ]);
    expect(wire.r.cleanedText).toContain("Il sera examiné en juin par les députés. (AFP)");
    expect(
      byText[
        "© 2023 Le Journal du Soir - Tous droits réservés. Reproduction interdite sans autorisation"
      ],
    ).toBeDefined();
  });
  it("keeps a run of long result lines (a tally is the article's data, not a list of links)", () => {
    const results = [
      "Erststimmen im Wahlkreis Nord SPD 31,2 Prozent CDU 27,9 Prozent Grüne 14,1 Prozent AfD 12,6 Prozent FDP 6,3 Prozent Linke 3,8 Prozent",
      "Zweitstimmen im Wahlkreis Nord SPD 29,8 Prozent CDU 28,4 Prozent Grüne 15,0 Prozent AfD 13,1 Prozent FDP 6,9 Prozent Linke 3,5 Prozent",
      "Wahlbeteiligung im Wahlkreis Nord 71,4 Prozent nach 68,2 Prozent vor vier Jahren und 66,9 Prozent bei der Wahl davor im ganzen Land",
    ];
    const { r } = reasons(["Die SPD gewinnt den Wahlkreis Nord knapp", body.de, ...results]);
    for (const line of results) expect(r.cleanedText, line).toContain(line);
    // A flattened table's cells and a heading that starts like a credit stay as well.
    const cells = reasons([
      "Die SPD gewinnt den Wahlkreis Nord knapp",
      body.de,
      "Bilder von der Wahlparty",
      "Grüne",
      "672",
      "CDU",
      "446",
      "Die Opposition kündigte an, das Ergebnis prüfen zu lassen, weil in zwei Bezirken Stimmzettel fehlten.",
    ]);
    expect(cells.r.removed.map((x) => x.text)).toEqual([]);
  });
  it("takes out a video player's buttons run together on a line, and keeps prose using their words", () => {
    const controls = [
      "Play Replay Pausa",
      "Disattiva audio Disattiva audio Attiva audio",
      "Attiva schermo intero Disattiva schermo intero",
      "Indietro di 10 secondi",
    ];
    const prose =
      "Il sindaco ha detto che attiva la pagina per ascoltare i cittadini e che il video resterà online per tutta la settimana.";
    const { r, byText } = reasons([
      "Il sindaco apre una pagina ufficiale sui social",
      body.it,
      prose,
      ...controls,
    ]);
    for (const line of controls)
      expect(byText[line], line).toMatch(/^navigation nav:page controls/);
    expect(r.cleanedText).toContain(prose);
    // Words of the list that are not a whole control phrase do not make a line a control.
    const mixed = reasons(["Il sindaco apre una pagina", body.it, "Attiva audio intero"]);
    expect(mixed.r.cleanedText).toContain("Attiva audio intero");
  });
  it("takes out a label ending in a colon that closes the page, and keeps one that opens a list", () => {
    const body2 =
      "Officials said the bridge would stay closed for several weeks while engineers inspect the remaining spans and divers search the river.";
    const end = reasons([
      "Bridge collapses after ship strike",
      body2,
      body2.replace("weeks", "months"),
      "No comments:",
    ]);
    expect(end.byText["No comments:"]).toBe("navigation nav:label at the page's end");
    const list = reasons([
      "Bridge collapses after ship strike",
      body2,
      "The next steps:",
      "The ship lost power minutes before it struck the bridge and sent a mayday call.",
    ]);
    expect(list.r.cleanedText).toContain("The next steps:");
  });
  it("takes out a one-step breadcrumb from Home, a 'Photo / Name' credit and a byline name with a comma", () => {
    const headline = "Health Minister intervenes as ministry reduces posting on X";
    const prose =
      "The minister said he expects the ministry to use a range of platforms to communicate with the public, and asked officials to explain the decision by Friday.";
    const { r, byText } = reasons([
      `Home » ${headline}`,
      headline,
      "Author",
      "Azaria Howell,",
      "Tue, 27 May 2025, 12:24pm",
      "Health minister Simeon Brown. Photo / Cameron Pitney.",
      prose,
      prose.replace("Friday", "Monday"),
    ]);
    expect(byText[`Home » ${headline}`]).toBe("navigation nav:breadcrumb");
    expect(byText["Azaria Howell,"]).toMatch(/^byline/);
    expect(byText["Health minister Simeon Brown. Photo / Cameron Pitney."]).toMatch(
      /^photo_credit/,
    );
    expect(r.article.title).toBe(headline);
    // One separator after words that are not a control is a headline's own sign.
    const own = reasons([headline, prose, "Prices > wages: why the gap keeps growing this year"]);
    expect(own.r.cleanedText).toContain("Prices > wages");
  });
  it("takes out a live ticker's reload button and its du-form teaser between the entries", () => {
    const teaser =
      "+++ Das könnte dich auch interessieren: Merz-Satz im Bundestag sorgt für Aufschrei +++";
    const { r, byText } = reasons([
      "Bundestag stimmt über das Gesetz ab",
      "+++ Liveticker HIER aktualisieren +++",
      `17.14 Uhr: ${body.de}`,
      teaser,
      "16.53 Uhr: Die Sirenen im Bundestag klingeln, die Sitzung geht in wenigen Augenblicken weiter, wie die Präsidentin ankündigte.",
    ]);
    expect(byText["+++ Liveticker HIER aktualisieren +++"]).toMatch(
      /^navigation nav:page controls/,
    );
    expect(byText[teaser]).toMatch(/^related_links/);
    expect(r.cleanedText).toContain("Die Sirenen im Bundestag klingeln");
  });
  it("takes out a wire dateline with time zones, and a platform's footer", () => {
    const dateline = "Reuters | Updated: 10-05-2023 13:23 IST | Created: 10-05-2023 13:20 IST";
    const prose =
      "The governor of the region said on Wednesday that two drones attempted to attack a military facility, and that one of them was destroyed by air defences.";
    const en = reasons([
      "Governor says drones tried to attack military facility",
      dateline,
      prose,
      "Powered by Frankly",
    ]);
    expect(en.byText[dateline]).toMatch(/^dateline/);
    expect(en.byText["Powered by Frankly"]).toBe("navigation closing:powered by");
    // A time zone in a sentence is the sentence's.
    const said = "The strike hit the depot at 03:10 GMT, officials said.";
    expect(reasons(["Depot hit", prose, said]).r.cleanedText).toContain(said);
  });
  it("takes out a note on where a syndicated text came from, and a font-size control", () => {
    const note =
      "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)";
    const prose =
      "The governor of the region said on Wednesday that two drones attempted to attack a military facility, and that one of them was destroyed by air defences.";
    expect(reasons(["Drones attack facility", prose, note]).byText[note]).toMatch(
      /^navigation closing:/,
    );
    const fuentes =
      'Fuentes utilizadas: "EuroPress" Nota: Este artículo ha sido editado con la ayuda de Inteligencia Artificial.';
    expect(reasons(["Rusia lanza 150 drones", body.es, fuentes]).byText[fuentes]).toMatch(
      /^navigation closing:/,
    );
    const ru = reasons([
      "Размер шрифта",
      "Губернатор вновь запустил канал в Telegram",
      "Губернатор Самарской области вновь запустил канал в Telegram, сообщила его пресс-служба во вторник вечером.",
    ]);
    expect(ru.byText["Размер шрифта"]).toMatch(/^navigation nav:page controls/);
  });
});
