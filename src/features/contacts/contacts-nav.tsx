import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

type Current = 'my-week' | 'team' | 'employers' | null;

/** The way back to the service and between the contact log's pages. */
export function ContactsNav({ serviceId, serviceName, current }: { serviceId: string; serviceName: string; current: Current }) {
  const { t } = useTranslation(['contacts']);
  const base = `/services/${serviceId}`;
  const links = [
    ['my-week', `${base}/contacts`, t('contacts:nav.myWeek')],
    ['team', `${base}/contacts/team`, t('contacts:nav.team')],
    ['employers', `${base}/employers`, t('contacts:nav.employers')],
  ] as const;
  return (
    <nav aria-label={t('contacts:nav.label')} className="contacts-nav">
      <Link href={base}>← {serviceName}</Link>
      <ul className="contacts-tabs">
        {links.map(([key, href, label]) => (
          <li key={key}>
            <Link href={href} className="contacts-tab" aria-current={current === key ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
