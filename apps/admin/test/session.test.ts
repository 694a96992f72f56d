import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { apiFor, DEMO, DEMO_PASSWORD, type DemoRole, logInThroughForm } from "./support/session";
import { type RunningWorker, startWorker } from "./support/worker";

describe("logging in and out, and what each role sees", () => {
  let worker: RunningWorker;
  let browser: Browser;

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker({ seed: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  for (const role of ["admin", "reviewer", "editor"] as const satisfies DemoRole[]) {
    it(`logs in as the demo ${role} and shows their name and role in the header`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await logInThroughForm(page, worker.origin, role);
      await expect(page.getByTestId("current-user").textContent()).resolves.toBe(
        `${DEMO[role].name} (${role})`,
      );
      await page.getByRole("heading", { name: "Review queue" }).waitFor();
      // Only admins get the users page in the navigation (domain `can(role, "user.read")`).
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "Users" }).count()).resolves.toBe(
        role === "admin" ? 1 : 0,
      );
      await context.close();
    });
  }

  it("answers a wrong password and an unknown email with the same message", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    for (const email of [DEMO.editor.email, "nobody@factline.local"]) {
      await page.goto(`${worker.origin}/admin/login`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("not-the-password");
      await page.getByRole("button", { name: "Log in" }).click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      messages.push((await alert.textContent()) ?? "");
      expect(new URL(page.url()).pathname).toBe("/admin/login");
    }
    expect(messages[0]).toMatch(/email or password is wrong/i);
    expect(messages[1]).toBe(messages[0]);
    await context.close();
  });

  it("checks the form with the domain schema before sending and marks the empty field", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let posted = false;
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/admin/api/session")) posted = true;
    });
    await page.goto(`${worker.origin}/admin/login`);
    await page.getByLabel("Email").fill(DEMO.editor.email);
    await page.getByRole("button", { name: "Log in" }).click();
    const password = page.getByLabel("Password");
    await page.locator('[aria-invalid="true"]').waitFor();
    await expect(password.getAttribute("aria-invalid")).resolves.toBe("true");
    const describedBy = (await password.getAttribute("aria-describedby")) ?? "";
    const message = page.locator(`[id="${describedBy.split(" ")[0]}"]`);
    await expect(message.textContent()).resolves.toMatch(/too small|at least|character/i);
    expect(posted).toBe(false);
    await context.close();
  });

  it("returns to the page asked for after login, and logout ends the session", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${worker.origin}/admin/events`);
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    await page.getByLabel("Email").fill(DEMO.reviewer.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("heading", { name: "Events" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/admin/events");
    await page
      .getByRole("link", {
        name: "Russia formally recognizes the Taliban government of Afghanistan",
      })
      .waitFor();

    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    // The cookie is revoked server-side, not just forgotten by the page.
    const me = await context.request.get(`${worker.origin}/admin/api/me`);
    expect(me.status()).toBe(401);
    await page.goto(`${worker.origin}/admin/events`);
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    await context.close();
  });

  it("lets admins manage users and tells editors the page is not theirs", async () => {
    const admin = await browser.newContext();
    const page = await admin.newPage();
    await logInThroughForm(page, worker.origin, "admin");
    await page.getByRole("link", { name: "Users" }).click();
    const table = page.getByRole("table", { name: "Accounts" });
    for (const u of Object.values(DEMO)) {
      await table.getByRole("rowheader", { name: u.name }).waitFor();
    }
    await admin.close();

    const editor = await browser.newContext();
    const ep = await editor.newPage();
    await logInThroughForm(ep, worker.origin, "editor");
    await ep.goto(`${worker.origin}/admin/users`);
    await ep.getByRole("alert").filter({ hasText: "Only admins manage users" }).waitFor();
    await editor.close();
  });

  it("sends the user to the login page, then back, when the session ends while they work", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInThroughForm(page, worker.origin, "editor");
    // The session is revoked behind the page's back (another tab logged out).
    const api = apiFor(context.request, worker.origin);
    expect((await api("DELETE", "/admin/api/session")).status).toBe(204);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Conflicts" })
      .click();
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    expect(new URL(page.url()).searchParams.get("next")).toBe("/conflicts");
    await page.getByLabel("Email").fill(DEMO.editor.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("heading", { name: "Conflicts", level: 1 }).waitFor();
    await context.close();
  });

  it("lets an admin create an account and change its role", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logInThroughForm(page, worker.origin, "admin");
    await page.goto(`${worker.origin}/admin/users`);
    const form = page.getByRole("form", { name: "New user" });
    await form.getByLabel("Name").fill("Nia New");
    await form.getByLabel("Email").fill("nia@factline.local");
    await form.getByLabel("Role").selectOption("editor");
    await form.getByLabel("Initial password").fill("short");
    await form.getByRole("button", { name: "Create user" }).click();
    // The domain's Password schema refuses it before anything is sent.
    await form.getByText("must be at least 12 characters").waitFor();
    await form.getByLabel("Initial password").fill("a-long-enough-password");
    await form.getByRole("button", { name: "Create user" }).click();

    const table = page.getByRole("table", { name: "Accounts" });
    await table.getByRole("rowheader", { name: "Nia New" }).waitFor();
    await table.getByLabel("Role of Nia New").selectOption("reviewer");
    await table
      .getByRole("row", { name: /Nia New/ })
      .getByRole("button", { name: "Save" })
      .click();
    await table
      .getByRole("row", { name: /Nia New/ })
      .getByRole("button", { name: "Save" })
      .and(page.locator(":disabled"))
      .waitFor();

    const other = await browser.newContext();
    const np = await other.newPage();
    await np.goto(`${worker.origin}/admin/login`);
    await np.getByLabel("Email").fill("nia@factline.local");
    await np.getByLabel("Password").fill("a-long-enough-password");
    await np.getByRole("button", { name: "Log in" }).click();
    await np.getByTestId("current-user").filter({ hasText: "Nia New (reviewer)" }).waitFor();
    await other.close();
    await context.close();
  });
});
