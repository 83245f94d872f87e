import { Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/api/contract';
import type { ImportPreviewState } from '../../hooks/importPreview';
import { useApi } from '../../hooks/useApi';
import { useStudy } from '../../hooks/useStudy';
import { MappingTable } from './MappingTable';
import { toggleCreateAll } from './mappingChoices';

const NO_PROFILE = '__none';

type Props = { state: ImportPreviewState; saveProfile: string; onSaveProfile(name: string): void };

/** Step 2: the columns and where they go; a saved profile to start from; save this one for next year. */
export function StepMapping({ state, saveProfile, onSaveProfile }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { overview } = useStudy();
  const [profiles, setProfiles] = useState<OutputOf<'import/profiles'>>([]);
  const studyId = overview.studyId;

  useEffect(() => {
    let live = true;
    void api('import/profiles', { studyId }).then((r) => live && r && setProfiles(r));
    return () => {
      live = false;
    };
  }, [api, studyId]);

  const p = state.preview;
  if (!p) return null;
  const mapped = p.columns.filter((c) => c.questionCode && c.source !== 'created').length;
  const hasPersonal = p.columns.some((c) => c.kind === 'personal');
  return (
    <Stack gap="md">
      <Text size="sm" data-testid="import-mapping-summary">
        {t('import.mappingSummary', {
          mapped,
          columns: p.columns.length,
          created: p.newQuestions.length,
        })}
      </Text>
      <Group align="flex-end" gap="xl">
        <Select
          data-testid="import-profile"
          label={t('import.profile')}
          data={[
            { value: NO_PROFILE, label: t('import.noProfile') },
            ...profiles.map((x) => ({ value: x.name, label: x.name })),
          ]}
          value={state.choices.profile ?? NO_PROFILE}
          allowDeselect={false}
          disabled={profiles.length === 0}
          onChange={(v) => v && void state.change({ profile: v === NO_PROFILE ? undefined : v })}
          w={240}
        />
        <Switch
          data-testid="import-create-all"
          label={t('import.createAll')}
          checked={state.choices.createQuestions}
          onChange={(e) =>
            void state.change(toggleCreateAll(p.columns, state.choices, e.currentTarget.checked))
          }
        />
        {hasPersonal && (
          <Switch
            data-testid="import-keep-personal"
            label={t('import.keepPersonal')}
            checked={state.choices.keepPersonal}
            onChange={(e) => void state.change({ keepPersonal: e.currentTarget.checked })}
          />
        )}
        <TextInput
          data-testid="import-save-profile"
          label={t('import.saveProfile')}
          placeholder={t('import.saveProfileHint')}
          value={saveProfile}
          onChange={(e) => onSaveProfile(e.currentTarget.value)}
          maxLength={100}
          w={260}
        />
      </Group>
      <MappingTable state={state} questions={overview.questionnaire.questions} />
    </Stack>
  );
}
