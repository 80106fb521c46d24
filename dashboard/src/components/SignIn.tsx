// Signing in with a token: in development one printed by `pnpm run token --role DONOR`;
// in production the identity provider's access token (see the dashboard's README).
import { useId, useState, type FormEvent } from 'react';
import type { Translate } from '../i18n.ts';

export function SignIn({ t, onToken, refusal }: { t: Translate; onToken: (token: string) => void; refusal?: string }) {
  const [token, setToken] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) onToken(token.trim());
  };
  return (
    <section className="panel sign-in" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('signIn.title')}</h2>
      <p>{t('signIn.explain')}</p>
      {refusal && (
        <p className="error" role="alert">
          {t('signIn.refused', { message: refusal })}
        </p>
      )}
      <form onSubmit={submit}>
        <label htmlFor={`${id}-token`}>{t('signIn.token')}</label>
        <textarea
          id={`${id}-token`}
          name="token"
          rows={3}
          required
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-help`}
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
        <p id={`${id}-help`} className="help">
          <code>{t('signIn.tokenHelp')}</code>
        </p>
        <button type="submit">{t('signIn.submit')}</button>
      </form>
    </section>
  );
}
