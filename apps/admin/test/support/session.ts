import type { APIRequestContext, BrowserContext, Page } from "playwright-core";

// The demo accounts the seed creates (apps/api/src/seed/demo-users.ts); local data only.
export const DEMO_PASSWORD = "factline-demo-password";
export const DEMO = {
  admin: { email: "admin@factline.local", name: "Ada Admin" },
  reviewer: { email: "reviewer@factline.local", name: "Rae Reviewer" },
  editor: { email: "editor@factline.local", name: "Eli Editor" },
} as const;
export type DemoRole = keyof typeof DEMO;

/** Logs in through the login form, as a person would, and waits for the header. */
export async function logInThroughForm(page: Page, origin: string, role: DemoRole): Promise<void> {
  await page.goto(`${origin}/admin/login`);
  await page.getByLabel("Email").fill(DEMO[role].email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByTestId("current-user").filter({ hasText: DEMO[role].name }).waitFor();
}

export type Api = (
  method: string,
  path: string,
  init?: { body?: unknown; ifMatch?: number; idempotencyKey?: string },
) => Promise<{ status: number; json: unknown; etag: string | undefined }>;

/**
 * A JSON client for /admin/api sharing the browser context's cookies, for arranging data and
 * for changing records behind the UI's back. Sends Origin like a browser, for the CSRF check.
 */
export function apiFor(request: APIRequestContext, origin: string): Api {
  return async (method, path, init = {}) => {
    const headers: Record<string, string> = { origin, accept: "application/json" };
    if (init.body !== undefined) headers["content-type"] = "application/json";
    if (init.ifMatch !== undefined) headers["if-match"] = `"${init.ifMatch}"`;
    if (init.idempotencyKey) headers["idempotency-key"] = init.idempotencyKey;
    const res = await request.fetch(`${origin}${path}`, {
      method,
      headers,
      ...(init.body !== undefined ? { data: JSON.stringify(init.body) } : {}),
    });
    const text = await res.text();
    return {
      status: res.status(),
      json: text ? (JSON.parse(text) as unknown) : null,
      etag: res.headers().etag,
    };
  };
}

/** A browser context logged in as `role` through the API (fast setup for non-login tests). */
export async function loggedInContext(
  newContext: () => Promise<BrowserContext>,
  origin: string,
  role: DemoRole,
): Promise<{ context: BrowserContext; api: Api }> {
  const context = await newContext();
  const api = apiFor(context.request, origin);
  const r = await api("POST", "/admin/api/session", {
    body: { email: DEMO[role].email, password: DEMO_PASSWORD },
  });
  if (r.status !== 200)
    throw new Error(`login as ${role} failed: ${r.status} ${JSON.stringify(r.json)}`);
  return { context, api };
}

/** The seed's fixed ids (apps/api/src/seed/demo-ids.ts): prefix, "01JZ0DEM00", 16 digits. */
export function demoId(prefix: string, n: number): string {
  return `${prefix}_01JZ0DEM00${String(n).padStart(16, "0")}`;
}
