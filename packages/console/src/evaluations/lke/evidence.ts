import { useQuery } from '@tanstack/react-query';
import type { Layer } from '@zi/schema';
import { useMemo } from 'react';
import { gql, request } from '../../providers/graphql.ts';

const EvidenceFilesQuery = gql(`query EvidenceFiles($id: Int!, $layer: Layer!) { evaluation(id: $id) {
  evidenceUsage
  evidenceFiles(layer: $layer) { id item title revision fileName size contentType uploadedAt downloadUrl uploadedBy { name } } } }`);

export type EvidenceFile = NonNullable<Awaited<ReturnType<typeof loadEvidence>>>['files'][number];

async function loadEvidence(evaluationId: number, layer: Layer, signal?: AbortSignal) {
  const { evaluation } = await request(EvidenceFilesQuery, { id: evaluationId, layer }, signal);
  return { files: evaluation.evidenceFiles, usage: evaluation.evidenceUsage };
}

/**
 * One layer's evidence documents of an evaluation, with how many documents each item has (a document
 * counted once, whatever its revisions).
 */
export function useEvidence(evaluationId: number, layer: Layer) {
  const query = useQuery({
    queryKey: ['evidence', evaluationId, layer],
    queryFn: ({ signal }) => loadEvidence(evaluationId, layer, signal),
  });
  const documents = useMemo(() => {
    const counts = new Map<string, number>();
    for (const title of new Set((query.data?.files ?? []).map((file) => `${file.item}\n${file.title}`))) {
      const item = title.split('\n')[0] ?? '';
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    return counts;
  }, [query.data]);
  return { ...query, documents };
}
