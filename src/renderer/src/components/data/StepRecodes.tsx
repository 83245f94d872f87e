import { Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecodeProposal } from '../../../../shared/api/import';
import type { Question } from '../../../../shared/domain/questionnaire';
import { formatNumber } from '../../../../shared/format';
import type { ImportPreviewState } from '../../hooks/importPreview';
import { useLang } from '../../hooks/useLang';
import { MISSING_KINDS, UNSET, keyTarget, targetKey, targetsFor } from './recodeOptions';

const MAX_VALUES = 40;

type CardProps = { proposal: RecodeProposal; state: ImportPreviewState; questions: Question[] };

function RecodeCard({ proposal, state, questions }: CardProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const p = state.preview!;
  const code = proposal.questionCode;
  const q = questions.find((x) => x.code === code);
  const text = q
    ? (q.texts[lang] ?? Object.values(q.texts)[0] ?? '')
    : (p.newQuestions.find((n) => n.code === code)?.text ?? '');
  const { values, codes } = targetsFor(proposal, questions, p);
  const data = [
    {
      group: t('import.recodeScale'),
      items: [
        ...values.map((v) => ({ value: `v:${v}`, label: String(v) })),
        ...codes.map((c) => ({ value: `c:${c}`, label: c })),
      ],
    },
    {
      group: t('import.recodeMissing'),
      items: MISSING_KINDS.map((k) => ({ value: `m:${k}`, label: t(`import.missing.${k}`) })),
    },
    { group: t('import.recodeNone'), items: [{ value: UNSET, label: t('import.recodeUnset') }] },
  ];
  const set = (source: string, key: string) => {
    const target = keyTarget(key);
    if (!target) return;
    const table = { ...(state.choices.recodes[code] ?? {}), [source]: target };
    void state.change({ recodes: { ...state.choices.recodes, [code]: table } });
  };
  return (
    <Card withBorder radius="md" p="sm" data-testid={`import-recode-${code}`}>
      <Group gap={6} mb={6} wrap="nowrap">
        <Badge variant="light" ff="monospace" tt="none">
          {code}
        </Badge>
        <Text size="sm" fw={500} lineClamp={1}>
          {text}
        </Text>
      </Group>
      <Table verticalSpacing={2} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.recodeLabel')}</Table.Th>
            <Table.Th ta="right">{t('import.recodeCount')}</Table.Th>
            <Table.Th>{t('import.recodeTarget')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {proposal.values.slice(0, MAX_VALUES).map((v) => (
            <Table.Tr key={v.text} data-testid="import-recode-row" data-label={v.text}>
              <Table.Td>{v.text}</Table.Td>
              <Table.Td ta="right" className="tp-tabular">
                {formatNumber(v.count, lang)}
              </Table.Td>
              <Table.Td w={190}>
                <Select
                  size="xs"
                  aria-label={t('import.recodeFor', { label: v.text, question: code })}
                  data={data}
                  value={targetKey(v.target)}
                  allowDeselect={false}
                  error={v.target === null}
                  onChange={(k) => k && k !== targetKey(v.target) && set(v.text, k)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {proposal.values.length > MAX_VALUES && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('import.moreValues', { count: proposal.values.length - MAX_VALUES })}
        </Text>
      )}
    </Card>
  );
}

/** Step 3: for each question answered with words, which scale point or kind of missing each word is. */
export function StepRecodes({ state, questions }: { state: ImportPreviewState; questions: Question[] }) {
  const { t } = useTranslation();
  const p = state.preview;
  if (!p) return null;
  if (p.recodeProposals.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="import-no-recodes">
        {t('import.noRecodes')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('import.recodesLead')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="import-recodes">
        {p.recodeProposals.map((r) => (
          <RecodeCard key={r.questionCode} proposal={r} state={state} questions={questions} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
