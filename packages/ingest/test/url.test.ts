// The article's address as evidence: canonical form, host, a date in the path.
import { describe, expect, it } from "vitest";
import { ingest } from "../src/index";
import { urlEvidence } from "../src/url";

describe("urlEvidence", () => {
  it.each([
    ["https://www.example.com/world/2025/07/04/russia-taliban/?utm_source=x#top", "2025-07-04"],
    ["https://example.com/2025-07-04/russia-taliban", "2025-07-04"],
    ["https://example.com/news/20250704-russia-taliban.html", "2025-07-04"],
    ["https://example.com/2025/07/russia-taliban", "2025-07"],
    ["https://example.com/news/russia-taliban-12048223.html", null],
  ])("%s -> %s", (url, date) => {
    expect(urlEvidence(url).date?.value ?? null).toBe(date);
  });

  it("drops tracking parameters and the fragment, keeps the rest, and names the host", () => {
    const e = urlEvidence("https://m.example.com/a?id=3&utm_medium=social&fbclid=abc#c");
    expect(e).toMatchObject({ canonical: "https://m.example.com/a?id=3", host: "example.com" });
    expect(urlEvidence("not a url")).toEqual({ canonical: null, host: null, date: null });
  });

  it("dates an undated article from its URL and names the host as publisher", () => {
    const r = ingest({
      text: "Kenya signs trade deal\nKenya signed a trade agreement with Uganda, officials said.",
      url: "https://www.example.com/africa/2024/05/02/kenya-deal?utm_source=feed",
    });
    expect(r.article).toMatchObject({
      url: "https://www.example.com/africa/2024/05/02/kenya-deal",
      publisher: "example.com",
      publishedDate: { value: "2024-05-02" },
      publishedDateSource: "url",
    });
  });
});
