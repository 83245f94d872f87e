import { Group } from '@mantine/core';
import type { DragEvent, KeyboardEvent, ReactNode } from 'react';

type HeadProps = {
  testId: string;
  label: string;
  badge?: ReactNode;
  title: ReactNode;
  extra?: ReactNode;
  actions: ReactNode;
  draggable?: boolean;
  onDragStart?(e: DragEvent): void;
  onKeyDown?(e: KeyboardEvent): void;
  moveId?: string;
};

/** The header line of a stage, touchpoint or the overall questions in the journey tree. */
export function NodeHead(h: HeadProps) {
  return (
    <Group
      className="tp-node-head"
      justify="space-between"
      wrap="nowrap"
      gap="xs"
      px={4}
      py={2}
      data-testid={h.testId}
      data-move-id={h.moveId}
      tabIndex={h.onKeyDown ? 0 : undefined}
      aria-label={h.label}
      draggable={h.draggable}
      onDragStart={h.onDragStart}
      onKeyDown={h.onKeyDown}
      style={h.draggable ? { cursor: 'grab' } : undefined}
    >
      <Group gap="xs" wrap="nowrap" miw={0}>
        {h.badge}
        {h.title}
        {h.extra}
      </Group>
      <Group gap={4} wrap="nowrap">
        {h.actions}
      </Group>
    </Group>
  );
}
