import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalUrl, tryCanonicalUrl } from "../src";

describe("canonicalUrl", () => {
  it("lowercases scheme and host and drops the fragment", () => {
    expect(canonicalUrl("HTTPS://News.Example.COM/World/Russia-Taliban#comments")).toBe(
      "https://news.example.com/World/Russia-Taliban",
    );
  });

  it("drops tracking parameters and keeps the others in their order and spelling", () => {
    expect(
      canonicalUrl(
        "https://news.example.com/a?utm_source=x&id=42&UTM_Medium=y&fbclid=abc&page=2&gclid=z&q=a+b%20c",
      ),
    ).toBe("https://news.example.com/a?id=42&page=2&q=a+b%20c");
    expect(canonicalUrl("https://x.com/LegitTargets/status/1?ref_src=twsrc%5Etfw")).toBe(
      "https://x.com/LegitTargets/status/1",
    );
    expect(canonicalUrl("https://news.example.com/a?b=2&a=1")).toBe(
      "https://news.example.com/a?b=2&a=1",
    );
  });

  it("drops default ports, credentials, an empty query and a trailing dot on the host", () => {
    expect(canonicalUrl("https://user:pw@example.com.:443/a?")).toBe("https://example.com/a");
    expect(canonicalUrl("http://example.com:80")).toBe("http://example.com/");
    expect(canonicalUrl("http://example.com:8080/a")).toBe("http://example.com:8080/a");
  });

  it("keeps the path's case and trailing slash, which servers may treat as different", () => {
    expect(canonicalUrl("https://example.com/A/")).toBe("https://example.com/A/");
    expect(canonicalUrl("https://example.com/A")).toBe("https://example.com/A");
  });

  it("refuses text that is not an http(s) URL", () => {
    expect(() => canonicalUrl("not a url")).toThrow(TypeError);
    expect(() => canonicalUrl("ftp://example.com/file")).toThrow("not an http(s) URL: ftp:");
    expect(() => canonicalUrl("javascript:alert(1)")).toThrow(TypeError);
    expect(tryCanonicalUrl("mailto:a@b.c")).toBeNull();
  });

  it("is idempotent and ignores added tracking parameters and fragments", () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const param = fc.tuple(fc.stringMatching(/^[a-z]{1,5}$/), fc.stringMatching(/^[a-z0-9]{0,5}$/));
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 4 }),
        fc.array(param, { maxLength: 4 }),
        fc.constantFrom("utm_source=news", "fbclid=IwAR0", "gclid=Cj0", "utm_campaign=x"),
        fc.stringMatching(/^[a-z0-9]{0,6}$/),
        (path, params, tracking, fragment) => {
          const kept = params.filter(
            ([k]) =>
              !k.startsWith("utm_") && !["fbclid", "gclid", "dclid", "yclid", "igshid"].includes(k),
          );
          const query = kept.map(([k, v]) => `${k}=${v}`).join("&");
          const url = `https://example.com/${path.join("/")}${query ? `?${query}` : ""}`;
          const noisy = `https://EXAMPLE.com/${path.join("/")}?${[tracking, query].filter(Boolean).join("&")}#${fragment}`;
          expect(canonicalUrl(noisy)).toBe(canonicalUrl(url));
          expect(canonicalUrl(canonicalUrl(url))).toBe(canonicalUrl(url));
        },
      ),
    );
  });
});
