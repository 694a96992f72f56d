// Every table, one entity a file; drizzle-kit reads this index to generate migrations.
export {};
