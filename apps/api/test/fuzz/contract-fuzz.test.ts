/**
 * Fuzzing from the contract: requests generated for every operation in the OpenAPI document
 * (valid-shaped and hostile: wrong types, 1 MB strings, lone surrogates and NUL, huge and
 * negative numbers, impossible dates, FTS5 syntax, traversal, duplicate parameters, wrong
 * content types, malformed JSON), sent through the real Worker as each role. For every case:
 * no 5xx; every 4xx is problem+json, and a 400 names the field; a refused write leaves every
 * table (rows, versions, revisions, FTS) exactly as it was.
 *
 * `pnpm test:fuzz` runs the full campaign (FUZZ_RUNS, default 10,000); the regular suite runs a
 * bounded slice. A failure prints the seed and path to replay it: FUZZ_SEED=… FUZZ_PATH=….
 */
import { env, exports } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { checkIntegrity } from "../../src/db/integrity/run";
import { makeClaim, makeEvent, makeSource } from "../admin/editing-support";
import { loginAs, ORIGIN, type TestSession } from "../admin/support/auth";

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};
type Parameter = { name: string; in: "path" | "query" | "header"; schema?: Schema };
type Operation = {
  method: string;
  path: string;
  operationId: string;
  parameters: Parameter[];
  body: Schema | null;
};
type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        parameters?: Parameter[];
        requestBody?: { content?: Record<string, { schema?: Schema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
};

const ROLES = ["anonymous", "editor", "reviewer", "admin"] as const;
type Role = (typeof ROLES)[number];

// Everything a write can touch, fingerprinted by rows and a digest of versions and ids.
const FINGERPRINT = [
  "SELECT 'events', count(*), coalesce(sum(version), 0), coalesce(max(updated_at), '') FROM events",
  "SELECT 'claims', count(*), coalesce(sum(version), 0), coalesce(max(updated_at), '') FROM claims",
  "SELECT 'sources', count(*), coalesce(sum(version), 0), coalesce(max(updated_at), '') FROM sources",
  "SELECT 'actors', count(*), coalesce(sum(version), 0), coalesce(max(updated_at), '') FROM actors",
  "SELECT 'users', count(*), coalesce(sum(version), 0), coalesce(max(updated_at), '') FROM users",
  "SELECT 'revisions', count(*), 0, coalesce(max(id), '') FROM revisions",
  "SELECT 'evidence', count(*), 0, coalesce(max(id), '') FROM evidence",
  "SELECT 'reviews', count(*), 0, coalesce(max(id), '') FROM reviews",
  "SELECT 'claim_events', count(*), 0, '' FROM claim_events",
  "SELECT 'event_actors', count(*), 0, '' FROM event_actors",
  "SELECT 'changes', count(*), 0, '' FROM changes",
  "SELECT 'ingests', count(*), 0, coalesce(max(status), '') FROM ingests",
  "SELECT 'claims_public_fts', count(*), 0, '' FROM claims_public_fts_docsize",
  "SELECT 'events_public_fts', count(*), 0, '' FROM events_public_fts_docsize",
];

async function fingerprint(): Promise<string> {
  const rows = await env.DB.batch(FINGERPRINT.map((q) => env.DB.prepare(q)));
  return JSON.stringify(rows.map((r) => r.results));
}

function operations(doc: Doc): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!["get", "post", "put", "patch", "delete", "head"].includes(method)) continue;
      out.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId ?? `${method} ${path}`,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.["application/json"]?.schema ?? null,
      });
    }
  }
  return out.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "\ud800",
  "a\udfffb",
  "../../etc/passwd",
  "%2e%2e%2f",
  '"quoted" AND NOT (x OR y*)',
  "NEAR(a b, 3) ^title:x",
  '"unterminated',
  "*",
  "'; DROP TABLE claims; --",
  "<script>alert(1)</script>",
  "2025-02-30",
  "0000-00-00",
  "99999-12-31",
  "1990s0",
  "-1",
  "1e309",
  "NaN",
  "evt_",
  "clm_00000000000000000000000000",
  "🇦🇫".repeat(40),
  "x".repeat(3000),
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 0, 1, 2 ** 31, 2 ** 53 + 1, -(2 ** 53), 1e308, 0.5, -0),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const anyJson = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(hostileString, hostileNumber), { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
);

/** Values shaped by the schema, with hostile values mixed in at every level. */
function fromSchema(
  schema: Schema | undefined,
  doc: Doc,
  ids: Ids,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return anyJson;
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop() as string;
    return fromSchema(doc.components?.schemas?.[name], doc, ids, depth + 1);
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => fromSchema(v, doc, ids, depth + 1)));
  if (schema.allOf?.length) return fromSchema(schema.allOf[0], doc, ids, depth + 1);
  const shaped = shapedValue(schema, doc, ids, depth);
  // One value in eight is hostile whatever the schema says.
  return fc.oneof({ arbitrary: shaped, weight: 7 }, { arbitrary: anyJson, weight: 1 });
}

function shapedValue(schema: Schema, doc: Doc, ids: Ids, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "string": {
      const known = idsFor(schema.pattern, ids);
      const plain = fc.oneof(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.constantFrom(
          "2025-07-04",
          "2021-08",
          "1990s",
          "RU",
          "AF",
          "en",
          "https://news.example/a",
        ),
      );
      return known.length > 0 ? fc.oneof(fc.constantFrom(...known), plain) : plain;
    }
    case "integer":
    case "number":
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 200, 10_000) }),
        hostileNumber,
      );
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.array(fromSchema(schema.items, doc, ids, depth + 1), { maxLength: 3 });
    case "object": {
      const props = Object.entries(schema.properties ?? {});
      if (props.length === 0)
        return fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 2 });
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of props) record[k] = fromSchema(v, doc, ids, depth + 1);
      return fc.record(record, { requiredKeys: [] });
    }
    default:
      return anyJson;
  }
}

type Ids = Record<string, string[]>;

function idsFor(pattern: string | undefined, ids: Ids): string[] {
  if (!pattern) return [];
  for (const [prefix, list] of Object.entries(ids)) if (pattern.includes(`${prefix}_`)) return list;
  return [];
}

/** One request: role, path values, query, headers, and how the body is sent. */
type Case = {
  role: Role;
  pathValues: Record<string, unknown>;
  query: [string, unknown][];
  ifMatch: string | null;
  body:
    | { kind: "json"; value: unknown }
    | { kind: "malformed"; text: string }
    | { kind: "huge" }
    | { kind: "wrong-type"; text: string }
    | { kind: "none" };
};

function caseFor(op: Operation, doc: Doc, ids: Ids): fc.Arbitrary<Case> {
  const pathParams = op.parameters.filter((p) => p.in === "path");
  const queryParams = op.parameters.filter((p) => p.in === "query");
  const pathValues: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of pathParams) pathValues[p.name] = fromSchema(p.schema, doc, ids);
  const query = fc.array(
    queryParams.length > 0
      ? fc.oneof(
          ...queryParams.map((p) =>
            fromSchema(p.schema, doc, ids).map((v) => [p.name, v] as [string, unknown]),
          ),
          fc.tuple(fc.constantFrom(...queryParams.map((p) => p.name)), hostileString),
        )
      : fc.tuple(fc.constantFrom("q", "limit", "cursor"), hostileString),
    // Up to four: a parameter may come twice (duplicate parameters).
    { maxLength: 4 },
  );
  const body: fc.Arbitrary<Case["body"]> = op.body
    ? fc.oneof(
        {
          weight: 6,
          arbitrary: fromSchema(op.body, doc, ids).map((value) => ({
            kind: "json" as const,
            value,
          })),
        },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom('{"title": "x",', "{not json", "[1, 2", '"\\ud800"')
            .map((text) => ({ kind: "malformed" as const, text })),
        },
        { weight: 1, arbitrary: fc.constant({ kind: "huge" as const }) },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom("title=x", "<xml/>")
            .map((text) => ({ kind: "wrong-type" as const, text })),
        },
      )
    : fc.constant({ kind: "none" as const });
  return fc.record({
    role: fc.constantFrom(...ROLES),
    pathValues: fc.record(pathValues),
    query,
    ifMatch: fc.oneof(fc.constant(null), fc.constantFrom('"1"', '"2"', '"999"', "garbage", '"-1"')),
    body,
  });
}

/**
 * Percent-encodes a path segment as a hostile client could send it: a lone surrogate, which
 * encodeURIComponent refuses, goes out as the bytes a sloppy UTF-8 encoder would write (WTF-8).
 */
function encodeSegment(value: string): string {
  let out = "";
  for (const ch of value) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0xd800 && c <= 0xdfff) {
      const bytes = [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)];
      out += bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join("");
    } else {
      out += encodeURIComponent(ch);
    }
  }
  return out;
}

/** Any generated value as the text a client would put in a URL (objects as JSON). */
function asText(value: unknown): string {
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? "x";
}

function buildRequest(op: Operation, c: Case, sessions: Record<Role, TestSession | null>): Request {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeSegment(asText(c.pathValues[name])),
  );
  const search = new URLSearchParams();
  for (const [k, v] of c.query) search.append(k, asText(v));
  const qs = search.toString();
  const headers = new Headers({ origin: ORIGIN, "cf-connecting-ip": randomIp() });
  const session = sessions[c.role];
  if (session) headers.set("cookie", session.cookie);
  if (c.ifMatch) headers.set("if-match", c.ifMatch);
  let body: string | undefined;
  switch (c.body.kind) {
    case "json":
      headers.set("content-type", "application/json");
      body = JSON.stringify(c.body.value) ?? "null";
      break;
    case "malformed":
      headers.set("content-type", "application/json");
      body = c.body.text;
      break;
    case "huge":
      headers.set("content-type", "application/json");
      body = JSON.stringify({ title: "x".repeat(1_100_000), text: "y" });
      break;
    case "wrong-type":
      headers.set(
        "content-type",
        c.body.text.startsWith("<") ? "application/xml" : "application/x-www-form-urlencoded",
      );
      body = c.body.text;
      break;
    case "none":
      break;
  }
  const hasBody = body !== undefined && op.method !== "GET" && op.method !== "HEAD";
  return new Request(`${ORIGIN}${path}${qs ? `?${qs}` : ""}`, {
    method: op.method,
    headers,
    ...(hasBody ? { body } : {}),
  });
}

let ipCounter = 0;
function randomIp(): string {
  ipCounter += 1;
  return `198.18.${Math.floor(ipCounter / 250) % 250}.${ipCounter % 250}`;
}

type Problem = { code?: string; errors?: { path: string }[]; detail?: string };

async function judge(
  op: Operation,
  req: Request,
  res: Response,
  before: string,
): Promise<string | null> {
  const text = await res.text();
  const what = `${req.method} ${new URL(req.url).pathname}${new URL(req.url).search.slice(0, 200)} -> ${res.status}`;
  if (res.status >= 500) return `${what}: server error ${text.slice(0, 300)}`;
  if (res.status >= 400) {
    const type = res.headers.get("content-type") ?? "";
    if (req.method !== "HEAD" && !type.includes("application/problem+json")) {
      return `${what}: a ${res.status} that is not problem+json (${type})`;
    }
    if (req.method !== "HEAD" && res.status === 400) {
      const problem = JSON.parse(text) as Problem;
      if (!problem.errors?.length || problem.errors.some((e) => !e.path)) {
        return `${what}: a 400 that names no field: ${text.slice(0, 300)}`;
      }
    }
    if (req.method !== "GET" && req.method !== "HEAD" && (await fingerprint()) !== before) {
      return `${what}: refused, yet stored data changed (${op.operationId})`;
    }
  }
  return null;
}

const RUNS = inject("fuzzRuns");
const SEED = inject("fuzzSeed");

describe("fuzzing every operation of the contract", () => {
  let doc: Doc;
  let ops: Operation[];
  const sessions = {} as Record<Role, TestSession | null>;
  const ids: Ids = {};

  beforeAll(async () => {
    // The public and the admin contract are two documents; fuzz the union of their operations.
    const [publicDoc, adminDoc] = await Promise.all(
      ["/v1/openapi.json", "/admin/api/openapi.json"].map(async (url) =>
        (await exports.default.fetch(`${ORIGIN}${url}`)).json<Doc>(),
      ),
    );
    doc = {
      paths: { ...publicDoc?.paths, ...adminDoc?.paths },
      components: {
        schemas: { ...publicDoc?.components?.schemas, ...adminDoc?.components?.schemas },
      },
    };
    ops = operations(doc);
    // Both halves were served (a missing one would quietly halve the campaign).
    expect(ops.some((o) => o.path.startsWith("/v1/"))).toBe(true);
    expect(ops.some((o) => o.path.startsWith("/admin/api/"))).toBe(true);
    sessions.anonymous = null;
    for (const role of ["editor", "reviewer", "admin"] as const)
      sessions[role] = await loginAs(role);
    const admin = sessions.admin as TestSession;
    const source = await makeSource(admin);
    const event = await makeEvent(admin);
    const claim = await makeClaim(admin, { sourceId: source.id, eventIds: [event.id] });
    Object.assign(ids, {
      evt: [event.id],
      clm: [claim.id],
      src: [source.id],
      usr: [admin.user.id, (sessions.editor as TestSession).user.id],
    });
  });

  it(
    `answers ${RUNS} generated requests without a 5xx, with problem+json, and changes nothing it refuses`,
    async () => {
      const failures: string[] = [];
      const perOp = Math.max(1, Math.ceil(RUNS / ops.length));
      let cases = 0;
      for (const op of ops) {
        await fc
          .assert(
            fc.asyncProperty(caseFor(op, doc, ids), async (c) => {
              const before = await fingerprint();
              const req = buildRequest(op, c, sessions);
              let failure: string | null;
              try {
                const res = await exports.default.fetch(req);
                cases += 1;
                failure = await judge(op, req, res, before);
              } catch (err) {
                failure = `${req.method} ${req.url.slice(0, 200)}: the Worker threw ${(err as Error)?.stack ?? err}`;
              }
              if (failure) {
                failures.push(failure);
                console.log(`FUZZ FAILURE ${failure}`);
              }
              return failure === null;
            }),
            { numRuns: perOp, seed: SEED, endOnFailure: true, verbose: 0 },
          )
          .catch((err: Error) => {
            // The counterexample is printed by fast-check; keep the reason short here.
            // fast-check keeps the predicate's own error as `cause`.
            const cause =
              err.cause instanceof Error
                ? (err.cause.stack ?? err.cause.message)
                : String(err.cause ?? "");
            const lines = err.message.split("\n").filter((l) => !l.startsWith("Counterexample"));
            failures.push(
              `${op.operationId}: ${lines.slice(0, 2).join(" | ")} | ${cause.slice(0, 800)}`,
            );
          });
        if (failures.length >= 5) break;
      }
      console.log(`fuzz: ${cases} cases over ${ops.length} operations, seed ${SEED}`);
      expect(failures, `replay with FUZZ_SEED=${SEED}`).toEqual([]);
      expect(cases).toBeGreaterThanOrEqual(Math.min(RUNS, ops.length));
      expect(await checkIntegrity(env.DB)).toEqual([]);
      // Generous: the full campaign sends 10,000 requests; the CI slice takes seconds.
    },
    60 * 60_000,
  );
});
