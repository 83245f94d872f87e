import type { ToolAdapter } from './types';
import { headerRow } from './header';

/** The import template this app writes: codes over texts, "id" / "Respondent id" first, ";" between options. */
export const template: ToolAdapter = {
  id: 'template',
  name: 'Touchpoint Studio template',
  source: 'src/main/services/import/template.ts',
  recognise: (input) =>
    headerRow(input, 0)[0] === 'id' && headerRow(input, 1)[0] === 'respondent id'
      ? { confidence: 1, headerRows: 2, multiSeparator: ';' }
      : null,
  labels: 'codes or text',
};
