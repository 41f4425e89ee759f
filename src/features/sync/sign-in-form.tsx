import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { SessionError, signIn, type Session } from '../../db/sync/session';
import { TextField } from '../../ui/text-field';

interface Props {
  initialServer: string;
  initialUser?: string;
  onSignedIn: (server: string, session: Session) => void;
}

/** User name and password against the team server's CouchDB session API; the password is not kept. */
export function SignInForm({ initialServer, initialUser = '', onSignedIn }: Props) {
  const { t } = useTranslation(['sync', 'services']);
  const [server, setServer] = useState(initialServer);
  const [user, setUser] = useState(initialUser);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!user.trim() || !password) return setError(t('sync:errors.required'));
    setBusy(true);
    setError(null);
    try {
      const session = await signIn(server.trim(), user.trim(), password);
      setPassword('');
      if (!session.name) return setError(t('sync:errors.password'));
      onSignedIn(server.trim(), session);
    } catch (caught) {
      setError(t(`sync:errors.${caught instanceof SessionError ? caught.problem : 'server'}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <TextField label={t('sync:server')} hint={t('sync:serverHint')} value={server} onChange={setServer} type="url" autoComplete="off" />
      <TextField label={t('sync:user')} value={user} onChange={setUser} autoComplete="username" autoCapitalize="none" />
      <TextField label={t('sync:password')} value={password} onChange={setPassword} type="password" autoComplete="current-password" />
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={isBusy}>
        {isBusy ? t('sync:signingIn') : t('sync:signIn')}
      </button>
    </form>
  );
}
