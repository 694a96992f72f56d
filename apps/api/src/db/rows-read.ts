/**
 * A diagnostic count of the rows D1 reads for one request: the sum of `meta.rows_read` over
 * every statement run through the wrapped binding (D1 counts index rows too, and bills them),
 * and of `meta.duration` (D1's own execution time: for a re-run statement, the re-run's).
 *
 * Why a wrapper: drizzle's D1 driver drops `meta`. Selects with a field list go through
 * `raw()`, which D1 answers with bare arrays and no meta at all, and `all()`/`run()`/`batch()`
 * results lose it once drizzle maps them. The wrapper reads meta where D1 gives it; for `raw()`
 * and `first()` it runs the same read statement a second time through `all()` only to read its
 * meta (same SQL, same values, same data within a request, so the same plan and count), because
 * `all()` collapses duplicate column names and cannot stand in for `raw()`'s rows.
 *
 * It wraps the `DB` binding the Worker is given, so the product's code runs unchanged. That
 * second run doubles those reads, and the count tells a caller how much hidden data a query
 * touched (e.g. unpublished rows behind a visibility filter): only the benchmark's entry
 * (bench/rows-read-worker.ts) and tests use it; the deployed Worker never imports this module.
 */
export class RowsRead {
  rows = 0;
  statements = 0;
  /** D1's own execution time (meta.duration, ms), summed: the query cost without the network. */
  duration = 0;
  /** Statements whose count is unknown: a write through `raw()`/`first()` is never re-run. */
  unmetered = 0;

  add(meta: { rows_read?: number; duration?: number } | undefined): void {
    this.statements += 1;
    if (typeof meta?.rows_read === "number") this.rows += meta.rows_read;
    else this.unmetered += 1;
    if (typeof meta?.duration === "number") this.duration += meta.duration;
  }

  /** A `Server-Timing` entry, e.g. `d1;dur=3;desc="rows_read=12 statements=3"`. */
  serverTiming(): string {
    const unmetered = this.unmetered > 0 ? ` unmetered=${this.unmetered}` : "";
    const dur = Math.round(this.duration * 100) / 100;
    return `d1;dur=${dur};desc="rows_read=${this.rows} statements=${this.statements}${unmetered}"`;
  }
}

// A statement safe to run twice: a read (drizzle writes start with insert/update/delete, and a
// CTE that writes names one of them too; bound values are not part of the SQL text).
const READ_ONLY = /^\s*(select|with)\b/i;
const WRITES = /\b(insert|update|delete|replace)\b/i;
const isRead = (sql: string) => READ_ONLY.test(sql) && !WRITES.test(sql);

class MeteredStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    private readonly sql: string,
    private readonly meter: RowsRead,
  ) {}

  bind(...values: unknown[]): MeteredStatement {
    return new MeteredStatement(this.inner.bind(...values), this.sql, this.meter);
  }

  async all<T>(): Promise<D1Result<T>> {
    const result = await this.inner.all<T>();
    this.meter.add(result.meta);
    return result;
  }

  async run<T>(): Promise<D1Result<T>> {
    const result = await this.inner.run<T>();
    this.meter.add(result.meta);
    return result;
  }

  async raw<T>(options?: { columnNames?: boolean }): Promise<T[]> {
    const rows = await (options?.columnNames
      ? this.inner.raw<T>({ columnNames: true })
      : this.inner.raw<T>());
    await this.measureAgain();
    return rows as T[];
  }

  async first<T>(column?: string): Promise<T | null> {
    const row =
      column === undefined ? await this.inner.first<T>() : await this.inner.first<T>(column);
    await this.measureAgain();
    return row;
  }

  private async measureAgain(): Promise<void> {
    if (isRead(this.sql)) this.meter.add((await this.inner.all()).meta);
    else this.meter.add(undefined);
  }
}

/** `d1` with every statement's `meta.rows_read` added to `meter`. */
function meteredD1(d1: D1Database | D1DatabaseSession, meter: RowsRead) {
  return {
    prepare: (sql: string) => new MeteredStatement(d1.prepare(sql), sql, meter),
    batch: async <T>(statements: D1PreparedStatement[]) => {
      const inner = statements.map((s) => (s instanceof MeteredStatement ? s.inner : s));
      const results = await d1.batch<T>(inner);
      for (const r of results) meter.add(r.meta);
      return results;
    },
  };
}

/** The `DB` binding with every statement, in or out of a session, counted by `meter`. */
export function meteredBinding(db: D1Database, meter: RowsRead): D1Database {
  const binding = {
    ...meteredD1(db, meter),
    exec: (query: string) => db.exec(query),
    withSession: (constraint?: string) => {
      const session = db.withSession(constraint);
      return { ...meteredD1(session, meter), getBookmark: () => session.getBookmark() };
    },
  };
  return binding as unknown as D1Database;
}
