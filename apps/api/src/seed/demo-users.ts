import type { Role } from "@factline/domain";
import { DEMO_REVIEWER_ID, demoId } from "./demo-ids";

/**
 * The password of every demo account. Local development only: the seed refuses remote
 * databases, and production accounts come from `scripts/create-user.ts`, never from here.
 */
export const DEMO_PASSWORD = "factline-demo-password";

/** One demo account per role. */
export const DEMO_USERS: readonly {
  id: `usr_${string}`;
  email: string;
  name: string;
  role: Role;
}[] = [
  { id: demoId("usr", 1), email: "admin@factline.local", name: "Ada Admin", role: "admin" },
  // The seeded verdicts credit this reviewer, so the demo record names a real account.
  {
    id: DEMO_REVIEWER_ID,
    email: "reviewer@factline.local",
    name: "Rae Reviewer",
    role: "reviewer",
  },
  { id: demoId("usr", 3), email: "editor@factline.local", name: "Eli Editor", role: "editor" },
];
