import { scatterLabelsPlugin } from './scatter-labels';
import { valueLabelsPlugin } from './value-labels';

/**
 * Every chart.js plugin the shared specs configure. Both renderers register this list (react-chartjs-2
 * in the renderer, chart.js on @napi-rs/canvas for the PDF), so a spec draws the same everywhere.
 */
export const CHART_PLUGINS = [valueLabelsPlugin, scatterLabelsPlugin] as const;
