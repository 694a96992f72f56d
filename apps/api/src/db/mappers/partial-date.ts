import type { DatePrecision, PartialDate } from "@factline/domain";

/** The four columns a PartialDate is stored in (value, precision, earliest, latest). */
export type PartialDateColumns = {
  value: string | null;
  precision: DatePrecision | null;
  earliest: string | null;
  latest: string | null;
};

/** A stored PartialDate, or null when any of its columns is missing. */
export function toPartialDate(c: PartialDateColumns): PartialDate | null {
  if (!c.value || !c.precision || !c.earliest || !c.latest) return null;
  return { value: c.value, precision: c.precision, earliest: c.earliest, latest: c.latest };
}
