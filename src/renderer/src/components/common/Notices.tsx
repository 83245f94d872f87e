import { Notification, Stack, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { errorText } from '../../../../shared/i18n/error-help';

type Notice = { id: number; kind: 'error' | 'success'; title: string; detail?: string };
type Notices = { error(error: ApiError): void; success(title: string): void };

const NoticeContext = createContext<Notices | null>(null);
let nextId = 1;

/**
 * Errors as localized messages: the code's title (`errorHelp.<CODE>`), then the message
 * (`errors.<CODE>`, falling back to the backend's), what to do and the backend's own sentence small
 * below it: it names files and rows, never a stack trace.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), []);
  const push = useCallback(
    (n: Omit<Notice, 'id'>, ttl: number) => {
      const id = nextId++;
      setNotices((list) => [...list.slice(-3), { ...n, id }]);
      setTimeout(() => dismiss(id), ttl);
    },
    [dismiss],
  );
  const api = useMemo<Notices>(
    () => ({
      error: (e) => {
        const x = errorText(t, e);
        const detail = [x.message !== x.title ? x.message : '', x.action, x.detail ?? ''].filter(Boolean);
        push(
          { kind: 'error', title: x.title, ...(detail.length ? { detail: detail.join(' ') } : {}) },
          12_000,
        );
      },
      success: (title) => push({ kind: 'success', title }, 4_000),
    }),
    [push, t],
  );
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <Stack pos="fixed" bottom={20} right={20} w={420} gap="sm" style={{ zIndex: 1000 }}>
        {notices.map((n) => (
          <Notification
            key={n.id}
            data-testid={n.kind === 'error' ? 'error-notice' : 'success-notice'}
            color={n.kind === 'error' ? 'red' : 'teal'}
            title={n.title}
            onClose={() => dismiss(n.id)}
            closeButtonProps={{ 'aria-label': t('common.close') }}
            withBorder
          >
            {n.detail ? (
              <Text size="xs" c="dimmed">
                {n.detail}
              </Text>
            ) : null}
          </Notification>
        ))}
      </Stack>
    </NoticeContext.Provider>
  );
}

export function useNotices(): Notices {
  const n = useContext(NoticeContext);
  if (!n) throw new Error('useNotices: no NoticeProvider above this component');
  return n;
}
