import { ActionIcon, Menu, Text, Tooltip } from '@mantine/core';
import type { ChartConfiguration } from 'chart.js';
import type { RefObject } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartImageText } from './chartImage';
import { chartFileName, chartPng } from './chartImage';

type Props = {
  spec: ChartConfiguration;
  /** The chart's box on screen: its CSS size is the image's size (at 2×). */
  box: RefObject<HTMLDivElement | null>;
  text: ChartImageText;
  testId: string;
};

type Status = { kind: 'copied' | 'saved' | 'failed'; at: number } | null;

function sizeOf(el: HTMLDivElement | null): { width: number; height: number } {
  const r = el?.getBoundingClientRect();
  return {
    width: Math.max(200, Math.round(r?.width ?? 640)),
    height: Math.max(120, Math.round(r?.height ?? 360)),
  };
}

/** A small image icon in the chart's corner: copy the chart as an image, or save it as a PNG at 2×. */
export function ChartImageMenu({ spec, box, text, testId }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>(null);
  // Faint until the pointer is over the chart (or the button has focus, or the menu is open).
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const [open, setOpen] = useState(false);
  // A short chart (the NPS bar) keeps its bars clear: the button sits just above it.
  const [small, setSmall] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    setSmall(el.clientHeight < 140);
    const on = () => setHover(true);
    const off = () => setHover(false);
    el.addEventListener('mouseenter', on);
    el.addEventListener('mouseleave', off);
    return () => {
      el.removeEventListener('mouseenter', on);
      el.removeEventListener('mouseleave', off);
    };
  }, [box]);
  useEffect(() => {
    if (!status) return;
    const id = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(id);
  }, [status]);

  const copy = async () => {
    try {
      const png = await chartPng(spec, sizeOf(box.current), text);
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      setStatus({ kind: 'copied', at: Date.now() });
    } catch {
      setStatus({ kind: 'failed', at: Date.now() });
    }
  };
  const save = async () => {
    try {
      const png = await chartPng(spec, sizeOf(box.current), text);
      const url = URL.createObjectURL(png);
      const a = document.createElement('a');
      a.href = url;
      a.download = chartFileName(text.title);
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ kind: 'saved', at: Date.now() });
    } catch {
      setStatus({ kind: 'failed', at: Date.now() });
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal shadow="md" width={220} opened={open} onChange={setOpen}>
        <Menu.Target>
          <Tooltip label={t('chartImages.menu')} openDelay={400}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              pos="absolute"
              top={small ? -24 : 0}
              right={0}
              style={{ zIndex: 1, opacity: hover || focus || open ? 0.9 : 0.25, transition: 'opacity 120ms' }}
              onFocus={() => setFocus(true)}
              onBlur={() => setFocus(false)}
              aria-label={t('chartImages.menu')}
              data-testid={`${testId}-image-menu`}
            >
              <svg
                width="15"
                height="15"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                aria-hidden
              >
                <rect x="3" y="5" width="18" height="14" rx="2" />
                <circle cx="9" cy="10" r="1.6" />
                <path d="M21 16l-5-5-8 8" />
              </svg>
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('chartImages.label')}</Menu.Label>
          <Menu.Item onClick={() => void copy()} data-testid={`${testId}-copy-image`}>
            {t('chartImages.copy')}
          </Menu.Item>
          <Menu.Item onClick={() => void save()} data-testid={`${testId}-save-png`}>
            {t('chartImages.save')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {status && (
        <Text
          role="status"
          size="xs"
          c={status.kind === 'failed' ? 'red' : 'dimmed'}
          pos="absolute"
          top={4}
          right={30}
          bg="white"
          px={6}
          style={{ zIndex: 1, borderRadius: 4 }}
          data-testid={`${testId}-image-status`}
        >
          {t(`chartImages.${status.kind}`)}
        </Text>
      )}
    </>
  );
}
