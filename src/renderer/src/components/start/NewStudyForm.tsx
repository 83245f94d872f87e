import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/language';
import type { StudyOverview } from '../../../../shared/domain/study';
import { useApi } from '../../hooks/useApi';
import { useLang } from '../../hooks/useLang';

export function NewStudyForm({ onCreated }: { onCreated(o: StudyOverview): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const uiLang = useLang();
  const [client, setClient] = useState('');
  const [title, setTitle] = useState('');
  const [languages, setLanguages] = useState<string[]>([uiLang]);
  const [busy, setBusy] = useState(false);
  const valid = client.trim() !== '' && title.trim() !== '' && languages.length > 0;

  const submit = async () => {
    setBusy(true);
    const o = await api('study/create', { client, title, languages: languages as Language[] });
    setBusy(false);
    if (o) onCreated(o);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) void submit();
      }}
    >
      <Stack gap="sm">
        <TextInput
          data-testid="new-study-client"
          label={t('start.client')}
          placeholder={t('start.clientPlaceholder')}
          value={client}
          onChange={(e) => setClient(e.currentTarget.value)}
          required
        />
        <TextInput
          data-testid="new-study-title"
          label={t('start.title')}
          placeholder={t('start.titlePlaceholder')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
        />
        <Checkbox.Group label={t('start.languages')} value={languages} onChange={setLanguages}>
          <Group gap="md" mt={6}>
            <Checkbox value="en" label={t('languages.en')} data-testid="new-study-lang-en" />
            <Checkbox value="nb" label={t('languages.nb')} data-testid="new-study-lang-nb" />
            <Checkbox value="da" label={t('languages.da')} data-testid="new-study-lang-da" />
          </Group>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button type="submit" data-testid="new-study-create" disabled={!valid} loading={busy}>
            {t('start.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
