import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DeckBody } from '../DeckBody';
import { useDeckComments } from '../deckQueries';
import type { DeckData } from '../useDeckData';

/** One column of the comments slide: a group's first comments, personal details masked. */
function Voices({ d, group }: { d: DeckData; group: 'promoter' | 'detractor' | null }) {
  const state = useDeckComments(group);
  const title =
    group === 'promoter'
      ? d.t('present.comments.promoters')
      : group === 'detractor'
        ? d.t('present.comments.detractors')
        : d.t('present.comments.everyone');
  return (
    <Stack gap="md" style={{ minHeight: 0 }}>
      <Title order={3} fz={32}>
        {title}
      </Title>
      <DeckBody state={state} testId={`slide-comments-${group ?? 'all'}`}>
        {(r) =>
          r.comments.length === 0 ? (
            <Text fz={26} c="dimmed">
              {d.t('present.comments.none')}
            </Text>
          ) : (
            <Stack gap="md">
              {r.comments.map((c, i) => (
                <Paper key={i} withBorder radius="md" p="lg" data-testid="slide-comment">
                  <Text fz={26} lh={1.35} lineClamp={4} style={{ overflowWrap: 'anywhere' }}>
                    «{c.text}»
                  </Text>
                </Paper>
              ))}
            </Stack>
          )
        }
      </DeckBody>
    </Stack>
  );
}

/**
 * What customers wrote, for the room: promoters' and detractors' comments side by side (everyone's
 * when the study asks no NPS), under the live filter; nothing is quoted from a group under k.
 */
export function CommentsSlide({ d, hasNps }: { d: DeckData; hasNps: boolean }) {
  return (
    <Stack gap="lg" h="100%" data-testid="slide-comments">
      {hasNps ? (
        <SimpleGrid cols={2} spacing={48} style={{ flex: 1, minHeight: 0 }}>
          <Voices d={d} group="promoter" />
          <Voices d={d} group="detractor" />
        </SimpleGrid>
      ) : (
        <Voices d={d} group={null} />
      )}
      <Text fz={22} c="dimmed">
        {d.t('present.comments.note')}
      </Text>
    </Stack>
  );
}
