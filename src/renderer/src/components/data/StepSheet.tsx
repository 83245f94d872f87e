import { Badge, Group, NumberInput, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/import';
import { formatNumber } from '../../../../shared/format';
import { headerText } from '../../../../shared/import/header-text';
import type { Delimiter, ImportPreviewState } from '../../hooks/importPreview';
import { useLang } from '../../hooks/useLang';
import { ToolFindings } from './ToolFindings';

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];
const SHOWN_COLUMNS = 14;

function delimiterName(d: string | null, t: (k: string) => string): string {
  if (d === null) return '–';
  return (
    {
      ',': t('import.delim.comma'),
      ';': t('import.delim.semicolon'),
      '\t': t('import.delim.tab'),
      '|': t('import.delim.pipe'),
    }[d] ?? d
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={600} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/** The header row(s) as the file has them (markup stripped), above the file's first data rows. */
function HeaderTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const cols = preview.columns.slice(0, SHOWN_COLUMNS);
  const hasCode = cols.some((c) => c.code && c.code !== c.header);
  const hasSub = cols.some((c) => c.subLabel);
  const headerCell = { background: 'var(--mantine-color-blue-light)', fontWeight: 600 } as const;
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={4} data-testid="import-header-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={120} />
            {cols.map((c) => (
              <Table.Th key={c.index} ff="monospace" c="dimmed">
                {c.letter}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hasCode && (
            <Table.Tr>
              <Table.Th>{t('import.fieldId')}</Table.Th>
              {cols.map((c) => (
                <Table.Td key={c.index} style={headerCell} ff="monospace">
                  {c.code ?? ''}
                </Table.Td>
              ))}
            </Table.Tr>
          )}
          <Table.Tr>
            <Table.Th>{t('import.headerRowLabel')}</Table.Th>
            {cols.map((c) => (
              <Table.Td key={c.index} style={headerCell}>
                <Text size="xs" fw={600} lineClamp={3} maw={220} title={c.header}>
                  {headerText(c.header)}
                </Text>
              </Table.Td>
            ))}
          </Table.Tr>
          {hasSub && (
            <Table.Tr>
              <Table.Th>{t('import.subLabel')}</Table.Th>
              {cols.map((c) => (
                <Table.Td key={c.index} style={headerCell}>
                  {c.subLabel ?? ''}
                </Table.Td>
              ))}
            </Table.Tr>
          )}
          {preview.firstRows.map((row, r) => (
            <Table.Tr key={`r${r}`} data-testid="import-first-row">
              <Table.Th fw={400} c="dimmed">
                {r === 0 ? t('import.firstRows') : ''}
              </Table.Th>
              {cols.map((c, i) => (
                <Table.Td key={c.index}>
                  <Text size="xs" lineClamp={1} maw={220}>
                    {row[i] ?? ''}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.columns.length > SHOWN_COLUMNS && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('import.moreColumns', { count: preview.columns.length - SHOWN_COLUMNS })}
        </Text>
      )}
    </ScrollArea>
  );
}

/** Step 1: which sheet, where the header is, and what the file was read as. */
export function StepSheet({ state }: { state: ImportPreviewState }) {
  const { t } = useTranslation();
  const lang = useLang();
  const p = state.preview;
  if (!p) return null;
  const setHeaderRow = (raw: string) => {
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 1 && n - 1 !== p.headerRow) void state.change({ headerRow: n - 1 });
  };
  return (
    <Stack gap="md">
      <Group gap="xl" data-testid="import-detected">
        <Fact label={t('import.file')} value={p.fileName} testId="import-detected-file" />
        <Fact
          label={t('import.tool')}
          value={t(`importTools.tool.${p.tool}`, { defaultValue: p.toolName })}
          testId="import-detected-tool"
        />
        <Fact label={t('import.format')} value={p.format.toUpperCase()} testId="import-detected-format" />
        <Fact label={t('import.encoding')} value={p.encoding ?? '–'} testId="import-detected-encoding" />
        <Fact
          label={t('import.delimiter')}
          value={delimiterName(p.delimiter, t)}
          testId="import-detected-delimiter"
        />
        <Fact
          label={t('import.decimal')}
          value={p.decimal === ',' ? t('import.decimalComma') : t('import.decimalPoint')}
          testId="import-detected-decimal"
        />
        <Fact label={t('import.rows')} value={formatNumber(p.rows, lang)} testId="import-detected-rows" />
      </Group>
      <Group align="flex-end" gap="lg">
        {p.sheets.length > 1 && (
          <Select
            data-testid="import-sheet"
            label={t('import.sheet')}
            data={p.sheets}
            value={p.sheet}
            allowDeselect={false}
            onChange={(v) => v && void state.change({ sheet: v })}
            w={220}
          />
        )}
        {p.delimiter !== null && (
          <Select
            data-testid="import-delimiter"
            label={t('import.delimiter')}
            data={DELIMITERS.map((d) => ({ value: d, label: delimiterName(d, t) }))}
            value={p.delimiter}
            allowDeselect={false}
            onChange={(v) => {
              const d = DELIMITERS.find((x) => x === v);
              if (d) void state.change({ delimiter: d });
            }}
            w={180}
          />
        )}
        <NumberInput
          data-testid="import-header-row"
          label={t('import.headerRow')}
          key={`header-row-${p.headerRow}`}
          defaultValue={p.headerRow + 1}
          min={1}
          max={1001}
          allowDecimal={false}
          onBlur={(e) => setHeaderRow(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && setHeaderRow(e.currentTarget.value)}
          w={150}
        />
        <NumberInput
          data-testid="import-header-rows"
          label={t('import.headerRows')}
          value={p.headerRows}
          min={1}
          max={5}
          allowDecimal={false}
          onChange={(v) =>
            typeof v === 'number' &&
            v >= 1 &&
            v <= 5 &&
            v !== p.headerRows &&
            void state.change({ headerRows: v })
          }
          w={150}
        />
        {state.busy && (
          <Badge variant="light" color="gray">
            {t('import.reading')}
          </Badge>
        )}
      </Group>
      <HeaderTable preview={p} />
      <ToolFindings state={state} />
    </Stack>
  );
}
