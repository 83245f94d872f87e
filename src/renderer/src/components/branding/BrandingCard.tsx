import {
  Button,
  Card,
  ColorInput,
  FileButton,
  Group,
  Image,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandingPatch, BrandingView } from '../../../../shared/api/branding';
import { MAX_LOGO_BYTES } from '../../../../shared/api/branding';
import { fileToBytes } from '../../api/files';
import { useApi } from '../../hooks/useApi';
import { useStudy } from '../../hooks/useStudy';
import { useNotices } from '../common/Notices';

const HEX = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * Settings → report branding: the logo (upload with preview), primary and accent colour, the
 * consultancy and who prepared the report. The backend checks everything again (magic bytes, size,
 * SVG cleaning) and refuses with a message; nothing is stored until every field is valid.
 */
export function BrandingCard() {
  const { t } = useTranslation();
  const api = useApi();
  const notices = useNotices();
  const { overview, update } = useStudy();
  const studyId = overview.studyId;
  const [stored, setStored] = useState<BrandingView | null>(null);
  const [primary, setPrimary] = useState('');
  const [accent, setAccent] = useState('');
  const [consultancy, setConsultancy] = useState('');
  const [preparedBy, setPreparedBy] = useState('');
  const [busy, setBusy] = useState(false);
  const [logoError, setLogoError] = useState<string | null>(null);

  const show = (b: BrandingView) => {
    setStored(b);
    setPrimary(b.primaryColor);
    setAccent(b.accentColor ?? '');
    setConsultancy(b.consultancy);
    setPreparedBy(b.preparedBy);
  };

  useEffect(() => {
    void api('study/getBranding', { studyId }).then((b) => b && show(b));
  }, [api, studyId]);

  const commit = async (patch: BrandingPatch, message: string) => {
    setBusy(true);
    const b = await api('study/setBranding', { studyId, ...patch });
    setBusy(false);
    if (!b) return;
    show(b);
    notices.success(message);
    const o = await api('study/get', { studyId });
    if (o) update(o);
  };

  const upload = async (file: File | null) => {
    setLogoError(null);
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) {
      setLogoError(t('branding.logoTooBig'));
      return;
    }
    await commit({ logo: await fileToBytes(file) }, t('branding.saved'));
  };

  const primaryBad = primary.trim() !== '' && !HEX.test(primary.trim());
  const accentBad = accent.trim() !== '' && !HEX.test(accent.trim());
  const changed =
    stored !== null &&
    (primary !== stored.primaryColor ||
      accent !== (stored.accentColor ?? '') ||
      consultancy !== stored.consultancy ||
      preparedBy !== stored.preparedBy);

  return (
    <Card withBorder radius="lg" p="xl" maw={640} data-testid="branding-card">
      <Title order={4} mb={4}>
        {t('branding.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="lg">
        {t('branding.lead')}
      </Text>
      <Stack>
        <div>
          <Text size="sm" fw={500} mb={6}>
            {t('branding.logo')}
          </Text>
          <Group align="center" gap="lg">
            <Card
              withBorder
              radius="md"
              p="sm"
              w={200}
              h={80}
              style={{ display: 'grid', placeItems: 'center' }}
            >
              {stored?.logo ? (
                <Image
                  src={stored.logo.dataUrl}
                  alt={t('branding.logoAlt')}
                  fit="contain"
                  mah={56}
                  maw={176}
                  data-testid="branding-logo-preview"
                />
              ) : (
                <Text size="xs" c="dimmed">
                  {t('branding.noLogo')}
                </Text>
              )}
            </Card>
            <Stack gap={6}>
              <FileButton onChange={(f) => void upload(f)} accept="image/png,image/jpeg,image/svg+xml,.svg">
                {(props) => (
                  <Button
                    variant="default"
                    size="xs"
                    loading={busy}
                    data-testid="branding-logo-upload"
                    {...props}
                  >
                    {stored?.logo ? t('branding.replace') : t('branding.upload')}
                  </Button>
                )}
              </FileButton>
              {stored?.logo && (
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => void commit({ logo: null }, t('branding.saved'))}
                >
                  {t('branding.removeLogo')}
                </Button>
              )}
            </Stack>
          </Group>
          <Text size="xs" c={logoError ? 'red' : 'dimmed'} mt={6} data-testid="branding-logo-hint">
            {logoError ?? t('branding.logoHint')}
          </Text>
        </div>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (primaryBad || accentBad) return;
            void commit(
              { primaryColor: primary, accentColor: accent.trim() ? accent : null, consultancy, preparedBy },
              t('branding.saved'),
            );
          }}
        >
          <Stack>
            <Group grow align="flex-start">
              <ColorInput
                data-testid="branding-primary"
                label={t('branding.primary')}
                description={t('branding.primaryHint')}
                value={primary}
                onChange={setPrimary}
                format="hex"
                error={primaryBad ? t('branding.badColor') : undefined}
              />
              <ColorInput
                data-testid="branding-accent"
                label={t('branding.accent')}
                description={t('branding.accentHint')}
                value={accent}
                onChange={setAccent}
                format="hex"
                error={accentBad ? t('branding.badColor') : undefined}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                data-testid="branding-consultancy"
                label={t('branding.consultancy')}
                value={consultancy}
                onChange={(e) => setConsultancy(e.currentTarget.value)}
                maxLength={200}
              />
              <TextInput
                data-testid="branding-prepared-by"
                label={t('branding.preparedBy')}
                description={t('branding.preparedByHint')}
                value={preparedBy}
                onChange={(e) => setPreparedBy(e.currentTarget.value)}
                maxLength={200}
              />
            </Group>
            <Group justify="flex-end">
              <Button
                type="submit"
                data-testid="branding-save"
                disabled={!changed || primaryBad || accentBad || !primary.trim()}
                loading={busy}
              >
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
