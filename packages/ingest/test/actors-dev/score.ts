// The actors tuning set (test/actors-dev/*.json): real news pages with the main event's
// initiator and target labelled by hand, scored the way the corpus scores its `actor` column
// (a gold name matched by any actor the system gives that role, with the corpus's loose name
// match). It is a TUNING set, used to develop the actor rules; the corpus test split stays the
// measure.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ingest } from "../../src/index";
import { namesMatch } from "../corpus/score-lib";

const DIR = dirname(fileURLToPath(import.meta.url));

/** One labelled page: the text as the search returned it, and who acts on whom. */
export const ActorPageSchema = z
  .object({
    url: z.string().url(),
    language: z.string().regex(/^[a-z]{2}$/),
    summary: z.string().min(1),
    initiator: z.string().min(1).nullable(),
    target: z.string().min(1).nullable(),
    text: z.string().min(1),
  })
  .strict();
export type ActorPage = z.infer<typeof ActorPageSchema> & { slug: string };

/** Every labelled page, validated. */
export function loadActorPages(): ActorPage[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      ...ActorPageSchema.parse(JSON.parse(readFileSync(join(DIR, f), "utf8"))),
      slug: f.replace(/\.json$/, ""),
    }));
}

export type RoleResult = { role: "initiator" | "target"; want: string; got: string[]; ok: boolean };
export type ActorPageScore = { slug: string; language: string; title: string; roles: RoleResult[] };

/** Scores one page: each labelled role, matched or not. */
export function scoreActorPage(page: ActorPage): ActorPageScore {
  const r = ingest({ text: page.text, url: page.url });
  const actors = r.mainEvent?.actors ?? [];
  const roles: RoleResult[] = [];
  for (const role of ["initiator", "target"] as const) {
    const want = page[role];
    if (!want) continue;
    const got = actors.filter((a) => a.role === role).map((a) => a.name);
    roles.push({ role, want, got, ok: got.some((g) => namesMatch(g, want)) });
  }
  return { slug: page.slug, language: page.language, title: r.mainEvent?.title ?? "", roles };
}

/** Matched / labelled roles, per language and over all pages (`all`). */
export function actorTotals(scores: ActorPageScore[]): Map<string, { num: number; den: number }> {
  const out = new Map<string, { num: number; den: number }>();
  for (const s of scores)
    for (const key of ["all", s.language])
      for (const r of s.roles) {
        const t = out.get(key) ?? { num: 0, den: 0 };
        t.den++;
        if (r.ok) t.num++;
        out.set(key, t);
      }
  return out;
}
