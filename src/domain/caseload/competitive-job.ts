/*
 * "Competitive job" from questions a coach can answer (issue 16). IPS counts a job as competitive
 * when it is on the open labour market (anyone could have applied), pays at least the usual rate
 * for the work, is not set aside for people with disabilities and is not time-limited by the
 * service. A job is competitive exactly when all four hold; one "no" makes it not competitive.
 * Pay subsidy (palkkatuki) is not among the questions: a subsidised job at an ordinary employer is
 * competitive when the four hold.
 */
export const COMPETITIVE_QUESTIONS = ['openMarket', 'usualPay', 'notReserved', 'notTimeLimited'] as const;
export type CompetitiveQuestion = (typeof COMPETITIVE_QUESTIONS)[number];

/** The coach's answers, all four given. */
export type CompetitiveAnswers = Record<CompetitiveQuestion, boolean>;
/** Answers while a form is being filled: null = not answered yet. */
export type PartialCompetitiveAnswers = Record<CompetitiveQuestion, boolean | null>;

export const NO_ANSWERS: PartialCompetitiveAnswers = { openMarket: null, usualPay: null, notReserved: null, notTimeLimited: null };

/** Competitive when every answer is yes. */
export function isCompetitive(answers: CompetitiveAnswers): boolean {
  return COMPETITIVE_QUESTIONS.every((question) => answers[question]);
}

/**
 * What the answers so far say: `true` when all four are yes, `false` as soon as one is no (the
 * rest cannot change it), `null` while it is still open.
 */
export function competitiveSoFar(answers: PartialCompetitiveAnswers): boolean | null {
  const values = COMPETITIVE_QUESTIONS.map((question) => answers[question]);
  if (values.includes(false)) return false;
  return values.every((value) => value === true) ? true : null;
}

/** All four answered: the answers to store; else null. */
export function completeAnswers(answers: PartialCompetitiveAnswers): CompetitiveAnswers | null {
  return COMPETITIVE_QUESTIONS.every((question) => answers[question] !== null) ? (answers as CompetitiveAnswers) : null;
}

/** Which of the four answers are "no", in the questions' order (for saying why a job does not count). */
export function failedQuestions(answers: CompetitiveAnswers): CompetitiveQuestion[] {
  return COMPETITIVE_QUESTIONS.filter((question) => !answers[question]);
}
