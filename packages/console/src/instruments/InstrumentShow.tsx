import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, Collapse, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import type { InstrumentDefinition, ItemDefinition, NodeDefinition } from '@zi/schema';
import { useState } from 'react';
import { Loading, ShowBase, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatNumber } from '../i18n/format.ts';
import { usePortalrbSoals } from '../portalrb/soals.ts';

/** PortalRB's soal ids of an item: its own, or one per % input. */
function soalsOf(item: ItemDefinition, soals: ReadonlyMap<string, number>) {
  const own = soals.get(item.code);
  if (own !== undefined) return [own];
  return (item.inputs ?? []).flatMap((input) => soals.get(`${item.code}.${input.key}`) ?? []);
}

function NodeBranch({
  node,
  depth,
  soals,
}: {
  node: NodeDefinition;
  depth: number;
  soals: ReadonlyMap<string, number>;
}) {
  const [open, setOpen] = useState(depth < 1);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      <ListItemButton onClick={() => setOpen(!open)} sx={{ pl: 2 + depth * 3 }}>
        <ListItemText
          primary={`${node.code} · ${node.name}`}
          secondary={translate('zi.instrument.weight', { weight: formatNumber(locale, node.weight) })}
        />
        {open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
      </ListItemButton>
      <Collapse in={open} unmountOnExit>
        <List disablePadding dense>
          {(node.children ?? []).map((child) => (
            <NodeBranch key={child.code} node={child} depth={depth + 1} soals={soals} />
          ))}
          {(node.items ?? []).map((item) => (
            <Box key={item.code} sx={{ pl: 5 + depth * 3, pr: 2, py: 0.5 }}>
              <Typography variant="body2">
                <b>{item.code}</b> {item.question}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {translate(`zi.answer_type.${item.answerType}`)}
                {item.options.length ? ` · ${item.options.map((option) => option.label).join(' / ')}` : ''}
                {item.inputs?.length ? ` · ${item.inputs.map((input) => input.label).join('; ')}` : ''}
                {soalsOf(item, soals).length > 0 &&
                  ` · ${translate('zi.instrument.soal', { soal: soalsOf(item, soals).join(', ') })}`}
              </Typography>
            </Box>
          ))}
        </List>
      </Collapse>
    </>
  );
}

function InstrumentTree() {
  const record = useRecordContext<{
    code: string;
    title: string;
    regulation: string;
    definition: InstrumentDefinition;
  }>();
  const soals = usePortalrbSoals(record?.code ?? '');
  // The list's row stands in until the instrument with its definition arrives.
  if (!record?.definition) return <Loading />;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5">{record.title}</Typography>
      <Typography variant="body2" color="text.secondary">
        {record.regulation}
      </Typography>
      <List dense data-testid="instrument-tree">
        {record.definition.components.map((component) => (
          <NodeBranch key={component.code} node={component} depth={0} soals={soals} />
        ))}
      </List>
    </Box>
  );
}

export const InstrumentShow = () => (
  <ShowBase>
    <InstrumentTree />
  </ShowBase>
);
