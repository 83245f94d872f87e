import { Button, Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportedFileSummary, StudyOverview } from '../../../../shared/domain/study';
import { formatNumber } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';
import { formatDate } from '../../i18n/dates';

/** What is in the study: waves with their respondents, and every imported file (kept inside the study). */
type Props = { overview: StudyOverview; onRemap(file: ImportedFileSummary): void };

export function StudyDataTables({ overview, onRemap }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const waves = [...overview.waves].sort((a, b) => b.year - a.year);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Card withBorder radius="lg" p="lg">
        <Title order={4} mb="sm">
          {t('data.waves')}
        </Title>
        {waves.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('data.noWaves')}
          </Text>
        ) : (
          <Table data-testid="waves-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('data.wave')}</Table.Th>
                <Table.Th ta="right">{t('data.respondents')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {waves.map((w) => (
                <Table.Tr key={w.id} data-testid={`wave-row-${w.year}`}>
                  <Table.Td>{w.label || w.year}</Table.Td>
                  <Table.Td ta="right" className="tp-tabular">
                    {formatNumber(w.respondents, lang)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Card withBorder radius="lg" p="lg">
        <Title order={4} mb="sm">
          {t('data.files')}
        </Title>
        {overview.files.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('data.noFiles')}
          </Text>
        ) : (
          <Table data-testid="files-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('data.fileName')}</Table.Th>
                <Table.Th>{t('data.wave')}</Table.Th>
                <Table.Th ta="right">{t('data.rows')}</Table.Th>
                <Table.Th>{t('data.hash')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.files.map((f) => (
                <Table.Tr key={f.id} data-testid={`file-row-${f.name}`}>
                  <Table.Td>
                    <Text size="sm">{f.name}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDate(f.importedAt, lang)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{f.waveYear ?? '–'}</Table.Td>
                  <Table.Td ta="right" className="tp-tabular">
                    {formatNumber(f.rows, lang)}
                  </Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="xs" title={f.sha256}>
                      {f.sha256.slice(0, 10)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => onRemap(f)}
                      disabled={f.waveYear === null}
                      data-testid="file-remap"
                      aria-label={t('remap.action', { name: f.name })}
                    >
                      {t('remap.button')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </SimpleGrid>
  );
}
