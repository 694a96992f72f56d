// Language detection: franc's method over franc-min's models for our languages, checked against
// franc-min itself on the same subset, and decided by the text, not the page's claim.
import { franc } from "franc-min";
import { describe, expect, it } from "vitest";
import { ingest } from "../src/index";
import { detectLanguage } from "../src/language";

const SAMPLES: Record<string, string> = {
  en: "The government said on Tuesday that the new law would take effect next month, after a vote in parliament that was delayed by weeks of debate.",
  es: "El Gobierno anunció este martes que la nueva ley entrará en vigor el próximo mes, tras una votación en el Congreso que se retrasó varias semanas.",
  pt: "O governo anunciou nesta terça-feira que a nova lei entrará em vigor no próximo mês, depois de uma votação no Congresso que foi adiada por semanas.",
  fr: "Le gouvernement a annoncé mardi que la nouvelle loi entrera en vigueur le mois prochain, après un vote au Parlement retardé de plusieurs semaines.",
  de: "Die Regierung kündigte am Dienstag an, dass das neue Gesetz im nächsten Monat in Kraft treten wird, nachdem die Abstimmung im Parlament verschoben wurde.",
  it: "Il governo ha annunciato martedì che la nuova legge entrerà in vigore il mese prossimo, dopo un voto in Parlamento rinviato di alcune settimane.",
  ru: "Правительство объявило во вторник, что новый закон вступит в силу в следующем месяце после голосования в парламенте.",
  pl: "Rząd ogłosił we wtorek, że nowa ustawa wejdzie w życie w przyszłym miesiącu, po głosowaniu w Sejmie, które przełożono o kilka tygodni.",
  ro: "Guvernul a anunțat marți că noua lege va intra în vigoare luna viitoare, după un vot în Parlament care a fost amânat câteva săptămâni.",
  bg: "Министерството на отбраната на Русия съобщи, че през нощта са били унищожени украински дронове над страната.",
  uk: "Міністерство оборони повідомило, що вночі було збито понад сто безпілотників над територією країни.",
  el: "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι ο νέος νόμος θα τεθεί σε ισχύ τον επόμενο μήνα.",
};

const FRANC: Record<string, string> = {
  en: "eng",
  es: "spa",
  pt: "por",
  fr: "fra",
  de: "deu",
  it: "ita",
  ru: "rus",
};

describe("detectLanguage", () => {
  it.each(Object.entries(SAMPLES))("reads %s", (code, text) => {
    expect(detectLanguage([text]).code).toBe(code);
  });

  it("agrees with franc-min restricted to the same languages", () => {
    for (const [code, text] of Object.entries(SAMPLES)) {
      const expected = FRANC[code];
      if (!expected) continue;
      expect(franc(text, { only: Object.values(FRANC) })).toBe(expected);
      expect(detectLanguage([text]).code).toBe(code);
    }
  });

  it("says und for text too short to tell, or falls back to the page's declared language", () => {
    expect(detectLanguage(["Hola"]).code).toBe("und");
    expect(detectLanguage(["Hola"], "es-MX")).toMatchObject({ code: "es", method: "declared" });
  });

  it("trusts the text over a wrong <html lang>", () => {
    const html = `<html lang="en"><body><h1>Nueva ley</h1><p>${SAMPLES.es}</p><p>${SAMPLES.es}</p></body></html>`;
    const r = ingest({ html });
    expect(r.language).toBe("es");
    expect(r.article.language).toBe("es");
    expect(r.languageDetection).toMatchObject({ method: "text", declared: "en" });
  });
});
