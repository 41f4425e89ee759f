import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useDeviceWipeStore } from '../../ui/device-wipe';
import { TypedConfirmButton } from '../../ui/typed-confirm-button';

/** "Delete everything on this device" (issue 14 #2): for handing a tablet on, or leaving a job. */
export function WipeSection() {
  const { t } = useTranslation(['settings']);
  const titleId = useId();
  const start = useDeviceWipeStore((s) => s.start);
  const word = t('settings:wipe.word');
  return (
    <section className="panel stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('settings:wipe.title')}</h2>
      <p>{t('settings:wipe.intro')}</p>
      <div>
        <TypedConfirmButton
          label={t('settings:wipe.button')}
          title={t('settings:wipe.confirmTitle')}
          body={<p>{t('settings:wipe.confirmBody')}</p>}
          expected={word}
          inputLabel={t('settings:wipe.type', { word })}
          confirmLabel={t('settings:wipe.confirm')}
          onConfirm={start}
          testId="wipe-device"
        />
      </div>
    </section>
  );
}
