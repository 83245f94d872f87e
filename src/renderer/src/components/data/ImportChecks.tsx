import { Alert, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/import';
import { formatNumber } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';

export type IfDuplicate = 'replace' | 'skip';

type Props = { preview: ImportPreview; ifDuplicate: IfDuplicate; onIfDuplicate(v: IfDuplicate): void };

/** What the import would find wrong (with the cell), and whether this very file is already in the study. */
export function ImportChecks({ preview, ifDuplicate, onIfDuplicate }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const v = preview.validation;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" data-testid="import-detected">
        {t('import.detected', {
          tool: t(`tools.${preview.tool}`, { defaultValue: preview.tool }),
          format: preview.format.toUpperCase(),
          sheet: preview.sheet,
        })}
      </Text>
      {preview.duplicateOf && (
        <Alert
          color="yellow"
          title={t('import.duplicate', { name: preview.duplicateOf.name })}
          data-testid="import-duplicate"
        >
          <SegmentedControl
            mt={4}
            value={ifDuplicate}
            onChange={(x) => onIfDuplicate(x as IfDuplicate)}
            data={[
              { value: 'replace', label: t('import.duplicateReplace') },
              { value: 'skip', label: t('import.duplicateSkip') },
            ]}
          />
        </Alert>
      )}
      {v.errors + v.warnings > 0 ? (
        <Alert
          color={v.errors > 0 ? 'orange' : 'yellow'}
          title={t('import.validation', {
            errors: formatNumber(v.errors, lang),
            warnings: formatNumber(v.warnings, lang),
          })}
          data-testid="import-validation"
        >
          <Table verticalSpacing={2} fz="sm">
            <Table.Tbody>
              {v.issues.slice(0, 8).map((i) => (
                <Table.Tr key={`${i.cell}-${i.code}`}>
                  <Table.Td w={70} ff="monospace">
                    {i.cell}
                  </Table.Td>
                  <Table.Td>
                    {t(`importIssues.${i.code}`, { defaultValue: i.message })}
                    {i.value ? ` (“${i.value}”)` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {v.issues.length > 8 && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('import.moreIssues', { count: v.errors + v.warnings - 8 })}
            </Text>
          )}
        </Alert>
      ) : (
        <Text size="sm" c="teal.8" data-testid="import-validation-ok">
          {t('import.validationOk')}
        </Text>
      )}
    </Stack>
  );
}
