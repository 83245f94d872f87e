import { Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentItem } from '../../../../shared/api/comments';

type Props = {
  item: CommentItem;
  focused: boolean;
  themeLabel(code: string): string;
  themeIndex(code: string): number;
  onFocus(): void;
  onToggle(code: string): void;
};

const TONE_COLOR = { positive: 'teal', negative: 'red', mixed: 'orange', neutral: 'gray' } as const;

/** One comment: its text (personal details masked), who wrote it (never who), its themes and suggestions. */
export const CommentRow = forwardRef<HTMLDivElement, Props>(function CommentRow(
  { item, focused, themeLabel, themeIndex, onFocus, onToggle },
  ref,
) {
  const { t } = useTranslation();
  const meta = [
    String(item.waveYear),
    item.unit?.label,
    item.npsGroup ? t(`commentsWs.${item.npsGroup}`) : null,
    item.recommend !== null ? `NPS ${item.recommend}` : null,
  ].filter(Boolean);
  return (
    <Paper
      ref={ref}
      withBorder
      radius="md"
      p="sm"
      data-testid="comment-row"
      data-key={item.key}
      data-focused={focused || undefined}
      onClick={onFocus}
      style={{
        cursor: 'pointer',
        borderColor: focused ? 'var(--mantine-primary-color-filled)' : undefined,
        boxShadow: focused ? '0 0 0 2px var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Stack gap={6}>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="comment-text">
          {item.text}
        </Text>
        <Group gap={6} wrap="wrap">
          <Text size="xs" c="dimmed">
            {meta.join(' · ')}
          </Text>
          <Tooltip label={t('commentsWs.sentimentMethod')} multiline w={320}>
            <Badge size="xs" variant="light" color={TONE_COLOR[item.sentiment.label]}>
              {t(`commentsWs.sentiment.${item.sentiment.label}`)}
            </Badge>
          </Tooltip>
          {item.masked > 0 && (
            <Badge size="xs" variant="outline" color="gray">
              {t('commentsWs.masked', { count: item.masked })}
            </Badge>
          )}
          {item.quote && (
            <Badge size="xs" variant="outline" color={item.quote === 'chosen' ? 'blue' : 'gray'}>
              {t(item.quote === 'chosen' ? 'commentsWs.quoteChosen' : 'commentsWs.quoteHidden')}
            </Badge>
          )}
        </Group>
        {(item.codes.length > 0 || item.proposals.length > 0) && (
          <Group gap={6} wrap="wrap" data-testid="comment-codes">
            {item.codes.map((c) => (
              <Badge
                key={c}
                variant="filled"
                radius="sm"
                tt="none"
                data-testid="comment-code"
                onClick={(e) => {
                  e.stopPropagation();
                  onToggle(c);
                }}
              >
                {themeIndex(c) > 0 && themeIndex(c) < 10 ? `${themeIndex(c)} · ` : ''}
                {themeLabel(c)}
              </Badge>
            ))}
            {item.proposals.map((p) => (
              <Tooltip
                key={p.code}
                label={t('commentsWs.proposal', { theme: themeLabel(p.code), rule: p.rule })}
              >
                <Badge
                  variant="outline"
                  radius="sm"
                  tt="none"
                  style={{ borderStyle: 'dashed' }}
                  data-testid="comment-proposal"
                  onClick={(e) => {
                    e.stopPropagation();
                    onToggle(p.code);
                  }}
                >
                  + {themeLabel(p.code)}
                </Badge>
              </Tooltip>
            ))}
            <Text size="xs" c="dimmed">
              {item.source === 'manual'
                ? t('commentsWs.byHand')
                : item.source === 'rule'
                  ? t('commentsWs.byRule')
                  : ''}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
});
