import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useAuth } from '../auth';
import { useTitle } from '../hooks';

function Field(props: {
  label: string;
  name: string;
  type?: string;
  autoComplete?: string;
  required?: boolean;
  minLength?: number;
  error?: string;
}) {
  const id = `f-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        required={props.required}
        minLength={props.minLength}
        aria-invalid={!!props.error}
        aria-describedby={props.error ? `${id}-err` : undefined}
      />
      {props.error && (
        <span className="field-error" id={`${id}-err`}>
          {props.error}
        </span>
      )}
    </div>
  );
}

function AuthShell({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="auth-page" id="main">
      <div className="auth-card">
        <div className="brand brand-lg">
          <img src="/favicon.svg" alt="" width={40} height={40} /> MusicPlayer
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

export function LoginPage() {
  useTitle('Log in');
  const auth = useAuth();
  const nav = useNavigate();
  const loc = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await auth.login(String(f.get('email')), String(f.get('password')));
      nav((loc.state as { from?: string } | null)?.from ?? '/', { replace: true });
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? 'Wrong email or password.' : (err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <AuthShell title="Log in">
      <form onSubmit={submit} aria-label="Log in">
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        {error && <p className="form-error" role="alert">{error}</p>}
        <button className="btn btn-primary btn-block" type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p className="muted center">
        New here? <Link to="/register">Create an account</Link>
      </p>
    </AuthShell>
  );
}

export function RegisterPage() {
  useTitle('Create an account');
  const auth = useAuth();
  const nav = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const lastName = String(f.get('last_name') ?? '').trim();
      await auth.register({
        username: String(f.get('username')).trim(),
        email: String(f.get('email')).trim(),
        password: String(f.get('password')),
        first_name: String(f.get('first_name')).trim(),
        ...(lastName ? { last_name: lastName } : {}),
      });
      nav('/', { replace: true });
    } catch (err) {
      if (err instanceof ApiError) {
        setFields(err.fieldErrors());
        setError(err.status === 409 ? 'That username or email is taken already.' : err.message);
      } else setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <AuthShell title="Create an account">
      <form onSubmit={submit} aria-label="Create an account">
        <Field label="Username" name="username" autoComplete="username" required error={fields.username} />
        <Field label="Email" name="email" type="email" autoComplete="email" required error={fields.email} />
        <div className="field-row">
          <Field label="First name" name="first_name" autoComplete="given-name" required error={fields.first_name} />
          <Field label="Last name (optional)" name="last_name" autoComplete="family-name" error={fields.last_name} />
        </div>
        <Field label="Password (8 characters or more)" name="password" type="password" autoComplete="new-password" required minLength={8} error={fields.password} />
        {error && <p className="form-error" role="alert">{error}</p>}
        <button className="btn btn-primary btn-block" type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create account'}
        </button>
      </form>
      <p className="muted center">
        Have an account? <Link to="/login">Log in</Link>
      </p>
    </AuthShell>
  );
}
