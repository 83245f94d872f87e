import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A slide's content under its title: an optional lead line, then the body filling the rest. */
export function SlideBody({
  lead,
  children,
  note,
}: {
  lead?: ReactNode;
  children: ReactNode;
  note?: ReactNode;
}) {
  return (
    <Stack gap={16} style={{ flex: 1, minHeight: 0 }}>
      {lead && (
        <Text fz={26} c="dimmed" lh={1.3}>
          {lead}
        </Text>
      )}
      <Stack gap={12} style={{ flex: 1, minHeight: 0 }}>
        {children}
      </Stack>
      {note && (
        <Text fz={22} c="dimmed" lh={1.35}>
          {note}
        </Text>
      )}
    </Stack>
  );
}
