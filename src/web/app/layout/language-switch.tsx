import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/common';
import { currentLanguage, languages } from '../../kit/i18n';
import { useChangeLanguage } from '../session/use-change-language';

/** Two toggle buttons; each names its language in that language, so it is findable by anyone. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const active = currentLanguage();
  return (
    <Group gap={4} role="group" aria-label={t('app.language.label')}>
      {languages.map((language: Language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={language === active ? 'filled' : 'subtle'}
          aria-pressed={language === active}
          lang={language}
          loading={changeLanguage.isPending && changeLanguage.variables === language}
          onClick={() => changeLanguage.mutate(language)}
        >
          {t(`app.language.${language}`)}
        </Button>
      ))}
    </Group>
  );
}
