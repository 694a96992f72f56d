import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as d from "../src";
import {
  Assertion,
  CreateActorInput,
  CreateClaimInput,
  CreateEventInput,
  CreateEvidenceInput,
  CreateSourceInput,
  CreateUserInput,
  ERROR_CODES,
  ERROR_TITLES,
  ErrorCode,
  LoginInput,
  newId,
  ProblemSchema,
  problemType,
  SetRankInput,
  slugify,
  UpdateEventInput,
  VERDICT_SCALE,
  VERDICTS,
} from "../src";

const messages = (r: { success: boolean; error?: z.ZodError }) =>
  r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("input schemas", () => {
  it("creates an event with defaults and a parsed date, rejecting an impossible one", () => {
    const ok = CreateEventInput.parse({
      title: "Russia recognizes the Taliban",
      kind: "diplomacy.recognition",
      date: "2025-07",
    });
    expect(ok).toMatchObject({
      summary: "",
      places: [],
      actors: [],
      related: [],
      date: { precision: "month" },
    });
    expect(
      messages(CreateEventInput.safeParse({ title: "T", kind: "other", date: "2025-02-30" })),
    ).toEqual(["date: February 2025 has 28 days, so day 30 does not exist"]);
    expect(
      CreateEventInput.safeParse({ title: "T", kind: "other", status: "published" }).success,
    ).toBe(false);
  });

  it("updates only the fields given, without defaults", () => {
    expect(UpdateEventInput.parse({ title: "New title" })).toEqual({ title: "New title" });
    expect(messages(UpdateEventInput.safeParse({ title: "   " }))).toEqual([
      "title: must not be empty",
    ]);
  });

  it("needs a claimant for a new claim", () => {
    expect(
      messages(CreateClaimInput.safeParse({ text: "Russia recognised the Taliban." })),
    ).toEqual(["sourceId: a claim needs a claimant: sourceId or actorId"]);
    const ok = CreateClaimInput.parse({
      text: "Russia recognised the Taliban.",
      sourceId: newId("src"),
    });
    expect(ok).toMatchObject({ modality: "assertion", checkWorthiness: 0.5, eventIds: [] });
  });

  it("checks asserted dates and places so conflicts can compare them", () => {
    expect(Assertion.safeParse({ property: "event.date", value: "2025-07-04" }).success).toBe(true);
    expect(messages(Assertion.safeParse({ property: "event.date", value: "4 July" }))).toEqual([
      'value: "4 July" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or a decade like 1990s',
    ]);
    expect(messages(Assertion.safeParse({ property: "event.date", value: "2023-02-29" }))).toEqual([
      "value: February 2023 has 28 days, so day 29 does not exist",
    ]);
    expect(
      messages(Assertion.safeParse({ property: "event.place", value: "Afghanistan" })),
    ).toEqual(["value: must be an ISO 3166-1 alpha-2 code such as AF"]);
    expect(
      Assertion.safeParse({ property: "event.outcome", value: "formal recognition" }).success,
    ).toBe(true);
  });

  it("requires evidence offsets in order", () => {
    const base = { sourceId: newId("src"), quote: "Russia has become the first country" };
    expect(CreateEvidenceInput.parse(base).stance).toBe("supports");
    expect(messages(CreateEvidenceInput.safeParse({ ...base, start: 10, end: 5 }))).toEqual([
      "end: end must be after start",
    ]);
  });

  it("requires a reason for a rank other than normal", () => {
    expect(SetRankInput.safeParse({ rank: "normal" }).success).toBe(true);
    expect(messages(SetRankInput.safeParse({ rank: "preferred" }))).toEqual([
      "reason: a reason is required when a claim is preferred or deprecated",
    ]);
    expect(
      SetRankInput.safeParse({ rank: "deprecated", reason: "contradicted by the decree" }).success,
    ).toBe(true);
  });

  it("creates sources and actors with defaults and rejects non-http URLs", () => {
    expect(CreateSourceInput.parse({ kind: "article", title: "T" })).toMatchObject({
      text: "",
      reliability: "unrated",
    });
    expect(
      CreateSourceInput.safeParse({ kind: "article", title: "T", url: "ftp://x.org/a" }).success,
    ).toBe(false);
    expect(CreateActorInput.parse({ kind: "country", name: "Russia" })).toMatchObject({
      aliases: [],
      externalIds: {},
    });
    expect(
      CreateActorInput.safeParse({
        kind: "country",
        name: "Russia",
        externalIds: { wikidata: "159" },
      }).success,
    ).toBe(false);
  });

  it("stores and compares emails in lower case", () => {
    expect(
      CreateUserInput.parse({
        email: "Editor@Factline.Example",
        name: "E",
        role: "editor",
        password: "correct horse battery",
      }).email,
    ).toBe("editor@factline.example");
    expect(LoginInput.parse({ email: " Editor@Factline.Example ", password: "x" }).email).toBe(
      "editor@factline.example",
    );
    expect(
      messages(
        CreateUserInput.safeParse({
          email: "e@f.example",
          name: "E",
          role: "editor",
          password: "short",
        }),
      ),
    ).toEqual(["password: must be at least 12 characters"]);
  });

  it("generates JSON Schema for every input (what the OpenAPI document is built from)", () => {
    for (const schema of [
      CreateEventInput,
      UpdateEventInput,
      CreateClaimInput,
      CreateSourceInput,
      CreateUserInput,
      LoginInput,
      SetRankInput,
    ]) {
      expect(() => z.toJSONSchema(schema, { io: "input" })).not.toThrow();
    }
  });
});

describe("OpenAPI descriptions", () => {
  const documented = {
    ActorSchema: d.ActorSchema,
    CreateActorInput: d.CreateActorInput,
    UpdateActorInput: d.UpdateActorInput,
    EventSchema: d.EventSchema,
    CreateEventInput,
    UpdateEventInput,
    SourceSchema: d.SourceSchema,
    CreateSourceInput,
    UpdateSourceInput: d.UpdateSourceInput,
    ClaimSchema: d.ClaimSchema,
    CreateClaimInput,
    UpdateClaimInput: d.UpdateClaimInput,
    CreateEvidenceInput,
    CreateReviewInput: d.CreateReviewInput,
    SetRankInput,
    UserSchema: d.UserSchema,
    CreateUserInput,
    UpdateUserInput: d.UpdateUserInput,
    LoginInput,
    RevisionSchema: d.RevisionSchema,
    ProblemSchema,
    ConflictSchema: d.ConflictSchema,
  };

  function undocumented(node: unknown, path: string, out: string[]) {
    if (typeof node !== "object" || node === null) return;
    const s = node as Record<string, unknown>;
    for (const [name, def] of Object.entries((s.$defs as object) ?? {}))
      undocumented(def, name, out);
    for (const [key, prop] of Object.entries((s.properties as object) ?? {})) {
      if (!(prop as { description?: string }).description) out.push(`${path}.${key}`);
      undocumented(prop, `${path}.${key}`, out);
    }
    undocumented(s.items, `${path}[]`, out);
    for (const alt of (s.anyOf as unknown[]) ?? []) undocumented(alt, path, out);
  }

  it("describes every field of every record and input schema", () => {
    const out: string[] = [];
    for (const [name, schema] of Object.entries(documented)) {
      for (const io of ["input", "output"] as const) {
        undocumented(z.toJSONSchema(schema, { io, unrepresentable: "any" }), name, out);
      }
    }
    expect([...new Set(out)]).toEqual([]);
  });
});

describe("verdicts and errors", () => {
  it("gives every verdict a label and a rating within the ClaimReview scale, or none", () => {
    for (const v of VERDICTS) {
      const { label, rating } = VERDICT_SCALE[v];
      expect(label.length).toBeGreaterThan(0);
      if (rating != null) expect(rating >= 1 && rating <= 5).toBe(true);
    }
    expect(VERDICT_SCALE.true.rating).toBeGreaterThan(VERDICT_SCALE.false.rating ?? 0);
  });

  it("maps every error code to a status and a title, and shapes problems", () => {
    for (const code of ErrorCode.options) {
      expect(ERROR_CODES[code]).toBeGreaterThanOrEqual(400);
      expect(ERROR_TITLES[code].length).toBeGreaterThan(0);
    }
    const problem = {
      type: problemType("forbidden"),
      title: ERROR_TITLES.forbidden,
      status: 403,
      detail: "Only admins may move a claim from published to retracted",
      code: "forbidden",
      requestId: "req_1",
    };
    expect(ProblemSchema.parse(problem)).toEqual(problem);
    expect(ProblemSchema.safeParse({ ...problem, code: "nope" }).success).toBe(false);
  });
});

describe("slugify", () => {
  it("folds accents and punctuation into a hyphenated slug of at most 80 characters", () => {
    expect(slugify("Russia’s recognition of the Taliban — “legitimate”?")).toBe(
      "russia-s-recognition-of-the-taliban-legitimate",
    );
    expect(slugify("Café Außenminister Łódź")).toBe("cafe-aussenminister-lodz");
    expect(slugify("Россия признала талибов")).toBe("");
    const long = slugify("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("-")).toBe(false);
  });
});

describe("text fields are cleaned or refused", () => {
  it("drops control characters, normalizes to NFC and refuses what is empty after that", () => {
    const { text, optionalText } = d;
    expect(text(50).parse("  Cafe\u0301\u0000 ")).toBe("Café");
    expect(text(50).safeParse("\u0000\u0001").success).toBe(false);
    expect(optionalText(50).parse("\u0000")).toBe("");
    expect(text(50).parse("tab\tand\nnewline")).toBe("tab\tand\nnewline");
  });

  it("refuses lone surrogates but keeps paired ones (emoji)", () => {
    const { text } = d;
    expect(text(50).safeParse("a \ud800 b").success).toBe(false);
    expect(text(50).safeParse("a \udfff b").success).toBe(false);
    expect(text(50).parse("flag 🇦🇫 ok")).toBe("flag 🇦🇫 ok");
  });
});
