import { CreateUserInput, Role } from "@factline/domain";
import { useState } from "react";
import { adminApi } from "../api/admin";
import { ApiProblem } from "../api/client";
import type { User } from "../api/contract";
import { keys } from "../api/query-client";
import { useAfterWrite, useResource } from "../api/use-resource";
import { LoadState, when } from "../components/status";
import { Field, FormFooter } from "../forms/field";
import { useForm } from "../forms/use-form";
import { useSession } from "../session";

function UserRow({ user, onSaved }: { user: User; onSaved: () => void }) {
  const [role, setRole] = useState<Role>(user.role);
  const [active, setActive] = useState(user.active);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = role !== user.role || active !== user.active;

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await adminApi.updateUser(
        user.id,
        { ...(role !== user.role ? { role } : {}), ...(active !== user.active ? { active } : {}) },
        user.version,
      );
      onSaved();
    } catch (err) {
      setError(
        err instanceof ApiProblem && err.status === 412
          ? "Changed by someone else since you loaded it; reload the page."
          : (err as Error).message,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr>
      <th scope="row">{user.name}</th>
      <td>{user.email}</td>
      <td>
        <select
          aria-label={`Role of ${user.name}`}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {Role.options.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`${user.name} is active`}
          checked={active}
          onChange={(e) => setActive(e.target.checked)}
        />
      </td>
      <td>{when(user.updatedAt)}</td>
      <td>
        <button
          type="button"
          className="secondary"
          disabled={!changed || busy}
          onClick={() => void save()}
        >
          {busy ? "Saving…" : "Save"}
        </button>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}

function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const [v, setV] = useState({ email: "", name: "", role: "editor" as Role, password: "" });
  const form = useForm();
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.target.value }));
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label="New user"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await form.submit(CreateUserInput, v, (key) => adminApi.createUser(v, key));
        if (r) {
          setV({ email: "", name: "", role: "editor", password: "" });
          onCreated();
        }
      }}
    >
      <Field name="name" label="Name" errors={form.errors}>
        {(p) => <input {...p} value={v.name} onChange={set("name")} />}
      </Field>
      <Field name="email" label="Email" errors={form.errors}>
        {(p) => <input {...p} type="email" value={v.email} onChange={set("email")} />}
      </Field>
      <Field name="role" label="Role" errors={form.errors}>
        {(p) => (
          <select {...p} value={v.role} onChange={set("role")}>
            {Role.options.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="password"
        label="Initial password"
        errors={form.errors}
        hint="At least 12 characters"
      >
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            value={v.password}
            onChange={set("password")}
          />
        )}
      </Field>
      <FormFooter
        busy={form.busy}
        formError={form.formError}
        label="Create user"
        busyLabel="Creating…"
      />
    </form>
  );
}

/** Accounts (admins only): create, change role, deactivate. */
export function UsersPage() {
  const { can } = useSession();
  const users = useResource(keys.users(), () => adminApi.listUsers());
  const afterWrite = useAfterWrite();
  if (!can("user.read")) {
    return (
      <>
        <h1>Users</h1>
        <p role="alert">Only admins manage users.</p>
      </>
    );
  }
  return (
    <>
      <h1>Users</h1>
      <LoadState loading={users.loading && !users.data} error={users.error} />
      {users.data && (
        <table className="list">
          <caption className="visually-hidden">Accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Active</th>
              <th scope="col">Changed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.data.data.map((u) => (
              <UserRow key={`${u.id}:${u.version}`} user={u} onSaved={afterWrite} />
            ))}
          </tbody>
        </table>
      )}
      {can("user.manage") && (
        <section aria-labelledby="new-user-h">
          <h2 id="new-user-h">New user</h2>
          <NewUserForm onCreated={afterWrite} />
        </section>
      )}
    </>
  );
}
