import { Button, FileButton, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ComponentProps, DragEvent } from 'react';

type Props = {
  accept: string;
  label: string;
  hint: string;
  button: string;
  onFile(file: File): void;
  testId: string;
  disabled?: boolean;
};

/**
 * A file picker that also takes a dropped file. (@mantine/dropzone is not installed; this is Mantine's
 * FileButton plus the browser's drop event on a Paper.)
 */
export function FileDrop({ accept, label, hint, button, onFile, testId, disabled }: Props) {
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <Paper
      data-testid={`${testId}-zone`}
      withBorder
      radius="md"
      p="lg"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined,
        background: over ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Stack align="center" gap={6}>
        <Text fw={600}>{label}</Text>
        <Text size="sm" c="dimmed" ta="center">
          {hint}
        </Text>
        <FileButton
          accept={accept}
          onChange={(f) => f && onFile(f)}
          disabled={disabled}
          inputProps={{ 'data-testid': `${testId}-input` } as ComponentProps<'input'>}
        >
          {(props) => (
            <Button variant="default" mt={4} {...props} disabled={disabled}>
              {button}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Paper>
  );
}
