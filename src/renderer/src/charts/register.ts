import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  SubTitle,
  Title,
  Tooltip,
} from 'chart.js';
import { CHART_PLUGINS } from '../../../shared/charts/plugins';

let done = false;

/** chart.js is tree-shaken: register what the shared chart specs use, once. */
export function registerCharts(): void {
  if (done) return;
  Chart.register(
    BarController,
    BarElement,
    CategoryScale,
    LinearScale,
    LineController,
    LineElement,
    PointElement,
    ScatterController,
    SubTitle,
    Filler,
    Legend,
    Title,
    Tooltip,
    ...CHART_PLUGINS,
  );
  done = true;
}
