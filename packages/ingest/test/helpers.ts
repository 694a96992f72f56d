import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The shared seed article, read from the fixtures folder next to the repo. */
export const seedText = (): string =>
  readFileSync(join(here, "../../../../shared/fixtures/seed-article.txt"), "utf8");

/** One of the rule-test articles in test/articles. */
export const article = (name: string): string => readFileSync(join(here, "articles", name), "utf8");

export const testDir = here;
