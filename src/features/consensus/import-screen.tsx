import { useTranslation } from '../../i18n/use-translation';
import { ReviewFileImport } from './review-file-import';

/** Import a reviewer's file on a tablet that may not have the review yet (it is then created). */
export function ImportReviewFileScreen() {
  const { t } = useTranslation(['consensus']);
  return (
    <div className="stack consensus-screen">
      <h1>{t('consensus:importScreen.title')}</h1>
      <p>{t('consensus:importScreen.intro')}</p>
      <ReviewFileImport />
    </div>
  );
}
