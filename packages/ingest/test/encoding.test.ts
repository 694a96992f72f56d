import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeWhitespace, repairEncoding } from "../src/index";

const repaired = (s: string) => repairEncoding(s).text;

describe("repairEncoding", () => {
  it("leaves correct Greek text alone, including β and Β", () => {
    for (const greek of [
      "Η Βουλή ψήφισε το νομοσχέδιο",
      "αβγ",
      "Το αλφάβητο ξεκινά με αβγ και οι Βρυξέλλες παρακολουθούν.",
      "Οι μαθητές της Β΄ Λυκείου και της τάξης Β θα εξεταστούν.",
      "ΑΒΓΔ ΕΖΗ",
    ]) {
      expect(repairEncoding(greek)).toEqual({ text: greek, repairs: [] });
    }
  });

  it("leaves Cyrillic, CJK, accented Latin and emoji alone", () => {
    for (const s of [
      "Москва признала правительство талибов.",
      "北京 東京",
      "Café, naïve, São Paulo, Zürich — “quoted” ‘text’ …",
      "Good news 👍🏽",
    ]) {
      expect(repaired(s)).toBe(s);
    }
  });

  it("repairs UTF-8 read as windows-1252", () => {
    expect(repaired("The countryâ€™s budget")).toBe("The country’s budget");
    expect(repaired("â€œQuotedâ€\u009d")).toBe("“Quoted”");
    expect(repaired("2.1% â€” the lowest")).toBe("2.1% — the lowest");
    expect(repaired("the cafÃ© in ZÃ¼rich")).toBe("the café in Zürich");
    expect(repaired("price: 5â‚¬")).toBe("price: 5€");
    expect(repaired("nice ðŸ‘\u008d")).toBe("nice 👍");
    expect(repaired("ÐœÐ¾Ñ\u0081ÐºÐ²Ð°")).toBe("Москва");
  });

  it("does not mistake an accented capital before smart punctuation for mojibake", () => {
    for (const s of ["“CAFÉ”", "ESPAÑ…", "ÜBER’s", "DÉJÀ—VU"]) expect(repaired(s)).toBe(s);
  });

  it("repairs latin-1 mojibake and double encoding", () => {
    expect(repaired("naÃ¯ve")).toBe("naïve");
    // "é" encoded twice: é -> Ã© -> ÃƒÂ©
    expect(repaired("cafÃƒÂ©")).toBe("café");
  });

  it("repairs UTF-8 read as windows-1253, whole and with lost bytes", () => {
    expect(repaired("Russiaβ€™s move")).toBe("Russia’s move");
    expect(repaired("Russiaβs recognition")).toBe("Russia’s recognition");
    expect(repaired("they donβt know")).toBe("they don’t know");
    expect(repaired("β Legitimate Targets (@LegitTargets) July 4, 2025")).toBe(
      "— Legitimate Targets (@LegitTargets) July 4, 2025",
    );
    expect(repaired("ON YOUTUBE.Β Waverly Hills")).toBe("ON YOUTUBE. Waverly Hills");
    expect(repaired("ON YOUTUBE.Β\u00a0Waverly Hills")).toBe("ON YOUTUBE. Waverly Hills");
  });

  it("reports each repair with its rule and count", () => {
    const r = repairEncoding("Russiaβs move; Afghanistanβs future; itâ€™s");
    expect(r.repairs).toContainEqual({
      from: "β",
      to: "’",
      rule: "cp1253-lost-bytes:apostrophe",
      count: 2,
    });
    expect(r.repairs).toContainEqual({ from: "â€™", to: "’", rule: "utf8-as-cp1252", count: 1 });
  });

  it("normalizes NFC, NBSP, zero-width characters, runs of spaces and CRLF", () => {
    expect(normalizeWhitespace("Cafe\u0301\u00a0 bar\u200b\r\nnext  line\r")).toBe(
      "Café bar\nnext line",
    );
  });

  it("is idempotent on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        const once = repaired(s);
        expect(repaired(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent on text built from mojibake fragments", () => {
    const pieces = [
      "â€™",
      "Ã©",
      "β",
      "Β ",
      "Russia",
      "s ",
      "â€",
      "\u009d",
      "ÃƒÂ",
      "©",
      " ",
      "\n",
      "αβγ",
      "Ð¼",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const once = repaired(parts.join(""));
        expect(repaired(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("never changes words of Central European, Baltic, Turkish, Vietnamese, Ukrainian or Thai", () => {
    const word = (letters: string) =>
      fc
        .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 })
        .map((cs) => cs.join(""));
    const central = word("aąbcćčdďeęěfghiíjklłľmnńňoóôpqrřsśštťuúůvwxyýzźżžAĄČĆĘŁŃÓŘŚŠŻŽ");
    const baltic = word("aąbcčdeęėfghiįyjklmnoprsštuųūvzžāēģīķļņAĄČĘĖĮŠŲŪŽĀĒĪ");
    const turkish = word("abcçdefgğhıijklmnoöprsştuüvyzABCÇĞIİÖŞÜ");
    const vietnamese = word(
      "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ",
    );
    const ukrainian = word("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ’АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯ");
    // Thai syllables: a consonant, then optionally a vowel mark and a tone mark.
    const thai = fc
      .array(
        fc
          .tuple(
            fc.constantFrom(..."กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮ"),
            fc.constantFrom("", ..."ะาำิีึืุู"),
            fc.constantFrom("", ..."่้๊๋"),
            fc.constantFrom("", "เ", "แ", "โ", "ไ"),
          )
          .map(([c, v, t, pre]) => pre + c + v + t),
        { minLength: 1, maxLength: 5 },
      )
      .map((ss) => ss.join(""));
    const punct = fc.constantFrom("", ".", ",", "!", "?", ":", "’s", "”", "…", "»");
    const w = fc
      .tuple(fc.oneof(central, baltic, turkish, vietnamese, ukrainian, thai), punct)
      .map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.array(w, { minLength: 1, maxLength: 15 }), (ws) => {
        const text = ws.join(" ").normalize("NFC");
        expect(repaired(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it("never changes valid text free of mojibake patterns (Latin, Greek, Cyrillic words)", () => {
    const latin = fc.stringMatching(/^[A-Za-zàáâãäçèéêëíîïñòóôöùúûüýÿßÀÉÎÑÖÜ]{1,8}$/);
    const greek = fc.stringMatching(
      /^[ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ]?[αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ]{1,8}$/,
    );
    const cyrillic = fc.stringMatching(/^[А-Яа-яЁё]{1,8}$/);
    const punct = fc.constantFrom("", ".", ",", "!", "?", ":", "’s", "”", "…");
    const word = fc.tuple(fc.oneof(latin, greek, cyrillic), punct).map(([w, p]) => w + p);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 15 }), (ws) => {
        const text = ws.join(" ");
        expect(repaired(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

// Found by the property above (seed 1838644417): a Thai syllable whose second letter is a
// continuation byte in cp874, in a text with no Latin words, is a real word, not a lost dash.
describe("a lead of another script with no Latin text around", () => {
  it("leaves a short Thai and Cyrillic text alone", () => {
    expect(repairEncoding("โก а").text).toBe("โก а");
    expect(repairEncoding("โก а").repairs).toEqual([]);
  });
});
