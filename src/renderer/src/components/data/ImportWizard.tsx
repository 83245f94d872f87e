import { Card, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { ImportSummary } from '../../../../shared/api/import';
import { fileToBytes } from '../../api/files';
import { useImportJob } from '../../hooks/importJob';
import { toOptions, useImportPreview } from '../../hooks/importPreview';
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
import type { CommitSettings } from './importSettings';

const STEPS = ['pick', 'sheet', 'mapping', 'recodes', 'validation', 'progress', 'done'] as const;
type Step = (typeof STEPS)[number];
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.ods';

/**
 * The import wizard: file → sheet and header → mapping → recodes → validation → import with progress →
 * summary. Every step is reachable by keyboard; focus moves to each step's heading; Esc cancels.
 */
export function ImportWizard({ onShowDashboard }: { onShowDashboard(): void }) {
  const { t } = useTranslation();
  const { overview, update, setWaveYear } = useStudy();
  const state = useImportPreview(overview.studyId);
  const job = useImportJob();
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
    setStep('pick');
  };

  const startImport = async () => {
    const p = state.preview;
    if (!state.file || !p) return;
    setFailure(null);
    const name = settings.saveProfile.trim();
    const ok = await job.start({
      studyId: overview.studyId,
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
          <Stepper.Step key={s} label={t(`import.step.${s}`)} />
        ))}
      </Stepper>
      <Title order={3} mb="md" ref={heading} tabIndex={-1} data-testid="import-step-heading" data-step={step}>
        {t(`import.heading.${step}`)}
      </Title>
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
        <StepValidation state={state} settings={settings} onSettings={setSettings} failure={failure} />
      )}
      {step === 'progress' && <StepProgress job={current} onCancel={() => void job.cancel()} />}
      {step === 'done' && summary && (
        <ImportSummaryView
          summary={summary}
          onDone={() => setStep('pick')}
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
          onNext={() => void startImport()}
          nextLabel={t('import.commit', { year: settings.waveYear })}
          nextTestId="import-commit"
          busy={state.busy}
        />
      )}
    </Card>
  );
}
