export const MIN_PASSWORD_LENGTH: number;
export function teamProblems(team: unknown): string[];
