import { Alert, Badge, Button, Checkbox, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportColumnPreview, ImportPreview } from '../../../../shared/api/import';
import { headerText } from '../../../../shared/import/header-text';
import type { ImportPreviewState } from '../../hooks/importPreview';
import { DateRules } from './DateRules';
import { ReadWarnings } from './ReadWarnings';

type Group = 'bookkeeping' | 'personal' | 'empty';

const groupOf = (c: ImportColumnPreview): Group =>
  c.reason === 'empty' ? 'empty' : c.kind === 'personal' ? 'personal' : 'bookkeeping';
const COLORS: Record<Group, string> = { bookkeeping: 'gray', personal: 'orange', empty: 'gray' };

/** The columns no question is made from: the tool's bookkeeping, personal data and empty columns. */
function LeftOut({ preview, keepPersonal }: { preview: ImportPreview; keepPersonal: boolean }) {
  const { t } = useTranslation();
  const cols = preview.columns.filter(
    (c) => c.reason && c.kind !== 'answer' && !(keepPersonal && c.kind === 'personal'),
  );
  if (cols.length === 0) return null;
  const order: Group[] = ['personal', 'bookkeeping', 'empty'];
  const sorted = [...cols].sort((a, b) => order.indexOf(groupOf(a)) - order.indexOf(groupOf(b)));
  return (
    <Stack gap={4} data-testid="import-left-out">
      <Text size="sm" fw={600}>
        {t('importTools.leftOutTitle', { count: cols.length })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('importTools.leftOutHint')}
      </Text>
      <ScrollArea.Autosize mah={220} type="auto" offsetScrollbars>
        <Table fz="xs" verticalSpacing={2} withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48} />
              <Table.Th w="45%">{t('importTools.column')}</Table.Th>
              <Table.Th w={140} />
              <Table.Th>{t('importTools.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((c) => (
              <Table.Tr key={c.index} data-testid="import-left-out-row" data-kind={c.kind}>
                <Table.Td ff="monospace" c="dimmed">
                  {c.letter}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" lineClamp={1} maw={420} title={c.header}>
                    {headerText(c.header)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light" color={COLORS[groupOf(c)]}>
                    {t(`importTools.group.${groupOf(c)}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{t(`importTools.reason.${c.reason!}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}

/**
 * What the survey tool's adapter found: the workbook's other sheets (a Kobo repeat group can be
 * imported on its own), what the reader could not read, preview and test responses left out, and every
 * column left out with why.
 */
export function ToolFindings({ state }: { state: ImportPreviewState }) {
  const { t } = useTranslation();
  const p = state.preview;
  if (!p) return null;
  return (
    <Stack gap="sm" data-testid="import-tool-findings">
      <ReadWarnings warnings={p.readWarnings} />
      {p.otherSheets.length > 0 && (
        <Alert color="yellow" variant="light" p="xs" data-testid="import-other-sheets">
          <Text size="sm" fw={600}>
            {t('importTools.otherSheets', { count: p.otherSheets.length })}
          </Text>
          <Text size="xs" c="dimmed" mb={4}>
            {t('importTools.otherSheetsHint')}
          </Text>
          <Stack gap={2}>
            {p.otherSheets.map((s) => (
              <Group key={s.name} gap="xs" data-testid="import-other-sheet">
                <Text size="sm" fw={500}>
                  {s.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {s.rows < 0 ? t('importTools.sheetUnread') : t('importTools.sheetRows', { count: s.rows })}
                </Text>
                {s.repeatGroup && (
                  <Badge size="xs" variant="outline" color="yellow">
                    {t('importTools.repeatGroup')}
                  </Badge>
                )}
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => void state.change({ sheet: s.name })}
                  data-testid="import-other-sheet-open"
                >
                  {t('importTools.importSheet')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
      {p.testResponses > 0 && (
        <Alert color="blue" variant="light" p="xs" data-testid="import-test-responses">
          <Group justify="space-between">
            <Text size="sm">{t('importTools.testResponses', { count: p.testResponses })}</Text>
            <Checkbox
              size="xs"
              label={t('importTools.keepTests')}
              checked={state.choices.keepTestResponses === true}
              onChange={(e) => void state.change({ keepTestResponses: e.currentTarget.checked })}
            />
          </Group>
        </Alert>
      )}
      {p.allTestResponses > 0 && (
        <Alert color="blue" variant="light" p="xs" data-testid="import-all-test-responses">
          <Text size="sm">{t('importTools.allTestResponses', { count: p.allTestResponses })}</Text>
        </Alert>
      )}
      <DateRules state={state} />
      <LeftOut preview={p} keepPersonal={state.choices.keepPersonal} />
    </Stack>
  );
}
