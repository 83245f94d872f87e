import {
  ActionIcon,
  Badge,
  Card,
  CloseButton,
  Group,
  Menu,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlsModel } from '../../../../shared/api/pls';
import { constructLabel } from '../../../../shared/api/pls';
import { pickText, type Language } from '../../../../shared/domain/language';
import type { Question } from '../../../../shared/domain/questionnaire';
import { droppedQuestion, startQuestionDrag } from './dnd';

type Props = {
  model: PlsModel;
  name: string;
  lang: Language;
  byCode: ReadonlyMap<string, Question>;
  onDrop(code: string): void;
  onRemoveItem(code: string): void;
  onMode(mode: 'A' | 'B'): void;
  onRename(): void;
  onDelete(): void;
  onMakeTarget(): void;
};

/** A construct: its name in the UI language, its items (a drop target), its measurement mode. */
export function ConstructCard({
  model,
  name,
  lang,
  byCode,
  onDrop,
  onRemoveItem,
  onMode,
  onRename,
  onDelete,
  onMakeTarget,
}: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const c = model.constructs[name];
  const label = constructLabel(model, name, lang);
  const isTarget = model.target === name;
  return (
    <Card
      withBorder
      radius="md"
      p="sm"
      className="tp-pls-card"
      data-testid={`pls-construct-${name}`}
      data-over={over ? true : undefined}
      data-target={isTarget ? true : undefined}
      style={{ alignSelf: 'start' }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (!over) setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const code = droppedQuestion(e);
        if (code) onDrop(code);
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" mb={4}>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={600} truncate data-testid="pls-construct-label">
            {label}
          </Text>
          <Group gap={6} wrap="nowrap">
            <Text size="xs" c="dimmed" truncate>
              {label !== name ? `${name} · ` : ''}
              {t('plsModel.items', { count: c.items.length })}
            </Text>
            {isTarget && (
              <Badge color="teal" variant="light" size="xs" style={{ flexShrink: 0 }}>
                {t('plsModel.target')}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Menu position="bottom-end" withinPortal shadow="md" width={220}>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('plsModel.constructMenu', { name: label })}
                data-testid={`pls-construct-menu-${name}`}
              >
                ⋯
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item data-testid="pls-construct-rename" onClick={onRename}>
                {t('plsModel.rename')}
              </Menu.Item>
              <Menu.Item data-testid="pls-construct-target" disabled={isTarget} onClick={onMakeTarget}>
                {t('plsModel.makeTarget')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item data-testid="pls-construct-delete" color="red" onClick={onDelete}>
                {t('plsModel.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <SegmentedControl
        size="xs"
        fullWidth
        mb="xs"
        aria-label={t('plsModel.mode')}
        data-testid={`pls-mode-${name}`}
        value={c.mode ?? 'A'}
        onChange={(v) => onMode(v === 'B' ? 'B' : 'A')}
        data={[
          { value: 'A', label: t('plsModel.modeA') },
          { value: 'B', label: t('plsModel.modeB') },
        ]}
      />
      <Stack gap={4}>
        {c.items.map((code) => {
          const q = byCode.get(code);
          return (
            <div
              key={code}
              className="tp-pls-item"
              draggable
              onDragStart={(e) => startQuestionDrag(e, code)}
              data-testid={`pls-item-${code}`}
            >
              <Text className="tp-pls-code">{code}</Text>
              <Text size="xs" c={q ? 'dimmed' : 'red'} truncate style={{ flex: 1 }}>
                {q ? pickText(q.texts, lang) : '?'}
              </Text>
              <CloseButton
                size="xs"
                aria-label={t('plsModel.removeItem', { code, name: label })}
                data-testid={`pls-item-remove-${code}`}
                onClick={() => onRemoveItem(code)}
              />
            </div>
          );
        })}
        {c.items.length === 0 && (
          <Text size="xs" c="dimmed" className="tp-pls-drop">
            {t('plsModel.noItems')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
