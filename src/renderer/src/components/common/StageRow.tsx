import { Table, Text } from '@mantine/core';

/** A journey stage's heading row inside a table of touchpoints, spanning all `colSpan` columns. */
export function StageRow({ text, colSpan }: { text: string | null; colSpan: number }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan} pt="md" pb={4}>
        <Text
          size="xs"
          fw={700}
          tt="uppercase"
          c="var(--mantine-primary-color-filled)"
          style={{ letterSpacing: '0.06em' }}
        >
          {text}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
