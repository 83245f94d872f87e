import {
  ActionIcon,
  Button,
  Card,
  Grid,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlsModel } from '../../../../shared/api/pls';
import { constructLabel } from '../../../../shared/api/pls';
import type { Language } from '../../../../shared/domain/language';
import { canAddPath } from '../../../../shared/pls-model/edit';

type Props = {
  model: PlsModel;
  lang: Language;
  onAdd(from: string, to: string): void;
  onRemove(from: string, to: string): void;
  onTarget(name: string): void;
};

/** The paths as a from → to list with add and remove, and the construct the index is computed for. */
export function PathsEditor({ model, lang, onAdd, onRemove, onTarget }: Props) {
  const { t } = useTranslation();
  const names = Object.keys(model.constructs);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const label = (n: string) => constructLabel(model, n, lang);
  const options = [{ value: '', label: '—' }, ...names.map((n) => ({ value: n, label: label(n) }))];
  return (
    <Card withBorder radius="md" p="sm" data-testid="pls-paths">
      <Stack gap={0} mb="xs">
        <Title order={5}>{t('plsModel.paths')}</Title>
        <Text size="xs" c="dimmed">
          {t('plsModel.pathsHint')}
        </Text>
      </Stack>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          {model.paths.length === 0 ? (
            <Text size="sm" c="dimmed" py="xs">
              {t('plsModel.noPaths')}
            </Text>
          ) : (
            <Table fz="sm" verticalSpacing={3} striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plsModel.from')}</Table.Th>
                  <Table.Th w={24} />
                  <Table.Th>{t('plsModel.to')}</Table.Th>
                  <Table.Th w={36} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {model.paths.map(([a, b]) => (
                  <Table.Tr key={`${a}→${b}`} data-testid={`pls-path-${a}-${b}`}>
                    <Table.Td>{label(a)}</Table.Td>
                    <Table.Td c="dimmed">→</Table.Td>
                    <Table.Td fw={b === model.target ? 600 : undefined}>{label(b)}</Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="sm"
                        aria-label={t('plsModel.removePath', { from: label(a), to: label(b) })}
                        data-testid={`pls-path-remove-${a}-${b}`}
                        onClick={() => onRemove(a, b)}
                      >
                        ✕
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="sm">
            <Card bg="gray.0" radius="md" p="sm">
              <Stack gap="xs">
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <NativeSelect
                    size="xs"
                    label={t('plsModel.from')}
                    data-testid="pls-path-from"
                    value={from}
                    onChange={(e) => setFrom(e.currentTarget.value)}
                    data={options}
                    style={{ flex: 1 }}
                  />
                  <Text c="dimmed" pb={4}>
                    →
                  </Text>
                  <NativeSelect
                    size="xs"
                    label={t('plsModel.to')}
                    data-testid="pls-path-to"
                    value={to}
                    onChange={(e) => setTo(e.currentTarget.value)}
                    data={options}
                    style={{ flex: 1 }}
                  />
                </Group>
                <Button
                  size="xs"
                  variant="light"
                  data-testid="pls-path-add"
                  disabled={!canAddPath(model, from, to)}
                  onClick={() => {
                    onAdd(from, to);
                    setFrom('');
                    setTo('');
                  }}
                >
                  {t('plsModel.addPath')}
                </Button>
              </Stack>
            </Card>
            <NativeSelect
              size="xs"
              label={t('plsModel.targetLabel')}
              data-testid="pls-target"
              value={model.target}
              onChange={(e) => e.currentTarget.value && onTarget(e.currentTarget.value)}
              data={model.target ? options.slice(1) : options}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Card>
  );
}
