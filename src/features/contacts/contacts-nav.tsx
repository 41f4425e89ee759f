import { useTranslation } from '../../i18n/use-translation';
import { SectionNav } from '../../ui/section-nav';

type Current = 'my-week' | 'team' | 'employers' | null;

/** The way back to the service and between the contact log's pages. */
export function ContactsNav({ serviceId, serviceName, current }: { serviceId: string; serviceName: string; current: Current }) {
  const { t } = useTranslation(['contacts']);
  const base = `/services/${serviceId}`;
  return (
    <SectionNav
      label={t('contacts:nav.label')}
      back={{ href: base, text: serviceName }}
      current={current}
      links={[
        { key: 'my-week', href: `${base}/contacts`, label: t('contacts:nav.myWeek') },
        { key: 'team', href: `${base}/contacts/team`, label: t('contacts:nav.team') },
        { key: 'employers', href: `${base}/employers`, label: t('contacts:nav.employers') },
      ]}
    />
  );
}
