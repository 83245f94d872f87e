import { Alert, Card, Loader, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { ImportSummary } from '../../../../shared/api/import';
import type { ImportedFileSummary } from '../../../../shared/domain/study';
import { formatNumber } from '../../../../shared/format';
import { useClient } from '../../api/ApiProvider';
import { fileToBytes } from '../../api/files';
import { useImportJob } from '../../hooks/importJob';
import { fromOptions, toOptions, useImportPreview } from '../../hooks/importPreview';
import { useApi } from '../../hooks/useApi';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';
import { FileDrop } from '../common/FileDrop';
import { ImportSummaryView } from './ImportSummaryView';
import { StepMapping } from './StepMapping';
import { StepProgress } from './StepProgress';
import { StepRecodes } from './StepRecodes';
import { StepSheet } from './StepSheet';
import { StepValidation } from './StepValidation';
import { WizardFooter } from './WizardFooter';
import { defaultSettings } from './importSettings';
import type { CommitSettings, RemapTarget } from './importSettings';

const STEPS = ['pick', 'sheet', 'mapping', 'recodes', 'validation', 'progress', 'done'] as const;
type Step = (typeof STEPS)[number];
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.ods';

type Props = {
  onShowDashboard(): void;
  /** A stored file to re-map (from the files table); the wizard takes it and calls onRemapTaken. */
  remap?: ImportedFileSummary | null;
  onRemapTaken?: () => void;
};

/**
 * The import wizard: file → sheet and header → mapping → recodes → validation → import with progress →
 * summary. Every step is reachable by keyboard; focus moves to each step's heading; Esc cancels.
 * Re-mapping a stored file runs the same steps on the bytes kept in the study, starting from the
 * choices of its last import, and finishes with import/remap, which replaces that file's respondents.
 */
export function ImportWizard({ onShowDashboard, remap = null, onRemapTaken }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  const client = useClient();
  const { overview, update, setWaveYear } = useStudy();
  const studyId = overview.studyId;
  const state = useImportPreview(studyId);
  const job = useImportJob();
  const [stored, setStored] = useState<RemapTarget | null>(null);
  const [remapping, setRemapping] = useState(false);
  const [step, setStep] = useState<Step>('pick');
  const [settings, setSettings] = useState<CommitSettings>(defaultSettings);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [reading, setReading] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  const loadPreview = state.load;
  useEffect(() => {
    if (!remap) return;
    let live = true;
    const take = async () => {
      setReading(true);
      setFailure(null);
      const s = await api('import/storedFile', { studyId, fileId: remap.id });
      const ok =
        s !== null && live && (await loadPreview({ name: s.name, base64: s.base64 }, fromOptions(s.options)));
      if (!live) return;
      setReading(false);
      if (ok && s) {
        setStored({ fileId: s.fileId, name: s.name, waveYear: s.waveYear, respondents: s.respondents });
        setSettings({ ...defaultSettings(), waveYear: s.waveYear, onError: s.options.onError });
        setSummary(null);
        setStep('sheet');
      }
      onRemapTaken?.();
    };
    void take();
    return () => {
      live = false;
    };
  }, [remap, api, studyId, loadPreview, onRemapTaken]);

  const current = job.job;
  const resetJob = job.reset;
  const resetPreview = state.reset;
  useEffect(() => {
    if (!current || current.state === 'running') return;
    if (current.state === 'done' && current.result) {
      update(current.result.overview);
      setWaveYear(current.result.waveYear);
      setSummary(current.result);
      resetPreview();
      setStep('done');
    } else {
      setFailure(current.error ?? { code: 'INTERNAL', message: current.state });
      setStep('validation');
    }
    resetJob();
  }, [current, update, setWaveYear, resetJob, resetPreview]);

  const pick = async (f: File) => {
    setReading(true);
    setFailure(null);
    const ok = await state.load(await fileToBytes(f));
    setReading(false);
    if (ok) setStep('sheet');
  };

  const cancelWizard = () => {
    if (step === 'progress') {
      void job.cancel();
      return;
    }
    state.reset();
    setSettings(defaultSettings());
    setFailure(null);
    setStored(null);
    setStep('pick');
  };

  const finishRemap = async () => {
    if (!stored) return;
    setFailure(null);
    setRemapping(true);
    const name = settings.saveProfile.trim();
    const r = await client.invoke('import/remap', {
      studyId,
      fileId: stored.fileId,
      ...toOptions(state.choices),
      onError: settings.onError,
      ...(name ? { saveProfile: name } : {}),
    });
    setRemapping(false);
    if (!r.ok) {
      setFailure(r.error);
      return;
    }
    update(r.value.overview);
    setWaveYear(r.value.waveYear);
    setSummary(r.value);
    state.reset();
    setStep('done');
  };

  const startImport = async () => {
    const p = state.preview;
    if (!state.file || !p) return;
    setFailure(null);
    const name = settings.saveProfile.trim();
    const ok = await job.start({
      studyId,
      file: state.file,
      ...toOptions(state.choices),
      waveYear: settings.waveYear,
      onError: settings.onError,
      ifDuplicate: p.duplicateOf ? settings.ifDuplicate : 'ask',
      ...(name ? { saveProfile: name } : {}),
    });
    if (ok) setStep('progress');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape' || step === 'pick' || step === 'done') return;
    // An open select closes its list first; the next Esc cancels.
    if (e.target instanceof HTMLElement && e.target.getAttribute('aria-expanded') === 'true') return;
    e.preventDefault();
    cancelWizard();
  };

  const index = STEPS.indexOf(step);
  const go = (s: Step) => () => setStep(s);
  const editable = step !== 'progress' && step !== 'done';
  return (
    <Card withBorder radius="lg" p="lg" data-testid="import-wizard" onKeyDown={onKeyDown}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} mb={4}>
        {t('import.title')}
      </Text>
      <Stepper
        active={index}
        size="xs"
        mb="md"
        allowNextStepsSelect={false}
        onStepClick={(i) => editable && i >= 1 && i < index && setStep(STEPS[i]!)}
      >
        {STEPS.slice(0, 6).map((s) => (
          <Stepper.Step
            key={s}
            label={stored && s === 'pick' ? t('remap.storedFile') : t(`import.step.${s}`)}
          />
        ))}
      </Stepper>
      <Title order={3} mb="md" ref={heading} tabIndex={-1} data-testid="import-step-heading" data-step={step}>
        {t(`import.heading.${step}`)}
      </Title>
      {stored && editable && (
        <Alert color="blue" mb="md" data-testid="remap-banner">
          {t('remap.banner', {
            name: stored.name,
            year: stored.waveYear,
            count: formatNumber(stored.respondents, lang),
          })}
        </Alert>
      )}
      {step === 'pick' && reading && remap && (
        <Text size="sm" c="dimmed" mb="sm" data-testid="remap-loading">
          <Loader size="xs" mr="xs" />
          {t('remap.loading', { name: remap.name })}
        </Text>
      )}
      {step === 'pick' && (
        <FileDrop
          testId="import-file"
          accept={ACCEPT}
          label={t('import.drop')}
          hint={t('import.dropHint')}
          button={t('import.choose')}
          onFile={(f) => void pick(f)}
          disabled={reading}
        />
      )}
      {step === 'sheet' && <StepSheet state={state} />}
      {step === 'mapping' && (
        <StepMapping
          state={state}
          saveProfile={settings.saveProfile}
          onSaveProfile={(n) => setSettings({ ...settings, saveProfile: n })}
        />
      )}
      {step === 'recodes' && <StepRecodes state={state} questions={overview.questionnaire.questions} />}
      {step === 'validation' && (
        <StepValidation
          state={state}
          settings={settings}
          onSettings={setSettings}
          failure={failure}
          remap={stored}
        />
      )}
      {step === 'progress' && <StepProgress job={current} onCancel={() => void job.cancel()} />}
      {step === 'done' && summary && (
        <ImportSummaryView
          summary={summary}
          replaced={stored ? stored.respondents : null}
          onDone={() => {
            setStored(null);
            setStep('pick');
          }}
          onShowDashboard={onShowDashboard}
        />
      )}
      {(step === 'sheet' || step === 'mapping' || step === 'recodes') && (
        <WizardFooter
          onCancel={cancelWizard}
          onBack={step === 'sheet' ? null : go(STEPS[index - 1]!)}
          onNext={go(STEPS[index + 1]!)}
          nextLabel={t('import.next')}
          nextTestId="import-next"
          busy={state.busy}
        />
      )}
      {step === 'validation' && (
        <WizardFooter
          onCancel={cancelWizard}
          onBack={go('recodes')}
          onNext={() => void (stored ? finishRemap() : startImport())}
          nextLabel={
            stored
              ? t('remap.run', { year: stored.waveYear })
              : t('import.commit', { year: settings.waveYear })
          }
          nextTestId={stored ? 'import-remap' : 'import-commit'}
          busy={state.busy || remapping}
        />
      )}
    </Card>
  );
}
