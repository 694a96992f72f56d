import { describe, expect, it } from "vitest";
import { api } from "../support/api";

type Operation = { operationId: string; security?: Record<string, string[]>[] };
type Doc = {
  openapi: string;
  info: {
    description?: string;
    license?: { name: string; identifier?: string };
    contact?: { url?: string };
  };
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: {
    schemas?: Record<string, unknown>;
    securitySchemes?: Record<string, { type: string; in?: string; name?: string }>;
  };
};

async function document(path: string): Promise<Doc> {
  // No session cookie: both contracts are readable by anyone (the operations are not).
  const res = await api(path);
  expect(res.status, path).toBe(200);
  return res.json<Doc>();
}

function operations(doc: Doc): [string, string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => [method, path, op] as [string, string, Operation]),
  );
}

// Every `$ref` names a schema the document holds, and every schema it holds is referenced:
// a cut that dropped too much breaks generators, one that kept too much fails `no-unused-components`.
function expectSelfContained(doc: Doc) {
  const refs = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === "object")
      for (const [k, v] of Object.entries(node)) {
        if (k === "$ref" && typeof v === "string") refs.add(v.replace("#/components/schemas/", ""));
        else walk(v);
      }
  };
  walk(doc);
  const held = Object.keys(doc.components?.schemas ?? {});
  for (const ref of refs) expect(held, `$ref ${ref}`).toContain(ref);
  for (const name of held) expect(refs.has(name), `unused ${name}`).toBe(true);
}

describe("the two OpenAPI documents", () => {
  it("/v1/openapi.json holds only public reads, each declaring no credentials, with servers, license and contact", async () => {
    const doc = await document("/v1/openapi.json");
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers?.[0]?.url).toBe("http://factline.test");
    expect(doc.info.license?.identifier).toBe("MIT");
    expect(doc.info.contact?.url).toBe("http://factline.test/docs");
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThanOrEqual(12);
    for (const [method, path, op] of ops) {
      expect(path, op.operationId).toMatch(/^\/v1\//);
      expect(method, op.operationId).toBe("get");
      expect(op.security, op.operationId).toEqual([]);
    }
    expect(doc.components?.securitySchemes).toBeUndefined();
    expectSelfContained(doc);
  });

  it("/admin/api/openapi.json holds the admin operations behind the cookie scheme, login excepted, and states the Origin rule", async () => {
    const doc = await document("/admin/api/openapi.json");
    expect(doc.servers?.[0]?.url).toBe("http://factline.test");
    expect(doc.info.license?.identifier).toBe("MIT");
    expect(doc.info.description).toContain("Origin");
    expect(doc.info.description).toContain("Sec-Fetch-Site: cross-site");
    expect(doc.components?.securitySchemes?.cookieAuth).toMatchObject({
      type: "apiKey",
      in: "cookie",
      name: "factline_session",
    });
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThanOrEqual(40);
    for (const [method, path, op] of ops) {
      expect(path, op.operationId).toMatch(/^\/admin\/api\//);
      const login = method === "post" && path === "/admin/api/session";
      expect(op.security, op.operationId).toEqual(login ? [] : [{ cookieAuth: [] }]);
    }
    expectSelfContained(doc);
  });

  it("splits the operations between them: none in both, each in its own", async () => {
    const pub = operations(await document("/v1/openapi.json")).map(([, , op]) => op.operationId);
    const admin = operations(await document("/admin/api/openapi.json")).map(
      ([, , op]) => op.operationId,
    );
    expect(pub.filter((id) => admin.includes(id))).toEqual([]);
    for (const id of ["getHealth", "listEvents", "search", "exportRecord"])
      expect(pub).toContain(id);
    for (const id of ["login", "adminGetQueue", "adminReviewClaim", "adminRestoreRevision"])
      expect(admin).toContain(id);
  });

  it("documents webhooks in the admin document only: the endpoint routes and the signed delivery", async () => {
    const pub = await document("/v1/openapi.json");
    expect(pub).not.toHaveProperty("webhooks");
    expect(JSON.stringify(pub)).not.toMatch(/webhook/i);

    const admin = (await document("/admin/api/openapi.json")) as Doc & {
      webhooks?: Record<string, Record<string, Operation & Record<string, unknown>>>;
    };
    const ids = operations(admin).map(([, , op]) => op.operationId);
    for (const id of ["adminListWebhookEndpoints", "adminCreateWebhookEndpoint"])
      expect(ids).toContain(id);
    const delivery = admin.webhooks?.change?.post;
    expect(delivery?.operationId).toBe("webhookChange");
    expect(delivery?.requestBody).toMatchObject({
      content: { "application/json": { schema: { $ref: "#/components/schemas/WebhookPayload" } } },
    });
    expect(delivery?.description).toContain("webhook-id");
    expect(Object.keys(admin.components?.schemas ?? {})).toContain("WebhookPayload");
  });

  it("/docs offers both documents", async () => {
    const page = await (await api("/docs")).text();
    expect(page).toContain('href="/docs?api=admin"');
    expect(page).toContain('href="/admin/api/openapi.json"');
    const init = await (await api("/docs/init.js")).text();
    expect(init).toContain('"/v1/openapi.json"');
    expect(init).toContain('"/admin/api/openapi.json"');
  });
});
