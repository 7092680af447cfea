import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button, Menu, MenuItem } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { type InstrumentDefinition, type Layer, layerBelow, progressAreas } from '@zi/schema';
import { useMemo, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { gql, request } from '../../providers/graphql.ts';

const CopyLayerBelow = gql(`mutation CopyLayerBelow($id: Int!, $layer: Layer!, $area: String) {
  copyLayerBelow(evaluationId: $id, layer: $layer, area: $area) { answers { item } } }`);

/**
 * Starts an assessor's layer from the layer below, all items or one area at a time; the API leaves items
 * already answered and marks each copy until the assessor confirms or changes it.
 */
export function CopyLayerButton({
  evaluationId,
  layer,
  definition,
  disabled,
  onCopied,
}: {
  evaluationId: number;
  layer: Layer;
  definition: InstrumentDefinition;
  /** Unsaved edits would be read over by the copied answers: save first. */
  disabled: boolean;
  onCopied: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const areas = useMemo(() => progressAreas(definition), [definition]);
  const below = layerBelow(layer);
  const copy = useMutation({
    mutationFn: (area: string | null) => request(CopyLayerBelow, { id: evaluationId, layer, area }),
    onSuccess: ({ copyLayerBelow }) => {
      notify('zi.copy.done', {
        type: 'success',
        messageArgs: { smart_count: copyLayerBelow.answers.length },
      });
      onCopied();
    },
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  if (!below) return null;
  const choose = (area: string | null) => {
    setAnchor(null);
    copy.mutate(area);
  };
  return (
    <>
      <Button
        size="small"
        startIcon={<ContentCopyIcon />}
        disabled={disabled || copy.isPending}
        title={disabled ? translate('zi.copy.save_first') : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        data-testid="lke-copy"
      >
        {translate('zi.copy.button', { layer: translate(`zi.layer.${below}`) })}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => choose(null)} data-testid="lke-copy-all">
          {translate('zi.copy.all')}
        </MenuItem>
        {areas.map((area) => (
          <MenuItem key={area.key} onClick={() => choose(area.key)} data-testid={`lke-copy-${area.key}`}>
            {area.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
