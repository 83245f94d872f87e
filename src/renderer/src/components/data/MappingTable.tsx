import { Badge, Group, Select, Switch, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportColumnPreview } from '../../../../shared/api/import';
import type { Question } from '../../../../shared/domain/questionnaire';
import { formatPercent } from '../../../../shared/format';
import { headerText } from '../../../../shared/import/header-text';
import { ID_TARGET, WEIGHT_TARGET } from '../../../../shared/import/plan';
import type { ImportPreviewState } from '../../hooks/importPreview';
import { useLang } from '../../hooks/useLang';
import { CreatedInference } from './CreatedInference';
import { NOT_IMPORTED, confidenceColor, isCreatable, setQuestion, toggleCreate } from './mappingChoices';

type Option = { value: string; label: string };
type RowProps = {
  c: ImportColumnPreview;
  state: ImportPreviewState;
  options: Option[];
  isId: boolean;
  isWeight: boolean;
  /** A row of what was inferred follows: the two read as one. */
  hasDetail: boolean;
};

function MappingRow({ c, state, options, isId, isWeight, hasDetail }: RowProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const p = state.preview!;
  const personal = c.kind === 'personal' && !state.choices.keepPersonal;
  const created = c.source === 'created';
  const manual = state.choices.mapping[c.index];
  const special = isId ? ID_TARGET : isWeight ? WEIGHT_TARGET : null;
  const data =
    c.questionCode && !options.some((o) => o.value === c.questionCode)
      ? [...options, { value: c.questionCode, label: `${c.questionCode} (${t('import.newQuestion')})` }]
      : options;
  // Shown without the markup survey tools leave in headers; the test id keeps the header as in the file.
  const shown = headerText(c.header);
  const label = shown || c.letter;
  return (
    <Table.Tr
      data-testid={`import-col-${c.header}`}
      data-column={c.letter}
      style={hasDetail ? { borderBottom: 'none' } : undefined}
    >
      <Table.Td>
        <Text size="sm" fw={500} lineClamp={2} maw={420}>
          <Text span c="dimmed" ff="monospace" size="xs" mr={6}>
            {c.letter}
          </Text>
          {shown}
        </Text>
        {c.subLabel && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {c.subLabel}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="xs" c="dimmed" lineClamp={2} maw={220}>
          {c.sample.slice(0, 4).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        {special && manual !== special ? (
          <Badge
            variant="light"
            color="gray"
            data-testid={isId ? 'import-id-column' : 'import-weight-column'}
          >
            {isId ? t('import.respondentId') : t('import.weightColumn')}
          </Badge>
        ) : personal ? (
          <Badge variant="light" color="orange" data-testid="import-personal">
            {t('import.kind.personal')}
          </Badge>
        ) : c.kind === 'meta' ? (
          <Text size="sm" c="dimmed">
            {t('import.kind.meta')}
          </Text>
        ) : (
          <Select
            aria-label={t('import.questionFor', { column: label })}
            data-testid="import-map-select"
            size="xs"
            searchable
            allowDeselect={false}
            data={data}
            value={special ?? c.questionCode ?? NOT_IMPORTED}
            onChange={(v) =>
              v &&
              v !== (special ?? c.questionCode ?? NOT_IMPORTED) &&
              void state.change(setQuestion(state.choices, c.index, v))
            }
            comboboxProps={{ withinPortal: true }}
            w={300}
          />
        )}
      </Table.Td>
      <Table.Td>
        {c.questionCode && !special && (
          <Group gap={4} wrap="nowrap">
            <Badge
              variant="light"
              color={created ? 'blue' : confidenceColor(c.confidence)}
              data-testid="import-confidence"
            >
              {created ? t('import.source.created') : formatPercent(c.confidence, lang)}
            </Badge>
            {!created && (
              <Text size="xs" c="dimmed" data-testid="import-source">
                {t(`import.source.${c.source}`)}
              </Text>
            )}
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        {isCreatable(c) && !special && (
          <Switch
            aria-label={t('import.createFor', { column: label })}
            data-testid="import-create"
            checked={created}
            onChange={(e) =>
              void state.change(toggleCreate(p.columns, state.choices, c.index, e.currentTarget.checked))
            }
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Every column of the file: what it holds, where it goes, how sure the matcher is, and the overrides. */
export function MappingTable({ state, questions }: { state: ImportPreviewState; questions: Question[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const p = state.preview;
  if (!p) return null;
  const options: Option[] = [
    { value: NOT_IMPORTED, label: t('import.unmapped') },
    { value: ID_TARGET, label: t('import.target.id') },
    { value: WEIGHT_TARGET, label: t('import.target.weight') },
    ...questions.map((q) => ({
      value: q.code,
      label: `${q.code} – ${q.texts[lang] ?? Object.values(q.texts)[0] ?? ''}`,
    })),
  ];
  const createdBy = new Map(p.newQuestions.map((q) => [q.columns[0]!, q]));
  return (
    <Table data-testid="import-preview-table" verticalSpacing={6} stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('import.column')}</Table.Th>
          <Table.Th>{t('import.sample')}</Table.Th>
          <Table.Th>{t('import.mapsTo')}</Table.Th>
          <Table.Th miw={150}>{t('import.confidence')}</Table.Th>
          <Table.Th w={90}>{t('import.create')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {p.columns.map((c) => {
          const found = c.source === 'created' ? createdBy.get(c.index) : undefined;
          const q = found && found.columns.length === 1 ? found : undefined;
          return (
            <Fragment key={c.index}>
              <MappingRow
                c={c}
                state={state}
                options={options}
                isId={c.index === p.idColumn}
                isWeight={c.index === p.weightColumn}
                hasDetail={q !== undefined}
              />
              {q && <CreatedInference q={q} column={c.index} state={state} colSpan={5} />}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
