import { QueryClient } from '@tanstack/react-query';

/**
 * An answer that says who you are or what you may do is final: signed out or forbidden is not retried (the
 * login form appears at once instead of after react-query's back-off); a network failure is retried twice.
 */
const final = (error: unknown) => [401, 403].includes((error as { status?: number } | null)?.status ?? 0);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: (failures, error) => !final(error) && failures < 2 },
  },
});
