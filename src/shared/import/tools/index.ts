import type { SurveyTool } from '../table';
import { enalyzer } from './enalyzer';
import { googleForms } from './google-forms';
import { kobotoolbox } from './kobotoolbox';
import { limesurvey } from './limesurvey';
import { microsoftForms } from './microsoft-forms';
import { netigate } from './netigate';
import { qualtrics, qualtricsLegacy } from './qualtrics';
import { questback } from './questback';
import { redcap } from './redcap';
import { spss } from './spss';
import { surveymonkey } from './surveymonkey';
import { surveyxact } from './surveyxact';
import { template } from './template';
import type { ToolAdapter, ToolInput } from './types';

export type { ToolAdapter } from './types';
export { columnKind, classifyNames, columnNames } from './classify';

/**
 * Every survey tool the import knows, one adapter file each. To add the next tool, write
 * `tools/<tool>.ts` exporting a ToolAdapter (see types.ts; the smallest is template.ts), add it to
 * SURVEY_TOOLS in table.ts and to this list, and add its export to
 * tests/fixtures/import/survey-exports with its expected figures.
 */
export const TOOL_ADAPTERS: readonly ToolAdapter[] = [
  template,
  spss,
  surveyxact,
  qualtrics,
  qualtricsLegacy,
  surveymonkey,
  kobotoolbox,
  redcap,
  limesurvey,
  microsoftForms,
  googleForms,
  questback,
  enalyzer,
  netigate,
];

const byId = new Map<SurveyTool, ToolAdapter>(TOOL_ADAPTERS.map((a) => [a.id, a]));

/** The adapter of a tool; null for a generic table. */
export const adapterFor = (tool: SurveyTool): ToolAdapter | null => byId.get(tool) ?? null;

/** The tool's name as people know it. */
export const toolName = (tool: SurveyTool): string => adapterFor(tool)?.name ?? 'generic table';

export type ToolGuess = {
  tool: SurveyTool;
  headerRows: number;
  multiSeparator: string | null;
  confidence: number;
};

/**
 * Recognises a survey tool's export from its first rows and sheet names: every adapter says how sure
 * it is, and the surest above one half wins (ties go to the earlier in the list). Null when nothing
 * matches; the generic header detection then decides.
 */
export function detectTool(rows: string[][], sheetNames: readonly string[] = []): ToolGuess | null {
  const input: ToolInput = { rows, sheetNames };
  let best: ToolGuess | null = null;
  for (const a of TOOL_ADAPTERS) {
    const r = a.recognise(input);
    if (!r || r.confidence <= 0.5) continue;
    if (!best || r.confidence > best.confidence)
      best = {
        tool: a.id,
        headerRows: r.headerRows,
        multiSeparator: r.multiSeparator,
        confidence: r.confidence,
      };
  }
  return best;
}
