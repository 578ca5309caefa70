import type { TFunction } from 'i18next';
import type { AnswerView } from '../api/types';

/** An answer in words: "Ja – Lifecare (Skara)", "Nej", "Köp behövs". */
export function describeAnswer(t: TFunction, answer: AnswerView): string {
  const yes = t('common.yes');
  const no = t('common.no');
  switch (answer.step) {
    case 'internal':
    case 'partner': {
      if (!answer.covered) return no;
      if (!answer.system) return yes;
      const where = answer.system.municipality ? ` (${answer.system.municipality})` : '';
      return `${yes} – ${answer.system.name}${where}`;
    }
    case 'prestudy':
      return answer.result ? t(`acquisitions.prestudyResults.${answer.result}`) : '–';
    case 'agreement':
      // The agreement step's "exists" is stored as `covered`.
      if (answer.agreement) return `${yes} – ${answer.agreement.name}`;
      return answer.covered ? yes : no;
  }
}
