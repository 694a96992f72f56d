import { type RefObject, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { ApiProblem } from "../api/client";

/** Field errors keyed by dotted path ("title", "actors.0.role"). */
export type FieldErrors = Record<string, string>;

/** Turns zod issues into field errors, first message per path. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

/** The error for a field: its own, or the first one about something inside it. */
export function errorFor(errors: FieldErrors, name: string): string | undefined {
  if (errors[name]) return errors[name];
  const prefix = `${name}.`;
  const key = Object.keys(errors).find((k) => k.startsWith(prefix));
  return key ? errors[key] : undefined;
}

function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

function summary(err: ApiProblem): string {
  if (err.status === 0) return err.message;
  const others = err.otherErrors.map((e) => `${e.path}: ${e.message}`);
  return [err.message, ...others].join(" — ");
}

export type FormState = {
  errors: FieldErrors;
  /** A message for the whole form (shown in an alert above the buttons). */
  formError: string | null;
  /** The API's answer when the last submission failed (412 needs special handling). */
  problem: ApiProblem | null;
  busy: boolean;
  /**
   * Validates `values` with `schema` (the domain's input schema) and, when valid, calls `send`
   * with an Idempotency-Key that is kept until the API gives a definitive answer, so a retry
   * after a network failure reuses it. Double submits while busy are ignored.
   */
  submit: <T>(
    schema: z.ZodType | null,
    values: unknown,
    send: (idempotencyKey: string) => Promise<T>,
  ) => Promise<T | undefined>;
  setErrors: (errors: FieldErrors) => void;
  /** Shows client-side errors found outside `submit` (focuses the first invalid field). */
  reject: (errors: FieldErrors) => void;
  reset: () => void;
  formRef: RefObject<HTMLFormElement | null>;
};

export function useForm(): FormState {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const keyRef = useRef<string | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  const [focusTick, setFocusTick] = useState(0);

  // Move focus to the first invalid field so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (focusTick === 0) return;
    const el = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    el?.focus();
  }, [focusTick]);

  const reject = (errs: FieldErrors) => {
    setErrors(errs);
    setFormError(errs._form ?? "Some fields need attention; see the messages next to them.");
    setProblem(null);
    setFocusTick((n) => n + 1);
  };

  const submit: FormState["submit"] = async (schema, values, send) => {
    if (busyRef.current) return undefined;
    if (schema) {
      const r = schema.safeParse(values);
      if (!r.success) {
        reject(issuesToErrors(r.error.issues));
        return undefined;
      }
    }
    setErrors({});
    setFormError(null);
    setProblem(null);
    busyRef.current = true;
    setBusy(true);
    keyRef.current ??= newKey();
    try {
      const out = await send(keyRef.current);
      keyRef.current = null;
      return out;
    } catch (err) {
      if (!(err instanceof ApiProblem)) throw err;
      if (!err.retriable) keyRef.current = null;
      setErrors(err.fieldErrors);
      setProblem(err);
      setFormError(summary(err));
      if (Object.keys(err.fieldErrors).length > 0) setFocusTick((n) => n + 1);
      return undefined;
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const reset = () => {
    setErrors({});
    setFormError(null);
    setProblem(null);
  };

  return { errors, formError, problem, busy, submit, setErrors, reject, reset, formRef };
}
