import { LoginInput } from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import { Field, FormFooter } from "../forms/field";
import { useForm } from "../forms/use-form";
import { navigate, useLocation } from "../router";
import { useSession } from "../session";

/** Where to go after logging in: only an app path, never another site. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function LoginPage() {
  const { setUser } = useSession();
  const { search } = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useForm();

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const values = { email, password };
    const r = await form.submit(LoginInput, values, () => adminApi.login(email, password));
    if (r) {
      setUser(r.data.user);
      navigate(safeNext(search.get("next")), { replace: true });
    }
  }

  return (
    <main id="main" className="login">
      <h1>Factline admin</h1>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate aria-labelledby="login-heading">
        <h2 id="login-heading">Log in</h2>
        <Field name="email" label="Email" errors={form.errors}>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field name="password" label="Password" errors={form.errors}>
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <FormFooter
          busy={form.busy}
          formError={form.formError}
          label="Log in"
          busyLabel="Logging in…"
        />
      </form>
    </main>
  );
}
