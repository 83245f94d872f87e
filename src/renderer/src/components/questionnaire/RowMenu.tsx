import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParentOption } from '../../../../shared/questionnaire/tree';

type Props = {
  testId: string;
  onEdit?(): void;
  onDuplicate(): void;
  onRemove(): void;
  moveTargets: ParentOption[];
  currentParent?: number | null;
  onMoveTo(parentId: number | null): void;
};

/** The "…" menu of a row: edit, duplicate, move to another touchpoint or stage, delete. */
export function RowMenu({
  testId,
  onEdit,
  onDuplicate,
  onRemove,
  moveTargets,
  currentParent,
  onMoveTo,
}: Props) {
  const { t } = useTranslation();
  let group = '';
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={260}>
      <Menu.Target>
        <Tooltip label={t('questionnaire.actions')} openDelay={500}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('questionnaire.actions')}
            data-testid={`${testId}-menu`}
          >
            ⋯
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown mah={420} style={{ overflowY: 'auto' }}>
        {onEdit && (
          <Menu.Item data-testid={`${testId}-edit`} onClick={onEdit}>
            {t('questionnaire.edit')}
          </Menu.Item>
        )}
        <Menu.Item data-testid={`${testId}-duplicate`} onClick={onDuplicate}>
          {t('questionnaire.duplicate')}
        </Menu.Item>
        {moveTargets.length > 0 && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('questionnaire.moveTo')}</Menu.Label>
            {moveTargets.map((p) => {
              const header = p.group && p.group !== group ? p.group : null;
              group = p.group;
              return (
                <div key={String(p.id)}>
                  {header && <Menu.Label pl="md">{header}</Menu.Label>}
                  <Menu.Item
                    pl={p.group ? 'xl' : undefined}
                    disabled={p.id === currentParent}
                    data-testid={`${testId}-moveto-${p.id ?? 'general'}`}
                    onClick={() => onMoveTo(p.id)}
                  >
                    {p.label}
                  </Menu.Item>
                </div>
              );
            })}
          </>
        )}
        <Menu.Divider />
        <Menu.Item color="red" data-testid={`${testId}-delete`} onClick={onRemove}>
          {t('questionnaire.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
