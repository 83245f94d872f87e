import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/import';
import { formatPercent } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';

function confidenceColor(c: number): string {
  if (c >= 0.9) return 'teal';
  if (c >= 0.6) return 'yellow';
  return 'red';
}

/** The file's columns, what each maps to and how sure the matcher is. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Table data-testid="import-preview-table" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('import.column')}</Table.Th>
          <Table.Th>{t('import.mapsTo')}</Table.Th>
          <Table.Th>{t('import.confidence')}</Table.Th>
          <Table.Th>{t('import.sample')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.columns.map((c) => (
          <Table.Tr key={c.index} data-testid={`import-col-${c.header}`}>
            <Table.Td>
              <Text size="sm">
                <Text span c="dimmed" ff="monospace" size="xs" mr={6}>
                  {c.letter}
                </Text>
                {c.header}
              </Text>
            </Table.Td>
            <Table.Td>
              {c.kind === 'personal' || c.kind === 'meta' ? (
                <Text size="sm" c="dimmed">
                  {t(`import.kind.${c.kind}`)}
                </Text>
              ) : c.index === preview.idColumn ? (
                <Badge variant="light" color="gray">
                  {t('import.respondentId')}
                </Badge>
              ) : c.questionCode ? (
                <Text size="sm" ff="monospace" fw={600}>
                  {c.questionCode}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('import.unmapped')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {c.questionCode && (
                <Badge variant="light" color={confidenceColor(c.confidence)}>
                  {formatPercent(c.confidence, lang)}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {c.sample.slice(0, 5).join(' · ')}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
