import { type FieldChange, type PartialDate, PartialDateSchema } from "@factline/domain";

/** A value from a revision as text: dates in their canonical form, lists and objects as JSON. */
export function showValue(v: unknown): string {
  if (v === undefined) return "(absent)";
  if (v === null) return "(empty)";
  if (typeof v === "string") return v === "" ? "(empty)" : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const date = PartialDateSchema.safeParse(v);
  if (date.success) return (date.data as PartialDate).value;
  return JSON.stringify(v, null, 1);
}

/** One revision's changes as a before/after table. */
export function DiffView({ diff, caption }: { diff: FieldChange[]; caption: string }) {
  if (diff.length === 0) return <p className="muted">No field changes.</p>;
  return (
    <table className="diff">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {diff.map((c) => (
          <tr key={c.path}>
            <th scope="row">{c.path}</th>
            <td className="before">
              <del>{showValue(c.before)}</del>
            </td>
            <td className="after">
              <ins>{showValue(c.after)}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
