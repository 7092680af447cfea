import { Alert } from '@mui/material';
import { ApiError } from './providers/graphql.ts';

/** A problem the API names: what was refused, in its words. */
type Problem = { field?: string; message: string };

/**
 * A load or write that failed, in the API's words, where its data would be: never a silent empty page.
 * A refused input lists each problem the API named (the first ten).
 */
export function ApiErrorAlert({ error, testId }: { error: Error | null; testId?: string }) {
  if (!error) return null;
  const problems =
    error instanceof ApiError ? ((error.extensions.problems as Problem[] | undefined) ?? []) : [];
  return (
    <Alert severity="error" sx={{ mb: 1 }} data-testid={testId ?? 'api-error'}>
      {error.message}
      {problems.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {problems.slice(0, 10).map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>
              {problem.field ? `${problem.field}: ` : ''}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
