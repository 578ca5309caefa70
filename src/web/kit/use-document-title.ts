import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title, so screen reader users hear which page they are on. */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    const product = t('app.name');
    document.title = title ? `${title} – ${product}` : product;
  }, [title, t]);
}
