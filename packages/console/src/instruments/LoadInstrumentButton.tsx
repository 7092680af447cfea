import FileUploadIcon from '@mui/icons-material/FileUpload';
import { Alert, AlertTitle, Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRedirect, useRefresh, useTranslate } from 'react-admin';
import type { ZiDataProvider } from '../providers/dataProvider.ts';
import { ApiError } from '../providers/graphql.ts';

/** What went wrong with a file: the API's problems one per line, or why the file is no JSON at all. */
type Refusal = { title: string; lines: string[] };

/** Administrators load a new LKE instrument from its JSON definition; every problem of a broken one is listed. */
export function LoadInstrumentButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<ZiDataProvider>();
  const input = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { canAccess } = useCanAccess({ resource: 'instruments', action: 'create' });
  const load = useMutation({
    mutationFn: (definition: unknown) => dataProvider.loadInstrument(definition),
    onSuccess: (instrument) => {
      setRefusal(null);
      notify('zi.instrument.loaded', { type: 'success', messageArgs: { code: instrument.code } });
      refresh();
      redirect('show', 'instruments', instrument.id);
    },
    onError: (error) => {
      const problems =
        error instanceof ApiError
          ? (error.extensions.problems as { message: string }[] | undefined)
          : undefined;
      setRefusal({ title: error.message, lines: (problems ?? []).map((problem) => problem.message) });
    },
  });
  if (!canAccess) return null;

  async function choose(file: File | undefined) {
    if (!file) return;
    if (input.current) input.current.value = '';
    let definition: unknown;
    try {
      definition = JSON.parse(await file.text());
    } catch (error) {
      setRefusal({
        title: translate('zi.instrument.not_json', { name: file.name, reason: (error as Error).message }),
        lines: [],
      });
      return;
    }
    load.mutate(definition);
  }

  return (
    <>
      <Button
        startIcon={<FileUploadIcon />}
        onClick={() => input.current?.click()}
        disabled={load.isPending}
        data-testid="instrument-load"
      >
        {translate('zi.instrument.load')}
      </Button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="instrument-load-file"
        onChange={(event) => choose(event.target.files?.[0])}
      />
      {refusal && (
        <Alert
          severity="error"
          onClose={() => setRefusal(null)}
          sx={{ mt: 1 }}
          data-testid="instrument-problems"
        >
          <AlertTitle>{refusal.title}</AlertTitle>
          {refusal.lines.slice(0, 20).map((line) => (
            <div key={line}>{line}</div>
          ))}
          {refusal.lines.length > 20 &&
            translate('zi.instrument.more_problems', { count: refusal.lines.length - 20 })}
        </Alert>
      )}
    </>
  );
}
