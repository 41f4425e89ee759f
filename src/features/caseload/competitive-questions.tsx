import { useTranslation } from '../../i18n/use-translation';
import {
  COMPETITIVE_QUESTIONS,
  competitiveSoFar,
  type CompetitiveQuestion,
  type PartialCompetitiveAnswers,
} from '../../domain/caseload/competitive-job';

interface Props {
  answers: PartialCompetitiveAnswers;
  onChange: (answers: PartialCompetitiveAnswers) => void;
  /** A job saved before the questions: the flag it keeps while the answers stay empty. */
  storedFlag: boolean | null;
  error?: string;
}

/** The four questions behind "competitive job" (issue 16), with the Finnish cases explained. */
export function CompetitiveQuestions({ answers, onChange, storedFlag, error }: Props) {
  const { t } = useTranslation(['caseload']);
  const result = competitiveSoFar(answers);
  const unanswered = COMPETITIVE_QUESTIONS.every((question) => answers[question] === null);
  const answer = (question: CompetitiveQuestion, value: boolean) => onChange({ ...answers, [question]: value });
  return (
    <fieldset className="competitive-questions stack" aria-describedby={error ? 'competitive-error' : undefined}>
      <legend>{t('caseload:competitive.legend')}</legend>
      <p className="field-hint">{t('caseload:competitive.intro')}</p>
      {COMPETITIVE_QUESTIONS.map((question) => (
        <div key={question} className="competitive-question" role="radiogroup" aria-labelledby={`competitive-${question}`}>
          <span id={`competitive-${question}`}>{t(`caseload:competitive.questions.${question}`)}</span>
          <span className="row">
            {[true, false].map((value) => (
              <label key={String(value)} className="radio">
                <input
                  type="radio"
                  name={`competitive-${question}`}
                  checked={answers[question] === value}
                  onChange={() => answer(question, value)}
                  // An unanswered question is where a refused form sends the focus.
                  aria-invalid={error && answers[question] === null ? true : undefined}
                />
                {value ? t('caseload:jobs.yes') : t('caseload:jobs.no')}
              </label>
            ))}
          </span>
        </div>
      ))}
      {error && (
        <span id="competitive-error" className="field-error">
          {error}
        </span>
      )}
      <p role="status" data-testid="competitive-result">
        {storedFlag !== null && unanswered
          ? t('caseload:competitive.stored', { value: storedFlag ? t('caseload:jobs.yes') : t('caseload:jobs.no') })
          : result === null
            ? t('caseload:competitive.open')
            : result
              ? t('caseload:competitive.isCompetitive')
              : t('caseload:competitive.notCompetitive')}
      </p>
      <details className="competitive-help">
        <summary>{t('caseload:competitive.helpTitle')}</summary>
        <dl>
          {(['paySubsidy', 'apprenticeship', 'intermediate', 'workTrial', 'rehabilitative'] as const).map((key) => (
            <div key={key}>
              <dt>{t(`caseload:competitive.cases.${key}.term`)}</dt>
              <dd>{t(`caseload:competitive.cases.${key}.text`)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </fieldset>
  );
}
