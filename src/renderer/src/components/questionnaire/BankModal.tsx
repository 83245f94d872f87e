import { Checkbox, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BANK_ITEMS, TOUCHPOINT_ITEMS, bankDraft } from '../../../../shared/questionnaire/bank';
import type { BankItem } from '../../../../shared/questionnaire/bank';
import type { Draft } from '../../../../shared/questionnaire/draft';
import type { Texts } from '../../../../shared/domain/language';
import { DialogActions, useSaving } from './DialogActions';

type Props = {
  target: {
    touchpointId: number | null;
    touchpointCode?: string;
    touchpointTexts?: Texts;
    label: string;
  } | null;
  company: string;
  takenCodes: string[];
  onClose(): void;
  onInsert(draft: Draft, touchpointId: number | null): Promise<boolean>;
};

const GROUPS: { key: string; items: BankItem[] }[] = [
  { key: 'outcomes', items: ['satisfaction', 'nps', 'loyalty', 'enps'] },
  { key: 'touchpoint', items: ['performanceImportance', 'why'] },
  { key: 'background', items: ['gender', 'ageGroup', 'customerType', 'region'] },
];

/** Standard questions with ready wording in every language, inserted in one action. */
export function BankModal({ target, company, takenCodes, onClose, onInsert }: Props) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<BankItem[]>([]);
  const [name, setName] = useState(company);
  const { busy, save } = useSaving();
  const close = () => {
    setPicked([]);
    onClose();
  };
  const insert = async () => {
    if (!target) return;
    const ordered = BANK_ITEMS.filter((i) => picked.includes(i));
    const draft = bankDraft(
      ordered,
      {
        company: name,
        ...(target.touchpointCode ? { touchpointCode: target.touchpointCode } : {}),
        ...(target.touchpointTexts ? { touchpointTexts: target.touchpointTexts } : {}),
      },
      takenCodes,
    );
    await save(() => onInsert(draft, target.touchpointId), close);
  };
  const forTouchpoint = target?.touchpointId != null;
  return (
    <Modal opened={target !== null} onClose={close} title={t('questionnaire.bank.title')} size="xl" centered>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('questionnaire.bank.lead', { target: target?.label ?? '' })}
        </Text>
        <TextInput
          size="xs"
          label={t('questionnaire.bank.company')}
          description={t('questionnaire.bank.companyHint')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <SimpleGrid cols={3} spacing="md">
          {GROUPS.map((g) => (
            <Stack key={g.key} gap={6}>
              <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                {t(`questionnaire.bank.group_${g.key}`)}
              </Text>
              {g.items.map((item) => (
                <Checkbox
                  key={item}
                  size="xs"
                  data-testid={`bank-${item}`}
                  label={t(`questionnaire.bank.item_${item}`)}
                  description={
                    TOUCHPOINT_ITEMS.includes(item) && !forTouchpoint
                      ? t('questionnaire.bank.bestInTouchpoint')
                      : undefined
                  }
                  checked={picked.includes(item)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setPicked((p) => (on ? [...p, item] : p.filter((x) => x !== item)));
                  }}
                />
              ))}
            </Stack>
          ))}
        </SimpleGrid>
        <DialogActions
          size="xs"
          onCancel={close}
          label={t('questionnaire.bank.insert', { count: picked.length })}
          testId="bank-insert"
          disabled={picked.length === 0}
          busy={busy}
          onConfirm={() => void insert()}
        />
      </Stack>
    </Modal>
  );
}
