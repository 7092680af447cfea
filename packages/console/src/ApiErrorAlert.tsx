import { Alert } from '@mui/material';

/** A load that failed, in the API's words, where its data would be: never a silent empty page. */
export function ApiErrorAlert({ error, testId }: { error: Error | null; testId?: string }) {
  if (!error) return null;
  return (
    <Alert severity="error" sx={{ mb: 1 }} data-testid={testId ?? 'api-error'}>
      {error.message}
    </Alert>
  );
}
