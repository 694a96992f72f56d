// Every table, one entity a file; drizzle-kit reads this index to generate migrations.
export * from "./actors";
export * from "./claims";
export * from "./events";
export * from "./feeds";
export * from "./ingests";
export * from "./revisions";
export * from "./sources";
export * from "./users";
export * from "./webhooks";
