import { Button, FileButton, Group, Menu, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

export const EXPORT_FORMATS = ['xlsx', 'xlsform', 'limesurvey', 'qualtrics-txt', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The backend names an undoable action (update, move …); the tooltip says it in the UI language. */
export function actionName(t: TFunction, label: string): string {
  return t(`questionnaire.history.${label}`, { defaultValue: label });
}

type Props = {
  history: { canUndo: boolean; canRedo: boolean; undo: string | null; redo: string | null };
  busy: boolean;
  onUndo(): void;
  onRedo(): void;
  onAddStage(): void;
  onTemplate(): void;
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
};

/** Undo/redo, new stage, template, export and import: the designer's one row of commands. */
export function DesignerToolbar(p: Props) {
  const { t } = useTranslation();
  const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
  const mod = mac ? '⌘' : 'Ctrl';
  return (
    <Group gap="xs" wrap="nowrap">
      <Button.Group>
        <Tooltip
          label={
            p.history.undo
              ? t('questionnaire.undoWhat', { what: actionName(t, p.history.undo), key: `${mod}+Z` })
              : t('questionnaire.nothingToUndo')
          }
        >
          <Button
            size="xs"
            variant="default"
            data-testid="undo"
            disabled={!p.history.canUndo || p.busy}
            onClick={p.onUndo}
          >
            ↶ {t('questionnaire.undo')}
          </Button>
        </Tooltip>
        <Tooltip
          label={
            p.history.redo
              ? t('questionnaire.redoWhat', { what: actionName(t, p.history.redo), key: `${mod}+Shift+Z` })
              : t('questionnaire.nothingToRedo')
          }
        >
          <Button
            size="xs"
            variant="default"
            data-testid="redo"
            disabled={!p.history.canRedo || p.busy}
            onClick={p.onRedo}
          >
            ↷ {t('questionnaire.redo')}
          </Button>
        </Tooltip>
      </Button.Group>
      <Button size="xs" variant="default" data-testid="template" onClick={p.onTemplate}>
        {t('questionnaire.journeyTemplate')}
      </Button>
      <FileButton
        onChange={(f) => f && p.onImport(f)}
        accept=".xlsx"
        inputProps={{ 'data-testid': 'import-questionnaire-file' } as object}
      >
        {(props) => (
          <Button size="xs" variant="default" data-testid="import-questionnaire" {...props}>
            {t('questionnaire.import')}
          </Button>
        )}
      </FileButton>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button size="xs" variant="default" data-testid="export-questionnaire">
            {t('questionnaire.export')} ▾
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {EXPORT_FORMATS.map((f) => (
            <Menu.Item key={f} data-testid={`export-${f}`} onClick={() => p.onExport(f)}>
              {t(`questionnaire.exportFormats.${f}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button size="xs" data-testid="add-stage" onClick={p.onAddStage}>
        + {t('questionnaire.addStage')}
      </Button>
    </Group>
  );
}
